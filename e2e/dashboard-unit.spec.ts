import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, screenshot } from './support.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();

const UNIT = '国网盂县供电公司';
const LABELS: Record<string, string> = { 'members.all': '党员总数', 'members.approved': '已报到', 'members.submitted': '待审核报到' };

type Figure = { key: string; group: string; value: number; link: { path: string; query: Record<string, string> } | null };
type UnitDashboard = {
  organization: { id: number; name: string };
  year: number;
  figures: Figure[];
  services: { source: string; count: number; hours: number }[];
  points: number;
  grade: { grade: string; score: number } | null;
  membersByGrade: Record<string, number>;
};
type Answer = { status: number; body: Record<string, unknown> | null };

/** A GET from inside the logged-in page: its session cookie. */
const call = (page: Page, path: string) =>
  page.evaluate(async (url) => {
    const res = await fetch(`/api${url}`);
    return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
  }, path) as Promise<Answer>;

const get = async <T>(page: Page, path: string) => {
  const answer = await call(page, path);
  if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as T;
};

/** The total of the list a figure links to: GET /api{path}?{query}, fetched in the page. */
const listTotal = async (page: Page, figure: Figure) => {
  if (!figure.link) throw new Error(`${figure.key} has no link`);
  const query = new URLSearchParams({ ...figure.link.query, page: '1', pageSize: '1' });
  return (await get<{ total: number }>(page, `${figure.link.path}?${query}`)).total;
};

const figureOf = (dashboard: UnitDashboard, key: string) => {
  const figure = dashboard.figures.find((f) => f.key === key);
  if (!figure) throw new Error(`no figure ${key}`);
  return figure;
};

/** The number a figure card shows ("2,143" → 2143). */
const shown = async (page: Page, key: string) =>
  Number((await page.getByTestId(`figure-${key}`).locator('.ant-statistic-content-value').innerText()).replace(/[,\s]/g, ''));

const menu = (page: Page) => page.getByTestId('console-menu');
const beijingYear = () => Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));

/** Every card shows its label and the API's number, and that number is the total of the list it links to. */
async function expectFigures(page: Page, dashboard: UnitDashboard) {
  expect(dashboard.figures.map((f) => f.key)).toEqual(['members.all', 'members.approved', 'members.submitted']);
  for (const f of dashboard.figures) {
    await expect.poll(() => shown(page, f.key), { timeout: 10_000 }).toBe(f.value);
    expect(await page.getByTestId(`figure-${f.key}`).innerText()).toContain(LABELS[f.key]);
    expect(await listTotal(page, f), f.key).toBe(f.value);
  }
  expect(figureOf(dashboard, 'members.all').value).toBeGreaterThan(0);
}

/** The year's services, points, the unit's grade and the members' grades, as the API has them. */
async function expectYear(page: Page, dashboard: UnitDashboard) {
  const count = dashboard.services.reduce((sum, s) => sum + s.count, 0);
  expect(await page.getByTestId('stat-services').innerText()).toContain(count.toLocaleString('en-US'));
  expect(await page.getByTestId('stat-points').innerText()).toContain(dashboard.points.toLocaleString('en-US'));
  if (dashboard.grade) expect(await page.getByTestId('unit-grade').innerText()).toContain(String(dashboard.grade.score));
  else expect(await page.getByTestId('unit-grade-none').innerText()).toBe('尚未评定');
  if (dashboard.services.length) await page.getByTestId('chart-services').locator('canvas').waitFor();
  else await page.getByTestId('chart-services-empty').waitFor();
  if (Object.values(dashboard.membersByGrade).some((n) => n > 0)) await page.getByTestId('chart-grades').locator('canvas').waitFor();
  else await page.getByTestId('chart-grades-empty').waitFor();
}

/** Picks a unit in the search select: types its name, then clicks the option. */
async function pickUnit(page: Page, select: Locator, name: string) {
  await select.click();
  await page.keyboard.type(name);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first();
  await option.waitFor();
  await option.click();
}

