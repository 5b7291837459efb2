// Excel toolkit (台账模板、导入、导出): one column model for templates, reading uploads and exports.
export type { ProblemCode, SheetErrorCode } from './messages.js';
export { problemMessages, problemText, sheetMessages } from './messages.js';
export { ExcelError } from './errors.js';
export type { Bilingual, CellValue, ColumnKind, ColumnSpec, SheetSpec } from './spec.js';
export type { TemplateOptions } from './template.js';
export { INSTRUCTIONS_SHEET, writeTemplate } from './template.js';
export type { CellProblem, ReadOptions, ReadResult, ReadRow } from './read.js';
export { readSheet } from './read.js';
export type { ExportCell, ExportColumn, ExportInput } from './export.js';
export { beijingTime, percentText, stampText, writeExport } from './export.js';
