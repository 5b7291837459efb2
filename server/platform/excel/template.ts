import ExcelJS from 'exceljs';
import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { columnLetter, columnWidth, GREY, HEADER_FILL, HEADER_FONT, numFmtFor, REQUIRED_COLOR, THIN_BORDER } from './layout.js';
import { displayWidth } from './normalize.js';
import type { ColumnSpec, SheetSpec } from './spec.js';

export type TemplateOptions = {
  /** Stated in the instructions when given. */
  maxRows?: number;
  /** How far down the dropdowns reach; defaults to maxRows or 5000. */
  dropdownRows?: number;
};

export const INSTRUCTIONS_SHEET = '填写说明';
const OPTIONS_SHEET = '选项';
const FIRST_DATA_ROW = 3;
const DEFAULT_DROPDOWN_ROWS = 5000;
/** Excel refuses an inline dropdown list longer than 255 characters. */
const INLINE_LIST_MAX = 255;
const BOOLEAN_LABELS = ['是', '否'];

/**
 * A blank ledger template (导入模板): Chinese headers (required ones marked *), a grey hint row, text
 * format on ID and phone columns, dropdowns for enum and yes/no columns, and a 填写说明 sheet.
 */
export async function writeTemplate(spec: SheetSpec, opts: TemplateOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '四双';
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }] });
  sheet.columns = spec.columns.map((column) => ({ key: column.key, width: columnWidth(column), style: { numFmt: numFmtFor(column.kind) } }));
  writeHeaderRows(sheet, spec.columns);
  writeInstructions(workbook.addWorksheet(INSTRUCTIONS_SHEET), spec, opts.maxRows);
  addDropdowns(workbook, sheet, spec.columns, opts.dropdownRows ?? opts.maxRows ?? DEFAULT_DROPDOWN_ROWS);
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out);
}

function writeHeaderRows(sheet: Worksheet, columns: ColumnSpec[]): void {
  const header = sheet.getRow(1);
  const hints = sheet.getRow(2);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.required
      ? {
          richText: [
            { text: column.header, font: HEADER_FONT },
            { text: '*', font: { ...HEADER_FONT, color: { argb: REQUIRED_COLOR } } },
          ],
        }
      : column.header;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    const hint = hints.getCell(i + 1);
    hint.value = column.hint;
    hint.font = { italic: true, size: 9, color: { argb: GREY } };
    hint.alignment = { vertical: 'top', wrapText: true };
  });
  header.height = 22;
  // Row heights are not recomputed on open, so leave room for wrapped hints.
  const lines = Math.max(1, ...columns.map((c) => Math.ceil(displayWidth(c.hint) / Math.max(1, columnWidth(c) - 1))));
  hints.height = Math.min(60, 13 * lines + 4);
}

function dropdownLabels(column: ColumnSpec): string[] | null {
  if (column.kind === 'boolean') return BOOLEAN_LABELS;
  if (column.kind === 'enum') return Object.values(column.options ?? {}).map((label) => label['zh-CN']);
  return null;
}

/** Dropdowns on enum and yes/no columns: a warning, not a stop, since keys and English labels are accepted too. */
function addDropdowns(workbook: Workbook, sheet: Worksheet, columns: ColumnSpec[], rows: number): void {
  const validations = rangeValidations(sheet);
  if (validations === null) return;
  let optionsSheet: Worksheet | undefined;
  columns.forEach((column, i) => {
    const labels = dropdownLabels(column);
    if (labels === null || labels.length === 0) return;
    const letter = columnLetter(i + 1);
    const inline = labels.join(',');
    let formula = `"${inline}"`;
    if (inline.length > INLINE_LIST_MAX || labels.some((l) => /[,"]/.test(l))) {
      // Long lists, or labels with commas, live in a hidden sheet, one column per source column.
      const options = optionsSheet ?? workbook.addWorksheet(OPTIONS_SHEET, { state: 'veryHidden' });
      optionsSheet = options;
      labels.forEach((label, r) => {
        options.getCell(`${letter}${r + 1}`).value = label;
      });
      formula = `'${OPTIONS_SHEET}'!$${letter}$1:$${letter}$${labels.length}`;
    }
    validations.add(`${letter}${FIRST_DATA_ROW}:${letter}${FIRST_DATA_ROW + rows - 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: column.header,
      error: '请从下拉列表中选择',
    });
  });
}

type RangeValidations = { add(range: string, validation: DataValidation): void };

/**
 * exceljs keeps a sheet's validations by range (one entry for B3:B5002) but leaves that out of its
 * typings; setting them cell by cell would write thousands of empty cells into the template.
 */
function rangeValidations(sheet: Worksheet): RangeValidations | null {
  const store: unknown = Reflect.get(sheet, 'dataValidations');
  if (typeof store !== 'object' || store === null || !('add' in store)) return null;
  const { add } = store;
  if (typeof add !== 'function') return null;
  return { add: (range, validation) => add.call(store, range, validation) };
}

function writeInstructions(sheet: Worksheet, spec: SheetSpec, maxRows?: number): void {
  sheet.columns = [{ width: 16 }, { width: 8 }, { width: 40 }, { width: 50 }];
  const title = sheet.addRow([`《${spec.title['zh-CN']}》填写说明`]);
  title.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, 4);
  const rules = [
    `请在“${spec.sheetName}”工作表中填写，从第 ${FIRST_DATA_ROW} 行开始，每行一条记录。`,
    '第 1 行是表头，请勿修改、删除列名；第 2 行是格式说明，导入时自动跳过。不认识的列（如“序号”）会被忽略。',
    '表头带 * 的列为必填项。',
    '身份证号、手机号等列已设为文本格式，请勿改为数字或常规格式，否则身份证号末几位会丢失；从其他表格粘贴后，请确认没有显示成 1.10101E+17 这样的科学计数法。',
    '日期可写作 2020-01-02、2020/1/2、2020.1.2、2020年1月2日 或 20200102；只知道年月时写 2020年1月，按当月 1 日导入。',
    '有下拉箭头的列请从下拉列表中选择；可填多项的列，多个取值用顿号“、”分隔。是否类的列填“是”或“否”。',
    '空行会被跳过；有问题的行不会导入，导入结果会列出行号和原因，改正后可重新导入该文件。',
    ...(maxRows === undefined ? [] : [`每次最多导入 ${maxRows} 行，超过请分批导入。`]),
  ];
  rules.forEach((rule, i) => {
    const row = sheet.addRow([`${i + 1}. ${rule}`]);
    sheet.mergeCells(row.number, 1, row.number, 4);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 15 * Math.ceil(displayWidth(rule) / 110);
  });
  sheet.addRow([]);
  const head = sheet.addRow(['列名', '必填', '填写要求', '可选值']);
  head.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
  });
  for (const column of spec.columns) {
    const options = column.kind === 'boolean' ? BOOLEAN_LABELS : Object.values(column.options ?? {}).map((l) => l['zh-CN']);
    const row = sheet.addRow([column.header, column.required ? '是' : '', column.hint, options.join('、')]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = THIN_BORDER;
    });
  }
}
