import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { serviceRecords } from '../../db/schema/index.js';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';
import { maskName, quarterOf, quarterRange } from './notices.js';

let t: TestApp;
let admin: Agent;
let community: Agent;
let member: Agent;
let resident: Agent;
let memberId: number;
let fuchunyuan: number;
const put = (agent: Agent, url: string, body: object) =>
  agent.raw({ method: 'PUT', url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  community = await t.login('community');
  member = await t.login('member');
  resident = await t.login('resident');
  memberId = (await member.get('/api/auth/session')).json().account.memberId;
  fuchunyuan = await t.placeId('140322100101');
});
afterAll(() => t.close());

describe('公示 helpers', () => {
  it('names quarters and masks names', () => {
    expect(quarterOf('2026-11-23')).toBe('2026-Q4');
    expect(quarterRange('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterRange('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(maskName('王建国')).toBe('王*国');
    expect(maskName('李娜')).toBe('李*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });
});

describe('群众评议', () => {
  let household: number;
  beforeAll(async () => {
    const [row] = rowsOf(await t.db.execute(sql`select household_id from residents where id = (select resident_id from accounts where username = 'resident')`));
    household = Number(row?.household_id);
    await community.post('/api/pairings', { memberId, householdId: household });
  });

  it('lets a resident rate the member paired with their household, once a year (a second rating replaces the first)', async () => {
    const targets = (await resident.get('/api/reviews/targets')).json();
    expect(targets).toContainEqual(expect.objectContaining({ kind: 'member', id: memberId, why: ['paired'], review: null }));
    const after = (await resident.post('/api/reviews', { targetKind: 'member', targetId: memberId, score: 5, comment: '每月都来看望，很贴心' })).json();
    expect(after.find((x: { id: number }) => x.id === memberId).review).toEqual({ score: 5, comment: '每月都来看望，很贴心' });
    const again = (await resident.post('/api/reviews', { targetKind: 'member', targetId: memberId, score: 4, comment: '' })).json();
    expect(again.find((x: { id: number }) => x.id === memberId).review.score).toBe(4);
    const [count] = rowsOf(await t.db.execute(sql`select count(*)::int as n from resident_reviews where target_id = ${memberId}`));
    expect(count?.n).toBe(1);
  });

  it('refuses members who never served or looked after the household, and other roles', async () => {
    const stranger = (await community.get('/api/members?pageSize=5')).json().items.find((m: { id: number }) => m.id !== memberId);
    expect((await resident.post('/api/reviews', { targetKind: 'member', targetId: stranger.id, score: 1 })).json().error).toMatchObject({
      code: 'review.notYours',
      field: 'targetId',
    });
    expect((await resident.post('/api/reviews', { targetKind: 'member', targetId: memberId, score: 6 })).statusCode).toBe(400);
    expect((await member.get('/api/reviews/targets')).statusCode).toBe(403);
  });

  it('runs a year-end campaign: residents are told, and progress shows by compound', async () => {
    const year = new Date().getUTCFullYear();
    expect((await put(admin, `/api/reviews/campaigns/${year}`, { opensOn: `${year}-12-01`, closesOn: `${year}-11-01` })).json().error.code).toBe(
      'points.dateRange',
    );
    const c = (await put(admin, `/api/reviews/campaigns/${year}`, { opensOn: `${year}-12-01`, closesOn: `${year}-12-31` })).json();
    expect(c.opensOn).toBe(`${year}-12-01`);
    expect((await resident.get('/api/notifications')).json().items[0]).toMatchObject({ kind: 'review.campaign', link: '/m/reviews' });
    const progress = (await community.get(`/api/reviews/campaigns/${year}`)).json().progress;
    const reviewed = progress.filter((p: { reviews: number }) => p.reviews > 0);
    expect(reviewed).toHaveLength(1);
    expect(reviewed[0]).toMatchObject({ reviewing: 1, reviews: 1, average: 4 });
  });

  it('counts residents’ reviews in the member’s yearly score', async () => {
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    await admin.post(`/api/evaluations/${year}/run`, {});
    const mine = (await member.get(`/api/evaluations/${year}/me`)).json();
    expect(mine.lines.find((l: { item: string }) => l.item === 'reviews')).toMatchObject({ amount: 2.5 });
    const units = (await admin.get(`/api/evaluations/${year}/units`)).json();
    expect(units.length).toBeGreaterThan(0);
    expect(units.filter((u: { grade: string }) => u.grade === 'excellent').length).toBeLessThanOrEqual(Math.floor(units.length * 0.3));
  });
});

describe('公示', () => {
  beforeAll(async () => {
    await t.db.insert(serviceRecords).values({
      countyCode: '140322',
      memberId,
      placeId: fuchunyuan,
      source: 'activity',
      sourceId: -900,
      title: '公示测试活动',
      hours: 2,
      occurredAt: new Date(),
    });
  });

  it('shows the quarter’s service with names as each member chose, to anyone in the county', async () => {
    const masked = (await resident.get(`/api/notices/${fuchunyuan}`)).json();
    expect(masked.members).toContainEqual(expect.objectContaining({ name: '王*国', services: 1, hours: 2 }));
    expect((await member.get('/api/notices/consent')).json()).toEqual({ noticeConsent: 'masked' });
    expect((await put(member, '/api/notices/consent', { noticeConsent: 'full' })).json()).toEqual({ noticeConsent: 'full' });
    expect((await member.get('/api/notices/consent')).json()).toEqual({ noticeConsent: 'full' });
    expect((await resident.get(`/api/notices/${fuchunyuan}`)).json().members).toContainEqual(expect.objectContaining({ name: '王建国' }));
    await put(member, '/api/notices/consent', { noticeConsent: 'hidden' });
    const hidden = (await resident.get(`/api/notices/${fuchunyuan}`)).json();
    expect(hidden.members.some((m: { name: string }) => m.name.startsWith('王'))).toBe(false);
    expect(hidden.unnamed).toBe(1);
    expect(hidden.totals.services).toBe(masked.totals.services);
    expect((await resident.get(`/api/notices/${fuchunyuan}?period=2026-Q5`)).statusCode).toBe(400);
    expect((await put(resident, '/api/notices/consent', { noticeConsent: 'full' })).statusCode).toBe(403);
  });

  it('takes residents’ remarks, which the community may hide', async () => {
    const period = thisQuarter();
    const made = await resident.post(`/api/notices/${fuchunyuan}/comments`, { period, text: '感谢党员志愿者！' });
    expect(made.statusCode).toBe(201);
    const comment = made.json().comments.at(-1);
    expect(comment).toMatchObject({ author: '李*英', text: '感谢党员志愿者！', hidden: false });
    expect((await resident.post(`/api/notices/${fuchunyuan}/comments`, { period: '2099-Q1', text: '未来的留言' })).json().error.code).toBe(
      'notice.futurePeriod',
    );
    expect((await (await t.login('community2')).post(`/api/notices/comments/${comment.id}/hide`)).statusCode).toBe(404);
    expect((await community.post(`/api/notices/comments/${comment.id}/hide`)).json()).toEqual({ ok: true });
    expect((await resident.get(`/api/notices/${fuchunyuan}?period=${period}`)).json().comments).toEqual([]);
    expect((await community.get(`/api/notices/${fuchunyuan}?period=${period}`)).json().comments[0]).toMatchObject({ hidden: true });
  });
});

describe('季度服务纪实', () => {
  it('reports a unit’s quarter to its secretary, and to nobody outside its places', async () => {
    const secretary = await t.login('secretary');
    const unitId = (await secretary.get('/api/auth/session')).json().account.organizationId;
    const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const [year, quarter] = [Number(day.slice(0, 4)), Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1];
    const record = (await secretary.get(`/api/organizations/${unitId}/quarterly?year=${year}&quarter=${quarter}`)).json();
    expect(record).toMatchObject({ organization: { id: unitId, name: '国网盂县供电公司' }, period: `${year}-Q${quarter}` });
    expect(record.serving).toBeLessThanOrEqual(record.members);
    expect((await secretary.get(`/api/organizations/${unitId}/quarterly/export?year=${year}&quarter=${quarter}`)).statusCode).toBe(200);
    expect((await secretary.get(`/api/organizations/${unitId}/quarterly?year=${year}&quarter=5`)).statusCode).toBe(400);
    expect((await member.get(`/api/organizations/${unitId}/quarterly?year=${year}&quarter=${quarter}`)).statusCode).toBe(403);
  });
});

function thisQuarter() {
  return quarterOf(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10));
}
