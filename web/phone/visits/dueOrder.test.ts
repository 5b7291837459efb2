import { describe, expect, it } from 'vitest';
import type { DueDto } from '#contracts/pairing.js';
import { sortDue, withPairings } from './dueOrder.js';

const row = (id: number, dues: [string, boolean][]): DueDto => ({
  household: { id, address: `A ${id}`, care: [] },
  member: null,
  lastVisit: null,
  dues: dues.map(([dueBy, overdue]) => ({ kind: 'monthly', dueBy, overdue, label: { 'zh-CN': '', en: '' } })),
});

describe('sortDue', () => {
  it('puts overdue households first, then the soonest due, then nothing due', () => {
    const rows = [row(1, []), row(2, [['2026-12-01', false]]), row(3, [['2026-10-01', true]]), row(4, [['2026-11-25', false]])];
    expect(sortDue(rows).map((r) => r.household.id)).toEqual([3, 4, 2, 1]);
  });
});

describe('withPairings', () => {
  it('adds the pairings that owe nothing, once', () => {
    const pairing = (id: number) => ({
      id,
      member: { id: 1, name: '王建国' },
      household: { id, address: `A ${id}`, label: 'resident' as const, care: [] },
      startDate: '2026-11-01',
      endDate: null,
      endReason: null,
    });
    const merged = withPairings([row(1, [['2026-11-30', false]])], [pairing(1), pairing(2)]);
    expect(merged.map((r) => [r.household.id, r.dues.length])).toEqual([
      [1, 1],
      [2, 0],
    ]);
  });
});
