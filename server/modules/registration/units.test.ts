import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let secretary: Agent;
let community: Agent;
let fuchunyuan: number;
const agreement = { startDate: '2026-01-01', endDate: '2026-12-31', commitments: '每月开展一次共建活动' };
beforeAll(async () => {
  t = await startTestApp();
  secretary = await t.login('secretary');
  community = await t.login('community');
  fuchunyuan = await t.placeId('140322100101');
});
afterAll(() => t.close());

describe('组织报到: a unit registers at a community', () => {
  let id: number;

  it('lets the unit secretary register, and tells the community', async () => {
    const res = await secretary.post('/api/registrations/units', {
      placeId: fuchunyuan,
      contacts: '张书记 13900001111',
      resources: [{ kind: 'venue', description: '会议室可容纳50人' }],
      agreement,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ organization: { name: '国网盂县供电公司' }, place: { name: '富春园社区' }, status: 'submitted' });
    id = res.json().id;
    const inbox = (await community.get('/api/notifications')).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'registration.unitSubmitted', body: { 'zh-CN': '国网盂县供电公司 申请到富春园社区报到' } });
  });

  it('refuses registering twice at the same community', async () => {
    const res = await secretary.post('/api/registrations/units', { placeId: fuchunyuan, contacts: '张书记', agreement });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'registration.duplicate', field: 'placeId' });
  });

  it('refuses an agreement that ends before it starts, and a non-community place', async () => {
    const dates = await secretary.post('/api/registrations/units', {
      placeId: await t.placeId('140322100102'),
      contacts: 'x',
      agreement: { ...agreement, endDate: '2025-01-01' },
    });
    expect(dates.json().error).toMatchObject({ code: 'registration.agreementDates', field: 'agreement.endDate' });
    const street = await secretary.post('/api/registrations/units', { placeId: await t.placeId('140322100'), contacts: 'x', agreement });
    expect(street.statusCode).toBe(404);
  });

  it('keeps another community’s admin out, and members away', async () => {
    const other = await t.login('community2');
    expect((await other.post(`/api/registrations/units/${id}/confirm`)).statusCode).toBe(404);
    expect((await other.get('/api/registrations/units')).json().total).toBe(0);
    const member = await t.login('member');
    expect((await member.post('/api/registrations/units', { placeId: fuchunyuan, contacts: 'x', agreement })).statusCode).toBe(403);
  });

  it('confirms exactly once even when two admins decide at the same moment', async () => {
    const street = await t.login('street');
    const [a, b] = await Promise.all([
      community.post(`/api/registrations/units/${id}/confirm`),
      street.post(`/api/registrations/units/${id}/return`, { reason: '资料不全' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const [winner] = [a, b].filter((r) => r.statusCode === 200);
    const status = winner?.json().status;
    expect(['confirmed', 'returned']).toContain(status);
    const inbox = (await secretary.get('/api/notifications')).json();
    expect(inbox.items.filter((n: { kind: string }) => n.kind.startsWith('registration.unit')).length).toBe(1);
    expect((await secretary.get('/api/registrations/units')).json().items[0].status).toBe(status);
  });
});

describe('精准报到: where a unit may register', () => {
  it('refuses a community the unit neither sits in nor was assigned to, until the org department assigns it', async () => {
    const honglou = await t.placeId('140322100102');
    const payload = { placeId: honglou, contacts: '张书记', agreement };
    const refused = await secretary.post('/api/registrations/units', payload);
    expect(refused.json().error).toMatchObject({ code: 'registration.notAssigned', field: 'placeId' });

    const admin = await t.login('admin');
    const me = (await secretary.get('/api/registrations/units')).json().items[0].organization;
    const assigned = await admin.post('/api/registrations/balance/apply', { organizationId: me.id, placeId: honglou, reason: '红楼社区独居老人多' });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ organization: { name: '国网盂县供电公司' }, place: { name: '红楼社区' }, reason: '红楼社区独居老人多' });
    const again = await admin.post('/api/registrations/balance/apply', { organizationId: me.id, placeId: honglou });
    expect(again.json().error.code).toBe('registration.alreadyAssigned');
    const inbox = (await secretary.get('/api/notifications')).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'registration.assigned', body: { 'zh-CN': '组织部门安排贵单位到红楼社区报到：红楼社区独居老人多' } });
    expect((await secretary.get('/api/registrations/assignments')).json().map((a: { place: { name: string } }) => a.place.name)).toEqual(['红楼社区']);

    expect((await secretary.post('/api/registrations/units', payload)).statusCode).toBe(201);
    // Where it already registered, there is nothing to assign.
    const there = await admin.post('/api/registrations/balance/apply', { organizationId: me.id, placeId: fuchunyuan });
    expect(there.json().error.code).toBe('registration.alreadyThere');
  });

  it('keeps assignments to the org department and streets', async () => {
    const body = { organizationId: 1, placeId: fuchunyuan };
    expect((await community.post('/api/registrations/balance/apply', body)).statusCode).toBe(403);
    expect((await secretary.get('/api/registrations/balance')).statusCode).toBe(403);
  });
});
