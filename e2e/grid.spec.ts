import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, screenshot } from './support.js';
import { apiJson } from './support-api.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();

type PageOf<T> = { items: T[]; total: number };
type GridRole = {
  id: number;
  role: string;
  place: { id: number; name: string };
  person: { kind: string; id: number; name: string };
  duties: string;
  endDate: string | null;
  endReason: string | null;
};
type Overview = {
  place: { id: number; name: string; kind: string };
  roles: GridRole[];
  households: { total: number; key: number; covered: number };
  keyHouseholds: { household: { id: number; address: string }; overdue: boolean }[];
  pairedMembers: { id: number; name: string }[];
};
type Member = { id: number; name: string; phone: string | null };

/** What the grid page must show of the overview: its name, every role holder, the first page of key households. */
async function expectOverviewShown(page: Page, overview: Overview) {
  await page.getByTestId('grid-page').waitFor();
  expect(await page.getByTestId('grid-title').innerText()).toBe(overview.place.name);
  const roles = await page.getByTestId('grid-roles').innerText();
  expect(overview.roles.length).toBeGreaterThan(0);
  for (const r of overview.roles) expect(roles).toContain(r.person.name);
  const keys = await page.getByTestId('grid-key-households').innerText();
  for (const k of overview.keyHouseholds.slice(0, 10)) expect(keys).toContain(k.household.address);
  const facts = await page.getByTestId('grid-facts').innerText();
  expect(facts).toContain(String(overview.households.total));
  expect(facts).toMatch(new RegExp(`${overview.households.covered}\\s*/\\s*${overview.households.key}`));
}

