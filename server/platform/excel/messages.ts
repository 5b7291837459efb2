import type { Bilingual } from './spec.js';

export type Params = Record<string, string | number>;

/** Problems with one cell; the row is rejected, the rest of the sheet is still read. */
export type ProblemCode =
  | 'required'
  | 'tooLong'
  | 'idLostDigits'
  | 'idFormat'
  | 'phoneFormat'
  | 'dateInvalid'
  | 'integerInvalid'
  | 'booleanInvalid'
  | 'enumInvalid'
  | 'listInvalid'
  | 'cellError';

/** Problems with the whole file; nothing is read. */
export type SheetErrorCode = 'notExcel' | 'wrongHeaders' | 'tooManyRows' | 'emptySheet';

// {header} is the column's Chinese header in both languages: it is what the user sees in the sheet.
export const problemMessages: Record<ProblemCode, Bilingual> = {
  required: { 'zh-CN': '“{header}”为必填项', en: '{header} is required' },
  tooLong: {
    'zh-CN': '“{header}”过长：最多 {max} 个字，实际 {length} 个',
    en: '{header} is too long: at most {max} characters, got {length}',
  },
  idLostDigits: {
    'zh-CN': '“{header}”被存成了数字，末几位已丢失，请把该列设为文本后重新填写',
    en: '{header} was stored as a number and its last digits are lost; format the column as text and enter it again',
  },
  idFormat: {
    'zh-CN': '“{header}”格式不正确：{value}（应为18位，末位可为X）',
    en: '{header} is not a valid ID number: {value} (18 characters, the last may be X)',
  },
  phoneFormat: {
    'zh-CN': '“{header}”不是有效的手机号：{value}（应为1开头的11位数字）',
    en: '{header} is not a valid mobile number: {value} (11 digits starting with 1)',
  },
  dateInvalid: { 'zh-CN': '“{header}”不是有效日期：{value}', en: '{header} is not a valid date: {value}' },
  integerInvalid: { 'zh-CN': '“{header}”应为整数：{value}', en: '{header} must be a whole number: {value}' },
  booleanInvalid: { 'zh-CN': '“{header}”应填“是”或“否”：{value}', en: '{header} must be 是 (yes) or 否 (no): {value}' },
  enumInvalid: {
    'zh-CN': '“{header}”的取值无效：{value}，可选：{options}',
    en: '{header} has an invalid value: {value}; choose one of: {optionsEn}',
  },
  listInvalid: {
    'zh-CN': '“{header}”中有无效的取值：{value}，可选：{options}（多个用、分隔）',
    en: '{header} has an invalid value: {value}; choose from: {optionsEn} (separate several with 、)',
  },
  cellError: { 'zh-CN': '“{header}”的公式出错：{value}', en: '{header} holds a formula error: {value}' },
};

export const sheetMessages: Record<SheetErrorCode, Bilingual> = {
  notExcel: {
    'zh-CN': '文件不是有效的 Excel 工作簿（.xlsx）。如果是 .xls、.csv 或 .et 文件，请用 Excel 或 WPS 另存为 .xlsx 后重新上传',
    en: 'The file is not a valid Excel workbook (.xlsx). If it is an .xls, .csv or .et file, save it as .xlsx in Excel or WPS and upload it again',
  },
  wrongHeaders: {
    'zh-CN': '表头与模板不符，缺少以下列：{missing}。请下载最新模板，按模板填写',
    en: 'The headers do not match the template; these columns are missing: {missingEn}. Download the latest template and fill that in',
  },
  tooManyRows: {
    'zh-CN': '数据超过 {max} 行，请分批导入（如果数据下方有设置了格式的空行，请删除后再试）',
    en: 'More than {max} data rows; import the data in batches (delete formatted blank rows below the data, if any)',
  },
  emptySheet: { 'zh-CN': '表格中没有数据行', en: 'The sheet has no data rows' },
};

/** Fills `{name}` placeholders; a missing parameter becomes empty rather than leaking the placeholder. */
export function render(template: Bilingual, params: Params): Bilingual {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  return { 'zh-CN': fill(template['zh-CN']), en: fill(template.en) };
}

/** Both messages for one cell problem, e.g. “出生日期”不是有效日期：2021-02-30 / 出生日期 is not a valid date: 2021-02-30. */
export function problemText(code: ProblemCode, header: string, params: Params = {}): Bilingual {
  return render(problemMessages[code], { ...params, header });
}
