import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let community: Agent;
let member: Agent;
let grid: Agent;
let gridId: number;
let memberId: number;
let building: { id: number; name: string };

type Role = { id: number; role: string; place: { id: number }; person: { kind: string; id: number; name: string; phone: string }; endDate: string | null };

beforeAll(async () => {
  t = await startTestApp();
  community = await t.login('community');
  member = await t.login('member');
  grid = await t.login('grid');
  gridId = await t.placeId('140322100101-01-G1');
  memberId = (await community.get('/api/members?q=王建国')).json().items[0].id;
  const overview = (await grid.get(`/api/grids/${gridId}`)).json();
  building = overview.buildings[0];
});
afterAll(() => t.close());

describe('网格角色 appointments', () => {
  it('appoints a member living in the community, tells them, and lists the role with its place', async () => {
    const res = await community.post('/api/grid-roles', { placeId: gridId, role: 'groupLeader', memberId, duties: '负责2号楼防汛' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      role: 'groupLeader',
      place: { id: gridId, kind: 'grid' },
      person: { kind: 'member', name: '王建国' },
      duties: '负责2号楼防汛',
    });
    expect(res.json().person.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    const notice = (await member.get('/api/notifications')).json().items[0];
    expect(notice).toMatchObject({ kind: 'grid.appointed', link: '/m/me' });
    const mine = (await member.get('/api/grid-roles/mine')).json() as Role[];
    expect(mine.map((r) => r.role)).toEqual(['groupLeader']);
    const listed = (await grid.get(`/api/grid-roles?placeId=${gridId}&role=groupLeader`)).json().items as Role[];
    expect(listed.some((r) => r.person.id === memberId)).toBe(true);
    expect((await community.post('/api/grid-roles', { placeId: gridId, role: 'groupLeader', memberId })).json().error).toMatchObject({
      code: 'grid.duplicate',
    });
  });

  it('answers each wrong appointment clearly, naming the field', async () => {
    const error = async (body: Record<string, unknown>) => (await community.post('/api/grid-roles', body)).json().error;
    expect(await error({ placeId: gridId, role: 'centralHousehold', memberId })).toMatchObject({ code: 'grid.wrongPlace', field: 'placeId' });
    expect((await error({ placeId: gridId, role: 'centralHousehold', memberId })).messages['zh-CN']).toContain('党员中心户');
    expect(await error({ placeId: gridId, role: 'branchSecretary' })).toMatchObject({ code: 'grid.personRequired', field: 'memberId' });
    const somebody = (await community.get(`/api/residents?placeId=${building.id}`)).json().items[0];
    expect(await error({ placeId: gridId, role: 'branchSecretary', residentId: somebody.id })).toMatchObject({ code: 'grid.memberOnly' });
    expect(await error({ placeId: building.id, role: 'buildingLeader', memberId, residentId: somebody.id })).toMatchObject({ code: 'grid.personRequired' });
    const elsewhere = (await (await t.login('community2')).get('/api/residents')).json().items[0];
    expect((await community.post('/api/grid-roles', { placeId: building.id, role: 'buildingLeader', residentId: elsewhere.id })).json().error.code).toBe(
      'grid.residentElsewhere',
    );
    const outsider = (await (await t.login('community2')).get('/api/members')).json().items.find((m: { id: number }) => m.id !== memberId);
    expect(await error({ placeId: gridId, role: 'branchSecretary', memberId: outsider.id })).toMatchObject({ code: 'grid.memberElsewhere', field: 'memberId' });
    const okResident = await community.post('/api/grid-roles', { placeId: building.id, role: 'buildingLeader', residentId: somebody.id });
    expect([201, 409]).toContain(okResident.statusCode);
  });

  it('keeps roles to their community and their managers', async () => {
    expect((await grid.post('/api/grid-roles', { placeId: gridId, role: 'groupLeader', memberId })).statusCode).toBe(403);
    const other = await t.login('community2');
    expect((await other.get(`/api/grids/${gridId}`)).statusCode).toBe(404);
    const [role] = (await community.get(`/api/grid-roles?placeId=${gridId}`)).json().items as Role[];
    expect((await other.post(`/api/grid-roles/${role?.id}/end`, { reason: '调离' })).statusCode).toBe(404);
    expect((await other.get('/api/grid-roles')).json().items.some((r: Role) => r.id === role?.id)).toBe(false);
  });

  it('ends an appointment with a reason once, keeping it in the history', async () => {
    const [role] = ((await community.get(`/api/grid-roles?placeId=${gridId}&role=groupLeader`)).json().items as Role[]).filter((r) => r.person.id === memberId);
    expect(role).toBeDefined();
    const ended = await community.post(`/api/grid-roles/${role?.id}/end`, { reason: '工作调动' });
    expect(ended.json()).toMatchObject({ endReason: '工作调动' });
    expect(ended.json().endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await community.post(`/api/grid-roles/${role?.id}/end`, { reason: '再次' })).json().error.code).toBe('grid.ended');
    expect((await community.post(`/api/grid-roles/${role?.id}/end`, { reason: '' })).statusCode).toBe(400);
    const history = (await community.get(`/api/grid-roles?placeId=${gridId}&active=false`)).json().items as Role[];
    expect(history.map((r) => r.id)).toContain(role?.id);
    expect((await member.get('/api/grid-roles/mine')).json()).toEqual([]);
  });
});

