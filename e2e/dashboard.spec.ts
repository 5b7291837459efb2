import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, screenshot } from './support.js';
import { apiGet, apiJson } from './support-api.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();

type Figure = { key: string; group: string; value: number; link: { path: string; query: Record<string, string> } | null };
type Child = { place: { id: number; name: string; kind: string }; membersRegistered: number; orders: number; keyHouseholds: number; covered: number };
type Dashboard = {
  place: { id: number; name: string; kind: string };
  from: string;
  to: string;
  figures: Figure[];
  satisfaction: { rated: number; average: number | null };
  points: { issued: number; redeemed: number };
  grades: { year: number | null; byGrade: Record<string, number> };
  children: Child[];
};
type Report = { place: { name: string }; period: string; lines: { key: string; label: string; value: number; unit: string }[] };

/** The total of the list a figure links to: GET /api{path}?{query}. */
const listTotal = async (page: Page, figure: Figure) => {
  if (!figure.link) throw new Error(`${figure.key} has no link`);
  const query = new URLSearchParams({ ...figure.link.query, page: '1', pageSize: '1' });
  return (await apiJson<{ total: number }>(page, `${figure.link.path}?${query}`)).total;
};

const figureOf = (dashboard: Dashboard, key: string) => {
  const figure = dashboard.figures.find((f) => f.key === key);
  if (!figure) throw new Error(`no figure ${key}`);
  return figure;
};

/** The number a figure card shows ("2,143" → 2143). */
const shown = async (page: Page, key: string) =>
  Number((await page.getByTestId(`figure-${key}`).locator('.ant-statistic-content-value').innerText()).replace(/[,\s]/g, ''));

const menu = (page: Page, name: string) => page.getByTestId('console-menu').getByText(name, { exact: true }).click();
const inputOf = (control: Locator) => control.locator('xpath=self::input | descendant::input').first();
const beijingDay = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** Types a day into an antd DatePicker and commits it with Enter. */
async function typeDate(input: Locator, day: string) {
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(day);
}

/** Every figure shown equals the API's, and the chosen ones equal the totals of the lists they link to. */
async function expectFigures(page: Page, dashboard: Dashboard, checked: string[]) {
  await expect.poll(() => page.getByTestId('dashboard-place').innerText()).toBe(dashboard.place.name);
  for (const f of dashboard.figures) await expect.poll(() => shown(page, f.key), { timeout: 10_000 }).toBe(f.value);
  for (const key of checked) {
    const figure = figureOf(dashboard, key);
    expect(await listTotal(page, figure), key).toBe(figure.value);
  }
}

async function sheetText(path: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const data = await readFile(path);
  await book.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const lines: string[] = [];
  book.worksheets[0]?.eachRow((row) => {
    lines.push((Array.isArray(row.values) ? row.values : []).map((v) => (v === null || v === undefined ? '' : String(v))).join('\t'));
  });
  return lines.join('\n');
}

