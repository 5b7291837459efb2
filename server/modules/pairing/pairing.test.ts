import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, householdPairings } from '../../db/schema/index.js';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let admin: Agent;
let community: Agent;
let member: Agent;
let fuchunyuan: number;
let memberId: number;
/** Today in Beijing, read when used: a run may cross midnight there (16:00 UTC). */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const put = (agent: Agent, url: string, body: object) =>
  agent.raw({ method: 'PUT', url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  community = await t.login('community');
  member = await t.login('member');
  fuchunyuan = await t.placeId('140322100101');
  memberId = (await (await t.login('secretary')).get('/api/members?q=王建国')).json().items[0].id;
});
afterAll(() => t.close());

describe('结对 suggestions and pairings', () => {
  it('suggests a member for every key household within the cap, and accepting them pairs them', async () => {
    expect((await put(community, '/api/pairings/rules', { maxHouseholdsPerMember: 10 })).statusCode).toBe(403);
    expect((await put(admin, '/api/pairings/rules', { maxHouseholdsPerMember: 10 })).json()).toEqual({ maxHouseholdsPerMember: 10, priorityCare: [] });
    const keyHouseholds = (await community.get(`/api/households?placeId=${fuchunyuan}&keyOnly=true&pageSize=200`)).json().items;
    const key = { total: keyHouseholds.filter((h: { label: string }) => h.label !== 'vacant').length };
    const s = (await community.get(`/api/pairings/suggestions?placeId=${fuchunyuan}`)).json();
    expect(s.cap).toBe(10);
    expect(s.pairs.length + s.uncovered.length).toBe(key.total);
    expect(s.pairs.length).toBe(Math.min(key.total, s.members * 10));
    const load = new Map<number, number>();
    for (const p of s.pairs) load.set(p.member.id, (load.get(p.member.id) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeLessThanOrEqual(10);

    const accepted = await community.post('/api/pairings/suggestions/accept', {
      pairs: s.pairs.map((p: { household: { id: number }; member: { id: number } }) => ({ householdId: p.household.id, memberId: p.member.id })),
    });
    expect(accepted.json()).toEqual({ created: s.pairs.length, skipped: 0 });
    const again = (await community.get(`/api/pairings/suggestions?placeId=${fuchunyuan}`)).json();
    expect(again.pairs).toEqual([]);
    const listed = (await community.get('/api/pairings?pageSize=200')).json();
    expect(listed.total).toBe(s.pairs.length);
    expect((await (await t.login('community2')).get('/api/pairings')).json().total).toBe(0);
  });

  it('refuses a member of another community, a vacant household, and the same pair twice', async () => {
    const [home] = (await community.get(`/api/households?placeId=${fuchunyuan}&label=resident`)).json().items;
    const outsider = (await admin.get(`/api/members?placeId=${await t.placeId('140322100102')}`)).json().items[0];
    expect((await community.post('/api/pairings', { memberId: outsider.id, householdId: home.id })).json().error).toMatchObject({
      code: 'pairing.memberElsewhere',
      field: 'memberId',
    });
    const made = await community.post('/api/pairings', { memberId, householdId: home.id });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ member: { name: '王建国' }, household: { id: home.id }, endDate: null });
    expect((await community.post('/api/pairings', { memberId, householdId: home.id })).json().error.code).toBe('pairing.duplicate');
    expect((await member.get('/api/notifications')).json().items[0].kind).toBe('pairing.created');
  });
});

