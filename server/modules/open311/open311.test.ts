import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

// A 12345 hotline hands a call in over Open311 GeoReport v2 and reads its status back.

let t: TestApp;
let admin: Agent;
let key: string;
let household: { id: number; address: string };
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  household = (await admin.get(`/api/households?placeId=${await t.placeId('140322100101')}`)).json().items[0];
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST', url: string, payload?: string) =>
  t.app.inject({ method, url, ...(payload ? { payload, headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}) });

describe('Open311 GeoReport v2', () => {
  it('issues a key once, to the org department only', async () => {
    const res = await admin.post('/api/api-keys', { label: '12345热线' });
    expect(res.statusCode).toBe(201);
    key = res.json().key;
    expect(key).toMatch(/^s311_/);
    expect((await admin.get('/api/api-keys')).json()).toEqual([expect.objectContaining({ label: '12345热线', revoked: false })]);
    expect(JSON.stringify((await admin.get('/api/api-keys')).json())).not.toContain(key);
    expect((await (await t.login('community')).post('/api/api-keys', { label: 'x' })).statusCode).toBe(403);
  });

  it('lists the services', async () => {
    const res = await call('GET', '/api/open311/v2/services.json');
    expect(res.json()).toEqual(expect.arrayContaining([expect.objectContaining({ service_code: 'repair', service_name: '维修帮办', type: 'realtime' })]));
  });

  it('takes a form-encoded request for a household and files it with the household’s community', async () => {
    const body = new URLSearchParams({
      api_key: key,
      service_code: 'repair',
      description: '楼道灯不亮',
      address_id: String(household.id),
      last_name: '张',
      phone: '12345',
    });
    const res = await call('POST', '/api/open311/v2/requests.json', body.toString());
    expect(res.statusCode).toBe(200);
    const [created] = res.json();
    expect(created.service_notice).toBe('已转富春园社区派单');
    const community = await t.login('community');
    const order = (await community.get(`/api/orders/${created.service_request_id}`)).json();
    expect(order).toMatchObject({ category: 'repair', onBehalf: true, status: 'submitted' });
    expect(order.description).toContain('楼道灯不亮（来电：张 12345）');

    const one = (await call('GET', `/api/open311/v2/requests/${created.service_request_id}.json?api_key=${key}`)).json();
    expect(one).toEqual([
      expect.objectContaining({
        service_request_id: created.service_request_id,
        status: 'open',
        agency_responsible: '富春园社区',
        address_id: String(household.id),
      }),
    ]);
    await community.post(`/api/orders/${created.service_request_id}/cancel`, { reason: '已由物业修复' });
    const closed = (await call('GET', `/api/open311/v2/requests.json?api_key=${key}&status=closed`)).json();
    expect(closed).toEqual([expect.objectContaining({ service_request_id: created.service_request_id, status: 'closed', status_notes: '已由物业修复' })]);
  });

  it('answers mistakes in the protocol’s error format, and refuses a revoked key', async () => {
    const bad = await call(
      'POST',
      '/api/open311/v2/requests.json',
      new URLSearchParams({ api_key: key, service_code: 'nope', description: 'x', address_id: String(household.id) }).toString(),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual([{ code: 400, description: expect.stringContaining('没有这项服务') }]);
    const missing = await call(
      'POST',
      '/api/open311/v2/requests.json',
      new URLSearchParams({ api_key: key, service_code: 'repair', description: 'x' }).toString(),
    );
    expect(missing.json()[0].description).toContain('address_id');
    const [k] = (await admin.get('/api/api-keys')).json();
    await admin.post(`/api/api-keys/${k.id}/revoke`);
    const refused = await call('GET', `/api/open311/v2/requests.json?api_key=${key}`);
    expect(refused.statusCode).toBe(401);
    expect(refused.json()[0].description).toContain('接口密钥无效');
  });
});
