import { describe, expect, it } from 'vitest';
import {
  apiListPath,
  childrenCsv,
  consoleRoute,
  drillable,
  FIGURE_KEYS,
  idParam,
  isFigureKey,
  parsePeriod,
  percentOf,
  rangeError,
  refreshSeconds,
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
    expect(FIGURE_KEYS).toHaveLength(24);
    expect(isFigureKey('key.covered.false')).toBe(true);
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

  it('childrenCsv quotes what needs it and starts with a BOM', () => {
    const csv = childrenCsv(
      [{ place: { id: 2, name: '秀水镇, 东', kind: 'street' }, membersRegistered: 10, orders: 3, keyHouseholds: 4, covered: 1 }],
      ['地点', '报到', '工单', '重点户', '已包联', '包联率'],
    );
    expect(csv.startsWith('\uFEFF地点,报到')).toBe(true);
    expect(csv).toContain('"秀水镇, 东",10,3,4,1,25%');
  });
});
