// Text clean-up for what offices paste into spreadsheets: full-width characters from Chinese input
// methods, zero-width characters from web pages and chat apps, and stray spaces.

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const WIDE_SPACES = /[\u3000\u00a0]/g;
const HORIZONTAL_SPACE = /[ \t\f\v]+/g;
/** Anything the slow path would change; most cells (names, IDs) have none of it. */
const NEEDS_WORK = /[\s\u200b-\u200d\u2060\ufeff\uff01-\uff5e]/;

const toHalf = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** Full-width ASCII (ＡＢＣ１２３，：) and wide spaces → half-width; for codes, numbers, dates and headers. */
export function halfWidth(s: string): string {
  return s.replace(FULL_WIDTH_ASCII, toHalf).replace(WIDE_SPACES, ' ');
}

/**
 * Free text: only full-width letters and digits become half-width, so Chinese prose keeps its ，（）：
 * punctuation. Spaces collapse within each line; line breaks (Alt+Enter) survive, blank lines do not.
 */
export function cleanProse(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  const half = s.replace(ZERO_WIDTH, '').replace(FULL_WIDTH_ALNUM, toHalf).replace(WIDE_SPACES, ' ');
  if (!/[\r\n]/.test(half)) return half.replace(HORIZONTAL_SPACE, ' ').trim();
  return half
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(HORIZONTAL_SPACE, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Codes, numbers, dates, option labels: everything half-width, whitespace collapsed to single spaces. */
export function cleanCode(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return halfWidth(s.replace(ZERO_WIDTH, '')).replace(/\s+/g, ' ').trim();
}

/** Comparison key for headers and option labels: no spaces at all (姓 名 = 姓名), case-insensitive. */
export function matchKey(s: string): string {
  return cleanCode(s).replace(/ /g, '').toLowerCase();
}

/** Header key: like matchKey, and a required-marker `*` on either side is dropped. */
export function headerKey(s: string): string {
  return matchKey(s).replace(/^\*+|\*+$/g, '');
}

/** 联系电话(手机) → 联系电话: offices append notes to headers in brackets. Empty when nothing is left. */
export function withoutBracketNote(key: string): string {
  return key.replace(/(?:\(.*\)|\[.*\]|【.*】)$/, '');
}

/** Width as Excel counts it: CJK and full-width characters take two units. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += (ch.codePointAt(0) ?? 0) >= 0x1100 ? 2 : 1;
  return width;
}

/** Long values are cut in messages so one bad cell cannot flood the report. */
export function shorten(s: string, max = 40): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max).join('')}…`;
}
