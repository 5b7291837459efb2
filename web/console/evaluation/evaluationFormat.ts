import dayjs from 'dayjs';
import { DEFAULT_WEIGHTS, type EvaluationWeights, GRADES, type Grade } from '#contracts/evaluation.js';
import { ZONE } from '../../shared/time.js';

// Pure helpers of the 双评价 console pages: years and quarters, grade shares and the 优秀 cap, score lines,
// the weights form and the review campaign's rates.

/** The earliest year the API takes. */
export const FIRST_YEAR = 2020;

/** Today as `YYYY-MM-DD` in China time. */
export const beijingDay = (now: Date = new Date()) => dayjs(now).tz(ZONE).format('YYYY-MM-DD');

export const yearOf = (day: string) => Number(day.slice(0, 4));

/** This year and the earlier ones (newest first), at most `count`, never before 2020. */
export function yearOptions(currentYear: number, count = 6): number[] {
  const years: number[] = [];
  for (let y = currentYear; y >= FIRST_YEAR && years.length < count; y--) years.push(y);
  return years;
}

/** A `?year=` parameter if it is one of the offered years, else the current year. */
export function pickYear(param: string | null, currentYear: number): number {
  const year = Number(param);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= currentYear ? year : currentYear;
}

export type Quarter = 1 | 2 | 3 | 4;

/** The quarter of a day (`YYYY-MM-DD`). */
export const quarterOf = (day: string): Quarter => (Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) as Quarter;

/** `YYYY-Qn`, the notice's period. */
export const periodOf = (year: number, quarter: number) => `${year}-Q${quarter}`;

/** A period's year and quarter, or null when it is not `YYYY-Qn`. */
export function parsePeriod(period: string | null | undefined): { year: number; quarter: Quarter } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(period ?? '');
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Quarter } : null;
}

/** The quarters of a year that have begun by `today` (all four for a past year). */
export function quartersBegun(year: number, today: string): Quarter[] {
  const last = year < yearOf(today) ? 4 : year > yearOf(today) ? 0 : quarterOf(today);
  return ([1, 2, 3, 4] as const).filter((q) => q <= last);
}

/** The latest `count` periods up to today's, newest first. */
export function recentPeriods(today: string, count = 8): string[] {
  let year = yearOf(today);
  let quarter: number = quarterOf(today);
  const periods: string[] = [];
  while (periods.length < count && year >= FIRST_YEAR) {
    periods.push(periodOf(year, quarter));
    quarter--;
    if (quarter === 0) {
      quarter = 4;
      year--;
    }
  }
  return periods;
}

/** How many members of each grade, zero where the API left a grade out. */
export function gradeCounts(byGrade: Record<string, number>): Record<Grade, number> {
  return Object.fromEntries(GRADES.map((g) => [g, byGrade[g] ?? 0])) as Record<Grade, number>;
}

/** A share as a whole percentage (one decimal below 10%), `—` when there is nothing to share. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const p = (part / whole) * 100;
  return `${p < 10 && p > 0 && !Number.isInteger(p) ? Math.round(p * 10) / 10 : Math.round(p)}%`;
}

/** The most 优秀 a community of `members` may have: floor(members × share), as the server counts it. */
export const excellentCap = (members: number, share: number) => Math.floor(members * share + 1e-9);

/** Whether one more 优秀 fits: a member already 优秀 takes no new place. */
export function capRoom(members: number, excellent: number, share: number, alreadyExcellent = false) {
  const cap = excellentCap(members, share);
  return { cap, used: excellent, left: Math.max(0, cap - excellent), fits: alreadyExcellent || excellent + 1 <= cap };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The sum of a score's lines, to one decimal, floored at zero like the score. */
export const linesTotal = (lines: readonly { amount: number }[]) =>
  round1(
    Math.max(
      0,
      lines.reduce((n, l) => n + l.amount, 0),
    ),
  );

const MINUS = '\u2212';

/** A line's amount: the base bare, the others signed (+3.4, −1.3, ±0). */
export function signedAmount(amount: number, bare = false): string {
  if (bare) return String(amount);
  if (amount > 0) return `+${amount}`;
  if (amount < 0) return `${MINUS}${Math.abs(amount)}`;
  return '±0';
}

/** The weights as the form shows them: the shares (visit target, 优秀 share) in percent. */
export type WeightsForm = Omit<EvaluationWeights, 'visitTarget' | 'excellentShare'> & { visitTargetPct: number; excellentSharePct: number };

export function weightsToForm(w: EvaluationWeights = DEFAULT_WEIGHTS): WeightsForm {
  const { visitTarget, excellentShare, ...rest } = w;
  return { ...rest, visitTargetPct: round1(visitTarget * 100), excellentSharePct: round1(excellentShare * 100) };
}

export function weightsFromForm(f: WeightsForm): EvaluationWeights {
  const { visitTargetPct, excellentSharePct, ...rest } = f;
  return { ...rest, visitTarget: Math.round(visitTargetPct * 10) / 1000, excellentShare: Math.round(excellentSharePct * 10) / 1000 };
}

/** Whether the weights differ from the defaults (the form says so before a run). */
export const weightsChanged = (w: EvaluationWeights) => (Object.keys(DEFAULT_WEIGHTS) as (keyof EvaluationWeights)[]).some((k) => w[k] !== DEFAULT_WEIGHTS[k]);

/** When appeals close: the run plus the window, as the server counts it (null before a run or once locked). */
export function appealCloses(ranAt: string | null, appealDays: number, lockedAt: string | null): string | null {
  if (!ranAt || lockedAt) return null;
  return new Date(Date.parse(ranAt) + appealDays * 86_400_000).toISOString();
}

/** The review campaign's participation: households that reviewed among the compound's households, as a number 0..100. */
export const reviewRate = (reviewing: number, households: number) => (households > 0 ? round1((reviewing / households) * 100) : 0);

export type ProgressRow = { households: number; reviewing: number; reviews: number; average: number | null };

/** The whole campaign: summed counts and the review-weighted average. */
export function progressTotals(rows: readonly ProgressRow[]) {
  const households = rows.reduce((n, r) => n + r.households, 0);
  const reviewing = rows.reduce((n, r) => n + r.reviewing, 0);
  const reviews = rows.reduce((n, r) => n + r.reviews, 0);
  const weighted = rows.reduce((n, r) => n + (r.average ?? 0) * r.reviews, 0);
  return { households, reviewing, reviews, rate: reviewRate(reviewing, households), average: reviews > 0 ? round1(weighted / reviews) : null };
}

/** Whether a campaign is running on `today`, yet to open, or over. */
export function campaignState(opensOn: string, closesOn: string, today: string): 'upcoming' | 'open' | 'closed' {
  if (today < opensOn) return 'upcoming';
  if (today > closesOn) return 'closed';
  return 'open';
}

/** A service table's totals. */
export const serviceTotals = (services: readonly { count: number; hours: number }[]) => ({
  count: services.reduce((n, s) => n + s.count, 0),
  hours: round1(services.reduce((n, s) => n + s.hours, 0)),
});
