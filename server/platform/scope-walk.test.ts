import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, evaluationAppeals, merchants, noticeComments, pointEntries, redeemCodes, redemptions, unitRegistrations } from '../db/schema/index.js';
import { DEMO_ACCOUNTS } from '../demo/seed.js';
import { importsSettled } from '../modules/ledgers/index.js';
import { startTestApp, type TestApp } from '../test/harness.js';

/**
 * A generated walk: every OpenAPI path that takes an id, called by every demo role with the ids
 * of another community (红楼社区). Only roles whose scope covers it may get an answer.
 */
let t: TestApp;
let paths: { method: string; url: string }[];
let otherIds: Record<string, number | undefined>;
beforeAll(async () => {
  t = await startTestApp();
  const honglou = await t.placeId('140322100102');
  const admin = await t.login('admin');
  // Not the secretary's unit (国网盂县供电公司), which a unit secretary rightly sees wherever it sits.
  const first = async (url: string) => {
    const items: { id: number; name: string; organization?: { name: string } | null }[] = (await admin.get(url)).json().items;
    return items.find((i) => i.name !== '国网盂县供电公司' && i.organization?.name !== '国网盂县供电公司')?.id;
  };
  const household = (await first(`/api/households?placeId=${honglou}`)) ?? 0;
  otherIds = {
    places: honglou,
    accounts: await first('/api/accounts?q=community2'),
    organizations: await first(`/api/organizations?placeId=${honglou}`),
    members: await first(`/api/members?placeId=${honglou}`),
    households: household,
    residents: await first(`/api/residents?householdId=${household}`),
    imports: await adminImportJob(admin),
  };
  // A unit of 红楼社区 registered there (written directly: its secretary has no demo account).
  const [adminAccount] = await t.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'admin'));
  const [registration] = await t.db
    .insert(unitRegistrations)
    .values({
      countyCode: '140322',
      organizationId: otherIds.organizations ?? 0,
      placeId: honglou,
      contacts: '联系人',
      agreementStart: '2026-01-01',
      agreementEnd: '2026-12-31',
      commitments: '共建',
      submittedBy: adminAccount?.id ?? 0,
    })
    .returning({ id: unitRegistrations.id });
  otherIds.registrations = registration?.id;
  otherIds.memberRegistrations = await honglouMemberRegistration(admin, honglou);
  // A resident need of 红楼社区, submitted by its own admin.
  otherIds.orders = (
    await (await t.login('community2')).post('/api/orders', { category: 'repair', description: '越权测试', householdId: household })
  ).json().id;
  const soon = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const activity = await (await t.login('community2')).post('/api/activities', {
    placeId: honglou,
    title: '越权测试',
    location: '红楼',
    startsAt: soon(10),
    endsAt: soon(70),
    capacity: 5,
  });
  otherIds.activities = activity.json().id;
  const honglouAdmin = await t.login('community2');
  otherIds.wishes = (await honglouAdmin.post('/api/wishes', { title: '越权测试', householdId: household })).json().id;
  otherIds.posts = (await honglouAdmin.post('/api/posts', { placeId: honglou, postClass: 'mediator', name: '越权测试' })).json().id;
  otherIds['api-keys'] = (await admin.post('/api/api-keys', { label: '越权测试' })).json().id;
  otherIds.pairings = (await honglouAdmin.post('/api/pairings', { memberId: otherIds.members, householdId: household })).json().id;
  otherIds.unitPairings = (
    await honglouAdmin.post('/api/pairings/units', { organizationId: otherIds.organizations, placeId: await t.placeId('140322100102-01') })
  ).json().id;
  otherIds.projects = (
    await honglouAdmin.post('/api/projects', { placeId: honglou, title: '越权测试', plan: '越权', startDate: '2026-11-01', endDate: '2026-11-30' })
  ).json().id;
  // The import told the org department admin: that notice is nobody else's.
  otherIds.grids = await t.placeId('140322100102-01-G1');
  otherIds['grid-roles'] = (
    await honglouAdmin.post('/api/grid-roles', { placeId: otherIds.grids, role: 'branchSecretary', memberId: otherIds.members })
  ).json().id;
  otherIds.points = await honglouPointEntry(otherIds.members ?? 0);
  const [honglouShop] = await t.db
    .insert(merchants)
    .values({ countyCode: '140322', name: '越权测试商户', kind: 'other', placeId: honglou })
    .returning({ id: merchants.id });
  otherIds.merchants = honglouShop?.id;
  otherIds.redemptions = await honglouRedemption(honglouShop?.id ?? 0, otherIds.members ?? 0);
  await admin.post('/api/evaluations/2026/run', {});
  otherIds.evaluations = (await admin.get(`/api/evaluations/2026/members?placeId=${honglou}`)).json().items[0]?.id;
  const [appeal] = await t.db
    .insert(evaluationAppeals)
    .values({ countyCode: '140322', evaluationId: otherIds.evaluations ?? 0, reason: '越权测试' })
    .returning({ id: evaluationAppeals.id });
  otherIds.appeals = appeal?.id;
  const [comment] = await t.db
    .insert(noticeComments)
    .values({ countyCode: '140322', placeId: honglou, period: '2026-Q4', accountId: adminAccount?.id ?? 0, text: '越权测试' })
    .returning({ id: noticeComments.id });
  otherIds.noticeComments = comment?.id;
  const topic = (await honglouAdmin.post('/api/topics', { placeId: honglou, title: '越权测试议题' })).json();
  otherIds.topics = topic.id;
  const heldOn = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const meeting = (await honglouAdmin.post('/api/meetings', { placeId: honglou, heldOn, title: '越权测试', topicIds: [topic.id] })).json();
  otherIds.meetings = meeting.id;
  await honglouAdmin.post(`/api/meetings/${meeting.id}/record`, {
    attendees: [{ kind: 'staff', name: '书记' }],
    items: [{ itemId: meeting.items[0].id, decision: '越权测试', tasks: [{ title: '越权测试', owner: { kind: 'staff', name: '书记' }, deadline: heldOn }] }],
  });
  otherIds.tasks = (await honglouAdmin.get('/api/tasks')).json().items[0]?.id;
  otherIds.mediation = (
    await honglouAdmin.post('/api/mediation/cases', { placeId: honglou, category: 'other', parties: [{ name: '甲' }, { name: '乙' }], description: '越权测试' })
  ).json().id;
  otherIds.emergencies = (await admin.post('/api/emergencies', { placeIds: [honglou], reason: '越权测试' })).json().id;
  otherIds.notifications = (await admin.get('/api/notifications')).json().items[0]?.id;
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  paths = Object.entries(doc.paths).flatMap(([path, ops]) =>
    // Public paths (the QR registration page) are open to anyone by design; Open311 authenticates by key.
    path.includes('{id}') && !path.startsWith('/api/public/') && !path.startsWith('/api/open311/')
      ? Object.keys(ops).map((method) => ({ method: method.toUpperCase(), url: path }))
      : [],
  );
});
afterAll(() => t.close());

