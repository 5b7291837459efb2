import { describe, expect, it } from 'vitest';
import {
  apiListPath,
  consoleRoute,
  drillable,
  FIGURE_KEYS,
  idParam,
  isFigureKey,
  parsePeriod,
  percentOf,
  rangeError,
  refreshSeconds,
  serviceBars,
  serviceTotals,
  isUnitFigureKey,
  unitPageLinks,
} from './dashboardLogic.js';

const route = (path: string, query: Record<string, string>, placeName?: string) => consoleRoute({ path, query }, placeName);
const parts = (url: string | null) => {
  if (!url) return null;
  const [path, search = ''] = url.split('?');
  return { path, query: Object.fromEntries(new URLSearchParams(search)) };
};

describe('consoleRoute: the console list a figure opens', () => {
  it('keeps the filters each list page reads from its URL, with the place name for its picker', () => {
    expect(parts(route('/orders', { status: 'submitted', placeId: '15' }, '富春园社区'))).toEqual({
      path: '/orders',
      query: { status: 'submitted', placeId: '15', placeName: '富春园社区' },
    });
    expect(parts(route('/orders', { overdue: 'true', placeId: '1' }))).toEqual({ path: '/orders', query: { overdue: 'true', placeId: '1' } });
    expect(parts(route('/registrations/members', { status: 'approved', placeId: '2' }))?.path).toBe('/registrations/members');
    expect(parts(route('/registrations/units', { status: 'confirmed', placeId: '2' }))?.query).toEqual({ status: 'confirmed', placeId: '2' });
    expect(parts(route('/wishes', { status: 'open', placeId: '2' }))).toEqual({ path: '/wishes', query: { status: 'open', placeId: '2' } });
  });

  it('maps the API paths that differ from the console routes', () => {
    expect(parts(route('/pairings/key-households', { covered: 'false', placeId: '3' }))).toEqual({
      path: '/pairing/key-households',
      query: { covered: 'false', placeId: '3' },
    });
    expect(parts(route('/evaluations/2026/members', { grade: 'excellent', placeId: '1' }, '盂县'))).toEqual({
      path: '/evaluation',
      query: { year: '2026', grade: 'excellent', placeId: '1', placeName: '盂县' },
    });
  });

  it('opens pages that take no filters from the URL without them (their tab where there is one)', () => {
    expect(route('/topics', { status: 'proposed', placeId: '1' }, '盂县')).toBe('/deliberation?tab=topics');
    expect(route('/tasks', { overdue: 'true', placeId: '1' })).toBe('/deliberation?tab=tasks');
    expect(route('/mediation/cases', { status: 'intake', placeId: '1' }, '盂县')).toBe('/mediation');
  });

  it('opens a unit’s members and its registrations with the unit and its name for the unit picker', () => {
    expect(parts(route('/members', { organizationId: '7' }))).toEqual({ path: '/members', query: { organizationId: '7' } });
    expect(parts(consoleRoute({ path: '/members', query: { organizationId: '7' } }, undefined, '国网盂县供电公司'))).toEqual({
      path: '/members',
      query: { organizationId: '7', organizationName: '国网盂县供电公司' },
    });
    expect(parts(consoleRoute({ path: '/registrations/members', query: { status: 'approved', organizationId: '7' } }, '盂县', '国网'))).toEqual({
      path: '/registrations/members',
      query: { status: 'approved', organizationId: '7', organizationName: '国网' },
    });
    // No unit in the link: no unit name either.
    expect(consoleRoute({ path: '/orders', query: { placeId: '1' } }, undefined, '国网')).toBe('/orders?placeId=1');
  });

  it('gives nothing for an unknown list or no link', () => {
    expect(route('/something-new', { placeId: '1' })).toBeNull();
    expect(consoleRoute(null)).toBeNull();
  });

  it('leaves out empty values', () => {
    expect(route('/orders', { status: '', placeId: '4' })).toBe('/orders?placeId=4');
  });
});

describe('apiListPath', () => {
  it('is the list URL the figure counts', () => {
    expect(apiListPath({ path: '/orders', query: { status: 'open', placeId: '1' } })).toBe('/orders?status=open&placeId=1');
    expect(apiListPath({ path: '/wishes', query: {} })).toBe('/wishes');
  });
});

