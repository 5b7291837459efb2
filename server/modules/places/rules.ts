import { PLACE_KINDS, type PlaceKind } from '#contracts/labels.js';
import { pinyin } from 'pinyin-pro';

export const levelOf = (kind: PlaceKind) => PLACE_KINDS.indexOf(kind);

/**
 * Streets sit under counties and communities under streets; below a community the levels may be
 * skipped (a village has grids but no compounds), but never climb back up.
 */
export function canPlaceUnder(child: PlaceKind, parent: PlaceKind): boolean {
  if (child === 'county') return false;
  if (child === 'street') return parent === 'county';
  if (child === 'community') return parent === 'street';
  return levelOf(parent) >= levelOf('community') && levelOf(child) > levelOf(parent);
}

/** Digits of the national statistical division code for the levels that have one. */
export const STATISTICAL_DIGITS: Partial<Record<PlaceKind, number>> = { county: 6, street: 9, community: 12 };

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
