import dayjs, { type Dayjs } from 'dayjs';
import type { PointEntryDto, PointRuleDto, PointRuleKind } from '#contracts/points.js';
import type { RuleInput } from '../../api/points-console.js';
import { ZONE } from '../../shared/time.js';

// Pure helpers of the 积分 console pages: signs, the rule form, date checks and ledger sums.

/** The typographic minus: "−2" reads as a deduction, not a dash. */
export const MINUS = '−';

/** Points with their sign: +3, −2, 0. */
export function signedPoints(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `${MINUS}${Math.abs(n)}`;
  return '0';
}

/** 报名未参加 and 群众差评 take points away; every other rule earns them. */
export const isDeduction = (kind: PointRuleKind) => kind === 'noShow' || kind === 'badRating';

/** What is wrong with a rule's sign, as the server would say it: earning rules ≥ 0, deductions ≤ 0. */
export function signProblem(kind: PointRuleKind, points: number | null | undefined): 'ruleSignEarn' | 'ruleSignDeduct' | null {
  if (points === null || points === undefined) return null;
  if (isDeduction(kind)) return points > 0 ? 'ruleSignDeduct' : null;
  return points < 0 ? 'ruleSignEarn' : null;
}

/** Today in Beijing, YYYY-MM-DD: rule changes start today or later by the server's calendar. */
export const beijingToday = (now: Date = new Date()) => dayjs(now).tz(ZONE).format('YYYY-MM-DD');

/** A day before `today` (both calendar days): the date picker disables it. */
export const isPastDay = (day: Dayjs, today: string) => day.format('YYYY-MM-DD') < today;

export type RuleFormValues = { points: number; noCap: boolean; monthlyCap?: number | null; effectiveFrom: Dayjs };

/** The form for adjusting a rule, starting from the rule in force and from today. */
export function ruleFormValues(rule: PointRuleDto, today: string): RuleFormValues {
  return { points: rule.points, noCap: rule.monthlyCap === null, monthlyCap: rule.monthlyCap ?? undefined, effectiveFrom: dayjs(today) };
}

/** The form's values as the API's input: deductions and 不设上限 have no cap. */
export function ruleInput(kind: PointRuleKind, v: RuleFormValues): RuleInput {
  const cap = isDeduction(kind) || v.noCap || v.monthlyCap === undefined || v.monthlyCap === null ? null : v.monthlyCap;
  return { kind, points: v.points, monthlyCap: cap, effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD') };
}

/** A date range the ledger cannot ask for: it starts after it ends. */
export const rangeInverted = (from: string | undefined, to: string | undefined) => Boolean(from && to && from > to);

/** Only earnings and deductions are corrected, and each once; a redemption is reversed by its merchant. */
export const isCorrectable = (e: Pick<PointEntryDto, 'kind' | 'reversedBy'>) => (e.kind === 'earn' || e.kind === 'deduct') && e.reversedBy === null;

export type LedgerSums = { balance: number; earned: number; deducted: number; redeemed: number; corrected: number };

/** A holder's entries summed by what they are; the balance is the sum of them all. */
export function ledgerSums(entries: readonly Pick<PointEntryDto, 'kind' | 'amount'>[]): LedgerSums {
  const sums: LedgerSums = { balance: 0, earned: 0, deducted: 0, redeemed: 0, corrected: 0 };
  for (const e of entries) {
    sums.balance += e.amount;
    if (e.kind === 'earn' || e.kind === 'receive') sums.earned += e.amount;
    else if (e.kind === 'deduct') sums.deducted += e.amount;
    else if (e.kind === 'redeem') sums.redeemed += e.amount;
    else sums.corrected += e.amount;
  }
  return sums;
}

/** YYYY-MM of a day. */
export const monthOf = (day: string) => day.slice(0, 7);
