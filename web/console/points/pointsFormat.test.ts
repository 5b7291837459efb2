import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Page } from '#contracts/common.js';
import type { PointEntryDto } from '#contracts/points.js';
import { readAllPages } from '../../api/points-console.js';
import {
  beijingToday,
  isCorrectable,
  isPastDay,
  ledgerSums,
  MINUS,
  rangeInverted,
  ruleFormValues,
  ruleInput,
  signedPoints,
  signProblem,
} from './pointsFormat.js';

describe('signed points', () => {
  it('shows a plus for earnings, a minus sign for deductions and a bare zero', () => {
    expect(signedPoints(3)).toBe('+3');
    expect(signedPoints(-2)).toBe(`${MINUS}2`);
    expect(signedPoints(0)).toBe('0');
  });
});

describe('a rule’s sign', () => {
  it('earning rules may not be negative; deductions may not be positive; zero is allowed for both', () => {
    expect(signProblem('orderDone', -1)).toBe('ruleSignEarn');
    expect(signProblem('orderDone', 4)).toBeNull();
    expect(signProblem('noShow', 2)).toBe('ruleSignDeduct');
    expect(signProblem('badRating', -3)).toBeNull();
    expect(signProblem('badRating', 0)).toBeNull();
    expect(signProblem('activityHour', 0)).toBeNull();
    expect(signProblem('noShow', undefined)).toBeNull();
  });
});

describe('the rule form', () => {
  const today = '2026-05-10';

  it('starts from the rule in force, from today', () => {
    const v = ruleFormValues({ kind: 'orderDone', points: 3, monthlyCap: 30, effectiveFrom: null }, today);
    expect(v).toMatchObject({ points: 3, noCap: false, monthlyCap: 30 });
    expect(v.effectiveFrom.format('YYYY-MM-DD')).toBe(today);
    expect(ruleFormValues({ kind: 'noShow', points: -2, monthlyCap: null, effectiveFrom: '2026-01-01' }, today)).toMatchObject({
      noCap: true,
      monthlyCap: undefined,
    });
  });

  it('sends the cap only for an earning rule with a cap', () => {
    const day = dayjs('2026-05-11');
    expect(ruleInput('orderDone', { points: 4, noCap: false, monthlyCap: 40, effectiveFrom: day })).toEqual({
      kind: 'orderDone',
      points: 4,
      monthlyCap: 40,
      effectiveFrom: '2026-05-11',
    });
    expect(ruleInput('orderDone', { points: 4, noCap: true, monthlyCap: 40, effectiveFrom: day }).monthlyCap).toBeNull();
    expect(ruleInput('noShow', { points: -3, noCap: false, monthlyCap: 5, effectiveFrom: day }).monthlyCap).toBeNull();
    expect(ruleInput('goodRating', { points: 1, noCap: false, monthlyCap: null, effectiveFrom: day }).monthlyCap).toBeNull();
  });

  it('disables the days before today, by the calendar', () => {
    expect(isPastDay(dayjs('2026-05-09'), today)).toBe(true);
    expect(isPastDay(dayjs('2026-05-10T23:59'), today)).toBe(false);
    expect(isPastDay(dayjs('2026-05-11'), today)).toBe(false);
  });

  it('reads today in Beijing, wherever the browser is', () => {
    // 20:00 UTC is already the next day in Beijing.
    expect(beijingToday(new Date('2026-05-10T20:00:00Z'))).toBe('2026-05-11');
    expect(beijingToday(new Date('2026-05-10T10:00:00Z'))).toBe('2026-05-10');
  });
});

describe('the ledger', () => {
  it('refuses a range that starts after it ends', () => {
    expect(rangeInverted('2026-05-02', '2026-05-01')).toBe(true);
    expect(rangeInverted('2026-05-01', '2026-05-01')).toBe(false);
    expect(rangeInverted('2026-05-01', undefined)).toBe(false);
    expect(rangeInverted(undefined, '2026-05-01')).toBe(false);
  });

  it('offers 更正 on earnings and deductions not yet corrected', () => {
    expect(isCorrectable({ kind: 'earn', reversedBy: null })).toBe(true);
    expect(isCorrectable({ kind: 'deduct', reversedBy: null })).toBe(true);
    expect(isCorrectable({ kind: 'earn', reversedBy: 9 })).toBe(false);
    expect(isCorrectable({ kind: 'redeem', reversedBy: null })).toBe(false);
    expect(isCorrectable({ kind: 'reverse', reversedBy: null })).toBe(false);
  });

  it('sums a holder’s entries into the balance and its parts', () => {
    const sums = ledgerSums([
      { kind: 'earn', amount: 6 },
      { kind: 'earn', amount: 3 },
      { kind: 'deduct', amount: -2 },
      { kind: 'redeem', amount: -5 },
      { kind: 'reverse', amount: -3 },
    ]);
    expect(sums).toEqual({ balance: -1, earned: 9, deducted: -2, redeemed: -5, corrected: -3 });
    expect(ledgerSums([]).balance).toBe(0);
  });

  it('reads every page for a balance, and says when it stopped short', async () => {
    const entry = (id: number) => ({ id, amount: 1 }) as PointEntryDto;
    const pages =
      (total: number, size: number) =>
      async (page: number): Promise<Page<PointEntryDto>> => {
        const start = (page - 1) * size;
        const ids = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i + 1);
        return { items: ids.map(entry), total, page, pageSize: size };
      };
    const all = await readAllPages(pages(5, 2));
    expect(all.entries.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    expect(all).toMatchObject({ total: 5, complete: true });
    const capped = await readAllPages(pages(10, 2), 3);
    expect(capped.entries).toHaveLength(6);
    expect(capped.complete).toBe(false);
    expect(await readAllPages(pages(0, 2))).toMatchObject({ entries: [], total: 0, complete: true });
  });
});