/** A ledger entry of a 红楼 member's (written directly, as the earning sweep would). */
async function honglouPointEntry(memberId: number) {
  const [row] = await t.db
    .insert(pointEntries)
    .values({
      countyCode: '140322',
      holderKind: 'member',
      holderId: memberId,
      kind: 'earn',
      amount: 0,
      rule: 'orderDone',
      source: 'test',
      sourceId: 1,
      occurredOn: '2026-11-01',
    })
    .returning({ id: pointEntries.id });
  return row?.id;
}

/** A redemption at a 红楼 shop. */
async function honglouRedemption(merchantId: number, memberId: number) {
  const [account] = await t.db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'admin'));
  const [code] = await t.db
    .insert(redeemCodes)
    .values({ countyCode: '140322', memberId, code: '999999', token: 'scope-walk-token', expiresAt: new Date(), usedAt: new Date() })
    .returning({ id: redeemCodes.id });
  const [row] = await t.db
    .insert(redemptions)
    .values({ countyCode: '140322', merchantId, memberId, codeId: code?.id ?? 0, items: [], total: 0, createdBy: account?.id ?? 0 })
    .returning({ id: redemptions.id });
  return row?.id;
}

/** An import job of the org department's: nobody else may read it. */
async function adminImportJob(admin: Awaited<ReturnType<TestApp['login']>>) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('户').addRows([
    ['地点编码', '门牌号'],
    ['140322100102-01-B1-1', '888'],
  ]);
  const res = await admin.raw({
    method: 'POST',
    url: '/api/imports/households',
    payload: Buffer.from(await wb.xlsx.writeBuffer()),
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
  await importsSettled();
  return res.json().id as number;
}

/** A member of 红楼社区 registers there from the QR page. */
async function honglouMemberRegistration(admin: Awaited<ReturnType<TestApp['login']>>, honglou: number) {
  const m = (await admin.get(`/api/members?placeId=${honglou}`)).json().items[0];
  const phone = (await admin.post(`/api/members/${m.id}/reveal`, { field: 'phone' })).json().value;
  const id = (await admin.post(`/api/members/${m.id}/reveal`, { field: 'idNumber' })).json().value;
  const pub = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });
  const { ticket } = (await pub('/api/public/registrations/identify', { communityId: honglou, name: m.name, phone, idLast6: id.slice(-6) })).json();
  const homes = (await t.app.inject({ method: 'GET', url: `/api/public/registrations/households?ticket=${encodeURIComponent(ticket)}` })).json();
  return (await pub('/api/public/registrations/members', { ticket, householdId: homes[0].id })).json().id as number;
}

