import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ExcelError } from './errors.js';
import { readSheet } from './read.js';
import type { SheetSpec } from './spec.js';
import { writeTemplate } from './template.js';
import { type Grid, HEADERS, ID_A, ID_B, loadWorkbook, PEOPLE, toBuffer, workbookBuffer } from './testing.js';

const opts = { maxRows: 1000 };
const HINTS = PEOPLE.columns.map((c) => c.hint);

async function read(grid: Grid, spec: SheetSpec = PEOPLE) {
  return readSheet(await workbookBuffer(grid), spec, opts);
}

async function readError(buffer: Buffer | Promise<Buffer>, spec: SheetSpec = PEOPLE, maxRows = 1000): Promise<ExcelError> {
  try {
    await readSheet(await buffer, spec, { maxRows });
  } catch (error) {
    if (error instanceof ExcelError) return error;
    throw error;
  }
  throw new Error('expected an ExcelError');
}

describe('readSheet: round trip', () => {
  it('reads rows filled into the downloaded template', async () => {
    const workbook = await loadWorkbook(await writeTemplate(PEOPLE));
    const sheet = workbook.getWorksheet(PEOPLE.sheetName);
    if (!sheet) throw new Error('no sheet');
    sheet.getRow(3).values = ['张三', ID_A, '13800138000', '1990-03-07', '男', '党员、志愿者', '是', 3, '楼长'];
    sheet.getRow(4).values = ['李四', ID_B, undefined, new Date(Date.UTC(1985, 11, 12)), 'female', undefined, '0', undefined, undefined];
    const result = await readSheet(toBuffer(await workbook.xlsx.writeBuffer()), PEOPLE, opts);

    expect(result.problems).toEqual([]);
    expect(result.headerRow).toBe(1);
    expect(result.total).toBe(2);
    expect(result.rows).toEqual([
      {
        row: 3,
        values: {
          name: '张三',
          idNumber: ID_A,
          phone: '13800138000',
          birthDate: '1990-03-07',
          gender: 'male',
          tags: ['partyMember', 'volunteer'],
          retired: true,
          householdSize: 3,
          note: '楼长',
        },
      },
      {
        row: 4,
        values: {
          name: '李四',
          idNumber: ID_B,
          phone: null,
          birthDate: '1985-12-12',
          gender: 'female',
          tags: null,
          retired: false,
          householdSize: null,
          note: null,
        },
      },
    ]);
  });
});

describe('readSheet: headers', () => {
  it('accepts headers with stray spaces, full-width characters, a required * and aliases', async () => {
    const result = await read([
      [' 姓 名* ', '＊身份证号', '联系电话（手机）', '出生\u3000日期'],
      ['王五', ID_A, '13800138000', '2020-01-02'],
    ]);
    expect(result.columns).toEqual(['name', 'idNumber', 'phone', 'birthDate']);
    expect(result.rows[0]?.values).toEqual({ name: '王五', idNumber: ID_A, phone: '13800138000', birthDate: '2020-01-02' });
  });

  it('finds the header under a title row and ignores unknown columns like 序号', async () => {
    const result = await read([['某某社区人员台账'], [], ['序号', '姓名', '身份证号', '籍贯'], [1, '王五', ID_A, '山西']]);
    expect(result.headerRow).toBe(3);
    expect(result.rows).toEqual([{ row: 4, values: { name: '王五', idNumber: ID_A } }]);
  });

  it('leaves columns that are not in the sheet out of the values', async () => {
    const result = await read([
      ['姓名', '身份证号'],
      ['王五', ID_A],
    ]);
    expect(Object.keys(result.rows[0]?.values ?? {})).toEqual(['name', 'idNumber']);
  });

  it('throws wrongHeaders naming the missing required headers in both languages', async () => {
    const error = await readError(
      workbookBuffer([
        ['姓名', '电话'],
        ['王五', '13800138000'],
      ]),
    );
    expect(error.code).toBe('wrongHeaders');
    expect(error.params.missing).toBe('身份证号');
    expect(error.messages['zh-CN']).toContain('缺少以下列：身份证号');
    expect(error.messages.en).toContain('身份证号 (ID number)');
  });

  it('throws wrongHeaders listing every required header when nothing matches', async () => {
    const error = await readError(
      workbookBuffer([
        ['a', 'b'],
        [1, 2],
      ]),
    );
    expect(error.code).toBe('wrongHeaders');
    expect(error.params.missing).toBe('姓名、身份证号');
  });

  it('prefers the sheet named like the spec and skips a cover sheet', async () => {
    const buffer = await workbookBuffer([['封面：本表由社区填写']], {
      edit: (wb) => {
        const sheet = wb.addWorksheet('人员信息');
        sheet.addRow(['姓名', '身份证号']);
        sheet.addRow(['王五', ID_A]);
      },
    });
    const result = await readSheet(buffer, PEOPLE, opts);
    expect(result.rows).toHaveLength(1);
  });
  it('reads the first sheet that has the headers when none is named like the spec', async () => {
    const buffer = await workbookBuffer([['说明：请在第二页填写']], {
      edit: (wb) => {
        const sheet = wb.addWorksheet('Sheet2');
        sheet.addRow(['姓名', '身份证号']);
        sheet.addRow(['王五', ID_A]);
      },
    });
    expect((await readSheet(buffer, PEOPLE, opts)).rows).toHaveLength(1);
  });
});

