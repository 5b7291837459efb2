import { describe, expect, it } from 'vitest';
import { beijingDay, dueVisits, festivalsOf } from './cadence.js';

describe('the festivals, from the lunar calendar', () => {
  it('falls on the right days in 2026 and 2027', () => {
    expect(festivalsOf(2026).map((f) => [f.name['zh-CN'], f.date])).toEqual([
      ['春节', '2026-02-17'],
      ['端午', '2026-06-19'],
      ['中秋', '2026-09-25'],
      ['重阳', '2026-10-18'],
    ]);
    expect(festivalsOf(2027).map((f) => f.date)).toEqual(['2027-02-06', '2027-06-09', '2027-09-15', '2027-10-08']);
  });
});

describe('what a key household is owed', () => {
  const kinds = (d: ReturnType<typeof dueVisits>) => d.map((x) => [x.kind, x.dueBy, x.overdue]);

  it('wants a visit every calendar month; last month’s missed one is overdue', () => {
    expect(kinds(dueVisits({ key: true, visits: ['2026-10-31'], needs: [], today: '2026-11-23' }))).toEqual([['monthly', '2026-11-30', false]]);
    expect(kinds(dueVisits({ key: true, visits: ['2026-11-01'], needs: [], today: '2026-11-23' }))).toEqual([['monthly', '2026-10-31', true]]);
    expect(dueVisits({ key: true, visits: ['2026-10-15', '2026-11-02'], needs: [], today: '2026-11-23' })).toEqual([]);
  });

  it('crosses the year boundary', () => {
    expect(kinds(dueVisits({ key: true, visits: [], needs: [], today: '2027-01-03' }))).toEqual([
      ['monthly', '2026-12-31', true],
      ['monthly', '2027-01-31', false],
    ]);
  });

  it('wants a visit around each festival: open a week before, overdue three days after', () => {
    const before = dueVisits({ key: true, visits: ['2026-09-24', '2026-10-01'], needs: [], today: '2026-10-12' });
    expect(kinds(before.filter((d) => d.kind === 'festival'))).toEqual([['festival', '2026-10-21', false]]);
    expect(before.find((d) => d.kind === 'festival')?.label['zh-CN']).toBe('重阳走访（2026-10-18）');
    const late = dueVisits({ key: true, visits: ['2026-09-24', '2026-10-01'], needs: [], today: '2026-10-25' });
    expect(kinds(late.filter((d) => d.kind === 'festival'))).toEqual([['festival', '2026-10-21', true]]);
    expect(dueVisits({ key: true, visits: ['2026-09-24', '2026-10-19'], needs: [], today: '2026-10-25' }).filter((d) => d.kind === 'festival')).toEqual([]);
    // 中秋 (09-25) with no visit around it is still owed, overdue, a fortnight later.
    expect(kinds(dueVisits({ key: true, visits: ['2026-10-01'], needs: [], today: '2026-10-12' }).filter((d) => d.kind === 'festival'))[0]).toEqual([
      'festival',
      '2026-09-28',
      true,
    ]);
  });

  it('wants a visit within three days of a need, for any household', () => {
    expect(kinds(dueVisits({ key: false, visits: [], needs: ['2026-11-20'], today: '2026-11-22' }))).toEqual([['need', '2026-11-23', false]]);
    expect(kinds(dueVisits({ key: false, visits: [], needs: ['2026-11-10'], today: '2026-11-22' }))).toEqual([['need', '2026-11-13', true]]);
    expect(dueVisits({ key: false, visits: ['2026-11-21'], needs: ['2026-11-20'], today: '2026-11-22' })).toEqual([]);
  });

  it('owes nothing from before the pairing began', () => {
    expect(kinds(dueVisits({ key: true, visits: [], needs: [], today: '2026-11-23', since: '2026-11-20' }))).toEqual([['monthly', '2026-11-30', false]]);
  });

  it('reads today in Beijing time', () => {
    expect(beijingDay(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23');
  });
});
