import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, browserPerFile, DEMO_PASSWORD, screenshot } from './support.js';
import { apiJson, apiSendJson } from './support-api.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Who = { communityId: number; memberId: number; name: string; phone: string; idLast6: string };
/** The member registered (and approved) by the first journey; the later ones look for it. */
let registered: (Who & { registrationId: number }) | undefined;

/** The public QR-page calls, as the phone sends them (no login). */
async function publicPost<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${baseUrl()}/api/public${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A member of 富春园社区 with the full phone and ID number, read through the org admin's API. */
async function pickMember(): Promise<Who> {
  const { page, context } = await browser.page();
  await loginConsole(page, 'admin');
  const hits = await apiJson<{ items: { id: number }[] }>(page, '/places/search?q=140322100101');
  const communityId = hits.items[0]?.id;
  if (!communityId) throw new Error('富春园社区 not found');
  const members = await apiJson<{ items: { id: number; name: string }[] }>(page, `/members?placeId=${communityId}&pageSize=50`);
  // Not the first one (the registration journey's), nor 王建国 (the secretary's 漏报 list needs him).
  const member = members.items.filter((m) => m.name !== '王建国').at(-1);
  if (!member) throw new Error('no member in 富春园社区');
  const phone = (await apiSendJson<{ value: string }>(page, 'POST', `/members/${member.id}/reveal`, { field: 'phone' })).value;
  const idNumber = (await apiSendJson<{ value: string }>(page, 'POST', `/members/${member.id}/reveal`, { field: 'idNumber' })).value;
  await context.close();
  return { communityId, memberId: member.id, name: member.name, phone, idLast6: idNumber.slice(-6) };
}

/** Registers the member from the QR page's API: the ledger then has a submitted registration. */
async function submitRegistration(who: Who): Promise<number> {
  const { ticket } = await publicPost<{ ticket: string }>('/registrations/identify', {
    communityId: who.communityId,
    name: who.name,
    phone: who.phone,
    idLast6: who.idLast6,
  });
  const households = (await (await fetch(`${baseUrl()}/api/public/registrations/households?ticket=${encodeURIComponent(ticket)}`)).json()) as { id: number }[];
  const householdId = households[0]?.id;
  if (!householdId) throw new Error('no household to choose');
  const created = await publicPost<{ id: number }>('/registrations/members', { ticket, householdId, talents: ['law'], freeTime: '周末' });
  return created.id;
}

async function selectOption(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).click();
}

/** Every cell's text of the first sheet. */
async function sheetText(path: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const data = await readFile(path);
  await book.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const lines: string[] = [];
  book.worksheets[0]?.eachRow((row) => {
    lines.push(
      (Array.isArray(row.values) ? row.values : [])
        .map((v) => (v === null || v === undefined ? '' : typeof v === 'object' && 'text' in v ? String(v.text) : String(v)))
        .join('\t'),
    );
  });
  return lines.join('\n');
}