describe('readSheet: rows', () => {
  it('skips the hint row and fully blank rows, keeping Excel row numbers', async () => {
    const result = await read([
      HEADERS,
      HINTS,
      ['王五', ID_A],
      [],
      ['  ', '\u3000'],
      [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, '这一列不认识'],
      ['赵六', ID_B],
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([3, 7]);
    expect(result.total).toBe(2);
  });

  it('skips a hint row that only looks like hints', async () => {
    const result = await read([
      ['姓名', '身份证号', '出生日期'],
      ['必填，不超过10个字', '请填写18位号码', '格式：YYYY-MM-DD'],
      ['王五', ID_A, '1990.5.3'],
    ]);
    expect(result.rows).toEqual([{ row: 3, values: { name: '王五', idNumber: ID_A, birthDate: '1990-05-03' } }]);
  });

  it('reads full-width digits and stray spaces in cells', async () => {
    const result = await read([
      ['姓名', '身份证号', '手机号', '家庭人数'],
      [' 王　五 ', '１１０１０１１９９００３０７１２３ｘ', '１３８ ００１３ ８０００', '３'],
    ]);
    expect(result.rows[0]?.values).toEqual({ name: '王 五', idNumber: ID_A, phone: '13800138000', householdSize: 3 });
  });

  it.each([['2020-1-2'], ['2020/01/02'], ['2020.1.2'], ['2020年1月2日'], ['20200102'], [20200102], [43832], [new Date(Date.UTC(2020, 0, 2))]])(
    'reads the date %s as 2020-01-02',
    async (cell) => {
      const result = await read([
        ['姓名', '身份证号', '出生日期'],
        ['王五', ID_A, cell],
      ]);
      expect(result.rows[0]?.values.birthDate).toBe('2020-01-02');
    },
  );

  it('reads 2020年01月 as the first of the month', async () => {
    const result = await read([
      ['姓名', '身份证号', '出生日期'],
      ['王五', ID_A, '2020年01月'],
    ]);
    expect(result.rows[0]?.values.birthDate).toBe('2020-01-01');
  });

  it('does not shift date cells by a day when the server runs in Asia/Shanghai', async () => {
    const previous = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      const result = await read([
        ['姓名', '身份证号', '出生日期'],
        ['王五', ID_A, new Date(Date.UTC(1990, 2, 7))],
      ]);
      expect(result.rows[0]?.values.birthDate).toBe('1990-03-07');
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });

  it('reports an ID stored as a number, with its Excel row number, instead of guessing digits', async () => {
    const result = await read([
      ['姓名', '身份证号'],
      ['王五', 110101199003071230],
    ]);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      {
        row: 2,
        column: '身份证号',
        code: 'idLostDigits',
        messages: {
          'zh-CN': '“身份证号”被存成了数字，末几位已丢失，请把该列设为文本后重新填写',
          en: '身份证号 was stored as a number and its last digits are lost; format the column as text and enter it again',
        },
      },
    ]);
  });

  it('reads enums by Chinese label and by key, and a list column', async () => {
    const result = await read([
      ['姓名', '身份证号', '性别', '身份标签'],
      ['王五', ID_A, '男', '党员，网格员'],
      ['赵六', ID_B, 'Female', 'volunteer'],
    ]);
    expect(result.rows.map((r) => [r.values.gender, r.values.tags])).toEqual([
      ['male', ['partyMember', 'gridWorker']],
      ['female', ['volunteer']],
    ]);
  });

  it('keeps good rows and reports bad ones with the right row numbers and headers', async () => {
    const result = await read([
      ['人员台账'],
      HEADERS,
      HINTS,
      ['好人甲', ID_A, '13800138000', '1990-01-01'],
      ['', ID_B, '12345', '2021-02-30'],
      ['好人乙', ID_B],
      ['坏人丙', ID_A, undefined, undefined, '未知'],
    ]);
    expect(result.total).toBe(4);
    expect(result.rows.map((r) => r.row)).toEqual([4, 6]);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [5, '姓名', 'required'],
      [5, '手机号', 'phoneFormat'],
      [5, '出生日期', 'dateInvalid'],
      [7, '性别', 'enumInvalid'],
    ]);
    expect(result.problems[2]?.messages).toEqual({
      'zh-CN': '“出生日期”不是有效日期：2021-02-30',
      en: '出生日期 is not a valid date: 2021-02-30',
    });
  });

  it('reads rich text, formula results, hyperlinks and merged cells as their text', async () => {
    const result = await read(
      [
        ['姓名', '身份证号', '备注'],
        [{ richText: [{ text: '王' }, { text: '五', font: { bold: true } }] }, { formula: '"11010119900307123"&"X"', result: ID_A }, '同一户'],
        [{ text: '赵六', hyperlink: 'https://example.org' }, ID_B],
      ],
      PEOPLE,
    );
    expect(result.rows.map((r) => r.values)).toEqual([
      { name: '王五', idNumber: ID_A, note: '同一户' },
      { name: '赵六', idNumber: ID_B, note: null },
    ]);

    const merged = await readSheet(
      await workbookBuffer(
        [
          ['姓名', '身份证号', '备注'],
          ['王五', ID_A, '同一户'],
          ['赵六', ID_B],
        ],
        { edit: (wb) => wb.worksheets[0]?.mergeCells('C2:C3') },
      ),
      PEOPLE,
      opts,
    );
    expect(merged.rows.map((r) => r.values.note)).toEqual(['同一户', '同一户']);
  });

  it('reports a formula error in a cell', async () => {
    const result = await read([
      ['姓名', '身份证号'],
      ['王五', { formula: 'VLOOKUP(A2,X:Y,2,0)', result: { error: '#N/A' } }],
    ]);
    expect(result.problems.map((p) => p.code)).toEqual(['cellError']);
  });
});