describe('网格: 包联覆盖按网格 → 网格页 → 任命 / 卸任', () => {
  it('the community admin opens a grid from the coverage, appoints a party group leader with extra duties and ends it', async () => {
    const { page } = await browser.page();
    await loginConsole(page, 'community');
    const communityId = (await apiJson<{ account: { place: { id: number } } }>(page, '/auth/session')).account.place.id;

    // 包联覆盖 → 按网格: street → community → grid rows, the grids linking to their page.
    await page.getByTestId('console-menu').getByText('包联覆盖', { exact: true }).click();
    await page.getByTestId('pairing-coverage-table').waitFor();
    await page.getByTestId('pairing-coverage-by').getByText('按网格', { exact: true }).click();
    const gridLinks = page.getByTestId('pairing-coverage-table').locator('a[data-testid^="coverage-grid-"]');
    await gridLinks.first().waitFor();
    const byGrid = await apiJson<{ place: { id: number; name: string }; kind: string }[]>(page, '/pairings/coverage?by=grid');
    const grids = byGrid.filter((r) => r.kind === 'grid');
    expect(await gridLinks.count()).toBe(grids.length);
    expect(await page.getByTestId('pairing-coverage-total').innerText()).toMatch(/合计\s+\d+/);
    await screenshot(page, 'grid-coverage-by-grid');

    const testId = await gridLinks.first().getAttribute('data-testid');
    const gridId = Number(testId?.replace('coverage-grid-', ''));
    expect(grids.map((g) => g.place.id)).toContain(gridId);
    await gridLinks.first().click();
    await page.waitForURL(`**/grids/${gridId}`);

    // The page shows what the API holds.
    const overview = await apiJson<Overview>(page, `/grids/${gridId}`);
    await expectOverviewShown(page, overview);

    // Each role's 职责清单 opens from the card.
    await page.getByTestId('grid-duties-open-groupLeader').click();
    await page.locator('.ant-popover:visible').getByText('组织小组党员参加学习和志愿服务').waitFor();
    await page.keyboard.press('Escape');
    await screenshot(page, 'grid-page');

    // A member of the community who is not yet a group leader here, with a name no other member's contains.
    const members = await apiJson<PageOf<Member>>(page, `/members?placeId=${communityId}&pageSize=200&status=active`);
    const leaders = new Set(overview.roles.filter((r) => r.role === 'groupLeader' && r.person.kind === 'member').map((r) => r.person.id));
    const names = members.items.map((m) => m.name);
    const member = members.items.find((m) => !leaders.has(m.id) && names.filter((n) => n.includes(m.name)).length === 1);
    if (!member) throw new Error('no member to appoint');
    const duties = `负责2号楼独居老人每周走访 ${Date.now()}`;

    // 任命: at the grid itself (the default place), as 党小组长, with extra duties.
    await page.getByTestId('grid-appoint').click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByTestId('grid-appoint-place').waitFor();
    expect(await dialog.getByTestId('grid-appoint-place').innerText()).toContain(overview.place.name);
    await dialog.getByTestId('grid-appoint-role').click();
    await page.locator('.ant-select-dropdown:visible').getByText('党小组长', { exact: true }).click();
    await dialog.getByTestId('grid-duties-groupLeader').waitFor();
    await dialog.getByTestId('grid-appoint-member').click();
    await page.keyboard.type(member.name);
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    // The list settles once the search for the whole name has answered.
    await expect
      .poll(async () => {
        const texts = await options.allInnerTexts();
        return texts.length > 0 && texts.every((text) => text.includes(member.name));
      })
      .toBe(true);
    await options
      .filter({ hasText: member.phone ? `${member.name} · ${member.phone}` : member.name })
      .first()
      .click();
    await dialog.getByTestId('grid-appoint-duties').fill(duties);
    await screenshot(page, 'grid-appoint');
    const appointed = page.waitForResponse((r) => r.url().endsWith('/api/grid-roles') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /任\s*命/ }).click();
    const response = await appointed;
    expect(response.status()).toBe(201);
    const role = (await response.json()) as GridRole;
    expect(role).toMatchObject({ role: 'groupLeader', place: { id: gridId }, person: { kind: 'member', id: member.id }, duties, endDate: null });

    // Listed under 党小组长 with the extra duties.
    const card = page.getByTestId(`grid-role-${role.id}`);
    await card.waitFor();
    expect(await page.getByTestId('grid-role-group-groupLeader').innerText()).toContain(member.name);
    expect(await card.innerText()).toContain(duties);
    const live = await apiJson<PageOf<GridRole>>(page, `/grid-roles?placeId=${gridId}&role=groupLeader`);
    expect(live.items.map((r) => r.id)).toContain(role.id);

    // 卸任 needs a reason.
    await page.getByTestId(`grid-role-end-${role.id}`).click();
    const endDialog = page.locator('.ant-modal:visible');
    await endDialog.getByTestId('grid-end-reason').waitFor();
    expect(await endDialog.innerText()).toContain(member.name);
    await endDialog.getByRole('button', { name: /卸\s*任/ }).click();
    await endDialog.locator('.ant-form-item-explain-error').waitFor();
    const reason = '换届调整，改任楼栋党员中心户';
    await endDialog.getByTestId('grid-end-reason').fill(reason);
    const ended = page.waitForResponse((r) => r.url().endsWith(`/api/grid-roles/${role.id}/end`) && r.request().method() === 'POST');
    await endDialog.getByRole('button', { name: /卸\s*任/ }).click();
    expect((await ended).status()).toBe(200);
    await expect.poll(() => page.getByTestId(`grid-role-${role.id}`).count()).toBe(0);

    // Stored as ended, with the reason.
    const past = await apiJson<PageOf<GridRole>>(page, `/grid-roles?placeId=${gridId}&active=false&pageSize=200`);
    const stored = past.items.find((r) => r.id === role.id);
    expect(stored).toMatchObject({ endReason: reason, duties, person: { id: member.id } });
    expect(stored?.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // …and shown in 卸任记录.
    await page.getByTestId('grid-role-history-open').click();
    await page.getByTestId('grid-role-history').getByText(reason).waitFor();
    await screenshot(page, 'grid-role-history');
  });

  it('the grid worker opens 网格 from the menu and sees their grid, read-only', async () => {
    const { page } = await browser.page();
    await loginConsole(page, 'grid');
    const gridId = (await apiJson<{ account: { place: { id: number } } }>(page, '/auth/session')).account.place.id;

    await page.getByTestId('console-menu').getByText('网格', { exact: true }).click();
    await page.waitForURL(`**/grids/${gridId}`);
    const overview = await apiJson<Overview>(page, `/grids/${gridId}`);
    await expectOverviewShown(page, overview);

    // Read-only: no 任命, no 卸任.
    expect(await page.getByTestId('grid-appoint').count()).toBe(0);
    expect(await page.locator('[data-testid^="grid-role-end-"]').count()).toBe(0);
    // The duty lists are there for the grid worker too.
    await page.getByTestId('grid-duties-open-buildingLeader').click();
    await page.locator('.ant-popover:visible').getByText('熟悉本楼栋住户情况，做到户情清').waitFor();
    await screenshot(page, 'grid-page-worker');
  });
});