describe('报到台账', () => {
  it('the community admin filters the member registrations ledger by status and exports it', async () => {
    const who = await pickMember();
    const registrationId = await submitRegistration(who);
    registered = { ...who, registrationId };

    const { page, context } = await browser.page();
    await loginConsole(page, 'community');
    await page.getByTestId('console-menu').getByText('报到审核').click();
    const table = page.getByTestId('member-registrations-table');
    // Awaiting review by default.
    await expect.poll(() => page.getByTestId(`status-${registrationId}`).innerText()).toBe('待审核');
    expect(await table.locator('thead').innerText()).toContain('单位');
    await page.getByTestId(`approve-${registrationId}`).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /通\s*过/ })
      .click();
    await expect.poll(() => page.getByTestId(`approve-${registrationId}`).count()).toBe(0);
    await expect.poll(() => table.innerText()).not.toContain(who.name);

    // 已通过: the approved registration, and the server agrees.
    await selectOption(page, 'registration-status-filter', '已通过');
    await expect.poll(() => page.getByTestId(`status-${registrationId}`).innerText()).toBe('已通过');
    expect(await table.innerText()).toContain(who.name);
    const approved = await apiJson<{ items: { id: number; status: string }[] }>(page, '/registrations/members?status=approved');
    expect(approved.items.find((r) => r.id === registrationId)?.status).toBe('approved');
    await selectOption(page, 'registration-status-filter', '已退回');
    await expect.poll(() => page.getByTestId(`status-${registrationId}`).count()).toBe(0);
    await selectOption(page, 'registration-status-filter', '已通过');
    await expect.poll(() => page.getByTestId(`status-${registrationId}`).count()).toBe(1);

    // The export is the list as filtered: an .xlsx with the approved member in it.
    const response = page.waitForResponse((r) => r.url().includes('/api/registrations/members/export'));
    const download = page.waitForEvent('download');
    await page.getByTestId('member-registrations-export').click();
    const exported = await response;
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toContain(XLSX);
    expect(new URL(exported.url()).searchParams.get('status')).toBe('approved');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await file.path();
    expect(await sheetText(path)).toContain(who.name);
    await screenshot(page, 'ledger-member-registrations');
    await context.close();
  });

  it('the org admin sees coverage by street with its chart, and opens a community’s ledger', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'admin');
    await page.getByTestId('console-menu').getByText('报到台账').click();
    const table = page.getByTestId('coverage-table');
    await expect.poll(() => table.innerText()).toContain('秀水镇');
    await page.getByTestId('coverage-chart').locator('canvas').first().waitFor();

    // The totals row adds up what the server counts.
    const rows = await apiJson<{ members: number; membersRegistered: number; place: { id: number } }[]>(page, '/registrations/coverage');
    const members = rows.reduce((n, r) => n + r.members, 0);
    const registeredMembers = rows.reduce((n, r) => n + r.membersRegistered, 0);
    expect(registeredMembers).toBeGreaterThanOrEqual(1);
    const total = await page.getByTestId('coverage-total').innerText();
    expect(total).toContain('合计');
    expect(total).toContain(String(members));
    expect(total).toContain(String(registeredMembers));

    // 秀水镇 opens into its communities; 富春园社区 counts the approved registration.
    const community = registered?.communityId ?? 0;
    await table.locator('tr', { hasText: '秀水镇' }).first().locator('.ant-table-row-expand-icon').click();
    const link = page.getByTestId(`coverage-community-${community}`);
    await link.waitFor();
    const row = rows.find((r) => r.place.id === community);
    expect(row?.membersRegistered).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'ledger-coverage');
    await link.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/registrations/members');
    await expect.poll(() => page.getByTestId('member-registrations-table').innerText()).toContain(registered?.name ?? '?');
    await context.close();
  });

  it('the unit secretary reminds the unit’s unregistered members and prints the list', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'secretary');
    await page.getByTestId('console-menu').getByText('漏报提醒').click();
    const table = page.getByTestId('unregistered-table');
    await table.waitFor();
    const listed = await apiJson<{ id: number; name: string; hasAccount: boolean }[]>(page, '/registrations/unregistered');
    expect(listed.length).toBeGreaterThan(0);
    await expect.poll(() => table.innerText()).toContain(listed[0]?.name ?? '?');
    const withAccount = listed.filter((m) => m.hasAccount);

    // 全部提醒, confirmed: those with a phone account are told, the rest counted for the printed list.
    await page.getByTestId('remind-all').click();
    const dialog = page.locator('.ant-modal-confirm');
    await expect.poll(() => dialog.innerText()).toContain(`全部 ${listed.length} 名党员`);
    await dialog.getByRole('button', { name: '发送提醒' }).click();
    const result = page.getByTestId('remind-result');
    await result.waitFor();
    const counts = (await result.innerText()).match(/已提醒 (\d+) 人；无手机账号 (\d+) 人.*跳过 (\d+) 人/);
    expect(counts).not.toBeNull();
    const [notified, withoutAccount, skipped] = (counts ?? []).slice(1).map(Number);
    expect({ notified, withoutAccount, skipped }).toEqual({ notified: withAccount.length, withoutAccount: listed.length - withAccount.length, skipped: 0 });

    // Stored: a second round within 24 hours skips everyone reminded in the first.
    const again = await apiSendJson<{ notified: number; withoutAccount: number; skipped: number }>(page, 'POST', '/registrations/unregistered/remind', {});
    expect(again).toEqual({ notified: 0, withoutAccount: listed.length - withAccount.length, skipped: withAccount.length });
    // The demo member account (王建国, of this unit) gets the message when he is on the list.
    if (withAccount.some((m) => m.name === '王建国')) {
      await expect.poll(() => table.locator('tr', { hasText: '王建国' }).innerText()).not.toContain('未提醒');
      const phone = await browser.page();
      const login = await phone.context.request.post('/api/auth/login', { data: { username: 'member', password: DEMO_PASSWORD } });
      expect(login.ok()).toBe(true);
      const inbox = (await (await phone.context.request.get('/api/notifications')).json()) as { items: { title: { 'zh-CN': string } }[] };
      expect(inbox.items.map((n) => n.title['zh-CN'])).toContain('请到居住地社区报到');
      await phone.context.close();
    }
    await screenshot(page, 'ledger-unregistered');

    // The printed list: only the sheet, with its title, the unit and a signature column.
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await page.getByTestId('unregistered-print-button').click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    const sheet = page.getByTestId('unregistered-print');
    expect(await sheet.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => sheet.isVisible()).toBe(true);
    const printed = await sheet.innerText();
    expect(printed).toContain('《未报到党员名单》');
    expect(printed).toContain('国网盂县供电公司');
    expect(printed).toContain('签字');
    expect(printed).toContain(listed[0]?.name ?? '?');
    expect(await page.getByTestId('console-menu').isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(false);
    await screenshot(page, 'ledger-unregistered-print');
    await page.emulateMedia({ media: 'screen' });

    // The member registrations ledger, read only: the unit's members, no approve buttons.
    await page.getByTestId('console-menu').getByText('党员报到台账').click();
    const ledger = page.getByTestId('member-registrations-table');
    await expect.poll(() => ledger.innerText()).toContain('国网盂县供电公司');
    expect(await page.getByRole('heading', { name: '党员报到台账' }).count()).toBe(1);
    expect(await page.getByTestId(/^approve-\d+$/).count()).toBe(0);
    await context.close();
  });

  it('the half-year report shows the member, the period’s registration and the empty sections', async () => {
    const who = registered;
    if (!who) throw new Error('the first journey did not register anyone');
    const { page, context } = await browser.page();
    await loginConsole(page, 'community');
    await page.goto(`/members/${who.memberId}`);
    await page.getByTestId('member-report').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/members/${who.memberId}/report`);
    const report = page.getByTestId('half-year-report');
    await expect.poll(() => report.innerText()).toContain(who.name);
    const text = await report.innerText();
    expect(text).toContain('党员半年报告');
    expect(text).toContain('富春园社区');
    expect(text).toContain('已通过');
    expect(text).toContain('本期暂无服务记录');
    expect(text).toContain('积分台账上线后显示');
    expect(text).toContain('支部意见');
    await screenshot(page, 'ledger-half-year-report');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.getByTestId('console-menu').isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
    await context.close();
  });

  it('the unit secretary attaches the signed agreement scan, and the community opens it', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'secretary');
    const hits = await apiJson<{ items: { id: number }[] }>(page, '/places/search?q=140322100101');
    // Another journey may have registered the unit at 富春园 already: then the scan goes on that one.
    const existing = await apiJson<{ items: { id: number; place: { id: number }; status: string }[] }>(page, '/registrations/units');
    const live = existing.items.find((r) => r.place.id === hits.items[0]?.id && r.status !== 'returned');
    const registration =
      live ??
      (await apiSendJson<{ id: number }>(page, 'POST', '/registrations/units', {
        placeId: hits.items[0]?.id,
        contacts: '党办 13803531004',
        resources: [],
        agreement: { startDate: '2026-01-01', endDate: '2026-12-31', commitments: '每季度共建活动一次' },
      }));
    await page.getByTestId('console-menu').getByText('组织报到').click();
    const cell = page.getByTestId(`agreement-${registration.id}`);
    await expect.poll(() => cell.innerText()).toContain('扫描件未上传');

    // Checked in the browser first: a file over 5 MB never leaves it.
    const input = cell.locator('input[type=file]');
    await input.setInputFiles({ name: '太大.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 1) });
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain('文件不能超过 5 MB');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const uploaded = page.waitForResponse((r) => r.url().endsWith(`/api/registrations/units/${registration.id}/agreement`) && r.request().method() === 'POST');
    await input.setInputFiles({ name: '共建协议.pdf', mimeType: 'application/pdf', buffer: pdf });
    expect((await uploaded).status()).toBe(200);
    await page.getByTestId(`agreement-open-${registration.id}`).waitFor();
    expect(await page.getByTestId(`agreement-open-${registration.id}`).innerText()).toContain('共建协议.pdf');
    await screenshot(page, 'ledger-unit-agreement');
    await context.close();

    // The community admin sees the same registration and opens the stored scan.
    const desk = await browser.page();
    await loginConsole(desk.page, 'community');
    await desk.page.getByTestId('console-menu').getByText('组织报到').click();
    const link = desk.page.getByTestId(`agreement-open-${registration.id}`);
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/api/registrations/units/${registration.id}/agreement`);
    const file = await desk.context.request.get(`/api/registrations/units/${registration.id}/agreement`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('application/pdf');
    expect(Buffer.from(await file.body()).equals(pdf)).toBe(true);
    expect(await desk.page.getByTestId(`agreement-upload-${registration.id}`).count()).toBe(0);
    await desk.context.close();
  });
});
