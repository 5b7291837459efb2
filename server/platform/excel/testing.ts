// Test helpers: a sample ledger spec and in-memory workbooks. Used by the *.test.ts files only.
import ExcelJS from 'exceljs';
import type { CellValue as ExcelCellValue, Workbook } from 'exceljs';
import type { SheetSpec } from './spec.js';

export const PEOPLE: SheetSpec = {
  sheetName: '人员',
  title: { 'zh-CN': '人员台账', en: 'People' },
  columns: [
    { key: 'name', header: '姓名', headerEn: 'Name', hint: '必填', kind: 'text', required: true, maxLength: 10 },
    { key: 'idNumber', header: '身份证号', headerEn: 'ID number', hint: '18位，末位可为X', kind: 'idNumber', required: true },
    { key: 'phone', header: '手机号', headerEn: 'Mobile', hint: '11位手机号', kind: 'phone', aliases: ['联系电话', '手机'] },
    { key: 'birthDate', header: '出生日期', headerEn: 'Birth date', hint: 'YYYY-MM-DD 或 2020年1月2日', kind: 'date' },
    {
      key: 'gender',
      header: '性别',
      headerEn: 'Gender',
      hint: '从下拉列表选择',
      kind: 'enum',
      options: { male: { 'zh-CN': '男', en: 'Male' }, female: { 'zh-CN': '女', en: 'Female' } },
    },
    {
      key: 'tags',
      header: '身份标签',
      headerEn: 'Tags',
      hint: '多个用、分隔',
      kind: 'list',
      options: {
        partyMember: { 'zh-CN': '党员', en: 'Party member' },
        volunteer: { 'zh-CN': '志愿者', en: 'Volunteer' },
        gridWorker: { 'zh-CN': '网格员', en: 'Grid worker' },
      },
    },
    { key: 'retired', header: '是否退休', headerEn: 'Retired', hint: '1=是，0=否', kind: 'boolean' },
    { key: 'householdSize', header: '家庭人数', headerEn: 'Household size', hint: '整数', kind: 'integer' },
    { key: 'note', header: '备注', headerEn: 'Note', hint: '', kind: 'text' },
  ],
};

export const ID_A = '11010119900307123X';
export const ID_B = '110101198512120012';

export type Grid = (ExcelCellValue | undefined)[][];

/** One sheet from a grid; row i of the grid is Excel row i + 1, undefined cells stay absent. */
export async function workbookBuffer(grid: Grid, opts: { sheetName?: string; edit?: (wb: Workbook) => void } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(opts.sheetName ?? 'Sheet1');
  grid.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  opts.edit?.(workbook);
  return toBuffer(await workbook.xlsx.writeBuffer());
}

export function toBuffer(out: ArrayBuffer | Buffer): Buffer {
  return Buffer.isBuffer(out) ? out : Buffer.from(out);
}

export async function loadWorkbook(buffer: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  const copy = new ArrayBuffer(buffer.byteLength);
  new Uint8Array(copy).set(buffer);
  await workbook.xlsx.load(copy);
  return workbook;
}

/** The headers of PEOPLE, in order, as a template row. */
export const HEADERS = PEOPLE.columns.map((c) => c.header);