describe('数据看板, 大屏 and 月报年报: the county’s view', () => {
  it('the org department’s dashboard: each figure is its list’s total, opens that list, and drills down to a street and a community', {
    timeout: 180_000,
  }, async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'admin');
    await menu(page, '数据看板');
    await page.waitForURL('**/dashboard');
    await page.getByTestId('group-registration').waitFor();

    // The county's figures: what the page shows is what the API says, and each is the total of its list.
    const county = await apiJson<Dashboard>(page, '/dashboard');
    expect(county.place.name).toBe('盂县');
    const checked = [
      'members.approved',
      'units.confirmed',
      'orders.rated',
      'orders.overdue',
      'wishes.fulfilled',
      'key.all',
      'key.covered.true',
      'key.covered.false',
    ];
    if (county.grades.year) checked.push('grades.good');
    await expectFigures(page, county, checked);
    const groups = { registration: '双报到', service: '双服务', pairing: '双包联', governance: '基层治理' };
    for (const [group, title] of Object.entries(groups))
      expect(await page.getByTestId(`group-${group}`).locator('.ant-card-head-title').innerText()).toBe(title);
    expect(await page.getByTestId('figure-key.covered.false').innerText()).toContain('未包联重点户');
    expect(await page.getByTestId('stat-pointsIssued').innerText()).toContain(county.points.issued.toLocaleString('en-US'));
    if (county.satisfaction.average !== null) expect(await page.getByTestId('stat-satisfaction').innerText()).toContain(county.satisfaction.average.toFixed(1));

    // The children table has the chart's counts.
    for (const child of county.children.slice(0, 3)) {
      const row = await page.getByTestId(`child-row-${child.place.id}`).innerText();
      expect(row).toContain(child.place.name);
      expect(row).toContain(String(child.membersRegistered));
      expect(row).toContain(String(child.keyHouseholds));
    }

    // A chart saves itself as a PNG.
    const png = page.waitForEvent('download');
    await page.getByTestId('chart-export-children').click();
    expect((await png).suggestedFilename()).toMatch(/\.png$/);
    // The table of the places below downloads as .xlsx.
    const xlsx = page.waitForEvent('download');
    await page.getByTestId('children-xlsx').click();
    expect((await xlsx).suggestedFilename()).toMatch(/下级对比.*\.xlsx$/);

    // 超时工单 opens the orders list with that filter: the same total.
    const overdue = figureOf(county, 'orders.overdue');
    await page.getByTestId('figure-link-orders.overdue').click();
    await page.waitForURL('**/orders?**');
    const url = new URL(page.url());
    expect(url.searchParams.get('overdue')).toBe('true');
    expect(url.searchParams.get('placeId')).toBe(String(county.place.id));
    expect(await inputOf(page.getByTestId('orders-overdue-filter')).isChecked()).toBe(true);
    if (overdue.value > 0) await expect.poll(() => page.locator('.ant-pagination-total-text').innerText()).toBe(`共 ${overdue.value} 条`);
    await page.goBack();
    await page.waitForURL('**/dashboard');

    // 未包联重点户 opens the key-household ledger filtered to the uncovered.
    await page.getByTestId('figure-link-key.covered.false').click();
    await page.waitForURL('**/pairing/key-households?**');
    await expect.poll(() => page.locator('.ant-pagination-total-text').innerText()).toBe(`共 ${figureOf(county, 'key.covered.false').value} 条`);
    await page.goBack();
    await page.waitForURL('**/dashboard');

    // A click on 秀水镇's bars in the chart drills into the street.
    const street = county.children.find((c) => c.place.name === '秀水镇');
    if (!street) throw new Error('秀水镇 not under the county');
    const index = county.children.indexOf(street);
    const chart = page.getByTestId('chart-children');
    await chart.locator('canvas').waitFor();
    const box = await chart.boundingBox();
    if (!box) throw new Error('no chart');
    // The plot sits 48 px from the left, 16 from the right, 40 from the top and 64 from the bottom (rotated
    // names), 28 more with the slider that shows 16 places at a time.
    const zoomed = county.children.length > 16;
    const band = (box.width - 64) / Math.min(county.children.length, 16);
    const bottom = 64 + (zoomed ? 28 : 0);
    expect(index).toBeLessThan(16);
    await chart.click({ position: { x: 48 + band * (index + 0.5), y: 40 + (box.height - 40 - bottom) / 2 } });
    await page.waitForURL(`**/dashboard?placeId=${street.place.id}`);
    await expect.poll(() => page.getByTestId('dashboard-breadcrumb').innerText()).toMatch(/盂县\s*\/\s*秀水镇/);
    const streetView = await apiJson<Dashboard>(page, `/dashboard?placeId=${street.place.id}`);
    expect(streetView.place.name).toBe('秀水镇');
    expect(figureOf(streetView, 'members.approved').value).toBe(street.membersRegistered);
    expect(figureOf(streetView, 'key.all').value).toBe(street.keyHouseholds);
    expect(figureOf(streetView, 'key.covered.true').value).toBe(street.covered);
    await expectFigures(page, streetView, ['members.approved', 'orders.open', 'wishes.open', 'key.covered.true', 'key.covered.false']);

    // The children table drills on: 富春园社区, three levels in the trail.
    const community = streetView.children.find((c) => c.place.name === '富春园社区');
    if (!community) throw new Error('富春园社区 not under 秀水镇');
    await page.getByTestId(`child-link-${community.place.id}`).click();
    await page.waitForURL(`**/dashboard?placeId=${community.place.id}`);
    await expect.poll(() => page.getByTestId('dashboard-breadcrumb').innerText()).toMatch(/盂县\s*\/\s*秀水镇\s*\/\s*富春园社区/);
    const communityView = await apiJson<Dashboard>(page, `/dashboard?placeId=${community.place.id}`);
    await expectFigures(page, communityView, ['members.approved', 'members.submitted', 'orders.accepted', 'key.all']);
    // A community's compounds are listed, not drilled into.
    expect(communityView.children.every((c) => c.place.kind === 'compound')).toBe(true);
    if (communityView.children[0]) expect(await page.getByTestId(`child-link-${communityView.children[0].place.id}`).count()).toBe(0);
    await screenshot(page, 'dashboard-community');

    // Back up the trail to the county.
    await page.getByTestId(`trail-${county.place.id}`).click();
    await page.waitForURL(`**/dashboard?placeId=${county.place.id}`);
    await expect.poll(() => page.getByTestId('dashboard-place').innerText()).toBe('盂县');

    // An impossible range: the start after the end is refused on the picker, as the server would.
    const year = beijingDay().slice(0, 4);
    await typeDate(inputOf(page.getByTestId('dashboard-to')), `${year}-05-01`);
    await typeDate(inputOf(page.getByTestId('dashboard-from')), `${year}-06-01`);
    const error = page.locator('.ant-form-item-explain-error');
    await expect.poll(() => error.innerText()).toBe('开始日期不能晚于结束日期');
    const refused = await apiGet(page, `/dashboard?from=${year}-06-01&to=${year}-05-01`);
    expect(refused.status).toBe(400);
    expect(refused.body?.error).toMatchObject({ code: 'points.dateRange', field: 'from', message: '开始日期不能晚于结束日期' });
    await screenshot(page, 'dashboard-range-error');
    // Back to this year: the error goes, the figures come back.
    await page.getByTestId('range-this-year').click();
    await expect.poll(() => error.count()).toBe(0);
    await expect.poll(() => shown(page, 'members.approved')).toBe(figureOf(county, 'members.approved').value);
    await screenshot(page, 'dashboard-county');
    await context.close();
  });

  it('大屏: full screen without the menu, behind login, reloading itself; 退出 goes back', { timeout: 120_000 }, async () => {
    // Not logged in: the wall sends to login like every console page.
    const { page: stranger, context: strangerContext } = await browser.page({ width: 1920, height: 1080 });
    await stranger.goto('/dashboard/wall');
    await stranger.waitForURL('**/login');
    await strangerContext.close();

    const { page, context } = await browser.page({ width: 1920, height: 1080 });
    await loginConsole(page, 'admin');
    const loads: number[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === '/api/dashboard' && r.status() === 200) loads.push(Date.now());
    });
    await page.goto('/dashboard/wall?refresh=5');
    await page.getByTestId('wall-figure-members.approved').waitFor();
    expect(await page.getByTestId('console-menu').count()).toBe(0);
    const county = await apiJson<Dashboard>(page, '/dashboard');
    expect(await page.getByTestId('wall-title').innerText()).toBe('盂县“四双”工作数据大屏');
    for (const key of ['members.approved', 'units.confirmed', 'orders.rated', 'wishes.fulfilled', 'key.covered.true']) {
      expect(Number(await page.getByTestId(`wall-figure-${key}`).locator('.dash-wall-tile-value').innerText()), key).toBe(figureOf(county, key).value);
    }
    expect(await page.getByTestId('wall-clock').innerText()).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(await page.getByTestId('wall-updated').innerText()).toContain('每 5 秒自动刷新');

    // It reloads on its own (every 5 s here, a minute by default).
    const first = loads.length;
    expect(first).toBeGreaterThanOrEqual(1);
    await expect.poll(() => loads.length, { timeout: 20_000, interval: 500 }).toBeGreaterThan(first);

    // By default a minute; the picture for the README, with the charts drawn.
    await page.goto('/dashboard/wall');
    await page.getByTestId('wall-figure-members.approved').waitFor();
    expect(await page.getByTestId('wall-updated').innerText()).toContain('每 60 秒自动刷新');
    for (const chart of ['wall-orders', 'wall-children', 'wall-grades']) await page.getByTestId(`chart-${chart}`).locator('canvas').waitFor();
    await page.waitForTimeout(1500);
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/dashboard-wall.png' });
    expect(readFileSync('docs/screenshots/dashboard-wall.png').length).toBeGreaterThan(10_000);

    await page.getByTestId('wall-exit').click();
    await page.waitForURL('**/dashboard');
    await page.getByTestId('console-menu').waitFor();
    await context.close();
  });

  it('月报年报: the year’s lines are the API’s, a community’s month has its title, and the report exports', { timeout: 120_000 }, async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'admin');
    await menu(page, '月报年报');
    await page.waitForURL('**/reports');
    await page.getByTestId('report-sheet').waitFor();

    // The year report of the county.
    const year = beijingDay().slice(0, 4);
    await page.getByTestId('report-kind').getByText('年报', { exact: true }).click();
    await page.waitForURL(`**/reports?period=${year}`);
    await expect.poll(() => page.getByTestId('report-title').innerText()).toBe(`盂县 ${year}年“四双”工作年报`);
    const report = await apiJson<Report>(page, `/reports?period=${year}`);
    expect(report.lines.length).toBeGreaterThan(10);
    for (const line of report.lines) {
      await expect.poll(() => page.getByTestId(`report-value-${line.key}`).innerText(), { timeout: 10_000 }).toBe(String(line.value));
      expect(await page.getByTestId(`report-line-${line.key}`).innerText()).toContain(line.label);
    }
    const sheet = await page.getByTestId('report-sheet').innerText();
    for (const words of ['项目', '数量', '单位', '填报人', '审核人']) expect(sheet).toContain(words);

    // The export is the server's .xlsx of the same lines.
    const download = page.waitForEvent('download');
    await page.getByTestId('report-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^盂县.*\.xlsx$/);
    const text = await sheetText(await file.path());
    const units = report.lines.find((l) => l.key === 'units');
    if (!units) throw new Error('no units line');
    expect(text).toContain(`${units.label}\t${units.value}\t${units.unit}`);
    await screenshot(page, 'report-year');

    // A community's month: "富春园社区 YYYY年M月“四双”工作月报".
    const street = (await apiJson<Dashboard>(page, '/dashboard')).children.find((c) => c.place.name === '秀水镇');
    const community = street && (await apiJson<Dashboard>(page, `/dashboard?placeId=${street.place.id}`)).children.find((c) => c.place.name === '富春园社区');
    if (!community) throw new Error('富春园社区 not found');
    const month = beijingDay().slice(0, 7);
    await page.goto(`/reports?placeId=${community.place.id}&period=${month}`);
    await expect.poll(() => page.getByTestId('report-title').innerText()).toBe(`富春园社区 ${year}年${Number(month.slice(5))}月“四双”工作月报`);
    const monthly = await apiJson<Report>(page, `/reports?placeId=${community.place.id}&period=${month}`);
    for (const line of monthly.lines) await expect.poll(() => page.getByTestId(`report-value-${line.key}`).innerText()).toBe(String(line.value));
    await screenshot(page, 'report-month');
    await context.close();
  });
});
