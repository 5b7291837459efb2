import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let admin: Agent;
let street: Agent;
let community: Agent;

type Figure = { key: string; value: number; link: { path: string; query: Record<string, string> } | null };

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  street = await t.login('street');
  community = await t.login('community');
  await admin.post(`/api/evaluations/${new Date(Date.now() + 8 * 3600_000).getUTCFullYear()}/run`, {});
});
afterAll(() => t.close());

/** Every figure equals the total of the list it links to, read by the same person. */
async function agreesWithLists(agent: Agent, placeId?: number) {
  const board = (await agent.get(`/api/dashboard${placeId ? `?placeId=${placeId}` : ''}`)).json();
  expect(board.figures.length).toBeGreaterThan(15);
  for (const f of board.figures as Figure[]) {
    if (!f.link) continue;
    const query = new URLSearchParams(f.link.query);
    const list = await agent.get(`/api${f.link.path}?${query}`);
    expect(list.statusCode, f.key).toBe(200);
    const body = list.json();
    // A list is a page with its `total`, or (what is owed now) the whole array.
    expect(Array.isArray(body) ? body.length : body.total, f.key).toBe(f.value);
  }
  return board;
}

describe('数据看板', () => {
  it('agrees, figure by figure, with the lists it links to — for the county, a street and a community', async () => {
    const county = await agreesWithLists(admin);
    expect(county.place.kind).toBe('county');
    await agreesWithLists(street);
    const mine = await agreesWithLists(community);
    expect(mine.place.name).toBe('富春园社区');
    expect(mine.figures.some((f: Figure) => f.key === 'grades.good')).toBe(true);
  });

  it('drills down to the places below with the same counts as their own boards', async () => {
    const county = (await admin.get('/api/dashboard')).json();
    const [first] = county.children;
    expect(first.place.kind).toBe('street');
    const below = (await admin.get(`/api/dashboard?placeId=${first.place.id}`)).json();
    const registered = below.figures.find((f: Figure) => f.key === 'members.approved').value;
    expect(first.membersRegistered).toBe(registered);
    const key = below.figures.find((f: Figure) => f.key === 'key.all').value;
    expect(first.keyHouseholds).toBe(key);
    await agreesWithLists(admin, first.place.id);
    const xlsx = await admin.get('/api/dashboard/export');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('answers impossible ranges, other levels and other places clearly', async () => {
    const backwards = await admin.get('/api/dashboard?from=2026-12-01&to=2026-01-01');
    expect(backwards.json().error).toMatchObject({ code: 'points.dateRange', field: 'from' });
    expect((await admin.get('/api/dashboard?from=2020-01-01&to=2026-01-01')).json().error.code).toBe('dashboard.range');
    expect((await admin.get('/api/dashboard?from=2026-02-30')).statusCode).toBe(400);
    expect((await admin.get(`/api/dashboard?placeId=${await t.placeId('140322100101-01')}`)).json().error.code).toBe('dashboard.level');
    expect((await community.get(`/api/dashboard?placeId=${await t.placeId('140322100102')}`)).statusCode).toBe(404);
    expect((await (await t.login('member')).get('/api/dashboard')).statusCode).toBe(403);
  });
});

describe('单位看板', () => {
  it('shows a unit secretary the unit’s members, registrations and service, each count equal to its list', async () => {
    const secretary = await t.login('secretary');
    const board = (await secretary.get('/api/dashboard/unit')).json();
    expect(board.organization.name).toBe('国网盂县供电公司');
    for (const f of board.figures as Figure[]) {
      if (!f.link) continue;
      const list = await secretary.get(`/api${f.link.path}?${new URLSearchParams({ ...f.link.query, pageSize: '1' })}`);
      expect(list.json().total, f.key).toBe(f.value);
    }
    expect((await admin.get('/api/dashboard/unit')).json().error).toMatchObject({ code: 'dashboard.unit', field: 'organizationId' });
    expect((await admin.get(`/api/dashboard/unit?organizationId=${board.organization.id}`)).json().organization.id).toBe(board.organization.id);
    expect((await (await t.login('member')).get('/api/dashboard/unit')).statusCode).toBe(403);
  });
});

describe('月报年报', () => {
  it('reports a month and a year in the articles’ figures, agreeing with the dashboard', async () => {
    const year = String(new Date(Date.now() + 8 * 3600_000).getUTCFullYear());
    const annual = (await community.get(`/api/reports?period=${year}`)).json();
    expect(annual).toMatchObject({ place: { name: '富春园社区' }, from: `${year}-01-01`, to: `${year}-12-31` });
    const line = (key: string) => annual.lines.find((l: { key: string }) => l.key === key);
    expect(line('members')).toMatchObject({ label: '报到的在职党员', unit: '名' });
    const board = (await community.get('/api/dashboard')).json();
    expect(line('members').value).toBe(board.figures.find((f: Figure) => f.key === 'members.approved').value);
    expect(line('keyHouseholds').value).toBe(board.figures.find((f: Figure) => f.key === 'key.all').value);
    expect(line('covered').value).toBe(board.figures.find((f: Figure) => f.key === 'key.covered.true').value);
    const feb = (await community.get(`/api/reports?period=${year}-02`)).json();
    expect(feb.to).toMatch(/-02-2[89]$/);
    expect((await community.get(`/api/reports?period=${year}-13`)).statusCode).toBe(400);
    expect((await community.get(`/api/reports/export?period=${year}`)).statusCode).toBe(200);
  });
});
