import ExcelJS from 'exceljs';
import type { Row, Workbook, Worksheet, XlsxReadOptions } from 'exceljs';
import { type CellParser, columnParser, plain, type Raw, tidy } from './cells.js';
import { ExcelError } from './errors.js';
import { type ProblemCode, problemText } from './messages.js';
import { cleanCode, headerKey, matchKey, withoutBracketNote } from './normalize.js';
import type { Bilingual, CellValue, ColumnSpec, SheetSpec } from './spec.js';

export type CellProblem = {
  /** Row number as Excel shows it. */
  row: number;
  /** The column's header from the spec, e.g. 身份证号. */
  column: string;
  code: ProblemCode;
  messages: Bilingual;
};

export type ReadRow = {
  /** Row number as Excel shows it. */
  row: number;
  /** By column key. Columns absent from the sheet are absent here too, so an update can leave them alone. */
  values: Record<string, CellValue>;
};

export type ReadResult = {
  /** Rows without any problem, in sheet order. */
  rows: ReadRow[];
  /** Every problem of every rejected row. */
  problems: CellProblem[];
  /** Non-blank data rows, good and bad. */
  total: number;
  /** Row number of the header. */
  headerRow: number;
  /** Keys of the spec columns found in the sheet. */
  columns: string[];
};

export type ReadOptions = { maxRows: number };

/** A title, a note or a blank line may sit above the header; it is looked for this far down. */
const HEADER_SCAN_ROWS = 30;
const ZIP_SIGNATURE = 0x04034b50;
/**
 * Not needed for values, and costly: exceljs expands each data-validation range cell by cell, so a
 * dropdown set on a whole column means a million objects. Hyperlinked cells keep their text without them.
 */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks'];
/** Words that only the template's format-hint row contains, e.g. "YYYY-MM-DD 或 2020年1月2日", "多个用、分隔". */
const HINT_LIKE = /yyyy|mm-dd|格式|分隔|示例|例如|例:|如:|必填|选填|请填写|请选择|下拉|\d+位|=是|=否/i;

type Mapped = { column: ColumnSpec; col: number; parse: CellParser };
type Header = { row: number; found: Map<ColumnSpec, number>; missing: ColumnSpec[] };

/**
 * Reads one ledger sheet. Rows with a problem are left out of `rows` and explained in `problems`, so
 * the caller can keep the good rows. Throws ExcelError when the file as a whole cannot be read.
 */
export async function readSheet(buffer: Buffer, spec: SheetSpec, opts: ReadOptions): Promise<ReadResult> {
  const workbook = await loadWorkbook(buffer, opts.maxRows);
  const { sheet, header } = locate(workbook, spec);
  const date1904 = workbook.properties?.date1904 === true;
  const mapped: Mapped[] = [...header.found].map(([column, col]) => ({ column, col, parse: columnParser(column, date1904) }));

  const first = isHintRow(sheet.findRow(header.row + 1), mapped) ? header.row + 2 : header.row + 1;
  const result: ReadResult = { rows: [], problems: [], total: 0, headerRow: header.row, columns: mapped.map((m) => m.column.key) };
  const raws: Raw[] = new Array(mapped.length).fill(null);
  for (let r = first; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    if (row === undefined || !readRaws(row, mapped, raws)) continue;
    result.total++;
    if (result.total > opts.maxRows) throw new ExcelError('tooManyRows', { max: opts.maxRows });
    const values = parseRow(r, mapped, raws, result.problems);
    if (values !== null) result.rows.push({ row: r, values });
  }
  if (result.total === 0) throw new ExcelError('emptySheet');
  return result;
}

async function loadWorkbook(buffer: Buffer, maxRows: number): Promise<Workbook> {
  // Checked first so a .csv or .xls fails fast with a clear code instead of deep inside the unzipper.
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== ZIP_SIGNATURE) throw new ExcelError('notExcel');
  const workbook = new ExcelJS.Workbook();
  // exceljs honours maxRows per sheet (missing from its typings): it bounds memory on a huge upload.
  // Generous, because formatted blank rows count too; the exact limit is checked on data rows.
  const options: Partial<XlsxReadOptions> & { maxRows: number } = { ignoreNodes: IGNORED_NODES, maxRows: maxRows * 2 + 10_000 };
  try {
    await workbook.xlsx.load(toArrayBuffer(buffer), options);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Max row count')) throw new ExcelError('tooManyRows', { max: maxRows }, error);
    throw new ExcelError('notExcel', {}, error);
  }
  // A .docx or any other zip loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw new ExcelError('notExcel');
  return workbook;
}

/** exceljs types its input as an ArrayBuffer (a Node Buffer does not type-check); one copy of the upload is cheap. */
function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  const copy = new ArrayBuffer(buffer.byteLength);
  new Uint8Array(copy).set(buffer);
  return copy;
}

