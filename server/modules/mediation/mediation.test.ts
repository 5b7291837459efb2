import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let grid: Agent;
let community: Agent;
let member: Agent;
let caseId: number;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  grid = await t.login('grid');
  community = await t.login('community');
  member = await t.login('member');
});
afterAll(() => t.close());

describe('矛盾纠纷调解', () => {
  it('takes a case in the community, sealing the parties’ phones', async () => {
    const gridId = await t.placeId('140322100101-01-G1');
    const made = await grid.post('/api/mediation/cases', {
      placeId: gridId,
      category: 'neighbour',
      parties: [
        { name: '张三', phone: '13912345678', role: '楼上住户' },
        { name: '李四', phone: '13887654321', role: '楼下住户' },
      ],
      description: '楼上漏水，楼下天花板受损，双方就赔偿协商未果',
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ status: 'intake', detail: { parties: [{ name: '张三', phone: '139****5678' }, { phone: '138****4321' }] } });
    caseId = made.json().id;
    const [stored] = rowsOf(await t.db.execute(sql`select parties::text as p from mediation_cases where id = ${caseId}`));
    expect(String(stored?.p)).not.toContain('13912345678');
    const outsider = await t.login('community2');
    expect(
      (await outsider.post('/api/mediation/cases', { placeId: gridId, category: 'other', parties: [{ name: '甲' }, { name: '乙' }], description: '越权受理' }))
        .statusCode,
    ).toBe(404);
    expect((await outsider.get(`/api/mediation/cases/${caseId}`)).statusCode).toBe(404);
    expect((await grid.post('/api/mediation/cases', { placeId: gridId, category: 'other', parties: [{ name: '甲' }], description: '一方' })).statusCode).toBe(
      400,
    );
  });

  it('shows the details to the community and its mediators only; the street sees that a case exists', async () => {
    expect((await community.get(`/api/mediation/cases/${caseId}`)).json().detail.description).toContain('楼上漏水');
    const street = (await (await t.login('street')).get(`/api/mediation/cases/${caseId}`)).json();
    expect(street).toMatchObject({ category: 'neighbour', status: 'intake', detail: null });
    expect((await member.get(`/api/mediation/cases/${caseId}`)).statusCode).toBe(404);
    const memberAccount = (await member.get('/api/auth/session')).json().account.id;
    const outsiderAccount = (await (await t.login('community2')).get('/api/auth/session')).json().account.id;
    expect((await community.post(`/api/mediation/cases/${caseId}/mediators`, { mediatorIds: [outsiderAccount] })).json().error.code).toBe('mediation.mediator');
    const assigned = await community.post(`/api/mediation/cases/${caseId}/mediators`, { mediatorIds: [memberAccount] });
    expect(assigned.json()).toMatchObject({ status: 'mediating', mediators: [{ id: memberAccount, name: '王建国' }] });
    expect((await member.get(`/api/mediation/cases/${caseId}`)).json().detail.parties).toHaveLength(2);
    expect((await member.get('/api/notifications')).json().items[0]).toMatchObject({ kind: 'mediation.assigned', link: `/m/mediation/${caseId}` });
  });

  it('runs sessions, an outcome and a follow-up that closes the case', async () => {
    expect((await member.post(`/api/mediation/cases/${caseId}/follow-up`, { date: today(), notes: '回访', satisfaction: 5 })).json().error.code).toBe(
      'mediation.noOutcome',
    );
    await member.post(`/api/mediation/cases/${caseId}/sessions`, { date: today(), notes: '用心倾听双方诉求，现场查看漏水点' });
    const agreed = await member.post(`/api/mediation/cases/${caseId}/outcome`, { outcome: 'agreed', detail: '楼上维修防水层并赔偿500元' });
    expect(agreed.json()).toMatchObject({ status: 'agreed', detail: { outcomeDetail: '楼上维修防水层并赔偿500元', sessions: [{ by: '王建国' }] } });
    const closed = await community.post(`/api/mediation/cases/${caseId}/follow-up`, { date: today(), notes: '双方履行协议', satisfaction: 5 });
    expect(closed.json()).toMatchObject({ status: 'closed', detail: { outcome: 'agreed', followUp: { satisfaction: 5 } } });
    expect(closed.json().closedAt).not.toBeNull();
    expect((await member.post(`/api/mediation/cases/${caseId}/sessions`, { date: today(), notes: '再次' })).json().error.code).toBe('mediation.closed');
    expect((await community.get('/api/mediation/cases?status=closed')).json().total).toBe(1);
  });
});
