import { describe, expect, it } from 'vitest';
import { cellKey, plannedCells, sameCells, shiftsOf } from './rosterCells.js';

const shift = (id: number, memberId: number, date: string, done: boolean) => ({ id, date, member: { id: memberId, name: `M${memberId}` }, done });

describe('roster cells', () => {
  it('start from the unserved shifts only: served ones are kept by the server', () => {
    const cells = plannedCells([shift(1, 7, '2026-11-23', true), shift(2, 7, '2026-11-24', false), shift(3, 9, '2026-11-24', false)]);
    expect(sameCells(cells, new Set([cellKey(7, '2026-11-24'), cellKey(9, '2026-11-24')]))).toBe(true);
  });

  it('become the roster body in day order', () => {
    expect(shiftsOf(new Set([cellKey(9, '2026-11-25'), cellKey(7, '2026-11-23'), cellKey(3, '2026-11-25')]))).toEqual([
      { date: '2026-11-23', memberId: 7 },
      { date: '2026-11-25', memberId: 3 },
      { date: '2026-11-25', memberId: 9 },
    ]);
  });
});
