import { describe, expect, it } from 'vitest';
import type { SheetSpec } from './spec.js';
import { INSTRUCTIONS_SHEET, writeTemplate } from './template.js';
import { loadWorkbook, PEOPLE } from './testing.js';

async function template(spec: SheetSpec = PEOPLE, opts = {}) {
  const workbook = await loadWorkbook(await writeTemplate(spec, opts));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return { workbook, sheet };
}

describe('writeTemplate', () => {
  it('puts the Chinese headers in row 1, bold and filled, marking required ones with *', async () => {
    const { sheet } = await template();
    expect(sheet.name).toBe('人员');
    expect(sheet.getCell('A1').text).toBe('姓名*');
    expect(sheet.getCell('C1').text).toBe('手机号');
    expect(sheet.getCell('C1').font?.bold).toBe(true);
    expect(sheet.getCell('C1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
  });

  it('puts the hints in row 2 in grey italics and freezes both rows', async () => {
    const { sheet } = await template();
    expect(sheet.getCell('B2').value).toBe('18位，末位可为X');
    expect(sheet.getCell('B2').font?.italic).toBe(true);
    expect(sheet.getCell('B2').font?.color?.argb).toBe('FF808080');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('formats ID and phone columns as text so Excel keeps every digit', async () => {
    const { sheet } = await template();
    expect(sheet.getColumn(2).numFmt).toBe('@');
    expect(sheet.getColumn(3).numFmt).toBe('@');
    expect(sheet.getColumn(4).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(20);
  });

  it('adds Chinese dropdowns to enum and yes/no columns', async () => {
    const { sheet } = await template(PEOPLE, { dropdownRows: 100 });
    expect(sheet.getCell('E3').dataValidation).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
    expect(sheet.getCell('E102').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell('G3').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(sheet.getCell('F3').dataValidation).toBeUndefined();
  });

  it('moves a long option list to a hidden sheet', async () => {
    const options = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, { 'zh-CN': `第${i}网格党支部`, en: `Branch ${i}` }]));
    const spec: SheetSpec = { ...PEOPLE, columns: [{ key: 'branch', header: '支部', headerEn: 'Branch', hint: '', kind: 'enum', options }] };
    const { workbook, sheet } = await template(spec, { dropdownRows: 10 });
    expect(sheet.getCell('A3').dataValidation?.formulae).toEqual(["'选项'!$A$1:$A$40"]);
    const hidden = workbook.getWorksheet('选项');
    expect(hidden?.state).toBe('veryHidden');
    expect(hidden?.getCell('A40').value).toBe('第39网格党支部');
  });

  it('adds a 填写说明 sheet with the rules and every column', async () => {
    const { workbook } = await template(PEOPLE, { maxRows: 5000 });
    const help = workbook.getWorksheet(INSTRUCTIONS_SHEET);
    if (!help) throw new Error('no instructions');
    const text = help.getSheetValues().flat().join('\n');
    expect(text).toContain('《人员台账》填写说明');
    expect(text).toContain('每次最多导入 5000 行');
    expect(text).toContain('男、女');
    expect(text).toContain('党员、志愿者、网格员');
  });
});