/** The sheet named like the spec, else the first visible one, else any sheet that has the headers. */
function locate(workbook: Workbook, spec: SheetSpec): { sheet: Worksheet; header: Header } {
  let preferred: { sheet: Worksheet; header: Header | null } | undefined;
  for (const sheet of candidateSheets(workbook, spec.sheetName)) {
    const header = findHeader(sheet, spec);
    if (header !== null && header.missing.length === 0) return { sheet, header };
    preferred ??= { sheet, header };
  }
  if (preferred === undefined || preferred.sheet.actualRowCount === 0) throw new ExcelError('emptySheet');
  const required = spec.columns.filter((c) => c.required);
  throw wrongHeaders(preferred.header?.missing ?? (required.length > 0 ? required : spec.columns));
}

function candidateSheets(workbook: Workbook, sheetName: string): Worksheet[] {
  const wanted = matchKey(sheetName);
  const sheets = workbook.worksheets;
  const named = sheets.filter((s) => matchKey(s.name).includes(wanted));
  const visible = sheets.filter((s) => s.state === 'visible' && !named.includes(s));
  const hidden = sheets.filter((s) => s.state !== 'visible' && !named.includes(s));
  return [...named, ...visible, ...hidden];
}

function wrongHeaders(missing: ColumnSpec[]): ExcelError {
  return new ExcelError('wrongHeaders', {
    missing: missing.map((c) => c.header).join('、'),
    missingEn: missing.map((c) => `${c.header} (${c.headerEn})`).join(', '),
  });
}

/** The first row among the top ones that names the most spec columns; null when none names any. */
function findHeader(sheet: Worksheet, spec: SheetSpec): Header | null {
  const lookup = headerLookup(spec.columns);
  let best: Header | null = null;
  const last = Math.min(sheet.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const row = sheet.findRow(r);
    if (row === undefined) continue;
    const found = new Map<ColumnSpec, number>();
    for (let c = 1; c <= row.cellCount; c++) {
      const raw = plain(row.findCell(c)?.value);
      if (typeof raw !== 'string') continue;
      const column = lookup(headerKey(raw));
      // A repeated header keeps its first column.
      if (column !== undefined && !found.has(column)) found.set(column, c);
    }
    if (found.size > (best?.found.size ?? 0)) {
      best = { row: r, found, missing: spec.columns.filter((c) => c.required && !found.has(c)) };
    }
  }
  return best;
}

/** Header text → column, by header, English header or alias; a bracketed note after the header is tolerated. */
function headerLookup(columns: ColumnSpec[]): (key: string) => ColumnSpec | undefined {
  const exact = new Map<string, ColumnSpec>();
  const loose = new Map<string, ColumnSpec>();
  for (const column of columns) {
    for (const name of [column.header, column.headerEn, ...(column.aliases ?? [])]) {
      const key = headerKey(name);
      if (!exact.has(key)) exact.set(key, column);
      const bare = withoutBracketNote(key);
      if (bare !== '' && !loose.has(bare)) loose.set(bare, column);
    }
  }
  return (key) => {
    if (key === '') return undefined;
    const bare = withoutBracketNote(key);
    return exact.get(key) ?? (bare === '' ? undefined : (exact.get(bare) ?? loose.get(bare)));
  };
}

/** The template's second row: a majority of its filled cells are the column hints or read like hints. */
function isHintRow(row: Row | undefined, mapped: Mapped[]): boolean {
  if (row === undefined) return false;
  let filled = 0;
  let hints = 0;
  for (const { column, col } of mapped) {
    const raw = plain(row.findCell(col)?.value);
    if (raw === null) continue;
    const text = typeof raw === 'string' ? cleanCode(raw) : '';
    if (typeof raw === 'string' && text === '') continue;
    filled++;
    if (text !== '' && (matchKey(text) === matchKey(column.hint) || HINT_LIKE.test(text))) hints++;
  }
  return hints > 0 && hints * 2 >= filled;
}

/** Fills `raws` with the row's cleaned cells; false when all of them are blank (cells of unknown columns, like 序号, do not count). */
function readRaws(row: Row, mapped: Mapped[], raws: Raw[]): boolean {
  let any = false;
  for (let i = 0; i < mapped.length; i++) {
    const m = mapped[i];
    if (m === undefined) continue;
    const raw = tidy(plain(row.findCell(m.col)?.value), m.column.kind);
    raws[i] = raw;
    if (raw !== null) any = true;
  }
  return any;
}

/** The row's values, or null after adding its problems. */
function parseRow(r: number, mapped: Mapped[], raws: Raw[], problems: CellProblem[]): Record<string, CellValue> | null {
  const values: Record<string, CellValue> = {};
  let bad = false;
  for (let i = 0; i < mapped.length; i++) {
    const m = mapped[i];
    if (m === undefined) continue;
    const { column } = m;
    const raw = raws[i] ?? null;
    const parsed = raw === null ? null : m.parse(raw);
    if (parsed !== null && !parsed.ok) {
      problems.push({ row: r, column: column.header, code: parsed.code, messages: problemText(parsed.code, column.header, parsed.params) });
      bad = true;
      continue;
    }
    const value = parsed === null ? null : parsed.value;
    if (value === null && column.required) {
      problems.push({ row: r, column: column.header, code: 'required', messages: problemText('required', column.header) });
      bad = true;
    }
    values[column.key] = value;
  }
  return bad ? null : values;
}
