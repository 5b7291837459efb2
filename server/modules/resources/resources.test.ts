import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('资源清单 fed by confirmed unit registrations', () => {
  it('lists what a unit offered once the community confirms, to that community and the unit only', async () => {
    const secretary = await t.login('secretary');
    const community = await t.login('community');
    const fuchunyuan = await t.placeId('140322100101');
    const sent = await secretary.post('/api/registrations/units', {
      placeId: fuchunyuan,
      contacts: '张书记',
      resources: [
        { kind: 'venue', description: '会议室可容纳50人' },
        { kind: 'vehicle', description: '抢修车1辆' },
      ],
      agreement: { startDate: '2026-01-01', endDate: '2026-12-31', commitments: '共建' },
    });
    expect((await community.get('/api/resources')).json().total).toBe(0);
    await community.post(`/api/registrations/units/${sent.json().id}/confirm`);

    const listed = (await community.get('/api/resources?owner=unit')).json();
    expect(listed.items.map((r: { kind: string; description: string }) => [r.kind, r.description]).sort()).toEqual([
      ['vehicle', '抢修车1辆'],
      ['venue', '会议室可容纳50人'],
    ]);
    expect(listed.items[0]).toMatchObject({ owner: { kind: 'unit', name: '国网盂县供电公司' }, place: { name: '富春园社区' }, source: 'unitRegistration' });
    expect((await community.get('/api/resources?kind=vehicle')).json().total).toBe(1);
    expect((await community.get('/api/resources?q=会议室')).json().total).toBe(1);
    expect((await community.get('/api/resources?q=供电')).json().total).toBe(2);
    expect((await secretary.get('/api/resources')).json().total).toBe(2);
    expect((await (await t.login('community2')).get('/api/resources')).json().total).toBe(0);
    expect((await (await t.login('member')).get('/api/resources')).statusCode).toBe(403);
  });
});
