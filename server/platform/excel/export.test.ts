import { describe, expect, it } from 'vitest';
import { beijingTime, safeSheetName, stampText, writeExport } from './export.js';
import { readSheet } from './read.js';
import { ID_A, loadWorkbook, PEOPLE } from './testing.js';

const stamp = { by: '张三', at: new Date('2024-05-01T01:30:00Z') };

async function exported(input: Parameters<typeof writeExport>[0]) {
  const buffer = await writeExport(input);
  const sheet = (await loadWorkbook(buffer)).worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return { buffer, sheet };
}

describe('writeExport', () => {
  it('writes the title, the stamp in Beijing time and bold frozen headers above the data', async () => {
    const { sheet } = await exported({
      columns: [{ header: '姓名' }, { header: '身份证号' }, { header: '家庭人数' }],
      rows: [
        ['王五', ID_A, 3],
        ['赵六', null, null],
      ],
      title: '人员台账',
      stamp,
    });
    expect(sheet.getCell('A1').value).toBe('人员台账');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('导出人：张三　导出时间：2024-05-01 09:30（北京时间）');
    expect(sheet.getCell('C1').isMerged).toBe(true);
    expect(sheet.getRow(3).values).toEqual([undefined, '姓名', '身份证号', '家庭人数']);
    expect(sheet.getCell('B3').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getRow(4).values).toEqual([undefined, '王五', ID_A, 3]);
    expect(sheet.getCell('B5').value).toBeNull();
  });

  it('keeps ID and phone numbers as text, formatted as text', async () => {
    const { sheet } = await exported({ columns: [{ header: '身份证号' }, { header: '数量' }], rows: [[ID_A, 1]], title: 't', stamp });
    expect(sheet.getCell('A4').value).toBe(ID_A);
    expect(sheet.getCell('A4').numFmt).toBe('@');
    expect(sheet.getCell('B4').value).toBe(1);
    expect(sheet.getCell('B4').numFmt).not.toBe('@');
  });

  it('takes headers, widths and text columns from a spec, and can be imported again', async () => {
    const row = ['王五', ID_A, '13800138000', '1990-03-07', '男', '党员、志愿者', '否', 2, null];
    const { buffer, sheet } = await exported({ spec: PEOPLE, rows: [row], title: '人员台账', stamp });
    expect(sheet.name).toBe('人员');
    expect(sheet.getCell('C4').numFmt).toBe('@');
    const again = await readSheet(buffer, PEOPLE, { maxRows: 10 });
    expect(again.headerRow).toBe(3);
    expect(again.rows[0]?.values).toMatchObject({ idNumber: ID_A, gender: 'male', tags: ['partyMember', 'volunteer'], retired: false });
  });

  it('formats the stamp time in Asia/Shanghai across midnight', () => {
    expect(beijingTime(new Date('2023-12-31T16:05:00Z'))).toBe('2024-01-01 00:05');
    expect(stampText({ by: '李四', at: new Date('2023-12-31T16:05:00Z') })).toBe('导出人：李四　导出时间：2024-01-01 00:05（北京时间）');
  });

  it('makes a valid sheet name from any title', () => {
    expect(safeSheetName('2024/05 人员[全部]')).toBe('2024 05 人员 全部');
    expect(safeSheetName('一'.repeat(40))).toHaveLength(31);
    expect(safeSheetName('???')).toBe('Sheet1');
  });
});