describe('网格页', () => {
  it('agrees with the household ledger, the key-household ledger and the coverage report', async () => {
    const page = (await grid.get(`/api/grids/${gridId}`)).json();
    expect(page.place).toMatchObject({ id: gridId, kind: 'grid' });
    const households = (await community.get(`/api/households?placeId=${gridId}&pageSize=1`)).json();
    expect(page.households.total).toBe(households.total);
    expect(Object.values(page.households.byLabel as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(households.total);
    const ledger = (await grid.get(`/api/pairings/key-households?placeId=${gridId}&pageSize=200`)).json();
    const live = ledger.items.filter((k: { household: { label: string } }) => k.household.label !== 'vacant');
    expect(page.keyHouseholds.length).toBe(live.length);
    expect(page.households.covered).toBe(live.filter((k: { members: unknown[] }) => k.members.length > 0).length);
    const row = (await community.get('/api/pairings/coverage?by=grid')).json().find((r: { place: { id: number } }) => r.place.id === gridId);
    expect(row).toMatchObject({ kind: 'grid', keyHouseholds: page.keyHouseholds.length, covered: page.households.covered });
    expect(row.overdue).toBe(page.keyHouseholds.filter((k: { overdue: boolean }) => k.overdue).length);
    expect(page.buildings.reduce((n: number, b: { key: number }) => n + b.key, 0)).toBe(page.keyHouseholds.length);
    expect(page.roles.length).toBeGreaterThan(0);
    const paired = page.pairedMembers.reduce((n: number, m: { households: number }) => n + m.households, 0);
    expect(paired).toBeGreaterThanOrEqual(page.households.covered);
  });

  it('is for a grid or a compound only', async () => {
    const res = await community.get(`/api/grids/${await t.placeId('140322100101')}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('grid.placeKind');
  });
});

describe('包联覆盖 by grid', () => {
  it('sums, grid by grid, to the community row, with each grid named with its compound', async () => {
    const fuchunyuan = await t.placeId('140322100101');
    const byCommunity = (await community.get(`/api/pairings/coverage?placeId=${fuchunyuan}`)).json();
    const byGrid = (await community.get(`/api/pairings/coverage?placeId=${fuchunyuan}&by=grid`)).json();
    type Row = { kind: string; community: string; place: { name: string }; keyHouseholds: number; covered: number; onTime: number; overdue: number };
    const sum = (rows: Row[], k: 'keyHouseholds' | 'covered' | 'onTime' | 'overdue') => rows.reduce((n, r) => n + r[k], 0);
    for (const k of ['keyHouseholds', 'covered', 'onTime', 'overdue'] as const) expect(sum(byGrid, k)).toBe(byCommunity[0][k]);
    expect(byGrid.every((r: Row) => r.community === '富春园社区')).toBe(true);
    expect(byGrid.filter((r: Row) => r.kind === 'grid').every((r: Row) => /\S+ 第\d+网格/.test(r.place.name))).toBe(true);
    const xlsx = await community.get(`/api/pairings/coverage/export?placeId=${fuchunyuan}&by=grid`);
    expect(xlsx.statusCode).toBe(200);
  });
});
