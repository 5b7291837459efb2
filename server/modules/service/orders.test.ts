import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '#contracts/idcard.js';
import { households, members, places, serviceRecords } from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import { DomainError } from '../../platform/errors.js';
import { sealIdNumber } from '../../platform/personal.js';
import { type Agent, multipart, startTestApp, type TestApp, testClock } from '../../test/harness.js';
import { actOnOrder } from './orders.js';
import { escalateOverdue } from './oversight.js';

const clock = testClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;
let resident: Agent;
let community: Agent;
let member: Agent;
let memberId: number;
beforeAll(async () => {
  t = await startTestApp({ clock: clock.now });
  resident = await t.login('resident');
  community = await t.login('community');
  member = await t.login('member');
  memberId = (await t.login('secretary').then((s) => s.get('/api/members?q=王建国'))).json().items[0].id;
});
afterAll(() => t.close());

const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('居民点单 → 社区派单 → 党员接单 → 群众评单', () => {
  let id: number;
  let photo: number;

  it('takes a request from a resident’s phone, with a photo, and tells the community', async () => {
    const upload = await resident.raw({ method: 'POST', url: '/api/orders/photos', ...multipart('水管.png', png, 'image/png') });
    expect(upload.statusCode).toBe(201);
    photo = upload.json().id;
    const pdf = await resident.raw({ method: 'POST', url: '/api/orders/photos', ...multipart('a.pdf', Buffer.from('%PDF-1.4 x'), 'application/pdf') });
    expect(pdf.json().error.code).toBe('file.imageType');

    const res = await resident.post('/api/orders', { category: 'repair', description: '厨房水管漏水，需要维修', photos: [photo] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'submitted', onBehalf: false, community: { name: '富春园社区' }, photos: [photo], actions: ['cancel'] });
    id = res.json().id;
    const inbox = (await community.get('/api/notifications')).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'order.submitted', link: `/orders/${id}` });
    expect((await community.get('/api/orders?status=submitted')).json().items.map((o: { id: number }) => o.id)).toContain(id);
    expect((await (await t.login('community2')).get(`/api/orders/${id}`)).statusCode).toBe(404);
    // Someone else's photo cannot be attached.
    const theirs = await community.post('/api/orders', { category: 'other', description: 'x', householdId: res.json().household.id, photos: [photo] });
    expect(theirs.json().error).toMatchObject({ code: 'order.photoNotYours', field: 'photos' });
  });

  it('ranks the community’s members for it, with reasons', async () => {
    const matches = (await community.get(`/api/orders/${id}/matches`)).json();
    expect(matches.length).toBeGreaterThan(0);
    const wang = matches.find((m: { member: { id: number } }) => m.member.id === memberId);
    expect(wang.reasons.map((r: { 'zh-CN': string }) => r['zh-CN'])).toContain('专长：维修');
    expect((await member.get(`/api/orders/${id}/matches`)).statusCode).toBe(403);
  });

  it('dispatches within the community only, and the member accepts from the phone', async () => {
    const admin = await t.login('admin');
    const outsider = (await admin.get(`/api/members?placeId=${await t.placeId('140322100102')}`)).json().items[0];
    const wrong = await community.post(`/api/orders/${id}/dispatch`, { to: { kind: 'member', id: outsider.id } });
    expect(wrong.json().error).toMatchObject({ code: 'order.assigneeElsewhere', field: 'to.id' });
    const sent = await community.post(`/api/orders/${id}/dispatch`, { to: { kind: 'member', id: memberId } });
    expect(sent.json()).toMatchObject({ status: 'dispatched', assignee: { kind: 'member', id: memberId, name: '王建国' } });
    expect((await member.get('/api/notifications')).json().items[0].kind).toBe('order.dispatched');
    const mine = (await member.get('/api/orders?view=mine')).json();
    expect(mine.items[0]).toMatchObject({ id, actions: ['accept', 'decline'] });
    expect((await resident.post(`/api/orders/${id}/accept`)).statusCode).toBe(403);
    const accepted = await member.post(`/api/orders/${id}/accept`);
    expect(accepted.json()).toMatchObject({ status: 'accepted', doer: { name: '王建国' } });
    expect((await member.post(`/api/orders/${id}/accept`)).json().error.code).toBe('order.alreadyTaken');
  });

  it('records progress and completion on the timeline; only the household rates, once', async () => {
    await member.post(`/api/orders/${id}/notes`, { text: '已上门查看，明天带配件' });
    expect((await resident.post(`/api/orders/${id}/rate`, { score: 5 })).json().error.code).toBe('order.wrongState');
    const done = await member.post(`/api/orders/${id}/finish`, { text: '已更换水管' });
    expect(done.json().status).toBe('finished');
    expect((await member.post(`/api/orders/${id}/rate`, { score: 5 })).statusCode).toBe(403);
    const rated = await resident.post(`/api/orders/${id}/rate`, { score: 5, comment: '很及时' });
    expect(rated.json()).toMatchObject({ status: 'rated', rating: { score: 5, comment: '很及时', flagged: false } });
    expect((await resident.post(`/api/orders/${id}/rate`, { score: 1 })).json().error.code).toBe('order.wrongState');
    const detail = (await resident.get(`/api/orders/${id}`)).json();
    expect(detail.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'dispatch', 'accept', 'note', 'finish', 'rate']);
    expect(detail.timeline[3]).toMatchObject({ actor: '王建国', text: '已上门查看，明天带配件' });
    const photoRes = await community.get(`/api/orders/${id}/photos/${photo}`);
    expect(photoRes.headers['content-type']).toBe('image/png');
    const records = await t.db
      .select()
      .from(serviceRecords)
      .where(and(eq(serviceRecords.source, 'order'), eq(serviceRecords.sourceId, id)));
    expect(records).toEqual([expect.objectContaining({ memberId, rating: 5, title: '维修帮办：厨房水管漏水，需要维修' })]);
  });

  it('lets the resident reopen once; the service record is not written twice', async () => {
    const reopened = await resident.post(`/api/orders/${id}/reopen`, { reason: '又漏了' });
    expect(reopened.json()).toMatchObject({ status: 'submitted', reopened: true, doer: null });
    await community.post(`/api/orders/${id}/dispatch`, { to: { kind: 'member', id: memberId } });
    await member.post(`/api/orders/${id}/accept`);
    await member.post(`/api/orders/${id}/finish`, {});
    await resident.post(`/api/orders/${id}/rate`, { score: 4 });
    expect((await resident.post(`/api/orders/${id}/reopen`, { reason: '还是漏' })).json().error.code).toBe('order.reopenedOnce');
    const records = await t.db
      .select()
      .from(serviceRecords)
      .where(and(eq(serviceRecords.source, 'order'), eq(serviceRecords.sourceId, id)));
    expect(records.map((r) => r.rating)).toEqual([4]);
  });

  it('lets the org department set a category’s time limits from now on', async () => {
    const admin = await t.login('admin');
    const put = (agent: Agent, body: object) =>
      agent.raw({ method: 'PUT', url: '/api/orders/time-limits', payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    expect((await put(community, { category: 'legal', acceptHours: 6, finishHours: 48 })).statusCode).toBe(403);
    const limits = (await put(admin, { category: 'legal', acceptHours: 6, finishHours: 48 })).json();
    expect(limits.find((l: { category: string }) => l.category === 'legal')).toEqual({ category: 'legal', acceptHours: 6, finishHours: 48 });
    expect((await put(admin, { category: 'legal', acceptHours: 0, finishHours: 48 })).json().error.field).toBe('acceptHours');
    const order = (await resident.post('/api/orders', { category: 'legal', description: '咨询租房合同' })).json();
    expect(Date.parse(order.dueAt) - clock.now().getTime()).toBe(6 * 3600_000);
  });

  it('marks a request overdue once past its category’s time limit', async () => {
    const grid = await t.login('grid');
    const [home] = (await grid.get('/api/households')).json().items;
    const res = await grid.post('/api/orders', { category: 'errand', description: '代买药品', householdId: home.id });
    expect(res.json()).toMatchObject({ onBehalf: true, overdue: false });
    // The grid worker follows what they submitted, though the order is filed under the community.
    expect((await grid.get(`/api/orders/${res.json().id}`)).json()).toMatchObject({ description: '代买药品', onBehalf: true });
    expect((await grid.get('/api/orders')).json().items.map((o: { id: number }) => o.id)).toContain(res.json().id);
    clock.advance(13 * 3600_000);
    community = await t.login('community'); // the old session timed out meanwhile
    const late = (await community.get('/api/orders?overdue=true')).json();
    expect(late.items.map((o: { id: number }) => o.id)).toContain(res.json().id);
    expect(late.items.find((o: { id: number }) => o.id === res.json().id).overdue).toBe(true);
  });
});

