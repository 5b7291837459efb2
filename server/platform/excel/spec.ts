// The column model shared by templates (模板), import (导入) and export (导出).

export type Bilingual = { 'zh-CN': string; en: string };

/** How a cell is read and normalised. */
export type ColumnKind = 'text' | 'idNumber' | 'phone' | 'date' | 'integer' | 'enum' | 'list' | 'boolean';

export type ColumnSpec = {
  /** Property name in the parsed row, e.g. `idNumber`. */
  key: string;
  /** Chinese header as offices write it, e.g. 身份证号. */
  header: string;
  headerEn: string;
  /** Format hint for the template's second row, e.g. "18位，末位可为X", "多个用、分隔". */
  hint: string;
  kind: ColumnKind;
  required?: boolean;
  /** Characters (code points), for text columns. */
  maxLength?: number;
  /** enum/list: key → labels; cells may hold the Chinese label, the English label or the key. */
  options?: Record<string, Bilingual>;
  /** Other header spellings accepted on import, e.g. 手机 for 手机号. */
  aliases?: string[];
  /** Column width in Excel character units. */
  width?: number;
};

/** One ledger (台账) sheet. */
export type SheetSpec = { sheetName: string; title: Bilingual; columns: ColumnSpec[] };

/** A cell after normalisation: text/idNumber/phone/date/enum → string, integer → number, boolean → boolean, list → keys. */
export type CellValue = string | number | boolean | string[] | null;
