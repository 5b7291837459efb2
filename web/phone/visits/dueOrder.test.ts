import { describe, expect, it } from 'vitest';
import type { DueDto } from '#contracts/pairing.js';
import { sortDue } from './dueOrder.js';

const row = (id: number, dues: [string, boolean][], address = `A ${id}`): DueDto => ({
  household: { id, address, care: [] },
  member: null,
  lastVisit: null,
  dues: dues.map(([dueBy, overdue]) => ({ kind: 'monthly', dueBy, overdue, label: { 'zh-CN': '', en: '' } })),
});

describe('sortDue', () => {
  it('puts overdue households first, then the soonest due, then those owing nothing', () => {
    const rows = [row(1, []), row(2, [['2026-12-01', false]]), row(3, [['2026-10-01', true]]), row(4, [['2026-11-25', false]])];
    expect(sortDue(rows).map((r) => r.household.id)).toEqual([3, 4, 2, 1]);
  });

  it('orders a household by its earliest due and counts it overdue if any due is', () => {
    const rows = [
      row(1, [['2026-12-20', false]]),
      row(2, [
        ['2026-12-30', false],
        ['2026-12-10', false],
      ]),
      row(3, [
        ['2026-12-31', false],
        ['2026-11-01', true],
      ]),
    ];
    expect(sortDue(rows).map((r) => r.household.id)).toEqual([3, 2, 1]);
  });

  it('keeps the households owing nothing (empty dues, as /visits/due lists them for a member) last, by address with numbers in order', () => {
    const rows = [row(1, [], '1号楼 1单元 1001'), row(2, [], '1号楼 1单元 201'), row(3, [['2026-12-01', false]], '9号楼 1单元 101')];
    expect(sortDue(rows).map((r) => r.household.id)).toEqual([3, 2, 1]);
  });

  it('does not change the list it is given', () => {
    const rows = [row(1, []), row(2, [['2026-10-01', true]])];
    sortDue(rows);
    expect(rows.map((r) => r.household.id)).toEqual([1, 2]);
  });
});
