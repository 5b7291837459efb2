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