describe('rangeError: the server’s date range rule', () => {
  it('accepts a missing end, an ordered range and a single day', () => {
    expect(rangeError(undefined, undefined)).toBeNull();
    expect(rangeError('2026-01-01', undefined)).toBeNull();
    expect(rangeError('2026-01-01', '2026-12-31')).toBeNull();
    expect(rangeError('2026-05-01', '2026-05-01')).toBeNull();
  });

  it('refuses a start after the end', () => {
    expect(rangeError('2026-05-02', '2026-05-01')).toBe('order');
  });

  it('refuses more than three years (3 × 366 days), allows exactly that', () => {
    expect(rangeError('2023-01-01', '2026-01-01')).toBeNull();
    expect(rangeError('2023-01-01', '2026-01-03')).toBeNull();
    expect(rangeError('2023-01-01', '2026-01-04')).toBe('tooLong');
  });

  it('leaves malformed dates to the server', () => {
    expect(rangeError('2026-5-1', '2026-01-01')).toBeNull();
  });
});

describe('URL values', () => {
  it('refreshSeconds: 5 to 600, else a minute', () => {
    expect(refreshSeconds(null)).toBe(60);
    expect(refreshSeconds('abc')).toBe(60);
    expect(refreshSeconds('5')).toBe(5);
    expect(refreshSeconds('1')).toBe(5);
    expect(refreshSeconds('9999')).toBe(600);
  });

  it('idParam: positive whole numbers only', () => {
    expect(idParam('15')).toBe(15);
    expect(idParam('0')).toBeUndefined();
    expect(idParam('-3')).toBeUndefined();
    expect(idParam('1.5')).toBeUndefined();
    expect(idParam(null)).toBeUndefined();
  });

  it('parsePeriod: a year or a month', () => {
    expect(parsePeriod('2026')).toEqual({ kind: 'year', year: 2026, period: '2026' });
    expect(parsePeriod('2026-11')).toEqual({ kind: 'month', year: 2026, month: 11, period: '2026-11' });
    expect(parsePeriod('2026-13')).toBeUndefined();
    expect(parsePeriod('26')).toBeUndefined();
    expect(parsePeriod(null)).toBeUndefined();
  });
});

describe('the rest', () => {
  it('knows every figure key the server sends', () => {
    expect(FIGURE_KEYS).toHaveLength(25);
    expect(isFigureKey('key.covered.false')).toBe(true);
    expect(isFigureKey('visits.overdue')).toBe(true);
    expect(isFigureKey('nope')).toBe(false);
  });

  it('drills into counties, streets and communities only', () => {
    expect(drillable('street')).toBe(true);
    expect(drillable('community')).toBe(true);
    expect(drillable('compound')).toBe(false);
  });

  it('percentOf rounds and shows a dash for nothing', () => {
    expect(percentOf(443, 551)).toBe('80%');
    expect(percentOf(0, 0)).toBe('—');
  });
});

describe('单位看板', () => {
  it('knows the unit figures', () => {
    expect(isUnitFigureKey('members.all')).toBe(true);
    expect(isUnitFigureKey('members.submitted')).toBe(true);
    expect(isUnitFigureKey('orders.open')).toBe(false);
  });

  it('serviceBars: every kind in order, zeros for none, unknown kinds last', () => {
    expect(serviceBars([])).toEqual([
      { source: 'order', count: 0, hours: 0 },
      { source: 'wish', count: 0, hours: 0 },
      { source: 'activity', count: 0, hours: 0 },
      { source: 'duty', count: 0, hours: 0 },
    ]);
    const bars = serviceBars([
      { source: 'wish', count: 2, hours: 3.5 },
      { source: 'visit', count: 1, hours: 1 },
      { source: 'activity', count: 4, hours: 8 },
    ]);
    expect(bars.map((b) => b.source)).toEqual(['order', 'wish', 'activity', 'duty', 'visit']);
    expect(bars[1]).toEqual({ source: 'wish', count: 2, hours: 3.5 });
    expect(bars[0]).toEqual({ source: 'order', count: 0, hours: 0 });
  });

  it('serviceTotals: counts and hours to one decimal', () => {
    expect(serviceTotals([])).toEqual({ count: 0, hours: 0 });
    expect(
      serviceTotals([
        { source: 'order', count: 3, hours: 0.1 },
        { source: 'duty', count: 2, hours: 0.2 },
      ]),
    ).toEqual({ count: 5, hours: 0.3 });
  });

  it('unitPageLinks: the year, a past year’s last quarter, the unit for admins', () => {
    expect(unitPageLinks(2026, 2026)).toEqual({ feedback: '/evaluation/feedback?year=2026', quarterly: '/evaluation/quarterly' });
    expect(unitPageLinks(2025, 2026, 12)).toEqual({
      feedback: '/evaluation/feedback?year=2025&org=12',
      quarterly: '/evaluation/quarterly?period=2025-Q4&org=12',
    });
    expect(unitPageLinks(2026, 2026, 12).quarterly).toBe('/evaluation/quarterly?org=12');
  });
});
