import type { MemberEvaluationDto } from '#contracts/evaluation.js';
import type { PlaceKind } from '#contracts/labels.js';

// Pure rules of the 双评价 phone pages: score lines, the appeal window, years and quarters in Beijing time, whose board.

/** A figure as the server rounds it: at most two decimals, no trailing zeros (88.4, 3.4, 80). */
export function plainAmount(amount: number): string {
  const rounded = Math.round(Math.abs(amount) * 100) / 100;
  return String(rounded);
}

/**
 * A line of "how it was reached": the base is where the score starts (`80`); the rest add or take
 * away (`+3.4`, `−2`, with a true minus sign), and a zero is `0`.
 */
export function lineAmount(line: { item: string; amount: number }): string {
  const text = plainAmount(line.amount);
  if (line.item === 'base') return line.amount < 0 ? `−${text}` : text;
  if (text === '0') return '0';
  return line.amount > 0 ? `+${text}` : `−${text}`;
}

type AppealState = Pick<MemberEvaluationDto, 'appeal' | 'appealUntil'>;

/** The window is open: the year is not locked and its deadline has not passed. */
export function appealWindowOpen(evaluation: AppealState, now: number): boolean {
  const until = evaluation.appealUntil ? Date.parse(evaluation.appealUntil) : Number.NaN;
  return Number.isFinite(until) && until > now;
}

/** A member may appeal while the window is open and no appeal of theirs is still being handled. */
export function canAppeal(evaluation: AppealState, now: number): boolean {
  return appealWindowOpen(evaluation, now) && evaluation.appeal?.status !== 'open';
}

/** The calendar year, month of a moment in Beijing, as the server counts years and quarters. */
function beijingParts(now: number): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).formatToParts(new Date(now));
  const part = (type: 'year' | 'month') => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month') };
}

export const yearOf = (now: number): number => beijingParts(now).year;

/** `2026-Q4`: the quarter of a moment in Beijing. */
export function quarterOf(now: number): string {
  const { year, month } = beijingParts(now);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The quarter `by` quarters after (or before) `period`: 2026-Q1 − 1 → 2025-Q4. */
export function shiftQuarter(period: string, by: number): string {
  const match = QUARTER.exec(period);
  if (!match) return period;
  const index = Number(match[1]) * 4 + (Number(match[2]) - 1) + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The two quarters a board switches between: this one and the one before. */
export const quarterChoices = (now: number): [string, string] => {
  const current = quarterOf(now);
  return [current, shiftQuarter(current, -1)];
};

/** A period the page was given, if it is one of the choices; else this quarter. */
export const chosenQuarter = (asked: string | null, now: number): string => {
  const choices = quarterChoices(now);
  return asked && choices.includes(asked) ? asked : choices[0];
};

type Place = { id: number; name: string; kind: PlaceKind | string };

/**
 * The boards someone can open from 我的: their community first (when known), then the compound they
 * live in. A community or compound account is its own board; anything below (grid, building) has none
 * unless the community is known.
 */
export function noticePlaces(own: Place, community: { id: number; name: string } | null): Place[] {
  const places: Place[] = [];
  if (own.kind === 'community') return [own];
  if (community) places.push({ ...community, kind: 'community' });
  if (own.kind === 'compound' && own.id !== community?.id) places.push(own);
  return places;
}

/** How many of a long list to show after pressing "more" `pressed` times. */
export const shownCount = (total: number, pressed: number, step = 20): number => Math.min(total, step * (pressed + 1));

/** 提交 is worth pressing: nothing given yet (the stars are checked on press), or the stars or comment differ from what was given. */
export function reviewChanged(given: { score: number; comment: string } | null, score: number, comment: string): boolean {
  if (!given) return true;
  return score !== given.score || comment.trim() !== given.comment;
}
