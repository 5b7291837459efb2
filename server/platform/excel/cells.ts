// One cell → one normalised value, by column kind. Pure functions: no exceljs objects past `plain`.
import type { Params, ProblemCode } from './messages.js';
import { cleanCode, cleanProse, matchKey, shorten } from './normalize.js';
import type { Bilingual, CellValue, ColumnKind, ColumnSpec } from './spec.js';

/** A cell as Excel stored it, with rich text, formulas and hyperlinks already reduced to their text or result. */
export type Raw = string | number | boolean | Date | { error: string } | null;

export type Parsed = { ok: true; value: CellValue } | { ok: false; code: ProblemCode; params?: Params };

export type CellParser = (raw: Exclude<Raw, null>) => Parsed;

/** Reduces an exceljs cell value (typed loosely at runtime, e.g. hyperlink text may be rich text). */
export function plain(v: unknown): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return null;
  if ('richText' in v && Array.isArray(v.richText)) return v.richText.map(runText).join('');
  if ('formula' in v || 'sharedFormula' in v) return 'result' in v ? plain(v.result) : null;
  if ('hyperlink' in v && 'text' in v) return plain(v.text);
  if ('error' in v && typeof v.error === 'string') return { error: v.error };
  return null;
}

function runText(run: unknown): string {
  return typeof run === 'object' && run !== null && 'text' in run && typeof run.text === 'string' ? run.text : '';
}

/** Cleans text by kind; an empty string becomes null so blank cells and blank rows are easy to spot. */
export function tidy(raw: Raw, kind: ColumnKind): Raw {
  if (typeof raw !== 'string') return raw;
  const s = kind === 'text' ? cleanProse(raw) : cleanCode(raw);
  return s === '' ? null : s;
}

/** How a raw value reads in a message. */
export function shown(raw: Exclude<Raw, null>): string {
  if (typeof raw === 'string') return shorten(raw);
  if (typeof raw === 'number') return String(raw);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? '?' : isoDateTime(raw);
  return raw.error;
}

const fail = (code: ProblemCode, raw: Exclude<Raw, null>, params: Params = {}): Parsed => ({
  ok: false,
  code,
  params: { value: shown(raw), ...params },
});
const ok = (value: CellValue): Parsed => ({ ok: true, value });

// ---- text ----

/** Numbers as Excel shows them (15 significant digits), so 0.1+0.2 does not become 0.30000000000000004. */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

export function parseText(raw: Exclude<Raw, null>, maxLength?: number): Parsed {
  if (typeof raw === 'object' && !(raw instanceof Date)) return fail('cellError', raw);
  const s = typeof raw === 'string' ? raw : typeof raw === 'number' ? numberText(raw) : shown(raw);
  if (maxLength !== undefined) {
    const length = [...s].length;
    if (length > maxLength) return fail('tooLong', raw, { max: maxLength, length });
  }
  return ok(s);
}

// ---- 身份证号 ----

/** Doubles keep 15–16 digits, so an 18-digit ID that went through a number cell has lost its tail. */
const LOST_PRECISION = 1e15;
const SCIENTIFIC = /^\d(?:\.\d+)?e\+?\d+$/i;
const ID_FORMAT = /^\d{17}[\dX]$/;

