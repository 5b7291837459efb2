import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let community: Agent;
let secretary: Agent;
let member: Agent;
let fuchunyuan: number;
let needId: number;
const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
beforeAll(async () => {
  t = await startTestApp();
  community = await t.login('community');
  secretary = await t.login('secretary');
  member = await t.login('member');
  fuchunyuan = await t.placeId('140322100101');
  // The unit registers at 富春园 and is confirmed, offering a venue.
  const unit = await secretary.post('/api/registrations/units', {
    placeId: fuchunyuan,
    contacts: '张书记',
    resources: [{ kind: 'venue', description: '会议室' }],
    agreement: { startDate: '2026-01-01', endDate: '2026-12-31', commitments: '共建' },
  });
  await community.post(`/api/registrations/units/${unit.json().id}/confirm`);
  const resident = await t.login('resident');
  needId = (await resident.post('/api/orders', { category: 'environment', description: '小区缺少健身器材' })).json().id;
});
afterAll(() => t.close());

describe('需求清单: published monthly', () => {
  it('lists the month’s needs without doors, publishes once, and tells registered units and members', async () => {
    const list = (await community.get(`/api/needs/list?placeId=${fuchunyuan}&month=${month}`)).json();
    expect(list).toMatchObject({ place: { name: '富春园社区' }, publishedAt: null });
    expect(list.needs.map((n: { id: number }) => n.id)).toContain(needId);
    const published = await community.post('/api/needs/list/publish', { placeId: fuchunyuan, month });
    expect(published.json().publishedAt).not.toBeNull();
    expect((await community.post('/api/needs/list/publish', { placeId: fuchunyuan, month })).json().error.code).toBe('needList.published');
    const inbox = (await secretary.get('/api/notifications')).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'needList.published' });
    expect((await member.get(`/api/needs/list?placeId=${fuchunyuan}&month=${month}`)).statusCode).toBe(403);
  });
});

describe('项目清单: needs matched to resources, owned by a unit or team, claimed on demand', () => {
  let projectId: number;

  it('creates an open project from a need and a resource of the community', async () => {
    const venue = (await community.get('/api/resources?kind=venue')).json().items[0];
    const other = await (await t.login('community2')).post('/api/orders', {
      category: 'other',
      description: '别的社区',
      householdId: (await (await t.login('admin')).get(`/api/households?placeId=${await t.placeId('140322100102')}`)).json().items[0].id,
    });
    const wrong = await community.post('/api/projects', {
      placeId: fuchunyuan,
      title: 'x',
      plan: 'y',
      startDate: `${month}-01`,
      endDate: `${month}-28`,
      needIds: [other.json().id],
    });
    expect(wrong.json().error).toMatchObject({ code: 'project.needElsewhere', field: 'needIds' });
    const res = await community.post('/api/projects', {
      placeId: fuchunyuan,
      title: '小区健身角建设',
      plan: '单位出资、社区协调场地，安装健身器材',
      startDate: `${month}-01`,
      endDate: `${month}-28`,
      needIds: [needId],
      resourceIds: [venue.id],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'open', owner: null, needs: [{ id: needId }], resources: [{ id: venue.id }] });
    projectId = res.json().id;
  });

  it('is claimed by a unit registered there, once; the unit reports progress and outcome', async () => {
    const claimed = await secretary.post(`/api/projects/${projectId}/claim`);
    expect(claimed.json()).toMatchObject({ status: 'planned', owner: { kind: 'unit', name: '国网盂县供电公司' } });
    expect((await secretary.post(`/api/projects/${projectId}/claim`)).json().error.code).toBe('project.taken');
    const active = await secretary.post(`/api/projects/${projectId}/progress`, { status: 'active' });
    expect(active.json().status).toBe('active');
    const done = await secretary.post(`/api/projects/${projectId}/progress`, { status: 'done', outcome: '安装器材8件，惠及居民300余人' });
    expect(done.json()).toMatchObject({ status: 'done', outcome: '安装器材8件，惠及居民300余人' });
    expect((await secretary.post(`/api/projects/${projectId}/progress`, { status: 'active' })).json().error.code).toBe('project.wrongState');
  });

  it('shows which units have committed a project this year, fewest first', async () => {
    const admin = await t.login('admin');
    const rows = (await admin.get(`/api/projects/commitments?year=${month.slice(0, 4)}`)).json();
    expect(rows.at(-1)).toMatchObject({ organization: { name: '国网盂县供电公司' }, projects: 1 });
    expect(rows[0].projects).toBe(0);
    expect((await secretary.get(`/api/projects/commitments?year=${month.slice(0, 4)}`)).json()).toEqual([
      { organization: { id: expect.any(Number), name: '国网盂县供电公司' }, projects: 1 },
    ]);
  });
});
