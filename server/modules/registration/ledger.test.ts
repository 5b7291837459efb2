import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '#contracts/idcard.js';
import { type Agent, multipart, startTestApp, type TestApp } from '../../test/harness.js';

// 申请报到, 报到台账, 漏报 reminders, the agreement scan, the resource list, the half-year report.

let t: TestApp;
let admin: Agent;
let community: Agent;
let secretary: Agent;
let fuchunyuan: number;
const agreement = { startDate: '2026-01-01', endDate: '2026-12-31', commitments: '每月开展一次共建活动' };
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  community = await t.login('community');
  secretary = await t.login('secretary');
  fuchunyuan = await t.placeId('140322100101');
});
afterAll(() => t.close());

const pub = (url: string, payload?: object) => t.app.inject({ method: payload ? 'POST' : 'GET', url, ...(payload ? { payload } : {}) });

async function sheetRows(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('申请报到: someone not on the roster applies from the QR page', () => {
  const idNumber = makeIdNumber('140322', '1990-05-04', 77, 'female');
  const application = { communityId: 0, name: '赵新报', phone: '13912345678', idNumber, organizationName: '国网盂县供电公司' };
  let registrationId: number;

  it('takes the application without saying whether the person is on the roster', async () => {
    application.communityId = fuchunyuan;
    const bad = await pub('/api/public/registrations/apply', { ...application, idNumber: `${idNumber.slice(0, 17)}${idNumber.endsWith('0') ? '1' : '0'}` });
    expect(bad.json().error).toMatchObject({ code: 'idNumber.checksum', field: 'idNumber' });
    const res = await pub('/api/public/registrations/apply', application);
    expect(res.statusCode).toBe(200);
    const { ticket } = res.json();
    const homes = (await pub(`/api/public/registrations/households?ticket=${encodeURIComponent(ticket)}`)).json();
    const sent = await pub('/api/public/registrations/members', {
      ticket,
      householdId: homes[0].id,
      talents: ['medical'],
      resources: '家用医疗箱',
      freeTime: '工作日晚上',
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ member: { id: null, name: '赵新报' }, organization: '国网盂县供电公司', status: 'submitted' });
    expect(sent.json().applicant).toEqual({ idNumber: expect.stringMatching(/^\d{4}\*+\w{4}$/), phone: '139****5678', organizationName: '国网盂县供电公司' });
    registrationId = sent.json().id;
    const twice = await pub('/api/public/registrations/members', { ticket, householdId: homes[0].id });
    expect(twice.json().error.code).toBe('registration.applicationPending');
    const inbox = (await community.get('/api/notifications')).json();
    expect(inbox.items[0].title['zh-CN']).toContain('不在名册中');
  });

  it('on approval creates the member in the unit the applicant named, living where they chose', async () => {
    const approved = await community.post(`/api/registrations/members/${registrationId}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().member.id).toEqual(expect.any(Number));
    const member = (await admin.get(`/api/members/${approved.json().member.id}`)).json();
    expect(member).toMatchObject({
      name: '赵新报',
      gender: 'female',
      birthDate: '1990-05-04',
      organization: { name: '国网盂县供电公司' },
      talents: ['medical'],
    });
    expect(member.home.address).toContain('富春园社区');
    // What the member offered joins the community's resource list.
    const listed = (await community.get('/api/resources?owner=member')).json();
    expect(listed.items).toEqual([
      expect.objectContaining({ description: '家用医疗箱', owner: { kind: 'member', id: member.id, name: '赵新报' }, source: 'memberRegistration' }),
    ]);
  });
});

describe('报到台账: the ledgers, filtered and exported', () => {
  it('filters the member ledger by status, place, unit, name and date, and shows the unit its own members only', async () => {
    const all = (await community.get('/api/registrations/members')).json();
    expect(all.total).toBeGreaterThan(0);
    const approved = (await community.get('/api/registrations/members?status=approved')).json();
    expect(approved.items.every((r: { status: string }) => r.status === 'approved')).toBe(true);
    expect((await community.get('/api/registrations/members?q=赵新')).json().items.map((r: { member: { name: string } }) => r.member.name)).toEqual(['赵新报']);
    expect((await community.get('/api/registrations/members?q=zxb')).json().total).toBe(1);
    expect((await community.get('/api/registrations/members?from=2000-01-01&to=2000-12-31')).json().total).toBe(0);
    const red = await t.placeId('140322100102');
    expect((await community.get(`/api/registrations/members?placeId=${red}`)).statusCode).toBe(404);
    const unitView = (await secretary.get('/api/registrations/members')).json();
    expect(unitView.items.map((r: { organization: string }) => r.organization)).toEqual(['国网盂县供电公司']);
    expect((await secretary.post(`/api/registrations/members/${unitView.items[0].id}/approve`)).statusCode).toBe(403);
  });

  it('exports the member and unit ledgers as .xlsx with masked-free, readable rows', async () => {
    const res = await community.get('/api/registrations/members/export?status=approved');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]?.[0]).toBe('党员报到台账');
    expect(rows[2]).toEqual(expect.arrayContaining(['姓名', '工作单位', '报到社区', '状态']));
    expect(rows.find((r) => r[0] === '赵新报')).toEqual(expect.arrayContaining(['国网盂县供电公司', '富春园社区', '已通过', '申请报到（名册外）']));

    await secretary.post('/api/registrations/units', {
      placeId: fuchunyuan,
      contacts: '张书记',
      resources: [{ kind: 'venue', description: '会议室' }],
      agreement,
    });
    const units = await community.get('/api/registrations/units/export');
    const unitRows = await sheetRows(units.rawPayload);
    expect(unitRows.find((r) => r[0] === '国网盂县供电公司')).toEqual(expect.arrayContaining(['富春园社区', '场地：会议室', '待确认', '未上传']));
    const audit = (await admin.get('/api/audit?action=export')).json();
    expect(audit.items.map((e: { summary: string }) => e.summary)).toEqual(expect.arrayContaining([expect.stringContaining('导出党员报到台账')]));
  });

  it('reports coverage for a street and exports it', async () => {
    const street = await t.placeId('140322100');
    const rows = (await admin.get(`/api/registrations/coverage?placeId=${street}`)).json();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: { street: string }) => r.street === '秀水镇')).toBe(true);
    const mine = rows.find((r: { place: { name: string } }) => r.place.name === '富春园社区');
    expect(mine.membersRegistered).toBe(1);
    const file = await sheetRows((await admin.get(`/api/registrations/coverage/export?placeId=${street}`)).rawPayload);
    expect(file.find((r) => r[1] === '富春园社区')).toEqual(expect.arrayContaining(['秀水镇', String(mine.members), '1']));
  });
});

describe('漏报: the unit reminds its members who have not registered', () => {
  it('lists them, with who can be reached in the app', async () => {
    const list = (await secretary.get('/api/registrations/unregistered')).json();
    const wang = list.find((m: { name: string }) => m.name === '王建国');
    expect(wang).toMatchObject({ hasAccount: true, lastRemindedAt: null });
    expect(list.filter((m: { hasAccount: boolean }) => !m.hasAccount).length).toBeGreaterThan(0);
    const file = await sheetRows((await secretary.get('/api/registrations/unregistered/export')).rawPayload);
    expect(file[0]?.[0]).toBe('未报到党员名单');
    expect(file.length).toBe(list.length + 3);
  });

  it('reminds by in-app notice once a day, counting those without an account', async () => {
    const list = (await secretary.get('/api/registrations/unregistered')).json();
    const first = (await secretary.post('/api/registrations/unregistered/remind')).json();
    expect(first).toEqual({ notified: 1, withoutAccount: list.length - 1, skipped: 0 });
    const member = await t.login('member');
    const inbox = (await member.get('/api/notifications')).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'registration.reminder', title: { 'zh-CN': '请到居住地社区报到' } });
    const again = (await secretary.post('/api/registrations/unregistered/remind')).json();
    expect(again).toMatchObject({ notified: 0, skipped: 1 });
    const wang = (await secretary.get('/api/registrations/unregistered')).json().find((m: { name: string }) => m.name === '王建国');
    expect(wang.lastRemindedAt).not.toBeNull();
    const stranger = await secretary.post('/api/registrations/unregistered/remind', { memberIds: [999_999] });
    expect(stranger.json().error).toMatchObject({ code: 'registration.notOnList', field: 'memberIds' });
  });
});

describe('共建协议 scan', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  let id: number;
  beforeAll(async () => {
    id = (await secretary.get('/api/registrations/units')).json().items[0].id;
  });

  it('takes a PDF from the unit’s secretary and lets the community open it', async () => {
    const res = await secretary.raw({ method: 'POST', url: `/api/registrations/units/${id}/agreement`, ...multipart('共建协议.pdf', pdf, 'application/pdf') });
    expect(res.statusCode).toBe(200);
    expect(res.json().agreement.scan).toMatchObject({ name: '共建协议.pdf', size: pdf.length });
    const file = await community.get(`/api/registrations/units/${id}/agreement`);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect((await (await t.login('community2')).get(`/api/registrations/units/${id}/agreement`)).statusCode).toBe(404);
  });

  it('refuses a file that is not a PDF or picture, whatever its name says, and a missing file', async () => {
    const html = await secretary.raw({
      method: 'POST',
      url: `/api/registrations/units/${id}/agreement`,
      ...multipart('scan.pdf', Buffer.from('<script>alert(1)</script>'), 'application/pdf'),
    });
    expect(html.statusCode).toBe(415);
    expect(html.json().error).toMatchObject({ code: 'file.type', field: 'file' });
    const none = await secretary.post(`/api/registrations/units/${id}/agreement`, {});
    expect(none.statusCode).toBe(415);
    expect(
      (await community.raw({ method: 'POST', url: `/api/registrations/units/${id}/agreement`, ...multipart('a.pdf', pdf, 'application/pdf') })).statusCode,
    ).toBe(403);
  });
});

describe('the member’s own view and the half-year report', () => {
  it('shows the member their registrations on the phone', async () => {
    const member = await t.login('member');
    expect((await member.get('/api/registrations/mine')).json()).toEqual([]);
    expect((await community.get('/api/registrations/mine')).statusCode).toBe(403);
  });

  it('reports a member’s half year to the branch, and to no one outside it', async () => {
    const [row] = (await community.get('/api/registrations/members?q=赵新报')).json().items;
    const report = await secretary.get(`/api/registrations/report/${row.member.id}?year=2026&half=2`);
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject({
      member: { name: '赵新报', organization: '国网盂县供电公司' },
      period: { from: '2026-07-01', to: '2026-12-31' },
      services: [],
      points: null,
    });
    expect(report.json().registrations).toHaveLength(1);
    const first = (await secretary.get(`/api/registrations/report/${row.member.id}?year=2026&half=1`)).json();
    expect(first.registrations).toHaveLength(0);
    expect((await (await t.login('community2')).get(`/api/registrations/report/${row.member.id}?year=2026&half=2`)).statusCode).toBe(404);
    expect((await (await t.login('member')).get(`/api/registrations/report/${row.member.id}?year=2026&half=2`)).statusCode).toBe(404);
    expect((await secretary.get(`/api/registrations/report/${row.member.id}?year=2026&half=3`)).json().error.field).toBe('half');
  });
});

describe('精准报到 view', () => {
  it('shows each community’s load against the median and suggestions with reasons', async () => {
    const res = await admin.get('/api/registrations/balance');
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.communities.length).toBeGreaterThan(1);
    expect(view.communities.find((c: { place: { name: string } }) => c.place.name === '富春园社区')).toMatchObject({ registeredMembers: 1 });
    expect(view.suggestions.length).toBeGreaterThan(0);
    const some = view.suggestions.find((s: { candidates: unknown[] }) => s.candidates.length > 0);
    expect(some.candidates[0].reasons.length).toBeGreaterThan(0);
    const street = (await (await t.login('street')).get('/api/registrations/balance')).json();
    expect(street.communities.length).toBeLessThanOrEqual(view.communities.length);
  });
});
