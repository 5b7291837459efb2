import { describe, expect, it } from 'vitest';
import type { RollCallGrid } from '../../api/emergency.js';
import { en } from '../../i18n/en.js';
import { zhCN } from '../../i18n/zh-CN.js';
import {
  ANSWER_ORDER,
  ANSWER_TEXT,
  answeredPercent,
  chartRows,
  filterMembers,
  figuresOf,
  liveFirst,
  matchesAnswer,
  rollCallTotals,
} from './emergencyFigures.js';

const grid = (id: number | null, name: string, now: number, later: number, cannot: number, silent: number): RollCallGrid => ({
  grid: { id, name },
  called: now + later + cannot + silent,
  now,
  later,
  cannot,
  silent,
});

describe('figuresOf', () => {
  it('counts who has not answered from the called and the answers', () => {
    expect(figuresOf({ called: 148, answers: { now: 1, later: 2, cannot: 3 } })).toEqual({ called: 148, now: 1, later: 2, cannot: 3, silent: 142 });
  });

  it('never shows a negative silence', () => {
    expect(figuresOf({ called: 0, answers: { now: 1, later: 0, cannot: 0 } }).silent).toBe(0);
  });
});

describe('rollCallTotals', () => {
  it('adds up the grids', () => {
    const grids = [grid(1, '煤运苑 第1网格', 1, 0, 0, 9), grid(2, '翠苑家园 第1网格', 0, 2, 1, 5), grid(null, '未划网格', 0, 0, 0, 3)];
    expect(rollCallTotals(grids)).toEqual({ called: 21, now: 1, later: 2, cannot: 1, silent: 17 });
  });

  it('is all zero without grids', () => {
    expect(rollCallTotals([])).toEqual({ called: 0, now: 0, later: 0, cannot: 0, silent: 0 });
  });

  it('agrees with the emergency’s own figures', () => {
    const grids = [grid(1, 'A', 3, 1, 0, 4), grid(2, 'B', 0, 0, 2, 6)];
    const totals = rollCallTotals(grids);
    expect(figuresOf({ called: totals.called, answers: { now: totals.now, later: totals.later, cannot: totals.cannot } })).toEqual(totals);
  });
});

describe('answeredPercent', () => {
  it('rounds down, so a roll call is 100 % only when everyone answered', () => {
    expect(answeredPercent({ called: 3, now: 1, later: 1, cannot: 0, silent: 1 })).toBe(66);
    expect(answeredPercent({ called: 1000, now: 999, later: 0, cannot: 0, silent: 1 })).toBe(99);
    expect(answeredPercent({ called: 2, now: 1, later: 0, cannot: 1, silent: 0 })).toBe(100);
  });

  it('is 0 when nobody was called', () => {
    expect(answeredPercent({ called: 0, now: 0, later: 0, cannot: 0, silent: 0 })).toBe(0);
  });
});

describe('the members filter', () => {
  const members = [
    { id: 1, name: '王建国', grid: '煤运苑 第1网格', answer: 'now' as const },
    { id: 2, name: '李明', grid: '翠苑家园 第1网格', answer: null },
    { id: 3, name: '张华', grid: '煤运苑 第1网格', answer: 'cannot' as const },
  ];

  it('matches an answer, the silent, or everyone', () => {
    expect(matchesAnswer({ answer: 'now' }, 'now')).toBe(true);
    expect(matchesAnswer({ answer: 'now' }, 'later')).toBe(false);
    expect(matchesAnswer({ answer: null }, 'silent')).toBe(true);
    expect(matchesAnswer({ answer: 'later' }, 'silent')).toBe(false);
    expect(matchesAnswer({ answer: null }, 'all')).toBe(true);
  });

  it('filters by answer and by the typed name or grid', () => {
    expect(filterMembers(members, 'all', '').map((m) => m.id)).toEqual([1, 2, 3]);
    expect(filterMembers(members, 'silent', '').map((m) => m.id)).toEqual([2]);
    expect(filterMembers(members, 'all', ' 煤运苑 ').map((m) => m.id)).toEqual([1, 3]);
    expect(filterMembers(members, 'cannot', '煤运苑').map((m) => m.id)).toEqual([3]);
    expect(filterMembers(members, 'now', '李')).toEqual([]);
  });
});

describe('liveFirst', () => {
  it('puts live emergencies first, then the newest', () => {
    const list = [
      { id: 1, endedAt: null },
      { id: 2, endedAt: '2026-01-02T00:00:00Z' },
      { id: 3, endedAt: null },
      { id: 4, endedAt: '2026-01-03T00:00:00Z' },
    ];
    expect(liveFirst(list).map((e) => e.id)).toEqual([3, 1, 4, 2]);
    expect(list.map((e) => e.id)).toEqual([1, 2, 3, 4]);
  });
});

describe('chartRows', () => {
  it('puts the grid with most silence last, so ECharts draws it on top', () => {
    const rows = chartRows([grid(1, 'A', 1, 0, 0, 2), grid(2, 'B', 0, 0, 0, 9), grid(3, 'C', 3, 1, 1, 0)]);
    expect(rows.names).toEqual(['C', 'A', 'B']);
    expect(rows.silent).toEqual([0, 2, 9]);
    expect(rows.now).toEqual([3, 1, 0]);
  });
});

describe('answer labels', () => {
  it('name the three answers in both languages', () => {
    expect(ANSWER_ORDER.map((a) => zhCN[ANSWER_TEXT[a]])).toEqual(['马上到', '稍后到', '无法到']);
    expect(ANSWER_ORDER.map((a) => en[ANSWER_TEXT[a]])).toEqual(['Coming now', 'Coming later', 'Cannot come']);
  });
});
