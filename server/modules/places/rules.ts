import type { PlaceKind } from '#contracts/labels.js';
import { canPlaceUnder, levelOf, STATISTICAL_DIGITS } from '#contracts/rules.js';

export { canPlaceUnder, levelOf };
import { pinyin } from 'pinyin-pro';

export type CodeProblem = { kind: 'format'; digits: number } | { kind: 'prefix'; prefix: string } | null;

/** A statistical code has the right length and extends its parent's code. */
export function checkCode(kind: PlaceKind, code: string, parentCode: string | null, parentKind: PlaceKind | null): CodeProblem {
  const digits = STATISTICAL_DIGITS[kind];
  if (digits === undefined) return null;
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) return { kind: 'format', digits };
  const parentDigits = parentKind ? STATISTICAL_DIGITS[parentKind] : undefined;
  if (parentCode && parentDigits && !code.startsWith(parentCode.slice(0, parentDigits))) {
    return { kind: 'prefix', prefix: parentCode.slice(0, parentDigits) };
  }
  return null;
}

/** "xsz xiushuizhen": initials and full spelling, so search finds 秀水镇 by either. */
export function pinyinKey(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((s) => s.toLowerCase().replace(/\s+/g, ''));
  const initials = syllables.map((s) => s[0] ?? '').join('');
  return `${initials} ${syllables.join('')}`;
}

/** Ids along a materialised path '/1/5/23/' → [1, 5, 23]. */
export const idsOfPath = (path: string) => path.split('/').filter(Boolean).map(Number);