describe('抢单: fifty members race for one open order', () => {
  it('gives it to exactly one; the others are told it is taken', async () => {
    const fuchunyuan = await t.placeId('140322100101');
    const [home] = await t.db
      .select({ id: households.id, placeId: households.placeId })
      .from(households)
      .innerJoin(places, eq(places.id, households.placeId))
      .where(like(places.code, '140322100101-%'))
      .limit(1);
    if (!home) throw new Error('no household in 富春园');
    const racers = await t.db
      .insert(members)
      .values(
        Array.from({ length: 50 }, (_, i) => ({
          countyCode: '140322',
          name: `抢单${i}`,
          gender: 'male' as const,
          birthDate: '1990-01-01',
          householdId: home.id,
          homePlaceId: home.placeId,
          ...sealIdNumber(t.deps.vault, makeIdNumber('140322', '1990-01-01', 500 + i, 'male')),
        })),
      )
      .returning({ id: members.id });
    const order = (await community.post('/api/orders', { category: 'errand', description: '帮忙取快递', householdId: home.id })).json();
    expect((await community.post(`/api/orders/${order.id}/pool`)).json().status).toBe('open');
    const base = { role: 'member', countyCode: '140322', placeId: fuchunyuan, organizationId: null, residentId: null } as const;
    const results = await Promise.allSettled(
      racers.map((r, i) =>
        actOnOrder(t.deps, { ...base, accountId: 1, memberId: r.id, username: `r${i}`, displayName: `抢单${i}` } as unknown as Caller, order.id, {
          kind: 'accept',
        }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    expect([...new Set(lost.map((e) => (e instanceof DomainError ? e.code : String(e))))]).toEqual(['order.alreadyTaken']);
    const detail = (await community.get(`/api/orders/${order.id}`)).json();
    expect(detail.timeline.filter((e: { action: string }) => e.action === 'accept')).toHaveLength(1);
  });
});

describe('the community’s oversight: summary, export, flagged ratings, overdue escalation', () => {
  it('flags a member rating their own household’s order until the community looks at it', async () => {
    resident = await t.login('resident');
    member = await t.login('member');
    community = await t.login('community');
    const order = (await resident.post('/api/orders', { category: 'errand', description: '帮忙买菜' })).json();
    // The doer lives in the very household that rates.
    await t.db.update(members).set({ householdId: order.household.id }).where(eq(members.id, memberId));
    await community.post(`/api/orders/${order.id}/dispatch`, { to: { kind: 'member', id: memberId } });
    await member.post(`/api/orders/${order.id}/accept`);
    await member.post(`/api/orders/${order.id}/finish`, {});
    const rated = (await resident.post(`/api/orders/${order.id}/rate`, { score: 5 })).json();
    expect(rated.rating).toMatchObject({ score: 5, flagged: true });
    const pending = (await community.get('/api/orders?flagged=true')).json();
    expect(pending.items.map((o: { id: number }) => o.id)).toEqual([order.id]);
    const before = (await community.get('/api/orders/summary')).json();
    expect(before.flaggedRatings).toBe(1);
    const [record] = await t.db
      .select()
      .from(serviceRecords)
      .where(and(eq(serviceRecords.source, 'order'), eq(serviceRecords.sourceId, order.id)));
    expect(record?.rating).toBeNull();

    const reviewed = await community.post(`/api/orders/${order.id}/rating-review`, { count: false, note: '自评不计' });
    expect(reviewed.json().rating.flagged).toBe(false);
    expect((await community.post(`/api/orders/${order.id}/rating-review`, { count: true })).json().error.code).toBe('order.ratingNotPending');
    const after = (await community.get('/api/orders/summary')).json();
    expect(after.flaggedRatings).toBe(0);
    expect(after.ratings).toBe(before.ratings);
  });

  it('summarises the community’s service and exports its ledger', async () => {
    const summary = (await community.get('/api/orders/summary')).json();
    expect(summary.total).toBeGreaterThanOrEqual(4);
    expect(summary.byStatus.find((s: { status: string }) => s.status === 'rated').count).toBeGreaterThanOrEqual(1);
    expect(summary.byCategory.map((c: { category: string }) => c.category)).toEqual(expect.arrayContaining(['repair', 'errand']));
    expect(summary.satisfaction).toBe(1);
    expect(summary.avgHoursToAccept).toEqual(expect.any(Number));
    expect((await (await t.login('community2')).get('/api/orders/summary')).json().total).toBe(0);
    const file = await community.get('/api/orders/export?status=rated');
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect((await member.get('/api/orders/export')).statusCode).toBe(403);
  });

  it('tells the community once about each overdue order, even when two sweeps run at once', async () => {
    const order = (await resident.post('/api/orders', { category: 'errand', description: '代取药' })).json();
    clock.advance(13 * 3600_000);
    const [a, b] = await Promise.all([escalateOverdue(t.deps), escalateOverdue(t.deps)]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    community = await t.login('community');
    const notices = (await community.get('/api/notifications?pageSize=100'))
      .json()
      .items.filter((n: { kind: string; link: string }) => n.link === `/orders/${order.id}`);
    expect(notices.filter((n: { kind: string }) => n.kind === 'order.overdue')).toHaveLength(1);
    expect(await escalateOverdue(t.deps)).toBe(0);
  });
});

describe('按需认领: a unit claims an open request for its members', () => {
  it('lets a unit registered at the community claim from the pool, once; its members accept it', async () => {
    const fuchunyuan = await t.placeId('140322100101');
    const secretary = await t.login('secretary');
    community = await t.login('community');
    member = await t.login('member');
    const unit = await secretary.post('/api/registrations/units', {
      placeId: fuchunyuan,
      contacts: '张书记',
      agreement: { startDate: '2026-01-01', endDate: '2026-12-31', commitments: '共建' },
    });
    await community.post(`/api/registrations/units/${unit.json().id}/confirm`);
    const grid = await t.login('grid');
    const [home] = (await grid.get('/api/households')).json().items;
    const order = (await grid.post('/api/orders', { category: 'environment', description: '清理楼道小广告', householdId: home.id })).json();
    expect((await secretary.get('/api/orders?view=pool')).json().items.map((o: { id: number }) => o.id)).not.toContain(order.id);
    await community.post(`/api/orders/${order.id}/pool`);
    const pool = (await secretary.get('/api/orders?view=pool')).json().items;
    expect(pool.find((o: { id: number }) => o.id === order.id).actions).toEqual(['claim']);
    const claimed = await secretary.post(`/api/orders/${order.id}/claim`);
    expect(claimed.json()).toMatchObject({ status: 'dispatched', assignee: { kind: 'unit', name: '国网盂县供电公司' } });
    expect((await secretary.post(`/api/orders/${order.id}/claim`)).json().error.code).toBe('order.alreadyTaken');
    expect((await member.post(`/api/orders/${order.id}/accept`)).json()).toMatchObject({ status: 'accepted', doer: { name: '王建国' } });
    const timeline = (await community.get(`/api/orders/${order.id}`)).json().timeline.map((e: { action: string }) => e.action);
    expect(timeline).toEqual(['submit', 'pool', 'claim', 'accept']);
  });
});
