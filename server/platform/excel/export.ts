import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { columnWidth, dataWidth, GREY, HEADER_FILL, HEADER_FONT, TEXT_FORMAT, THIN_BORDER } from './layout.js';
import type { ColumnKind, SheetSpec } from './spec.js';

export type ExportColumn = { header: string; width?: number; kind?: ColumnKind };

export type ExportCell = string | number | null;

export type ExportInput = ({ spec: SheetSpec } | { columns: ExportColumn[] }) & {
  /** One array per row, in column order. */
  rows: ExportCell[][];
  title: string;
  /** Who exported and when; printed under the title (导出人/导出时间). */
  stamp: { by: string; at: Date };
};

const HEADER_ROW = 3;
/** Widths are sized from this many rows; enough to be representative, cheap on a big export. */
const WIDTH_SAMPLE = 200;
/** A string of 11+ digits is an ID, phone or account number: Excel must not treat it as a number. */
const LONG_DIGITS = /^\d{11,}[\dXx]?$/;

/**
 * A ledger export (台账导出): title, a stamp row (导出人：X　导出时间：… （北京时间）), bold frozen headers, data.
 * Written with exceljs's streaming writer so a big export does not hold a cell object per value.
 */
export async function writeExport(input: ExportInput): Promise<Buffer> {
  const columns = 'spec' in input ? input.spec.columns.map((c) => ({ header: c.header, width: columnWidth(c), kind: c.kind })) : input.columns;
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  workbook.creator = '四双';
  const sheetName = 'spec' in input ? input.spec.sheetName : input.title;
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }] });
  sheet.columns = columns.map((column, i) => ({
    width: column.width ?? dataWidth(column.header, sample(input.rows, i)),
    style: isTextColumn(column, input.rows, i) ? { numFmt: TEXT_FORMAT } : {},
  }));
  writeHead(
    sheet,
    input.title,
    stampText(input.stamp),
    columns.map((c) => c.header),
  );
  for (const values of input.rows) {
    // null → an absent cell rather than an empty string, so Excel's Ctrl+arrow jumps behave.
    sheet.addRow(values.map((v) => (v === null ? undefined : v))).commit();
  }
  sheet.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

function writeHead(sheet: Worksheet, title: string, stamp: string, headers: string[]): void {
  const width = Math.max(1, headers.length);
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  titleRow.height = 24;
  const stampRow = sheet.addRow([stamp]);
  stampRow.font = { size: 10, color: { argb: GREY } };
  if (width > 1) {
    sheet.mergeCells(1, 1, 1, width);
    sheet.mergeCells(2, 1, 2, width);
  }
  const headerRow = sheet.addRow(headers);
  headerRow.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  if (headers.length > 0) sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: headers.length } };
  titleRow.commit();
  stampRow.commit();
  headerRow.commit();
}

/** 导出人：张三　导出时间：2024-05-01 09:30（北京时间） */
export function stampText(stamp: { by: string; at: Date }): string {
  return `导出人：${stamp.by}　导出时间：${beijingTime(stamp.at)}（北京时间）`;
}

/** China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and needs no ICU data. */
export function beijingTime(at: Date): string {
  const d = new Date(at.getTime() + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

function* sample(rows: ExportCell[][], index: number): Iterable<string> {
  const n = Math.min(rows.length, WIDTH_SAMPLE);
  for (let r = 0; r < n; r++) {
    const v = rows[r]?.[index];
    if (v !== null && v !== undefined) yield String(v);
  }
}

function isTextColumn(column: ExportColumn, rows: ExportCell[][], index: number): boolean {
  if (column.kind === 'idNumber' || column.kind === 'phone') return true;
  return rows.some((row) => {
    const v = row[index];
    return typeof v === 'string' && LONG_DIGITS.test(v);
  });
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ and not blank. */
export function safeSheetName(name: string): string {
  const cleaned = [...name.replace(/[[\]:*?/\\]/g, ' ').trim()].slice(0, 31).join('').trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/** A share as ledgers print it: 83.3%, or — when there is nothing to count. */
export const percentText = (part: number, whole: number) => (whole ? `${Math.round((part * 1000) / whole) / 10}%` : '—');