const BODIES: Record<string, Record<string, unknown>> = {
  '/api/places/{id}': { name: '越权改名' },
  '/api/places/{id}/move': { parentId: 1 },
  '/api/places/{id}/retire': { reason: '越权' },
  '/api/accounts/{id}': { displayName: '越权改名' },
  '/api/members/{id}/reveal': { field: 'idNumber' },
  '/api/residents/{id}/reveal': { field: 'phone' },
  '/api/members/{id}': { intentions: '越权' },
  '/api/households/{id}': { doorNo: '999' },
  '/api/residents/{id}': { name: '越权' },
  '/api/organizations/{id}': { industry: '越权' },
  '/api/registrations/units/{id}/return': { reason: '越权' },
  '/api/registrations/members/{id}/return': { reason: '越权' },
  '/api/orders/{id}/dispatch': { to: { kind: 'member', id: 1 } },
  '/api/orders/{id}/decline': { reason: '越权' },
  '/api/orders/{id}/reopen': { reason: '越权' },
  '/api/orders/{id}/cancel': { reason: '越权' },
  '/api/orders/{id}/notes': { text: '越权' },
  '/api/orders/{id}/rate': { score: 5 },
  '/api/orders/{id}/rating-review': { count: true },
  '/api/activities/{id}/check': { code: 'ABCDEF' },
  '/api/wishes/{id}/fulfil': { photos: [1] },
  '/api/wishes/{id}/thank': { text: '越权' },
  '/api/posts/{id}/roster': { weekStart: '2026-11-23', shifts: [] },
  '/api/projects/{id}/progress': { status: 'active' },
  '/api/pairings/{id}/end': { reason: '越权' },
  '/api/grid-roles/{id}/end': { reason: '越权' },
  '/api/emergencies/{id}/answer': { answer: 'now' },
  '/api/emergencies/{id}/assign': { memberIds: [1], task: '越权' },
  '/api/emergencies/{id}/log': { text: '越权' },
  '/api/emergencies/{id}/end': { summary: '越权' },
  '/api/mediation/cases/{id}/mediators': { mediatorIds: [1] },
  '/api/mediation/cases/{id}/sessions': { date: '2026-11-23', notes: '越权' },
  '/api/mediation/cases/{id}/outcome': { outcome: 'failed', detail: '越权' },
  '/api/mediation/cases/{id}/follow-up': { date: '2026-11-23', notes: '越权', satisfaction: 1 },
  '/api/topics/{id}/decline': { reason: '越权' },
  '/api/meetings/{id}/record': { attendees: [{ kind: 'staff', name: '越权' }], items: [{ itemId: 1, decision: '越权' }] },
  '/api/tasks/{id}/progress': { text: '越权', progress: 100 },
  '/api/deliberation/schedule/{id}': { days: [1] },
  '/api/evaluations/{year}/members/{id}/adjust': { grade: 'good', reason: '越权调整等次' },
  '/api/evaluations/{year}/appeals/{id}/answer': { upheld: false, answer: '越权答复' },
  '/api/points/entries/{id}/reverse': { reason: '越权' },
  '/api/redemptions/{id}/reverse': { reason: '越权' },
  '/api/merchants/{id}': { name: '越权', kind: 'other', placeId: 1 },
  '/api/merchants/{id}/items': { name: '越权', points: 1, stock: 1 },
  '/api/merchants/{id}/items/{itemId}': { name: '越权', points: 1, stock: 1 },
  '/api/pairings/key-households/{id}/verify': { label: 'vacant', care: [] },
};

