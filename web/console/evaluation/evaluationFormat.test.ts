import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '#contracts/evaluation.js';
import {
  appealCloses,
  beijingDay,
  campaignState,
  capRoom,
  excellentCap,
  gradeCounts,
  linesTotal,
  parsePeriod,
  percent,
  periodOf,
  pickYear,
  progressTotals,
  quarterOf,
  quartersBegun,
  recentPeriods,
  reviewRate,
  serviceTotals,
  signedAmount,
  weightsChanged,
  weightsFromForm,
  weightsToForm,
  yearOptions,
} from './evaluationFormat.js';

describe('years', () => {
  it('offers this year and the earlier ones, newest first, never before 2020', () => {
    expect(yearOptions(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(yearOptions(2021)).toEqual([2021, 2020]);
    expect(yearOptions(2026, 2)).toEqual([2026, 2025]);
  });

  it('takes a ?year= only when it is an offered year', () => {
    expect(pickYear('2025', 2026)).toBe(2025);
    expect(pickYear('2027', 2026)).toBe(2026);
    expect(pickYear('2019', 2026)).toBe(2026);
    expect(pickYear('abc', 2026)).toBe(2026);
    expect(pickYear(null, 2026)).toBe(2026);
  });

  it('reads today in China time', () => {
    // 2026-12-31 17:00 UTC is already New Year's Day in Beijing.
    expect(beijingDay(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });
});

describe('quarters', () => {
  it('puts a day in its quarter', () => {
    expect(quarterOf('2026-01-01')).toBe(1);
    expect(quarterOf('2026-03-31')).toBe(1);
    expect(quarterOf('2026-04-01')).toBe(2);
    expect(quarterOf('2026-11-23')).toBe(4);
  });

  it('writes and reads a period', () => {
    expect(periodOf(2026, 4)).toBe('2026-Q4');
    expect(parsePeriod('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(parsePeriod('2026-Q5')).toBeNull();
    expect(parsePeriod(undefined)).toBeNull();
  });

  it('offers only the quarters that have begun', () => {
    expect(quartersBegun(2026, '2026-05-10')).toEqual([1, 2]);
    expect(quartersBegun(2025, '2026-05-10')).toEqual([1, 2, 3, 4]);
    expect(quartersBegun(2027, '2026-05-10')).toEqual([]);
  });

  it('lists the recent periods across a year boundary', () => {
    expect(recentPeriods('2026-05-10', 4)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3']);
    expect(recentPeriods('2020-02-01', 3)).toEqual(['2020-Q1']);
  });
});

describe('grades and the 优秀 cap', () => {
  it('fills the grades the API left out with zero', () => {
    expect(gradeCounts({ good: 120, fair: 28 })).toEqual({ excellent: 0, good: 120, fair: 28, poor: 0 });
  });

  it('shows shares as percentages', () => {
    expect(percent(30, 100)).toBe('30%');
    expect(percent(2, 3401)).toBe('0.1%');
    expect(percent(1, 3)).toBe('33%');
    expect(percent(0, 0)).toBe('—');
  });

  it('caps 优秀 at floor(30%) of a community, as the server does', () => {
    expect(excellentCap(148, 0.3)).toBe(44);
    expect(excellentCap(10, 0.3)).toBe(3);
    expect(excellentCap(3, 0.3)).toBe(0);
    expect(excellentCap(20, 0.3)).toBe(6);
  });

  it('says whether one more 优秀 fits; one already 优秀 takes no new place', () => {
    expect(capRoom(10, 2, 0.3)).toEqual({ cap: 3, used: 2, left: 1, fits: true });
    expect(capRoom(10, 3, 0.3)).toEqual({ cap: 3, used: 3, left: 0, fits: false });
    expect(capRoom(10, 3, 0.3, true).fits).toBe(true);
    expect(capRoom(3, 0, 0.3).fits).toBe(false);
  });
});

describe('score lines', () => {
  it('sum to the score, to one decimal and never below zero', () => {
    expect(linesTotal([{ amount: 80 }, { amount: 3.4 }, { amount: 5 }])).toBe(88.4);
    expect(linesTotal([{ amount: 80 }, { amount: 0.2 }, { amount: -1.3 }])).toBe(78.9);
    expect(linesTotal([{ amount: 10 }, { amount: -15 }])).toBe(0);
  });

  it('signs every amount but the base', () => {
    expect(signedAmount(80, true)).toBe('80');
    expect(signedAmount(3.4)).toBe('+3.4');
    expect(signedAmount(-1.3)).toBe('\u22121.3');
    expect(signedAmount(0)).toBe('±0');
  });
});

describe('the weights form', () => {
  it('shows shares in percent and reads them back exactly', () => {
    const form = weightsToForm(DEFAULT_WEIGHTS);
    expect(form.visitTargetPct).toBe(80);
    expect(form.excellentSharePct).toBe(30);
    expect(weightsFromForm(form)).toEqual(DEFAULT_WEIGHTS);
    expect(weightsFromForm({ ...form, excellentSharePct: 25.5 }).excellentShare).toBe(0.255);
  });

  it('notices weights that differ from the defaults', () => {
    expect(weightsChanged(DEFAULT_WEIGHTS)).toBe(false);
    expect(weightsChanged({ ...DEFAULT_WEIGHTS, base: 75 })).toBe(true);
  });

  it('closes appeals the window after the run, and not at all once locked', () => {
    expect(appealCloses('2026-11-23T10:00:00.000Z', 15, null)).toBe('2026-12-08T10:00:00.000Z');
    expect(appealCloses('2026-11-23T10:00:00.000Z', 15, '2026-11-30T00:00:00.000Z')).toBeNull();
    expect(appealCloses(null, 15, null)).toBeNull();
  });
});

describe('the review campaign', () => {
  it('rates participation by household', () => {
    expect(reviewRate(3, 12)).toBe(25);
    expect(reviewRate(1, 3)).toBe(33.3);
    expect(reviewRate(0, 0)).toBe(0);
  });

  it('totals the compounds with a review-weighted average', () => {
    const totals = progressTotals([
      { households: 10, reviewing: 2, reviews: 3, average: 4 },
      { households: 30, reviewing: 8, reviews: 1, average: 2 },
      { households: 5, reviewing: 0, reviews: 0, average: null },
    ]);
    expect(totals).toEqual({ households: 45, reviewing: 10, reviews: 4, rate: 22.2, average: 3.5 });
    expect(progressTotals([]).average).toBeNull();
  });

  it('knows whether the campaign is upcoming, open or over', () => {
    expect(campaignState('2026-12-01', '2026-12-31', '2026-11-23')).toBe('upcoming');
    expect(campaignState('2026-12-01', '2026-12-31', '2026-12-01')).toBe('open');
    expect(campaignState('2026-12-01', '2026-12-31', '2027-01-01')).toBe('closed');
  });

  it('sums a service table', () => {
    expect(
      serviceTotals([
        { count: 2, hours: 5 },
        { count: 1, hours: 1.25 },
      ]),
    ).toEqual({ count: 3, hours: 6.3 });
  });
});