describe('结对规则', () => {
  it('keeps the priority care categories the org department sets, and refuses unknown ones by name', async () => {
    const set = await put(admin, '/api/pairings/rules', { maxHouseholdsPerMember: 10, priorityCare: ['elderlyAlone', 'elderlyAlone', 'disabled'] });
    expect(set.json()).toEqual({ maxHouseholdsPerMember: 10, priorityCare: ['elderlyAlone', 'disabled'] });
    expect((await community.get('/api/pairings/rules')).json().priorityCare).toEqual(['elderlyAlone', 'disabled']);
    const bad = await put(admin, '/api/pairings/rules', { maxHouseholdsPerMember: 10, priorityCare: ['rich'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toMatch(/^priorityCare/);
    expect((await admin.get('/api/pairings/rules')).json().priorityCare).toEqual(['elderlyAlone', 'disabled']);
  });
});

describe('走访 from the phone', () => {
  let paired: number;
  beforeAll(async () => {
    paired = (await member.get('/api/pairings')).json().items[0].household.id;
  });

  it('logs a visit to the paired household, and turns a problem found into a need', async () => {
    const res = await member.post('/api/visits', {
      householdId: paired,
      date: today(),
      kind: 'routine',
      notes: '老人身体不错',
      need: { category: 'repair', description: '卫生间水龙头滴水' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ flagged: false, member: { name: '王建国' }, needOrderId: expect.any(Number) });
    const order = (await community.get(`/api/orders/${res.json().needOrderId}`)).json();
    expect(order).toMatchObject({ category: 'repair', description: '卫生间水龙头滴水', onBehalf: true, household: { id: paired } });
  });

  it('takes a visit to a household one is not paired with only with a reason, and flags it', async () => {
    const others = (await community.get(`/api/households?placeId=${fuchunyuan}&pageSize=50`)).json().items;
    const other = others.find((h: { id: number; label: string }) => h.id !== paired && h.label !== 'vacant');
    const bare = await member.post('/api/visits', { householdId: other.id, date: today(), kind: 'routine' });
    expect(bare.json().error).toMatchObject({ code: 'visit.reasonRequired', field: 'reason' });
    const flagged = await member.post('/api/visits', { householdId: other.id, date: today(), kind: 'routine', reason: '联系人外出，代为看望' });
    expect(flagged.json()).toMatchObject({ flagged: true, reason: '联系人外出，代为看望' });
    const [elsewhere] = (await admin.get(`/api/households?placeId=${await t.placeId('140322100102')}`)).json().items;
    expect((await member.post('/api/visits', { householdId: elsewhere.id, date: today(), kind: 'routine', reason: 'x' })).statusCode).toBe(404);
    const tomorrow = new Date(Date.now() + 32 * 3600_000).toISOString().slice(0, 10);
    expect((await member.post('/api/visits', { householdId: paired, date: tomorrow, kind: 'routine' })).json().error.code).toBe('visit.future');
  });

  it('lists what is owed, and a visit this month takes the monthly visit off the list', async () => {
    const due = (await community.get('/api/visits/due')).json();
    expect(due.length).toBeGreaterThan(0);
    const mine = (await member.get('/api/visits/due')).json();
    const visitedThisMonth = mine.find((d: { household: { id: number } }) => d.household.id === paired);
    expect(visitedThisMonth?.dues.some((x: { kind: string; overdue: boolean }) => x.kind === 'monthly' && !x.overdue) ?? false).toBe(false);
    const unvisited = mine.find((d: { household: { id: number } }) => d.household.id !== paired);
    if (unvisited) expect(unvisited.dues.map((x: { kind: string }) => x.kind)).toContain('monthly');
    expect((await member.get('/api/visits')).json().total).toBe(2);
    // Every household of theirs is listed, including the one owing nothing now.
    const theirs = (await member.get('/api/pairings?active=true&pageSize=200')).json().items.map((p: { household: { id: number } }) => p.household.id);
    expect(mine.map((d: { household: { id: number } }) => d.household.id).sort()).toEqual([...theirs].sort());
    expect((await member.get('/api/visits/due?overdue=true')).json().every((d: { dues: unknown[] }) => d.dues.length > 0)).toBe(true);
  });

  it('finds households to visit off the pairings by building and door, only in the member’s communities', async () => {
    const [home] = (await community.get(`/api/households?placeId=${fuchunyuan}&pageSize=1`)).json().items;
    // 富春园社区 煤运苑 2号楼 2单元 102
    const [building, , door] = home.address.split(' ').slice(-3);
    const found = (await member.get(`/api/visits/households?q=${encodeURIComponent(`${building} ${door}`)}`)).json();
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(20);
    expect(found.every((h: { address: string }) => h.address.includes(building) && h.address.includes(door))).toBe(true);
    expect(found.map((h: { id: number }) => h.id)).toContain(home.id);
    expect(found.find((h: { id: number; paired: boolean }) => h.id === paired)?.paired ?? true).toBe(true);
    const redTower = (await admin.get(`/api/households?placeId=${await t.placeId('140322100102')}&pageSize=1`)).json().items[0];
    const [, otherCompound] = redTower.address.split(' ');
    expect((await member.get(`/api/visits/households?q=${encodeURIComponent(otherCompound)}`)).json()).toEqual([]);
    expect((await member.get('/api/visits/households?q=%25')).json()).toEqual([]);
    expect((await member.get('/api/visits/households?q=')).statusCode).toBe(400);
    expect((await community.get('/api/visits/households?q=1')).statusCode).toBe(403);
  });

  it('ends a pairing within the community’s places only', async () => {
    const [pairing] = (await community.get(`/api/pairings?memberId=${memberId}`)).json().items;
    expect((await (await t.login('community2')).post(`/api/pairings/${pairing.id}/end`, { reason: '搬离' })).statusCode).toBe(404);
    const ended = await community.post(`/api/pairings/${pairing.id}/end`, { reason: '党员搬离本社区' });
    expect(ended.json()).toMatchObject({ endDate: today(), endReason: '党员搬离本社区' });
    expect((await community.get(`/api/pairings?memberId=${memberId}&active=false`)).json().total).toBeGreaterThanOrEqual(1);
  });
});

describe('ratings that are hard to game', () => {
  it('flags the rating of a household the doer is paired with', async () => {
    const resident = await t.login('resident');
    const order = (await resident.post('/api/orders', { category: 'errand', description: '帮忙取药' })).json();
    await community.post('/api/pairings', { memberId, householdId: order.household.id });
    await community.post(`/api/orders/${order.id}/dispatch`, { to: { kind: 'member', id: memberId } });
    await member.post(`/api/orders/${order.id}/accept`);
    await member.post(`/api/orders/${order.id}/finish`, {});
    const rated = (await resident.post(`/api/orders/${order.id}/rate`, { score: 5 })).json();
    expect(rated.rating).toMatchObject({ score: 5, flagged: true });
  });
});

describe('单位包联小区', () => {
  it('pairs a unit with a compound of the community, once, and its secretary sees it', async () => {
    const compound = await t.placeId('140322100101-01');
    const orgs = (await community.get('/api/organizations?q=供电')).json().items;
    const made = await community.post('/api/pairings/units', { organizationId: orgs[0].id, placeId: compound });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ organization: { name: '国网盂县供电公司' }, endDate: null });
    expect((await community.post('/api/pairings/units', { organizationId: orgs[0].id, placeId: compound })).json().error.code).toBe('pairing.duplicate');
    expect((await community.post('/api/pairings/units', { organizationId: orgs[0].id, placeId: fuchunyuan })).json().error.code).toBe('pairing.compoundOnly');
    const secretary = await t.login('secretary');
    expect((await secretary.get('/api/pairings/units')).json().map((p: { place: { id: number } }) => p.place.id)).toEqual([compound]);
    expect((await (await t.login('community2')).post(`/api/pairings/units/${made.json().id}/end`)).statusCode).toBe(404);
    expect((await community.post(`/api/pairings/units/${made.json().id}/end`)).json().endDate).toBe(today());
  });
});

describe('重点户台账, 复核 and 包联覆盖', () => {
  it('lists key households with who looks after them, and filters the uncovered', async () => {
    const all = (await community.get('/api/pairings/key-households?pageSize=200')).json();
    expect(all.total).toBeGreaterThan(0);
    expect(all.items.every((k: { household: { care: string[] } }) => k.household.care.length > 0)).toBe(true);
    const covered = (await community.get('/api/pairings/key-households?covered=true&pageSize=200')).json();
    const uncovered = (await community.get('/api/pairings/key-households?covered=false&pageSize=200')).json();
    expect(covered.total + uncovered.total).toBe(all.total);
    expect(covered.items.every((k: { members: unknown[] }) => k.members.length > 0)).toBe(true);
    expect((await member.get('/api/pairings/key-households')).statusCode).toBe(403);
  });

  it('records who confirmed a household’s label; a household found vacant ends its pairings', async () => {
    const [row] = (await community.get('/api/pairings/key-households')).json().items;
    if (!row.members.length) await community.post('/api/pairings', { memberId, householdId: row.household.id });
    expect(
      (await community.post(`/api/pairings/key-households/${row.household.id}/verify`, { label: row.household.label, care: row.household.care })).statusCode,
    ).toBe(200);
    const after = (await community.get('/api/pairings/key-households?pageSize=200'))
      .json()
      .items.find((k: { household: { id: number } }) => k.household.id === row.household.id);
    expect(after).toMatchObject({ verifiedBy: '富春园社区书记' });
    expect(
      (await (await t.login('community2')).post(`/api/pairings/key-households/${row.household.id}/verify`, { label: 'vacant', care: [] })).statusCode,
    ).toBe(404);
    await community.post(`/api/pairings/key-households/${row.household.id}/verify`, { label: 'vacant', care: [] });
    expect((await community.get(`/api/pairings?householdId=${row.household.id}`)).json().total).toBe(0);
    const history = (await community.get(`/api/pairings?householdId=${row.household.id}&active=false`)).json();
    expect(history.items[0]).toMatchObject({ endReason: '复核为空置户' });
  });

  it('reports coverage per community that agrees with the ledger', async () => {
    const rows = (await community.get('/api/pairings/coverage')).json();
    expect(rows).toHaveLength(1);
    const ledger = (await community.get('/api/pairings/key-households?pageSize=200'))
      .json()
      .items.filter((k: { household: { label: string } }) => k.household.label !== 'vacant');
    expect(rows[0]).toMatchObject({ place: { name: '富春园社区' }, keyHouseholds: ledger.length });
    expect(rows[0].covered).toBe(ledger.filter((k: { members: unknown[] }) => k.members.length > 0).length);
    expect(rows[0].onTime + rows[0].overdue).toBe(rows[0].keyHouseholds);
    const file = await community.get('/api/pairings/coverage/export');
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const county = (await admin.get('/api/pairings/coverage')).json();
    expect(county.find((r: { place: { name: string } }) => r.place.name === '富春园社区')).toEqual(rows[0]);
  });
});

describe('ending a pairing with overdue visits', () => {
  it('says how many visits would lapse, and ends it only when confirmed', async () => {
    const [plain] = (await community.get(`/api/households?placeId=${fuchunyuan}&label=resident`)).json().items;
    await community.post(`/api/pairings/key-households/${plain.id}/verify`, { label: 'resident', care: ['disabled'] });
    const [adminAccount] = await t.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'admin'));
    const [old] = await t.db
      .insert(householdPairings)
      .values({ countyCode: '140322', memberId, householdId: plain.id, startDate: '2026-08-01', createdBy: adminAccount?.id ?? 0 })
      .onConflictDoNothing()
      .returning();
    const id = old?.id ?? (await community.get(`/api/pairings?householdId=${plain.id}`)).json().items[0].id;
    const refused = await community.post(`/api/pairings/${id}/end`, { reason: '调整' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('pairing.openVisits');
    expect(refused.json().error.messages['zh-CN']).toMatch(/还有 \d+ 次走访已超期/);
    const ended = await community.post(`/api/pairings/${id}/end`, { reason: '调整', force: true });
    expect(ended.json().endReason).toBe('调整');
  });
});

describe('走访提醒', () => {
  it('tells a member with an overdue visit once a day, even when two sweeps run at once', async () => {
    const { remindOverdueVisits } = await import('./reminders.js');
    // A household found on 复核 to be an elderly person living alone, looked after by 王建国 since the
    // summer and never visited; his other pairings end so nothing else is owed.
    const [plain] = (await community.get(`/api/households?placeId=${fuchunyuan}&label=resident`)).json().items;
    await community.post(`/api/pairings/key-households/${plain.id}/verify`, { label: 'resident', care: ['elderlyAlone'] });
    await t.db
      .update(householdPairings)
      .set({ endDate: '2026-06-30' })
      .where(and(eq(householdPairings.memberId, memberId), isNull(householdPairings.endDate)));
    const [adminAccount] = await t.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'admin'));
    await t.db
      .insert(householdPairings)
      .values({ countyCode: '140322', memberId, householdId: plain.id, startDate: '2026-07-01', createdBy: adminAccount?.id ?? 0 });
    const [a, b] = await Promise.all([remindOverdueVisits(t.deps), remindOverdueVisits(t.deps)]);
    expect(a + b).toBe(1);
    expect(await remindOverdueVisits(t.deps)).toBe(0);
    const inbox = (await member.get('/api/notifications?pageSize=100')).json().items.filter((n: { kind: string }) => n.kind === 'visit.overdue');
    expect(inbox).toHaveLength(1);
    expect(inbox[0].body['zh-CN']).toBe('1 户联系户走访已超期，请尽快走访');
  });
});