// Their scopes cover 红楼社区: the org department, the street, and 红楼's own admin.
const COVERS_OTHER = new Set(['admin', 'street', 'community2']);
/** By design, beyond their places: a unit claims 微心愿 anywhere in its county. */
const COUNTY_WIDE: Record<string, string[]> = {
  secretary: ['/api/wishes/', '/api/projects/{id}/claim'],
  // A member redeems anywhere in the county (the 15-minute circle crosses community lines).
  member: ['/api/merchants/{id}/items'],
};

/** 公示 is public within the county by design: anyone signed in reads any community's notice and may remark. */
const PUBLIC_IN_COUNTY = ['/api/notices/{id}', '/api/notices/{id}/comments', '/api/deliberation/board/{id}'];

describe('scope walk', () => {
  it('finds paths to walk', () => {
    expect(paths.length).toBeGreaterThanOrEqual(10);
  });

  for (const account of DEMO_ACCOUNTS.filter((a) => !COVERS_OTHER.has(a.username))) {
    it(`gives ${account.username} (${account.role}) nothing of another community`, async () => {
      const agent = await t.login(account.username);
      for (const { method, url } of paths) {
        if (COUNTY_WIDE[account.username]?.some((prefix) => url.startsWith(prefix))) continue;
        if (PUBLIC_IN_COUNTY.includes(url)) continue;
        const key = url.startsWith('/api/registrations/members')
          ? 'memberRegistrations'
          : url.includes('/poster/')
            ? 'places'
            : url.startsWith('/api/registrations/report/')
              ? 'members'
              : url.startsWith('/api/deliberation/schedule/')
                ? 'places'
                : url.includes('/notices/comments/')
                  ? 'noticeComments'
                  : url.includes('/appeals/')
                    ? 'appeals'
                    : url.includes('/feedback/')
                      ? 'members'
                      : url.startsWith('/api/pairings/units/')
                        ? 'unitPairings'
                        : url.startsWith('/api/pairings/key-households/')
                          ? 'households'
                          : (url.split('/')[2] ?? '');
        const id = otherIds[key];
        expect(id, url).toBeDefined();
        const query =
          url === '/api/posts/{id}/roster' && method === 'GET'
            ? '?weekStart=2026-11-23'
            : url.includes('/statement')
              ? '?month=2026-11'
              : url.includes('/quarterly')
                ? '?year=2026&quarter=4'
                : '';
        const concrete = `${url.replace('{id}', String(id)).replace('{fileId}', '1').replace('{shiftId}', '1').replace('{itemId}', '1').replace('{year}', '2026')}${query}`;
        const body = BODIES[url] ?? {};
        const res =
          method === 'GET'
            ? await agent.get(concrete)
            : await agent.raw({
                method: method as 'POST' | 'PATCH' | 'PUT' | 'DELETE',
                url: concrete,
                payload: JSON.stringify(body),
                headers: { 'content-type': 'application/json' },
              });
        expect.soft([403, 404], `${method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`).toContain(res.statusCode);
      }
    });
  }
});
