import { describe, expect, it } from 'vitest';
import { mondayOf, shiftWeek, todayIso, weekDays } from './week.js';

describe('roster weeks', () => {
  it('start on the Monday, Sundays included', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-25')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
  });

  it('list seven days across a month end and move by weeks', () => {
    expect(weekDays('2026-11-30')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(shiftWeek('2026-11-30', -1)).toBe('2026-11-23');
    expect(shiftWeek('2026-12-28', 1)).toBe('2027-01-04');
  });

  it('count today in Shanghai', () => {
    // 20:00 UTC on the 22nd is 04:00 on the 23rd in Shanghai.
    expect(todayIso(new Date('2026-11-22T20:00:00Z'))).toBe('2026-11-23');
  });
});
