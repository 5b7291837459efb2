import { describe, expect, it } from 'vitest';
import type { AppealDto } from '#contracts/evaluation.js';
import {
  appealWindowOpen,
  canAppeal,
  chosenQuarter,
  lineAmount,
  noticePlaces,
  plainAmount,
  quarterChoices,
  quarterOf,
  reviewChanged,
  shiftQuarter,
  shownCount,
  yearOf,
} from './evaluationLogic.js';

const at = (iso: string) => Date.parse(iso);

describe('score lines', () => {
  it('shows the base as it is and the rest with + or a true minus sign', () => {
    expect(lineAmount({ item: 'base', amount: 80 })).toBe('80');
    expect(lineAmount({ item: 'points', amount: 3.4 })).toBe('+3.4');
    expect(lineAmount({ item: 'visits', amount: -2 })).toBe('−2');
    expect(lineAmount({ item: 'reviews', amount: 0 })).toBe('0');
  });

  it('rounds to two decimals without trailing zeros, as the server does', () => {
    expect(plainAmount(88.4)).toBe('88.4');
    expect(plainAmount(3.4000000001)).toBe('3.4');
    expect(plainAmount(5)).toBe('5');
    expect(plainAmount(-1.256)).toBe('1.26');
    expect(lineAmount({ item: 'reviews', amount: -0.001 })).toBe('0');
  });
});

describe('the appeal', () => {
  const now = at('2026-11-23T09:00:00Z');
  const appeal = (status: AppealDto['status']): AppealDto => ({
    id: 1,
    evaluationId: 1,
    member: { id: 1, name: '王建国' },
    reason: '走访次数有出入',
    status,
    answer: status === 'open' ? null : '已核实',
    createdAt: '2026-11-20T00:00:00Z',
    answeredAt: status === 'open' ? null : '2026-11-21T00:00:00Z',
  });

  it('may be made while the deadline is ahead and nothing is pending', () => {
    expect(canAppeal({ appealUntil: '2026-12-08T00:00:00Z', appeal: null }, now)).toBe(true);
    expect(canAppeal({ appealUntil: '2026-12-08T00:00:00Z', appeal: appeal('rejected') }, now)).toBe(true);
    expect(canAppeal({ appealUntil: '2026-12-08T00:00:00Z', appeal: appeal('upheld') }, now)).toBe(true);
  });

  it('may not while one is open, after the deadline, or once the year is locked', () => {
    expect(canAppeal({ appealUntil: '2026-12-08T00:00:00Z', appeal: appeal('open') }, now)).toBe(false);
    expect(canAppeal({ appealUntil: '2026-11-23T08:59:59Z', appeal: null }, now)).toBe(false);
    expect(canAppeal({ appealUntil: null, appeal: null }, now)).toBe(false);
    expect(canAppeal({ appealUntil: 'not a time', appeal: null }, now)).toBe(false);
    expect(appealWindowOpen({ appealUntil: '2026-12-08T00:00:00Z', appeal: appeal('open') }, now)).toBe(true);
  });
});

describe('years and quarters in Beijing time', () => {
  it('counts the year and quarter of Beijing, not of UTC', () => {
    expect(yearOf(at('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(quarterOf(at('2026-11-23T09:00:00Z'))).toBe('2026-Q4');
    expect(quarterOf(at('2026-03-31T16:30:00Z'))).toBe('2026-Q2');
    expect(quarterOf(at('2026-01-01T00:00:00Z'))).toBe('2026-Q1');
  });

  it('steps quarters across years', () => {
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftQuarter('2026-Q3', -1)).toBe('2026-Q2');
    expect(shiftQuarter('nonsense', -1)).toBe('nonsense');
  });

  it('switches between this quarter and the one before, and nothing else', () => {
    const now = at('2026-01-15T02:00:00Z');
    expect(quarterChoices(now)).toEqual(['2026-Q1', '2025-Q4']);
    expect(chosenQuarter('2025-Q4', now)).toBe('2025-Q4');
    expect(chosenQuarter('2025-Q3', now)).toBe('2026-Q1');
    expect(chosenQuarter('2026-Q2', now)).toBe('2026-Q1');
    expect(chosenQuarter(null, now)).toBe('2026-Q1');
  });
});

describe('whose board', () => {
  const compound = { id: 303, name: '煤运苑', kind: 'compound' };
  const community = { id: 15, name: '富春园社区' };

  it('offers the community first, then the compound one lives in', () => {
    expect(noticePlaces(compound, community)).toEqual([{ ...community, kind: 'community' }, compound]);
  });

  it('falls back to the compound when the community is not known', () => {
    expect(noticePlaces(compound, null)).toEqual([compound]);
  });

  it('is the community itself for an account placed there, and nothing below a compound without one', () => {
    expect(noticePlaces({ id: 15, name: '富春园社区', kind: 'community' }, null)).toEqual([{ id: 15, name: '富春园社区', kind: 'community' }]);
    expect(noticePlaces({ id: 900, name: '3号楼', kind: 'building' }, null)).toEqual([]);
    expect(noticePlaces({ id: 900, name: '3号楼', kind: 'building' }, community)).toEqual([{ ...community, kind: 'community' }]);
  });
});

describe('reviews and long lists', () => {
  it('lets a first review be pressed, and a later one only when something changed', () => {
    expect(reviewChanged(null, 0, '')).toBe(true);
    expect(reviewChanged({ score: 4, comment: '很热心' }, 4, '很热心 ')).toBe(false);
    expect(reviewChanged({ score: 4, comment: '很热心' }, 5, '很热心')).toBe(true);
    expect(reviewChanged({ score: 4, comment: '很热心' }, 4, '很热心，谢谢')).toBe(true);
  });

  it('shows twenty more at each press, never more than there are', () => {
    expect(shownCount(45, 0)).toBe(20);
    expect(shownCount(45, 1)).toBe(40);
    expect(shownCount(45, 2)).toBe(45);
    expect(shownCount(3, 0)).toBe(3);
  });
});