export function parseIdNumber(raw: Exclude<Raw, null>): Parsed {
  if (typeof raw === 'number') return raw >= LOST_PRECISION ? fail('idLostDigits', raw) : fail('idFormat', raw);
  if (typeof raw !== 'string') return fail(isCellError(raw) ? 'cellError' : 'idFormat', raw);
  // A leading ' is Excel's "keep as text" prefix when it survives a CSV round trip.
  const s = raw.replace(/^'/, '').replace(/\s+/g, '').toUpperCase();
  if (SCIENTIFIC.test(s)) return fail('idLostDigits', raw);
  return ID_FORMAT.test(s) ? ok(s) : fail('idFormat', raw);
}

// ---- 手机号 ----

export function parsePhone(raw: Exclude<Raw, null>): Parsed {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? parsePhoneText(String(raw), raw) : fail('phoneFormat', raw);
  if (typeof raw !== 'string') return fail(isCellError(raw) ? 'cellError' : 'phoneFormat', raw);
  return parsePhoneText(raw, raw);
}

function parsePhoneText(s: string, raw: Exclude<Raw, null>): Parsed {
  const digits = s
    .replace(/^'/, '')
    .replace(/[\s\-–—()]/g, '')
    .replace(/^(?:\+?86|0086)(?=1\d{10}$)/, '');
  return /^1\d{10}$/.test(digits) ? ok(digits) : fail('phoneFormat', raw);
}

// ---- 日期 ----

const MIN_YEAR = 1900;
const MAX_YEAR = 2099;
const DAY_MS = 86_400_000;
/** Serial of 2099-12-31 in the 1900 system. */
const MAX_SERIAL = 73_050;
/** Excel 1904 workbooks count from 1904-01-01, 1462 days later. */
const DATE1904_OFFSET = 1462;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Formats Y-M-D after checking it exists (no 2021-02-30) and lies within 1900–2099. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** exceljs builds date cells in UTC from the serial, so the UTC fields are the wall-clock date: no time-zone shift. */
function utcDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function isoDateTime(d: Date): string {
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const hasTime = d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() > 0;
  return hasTime ? `${date} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}` : date;
}

/** Excel serial day number → date. Excel's 1900 system has a fake 1900-02-29 (serial 60). */
export function serialDate(serial: number, date1904 = false): string | null {
  const days = Math.floor(serial) + (date1904 ? DATE1904_OFFSET : 0);
  if (days < 1 || days === 60 || days > MAX_SERIAL) return null;
  const epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return utcDate(new Date(epoch + days * DAY_MS));
}

const TIME_SUFFIX = /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
const YMD = /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2}) ?[日号]?$/;
const YM = /^(\d{4}) ?[-/.年] ?(\d{1,2}) ?月?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})?$/;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

/** 2020-1-2, 2020/01/02, 2020.1.2, 2020年1月2日, 2020年01月, 1990.05, 20200102, 202001; month-only → the 1st. */
export function dateFromText(text: string, date1904 = false): string | null {
  const s = text.replace(TIME_SUFFIX, '');
  const ymd = YMD.exec(s);
  if (ymd) return isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const ym = YM.exec(s);
  if (ym) return isoDate(Number(ym[1]), Number(ym[2]), 1);
  const compact = COMPACT.exec(s);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3] ?? 1));
  // A serial shows up as text when a date column was re-formatted as text.
  if (SERIAL_TEXT.test(s)) return serialDate(Number(s), date1904);
  return null;
}

/**
 * Number cells: 20200102 and 202001 typed without separators; 1990.05 (a year.month that Excel took
 * for a decimal — 1990.1 is ambiguous, October lost its 0, so it is refused); otherwise a serial.
 */
export function dateFromNumber(n: number, date1904 = false): string | null {
  if (Number.isInteger(n) && n >= 19_000_101 && n <= 20_991_231) return dateFromText(String(n));
  if (Number.isInteger(n) && n >= 190_001 && n <= 209_912) return dateFromText(String(n));
  if (n >= MIN_YEAR && n < MAX_YEAR + 1) {
    const hundredths = Math.round(n * 100);
    const twoDecimals = Math.abs(n * 100 - hundredths) < 1e-6 && hundredths % 10 !== 0;
    return twoDecimals ? isoDate(Math.trunc(n), hundredths % 100, 1) : null;
  }
  return serialDate(n, date1904);
}

export function parseDate(raw: Exclude<Raw, null>, date1904 = false): Parsed {
  let iso: string | null = null;
  if (raw instanceof Date) iso = utcDate(raw);
  else if (typeof raw === 'number') iso = dateFromNumber(raw, date1904);
  else if (typeof raw === 'string') iso = dateFromText(raw, date1904);
  else if (isCellError(raw)) return fail('cellError', raw);
  return iso === null ? fail('dateInvalid', raw) : ok(iso);
}

// ---- 整数 ----

export function parseInteger(raw: Exclude<Raw, null>): Parsed {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? ok(raw) : fail('integerInvalid', raw);
  if (typeof raw !== 'string') return fail(isCellError(raw) ? 'cellError' : 'integerInvalid', raw);
  const s = raw.replace(/[\s,]/g, '');
  if (!/^[+-]?\d+(?:\.0+)?$/.test(s)) return fail('integerInvalid', raw);
  const n = Number.parseInt(s, 10);
  return Number.isSafeInteger(n) ? ok(n) : fail('integerInvalid', raw);
}

