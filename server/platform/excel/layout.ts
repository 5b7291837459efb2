// Look and layout shared by the template and the export.
import type { Border, Borders, Fill, Font } from 'exceljs';
import { displayWidth } from './normalize.js';
import type { ColumnKind, ColumnSpec } from './spec.js';

export const HEADER_FONT: Partial<Font> = { bold: true, size: 11 };
export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
export const REQUIRED_COLOR = 'FFC00000';
export const GREY = 'FF808080';
const THIN: Partial<Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
export const THIN_BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Text format stops Excel turning 110101199001011234 into 1.10101E+17, 0086… into 86…, and 3-1 into a date. */
export const TEXT_FORMAT = '@';

export function numFmtFor(kind: ColumnKind): string {
  switch (kind) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'integer':
      return '0';
    default:
      return TEXT_FORMAT;
  }
}

/** Widest content a kind usually needs, in Excel character units. */
const KIND_WIDTH: Record<ColumnKind, number> = {
  text: 12,
  idNumber: 22,
  phone: 15,
  date: 13,
  integer: 8,
  enum: 12,
  list: 18,
  boolean: 8,
};

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** The spec's width, else enough for the header, the kind and most of the hint. */
export function columnWidth(column: ColumnSpec): number {
  if (column.width !== undefined) return column.width;
  const header = displayWidth(column.header) + 4;
  const hint = Math.min(displayWidth(column.hint) + 2, 30);
  return clamp(Math.max(header, hint, KIND_WIDTH[column.kind]), 8, 40);
}

/** Width for exported data: header or the widest of the first values, whichever is wider. */
export function dataWidth(header: string, values: Iterable<string>): number {
  let width = displayWidth(header) + 4;
  for (const v of values) width = Math.max(width, displayWidth(v) + 2);
  return clamp(width, 8, 50);
}

/** Column letter(s) for a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