describe('readSheet: file-level failures', () => {
  it('throws notExcel for random bytes, a .csv and a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = await zip.generateAsync({ type: 'nodebuffer' });
    for (const buffer of [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), Buffer.from('姓名,身份证号\n王五,110101\n'), docx, Buffer.alloc(0)]) {
      expect((await readError(buffer)).code).toBe('notExcel');
    }
  });

  it('throws notExcel for a truncated workbook', async () => {
    const whole = await workbookBuffer([['姓名', '身份证号']]);
    expect((await readError(whole.subarray(0, whole.length - 100))).code).toBe('notExcel');
  });

  it('throws tooManyRows naming the limit when data rows exceed maxRows', async () => {
    const grid: Grid = [['姓名', '身份证号']];
    for (let i = 0; i < 6; i++) grid.push([`人${i}`, ID_A]);
    const error = await readError(workbookBuffer(grid), PEOPLE, 5);
    expect(error.code).toBe('tooManyRows');
    expect(error.params.max).toBe(5);
    expect(error.messages['zh-CN']).toContain('超过 5 行');
  });

  it('stops parsing a sheet with far more rows than allowed before holding them all', async () => {
    const grid: Grid = [['姓名', '身份证号']];
    for (let i = 0; i < 10_010; i++) grid.push([`人${i}`]);
    const error = await readError(workbookBuffer(grid), PEOPLE, 1);
    expect(error.code).toBe('tooManyRows');
    expect(error.params.max).toBe(1);
    // exceljs's own row cap fired, not the count of data rows after loading.
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('accepts exactly maxRows data rows', async () => {
    const grid: Grid = [['姓名', '身份证号'], HINTS.slice(0, 2), [], []];
    for (let i = 0; i < 5; i++) grid.push([`人${i}`, ID_A]);
    const result = await readSheet(await workbookBuffer(grid), PEOPLE, { maxRows: 5 });
    expect(result.rows).toHaveLength(5);
  });

  it('throws emptySheet for a template without data and for an empty workbook', async () => {
    expect((await readError(writeTemplate(PEOPLE))).code).toBe('emptySheet');
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    expect((await readError(toBuffer(await empty.xlsx.writeBuffer()))).code).toBe('emptySheet');
  });
});