// ---- 是/否 ----

const YES = new Set(['1', '是', 'y', 'yes', 'true', '√', '✓', '✔', '对']);
const NO = new Set(['0', '否', 'n', 'no', 'false', '×', '✗', '✘', '错']);

export function parseBoolean(raw: Exclude<Raw, null>): Parsed {
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'object' && !(raw instanceof Date)) return fail('cellError', raw);
  const key = typeof raw === 'string' ? matchKey(raw) : typeof raw === 'number' ? String(raw) : '';
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail('booleanInvalid', raw);
}

// ---- 选项 ----

/** Label or key (any case, any width, any spacing) → key. */
export function optionIndex(options: Record<string, Bilingual>): Map<string, string> {
  const index = new Map<string, string>();
  const entries = Object.entries(options);
  for (const [key] of entries) index.set(matchKey(key), key);
  // Labels are set last so they win: a key that spells another option's label must not shadow it.
  for (const [key, label] of entries) {
    index.set(matchKey(label.en), key);
    index.set(matchKey(label['zh-CN']), key);
  }
  return index;
}

function optionParams(options: Record<string, Bilingual>): Params {
  const labels = Object.values(options);
  return {
    options: labels.map((l) => l['zh-CN']).join('、'),
    optionsEn: labels.map((l) => `${l['zh-CN']} (${l.en})`).join(', '),
  };
}

function asOptionText(raw: Exclude<Raw, null>): string | null {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number') return numberText(raw);
  return null;
}

export function enumParser(options: Record<string, Bilingual>): CellParser {
  const index = optionIndex(options);
  const params = optionParams(options);
  return (raw) => {
    if (isCellError(raw)) return fail('cellError', raw);
    const text = asOptionText(raw);
    const key = text === null ? undefined : index.get(matchKey(text));
    return key === undefined ? fail('enumInvalid', raw, params) : ok(key);
  };
}

const LIST_SEPARATORS = /[、,;/|]+/;

/** 党员、志愿者 / 党员,志愿者 / 党员 志愿者 → keys, de-duplicated, in the order written. */
export function listParser(options: Record<string, Bilingual>): CellParser {
  const index = optionIndex(options);
  const params = optionParams(options);
  return (raw) => {
    if (isCellError(raw)) return fail('cellError', raw);
    const text = asOptionText(raw);
    if (text === null) return fail('listInvalid', raw, params);
    // Half-width first, so ，；／ split like ,;/.
    const clean = cleanCode(text);
    const whole = index.get(matchKey(clean));
    if (whole !== undefined) return ok([whole]);
    const keys: string[] = [];
    for (const part of clean.split(LIST_SEPARATORS)) {
      const trimmed = part.trim();
      if (trimmed === '') continue;
      // English labels contain spaces, so a part is split on spaces only when it is not itself a label.
      const words = index.has(matchKey(trimmed)) ? [trimmed] : trimmed.split(' ');
      for (const word of words) {
        const key = index.get(matchKey(word));
        if (key === undefined) return fail('listInvalid', word, params);
        if (!keys.includes(key)) keys.push(key);
      }
    }
    return ok(keys.length === 0 ? null : keys);
  };
}

function isCellError(raw: Exclude<Raw, null>): raw is { error: string } {
  return typeof raw === 'object' && !(raw instanceof Date);
}

/** The parser for one column, with its option lookups built once per sheet. */
export function columnParser(column: ColumnSpec, date1904: boolean): CellParser {
  const options = column.options ?? {};
  switch (column.kind) {
    case 'text':
      return (raw) => parseText(raw, column.maxLength);
    case 'idNumber':
      return parseIdNumber;
    case 'phone':
      return parsePhone;
    case 'date':
      return (raw) => parseDate(raw, date1904);
    case 'integer':
      return parseInteger;
    case 'boolean':
      return parseBoolean;
    case 'enum':
      return enumParser(options);
    case 'list':
      return listParser(options);
  }
}