describe('单位看板: a unit’s members, services and grades', () => {
  it('the unit secretary opens it from the menu: each figure is its list’s total, 已报到 opens the registrations, the services chart draws', {
    timeout: 120_000,
  }, async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'secretary');
    // Near 首页, not inside a group; the secretary has no county dashboard.
    expect(await menu(page).getByText('数据看板', { exact: true }).count()).toBe(0);
    await menu(page).getByText('单位看板', { exact: true }).click();
    await page.waitForURL('**/dashboard/unit');
    await expect.poll(() => page.getByTestId('unit-dashboard-name').innerText()).toBe(UNIT);

    const year = beijingYear();
    const unit = await get<UnitDashboard>(page, `/dashboard/unit?year=${year}`);
    expect(unit.organization.name).toBe(UNIT);
    expect(unit.year).toBe(year);
    await expectFigures(page, unit);
    await expectYear(page, unit);

    // The services chart saves itself as a PNG.
    if (unit.services.length) {
      const png = page.waitForEvent('download');
      await page.getByTestId('chart-export-services').click();
      expect((await png).suggestedFilename()).toBe(`${year}年各类服务.png`);
    }

    // The pages of the unit's feedback cards and quarterly record, for the year shown.
    expect(await page.getByTestId('unit-dashboard-feedback').getAttribute('href')).toBe(`/evaluation/feedback?year=${year}`);
    expect(await page.getByTestId('unit-dashboard-quarterly').getAttribute('href')).toBe('/evaluation/quarterly');
    await screenshot(page, 'dashboard-unit-secretary');

    // 已报到 opens the registrations ledger filtered to the approved: the same total.
    const approved = figureOf(unit, 'members.approved');
    await page.getByTestId('figure-link-members.approved').click();
    await page.waitForURL('**/registrations/members?**');
    expect(new URL(page.url()).searchParams.get('status')).toBe('approved');
    await page.getByTestId('member-registrations-table').waitFor();
    if (approved.value > 0) await expect.poll(() => page.locator('.ant-pagination-total-text').innerText()).toBe(`共 ${approved.value} 条`);
    await page.goBack();
    await page.waitForURL('**/dashboard/unit');

    // 党员总数 opens the unit's members: the same total.
    await page.getByTestId('figure-link-members.all').click();
    await page.waitForURL('**/members?**');
    expect(new URL(page.url()).searchParams.get('organizationId')).toBe(String(unit.organization.id));
    await expect.poll(() => page.locator('.ant-pagination-total-text').innerText()).toBe(`共 ${figureOf(unit, 'members.all').value} 条`);
    await page.goBack();

    // Last year: the API's figures for that year.
    await page.waitForURL('**/dashboard/unit');
    await page.getByTestId('unit-dashboard-year').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: String(year - 1) })
      .first()
      .click();
    await page.waitForURL(`**/dashboard/unit?year=${year - 1}`);
    const last = await get<UnitDashboard>(page, `/dashboard/unit?year=${year - 1}`);
    await expect.poll(() => page.getByTestId('stat-points').innerText()).toContain(`${year - 1}年获得积分`);
    await expectYear(page, last);
    expect(await page.getByTestId('unit-dashboard-quarterly').getAttribute('href')).toBe(`/evaluation/quarterly?period=${year - 1}-Q4`);
    await context.close();
  });

  it('the org department opens /dashboard/unit, picks the unit and sees the secretary’s figures', { timeout: 120_000 }, async () => {
    const year = beijingYear();
    const secretary = await browser.page();
    await loginConsole(secretary.page, 'secretary');
    const own = await get<UnitDashboard>(secretary.page, `/dashboard/unit?year=${year}`);
    await secretary.context.close();

    const { page, context } = await browser.page();
    await loginConsole(page, 'admin');
    // Admins have their county dashboard in the menu, not this one.
    await menu(page).getByText('数据看板', { exact: true }).waitFor();
    expect(await menu(page).getByText('单位看板', { exact: true }).count()).toBe(0);
    // Without a unit the API refuses, and the page asks for one.
    expect((await call(page, '/dashboard/unit')).status).toBe(400);
    await page.goto('/dashboard/unit');
    await page.getByTestId('unit-dashboard-pick-org').waitFor();

    await pickUnit(page, page.getByTestId('unit-dashboard-org'), UNIT);
    await page.waitForURL(`**/dashboard/unit?org=${own.organization.id}`);
    await expect.poll(() => page.getByTestId('unit-dashboard-name').innerText()).toBe(UNIT);
    const seen = await get<UnitDashboard>(page, `/dashboard/unit?organizationId=${own.organization.id}&year=${year}`);
    expect(seen).toEqual(own);
    await expectFigures(page, seen);
    await expectYear(page, seen);
    expect(await page.getByTestId('unit-dashboard-feedback').getAttribute('href')).toBe(`/evaluation/feedback?year=${year}&org=${own.organization.id}`);

    // Opened again from its URL, the select names the unit.
    await page.reload();
    await expect.poll(() => page.getByTestId('unit-dashboard-name').innerText()).toBe(UNIT);
    await expect.poll(() => page.getByTestId('unit-dashboard-org').innerText()).toContain(UNIT);
    await screenshot(page, 'dashboard-unit-admin');
    await context.close();
  });
});
