import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, screenshot } from './support.js';
import { apiGet, apiJson, apiSend } from './support-api.js';
import { loginConsole, loginPhone } from './support-login.js';

const browser = browserPerFile();

type PageOf<T> = { items: T[]; total: number };
type Pairing = { id: number; member: { id: number; name: string }; household: { id: number; address: string } };
type Due = { household: { id: number; address: string }; dues: { kind: string }[] };
type Visit = { id: number; notes: string; kind: string; flagged: boolean; needOrderId: number | null; household: { id: number } };

const rowsOf = (page: Page) => page.getByTestId('suggest-table').locator('tbody tr.ant-table-row');

describe('双包联: 结对建议 → 采纳 → 党员走访', () => {
  let community: Page;
  let communityId = 0;

  it('the community admin accepts every suggestion after a confirmation', async () => {
    community = (await browser.page()).page;
    await loginConsole(community, 'community');
    communityId = (await apiJson<{ account: { place: { id: number } } }>(community, '/auth/session')).account.place.id;

    // The menu has its own group; the page opens on the admin's community (no picker).
    await community.getByTestId('console-menu').getByText('结对', { exact: true }).click();
    await rowsOf(community).first().waitFor();
    const suggested = await rowsOf(community).count();
    expect(suggested).toBeGreaterThan(0);
    expect(await community.getByTestId('suggest-table').innerText()).toMatch(/\S+/);

    // Select every row (the page holds them all, or the page's share), then accept after confirming.
    const pageSize = 20;
    const total = await apiJson<{ pairs: unknown[] }>(community, `/pairings/suggestions?placeId=${communityId}`);
    await community.getByTestId('suggest-table').locator('thead .ant-checkbox-input').check();
    expect(await community.getByTestId('suggest-accept-selected').innerText()).toContain(`（${suggested}）`);
    await screenshot(community, 'pairing-suggestions');
    await community.getByTestId(total.pairs.length > pageSize ? 'suggest-accept-all' : 'suggest-accept-selected').click();
    const confirm = community.locator('.ant-modal-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('确定采纳');
    const accepted = community.waitForResponse((r) => r.url().endsWith('/api/pairings/suggestions/accept') && r.request().method() === 'POST');
    await confirm.getByRole('button', { name: /采\s*纳/ }).click();
    const result = (await (await accepted).json()) as { created: number; skipped: number };
    expect(result.created).toBeGreaterThan(0);
    await community.getByTestId('suggest-result').waitFor();
    expect(await community.getByTestId('suggest-result').innerText()).toContain(`已建立 ${result.created} 对结对`);

    // Accepted pairs leave the suggestions; the live list has them.
    await community.waitForFunction(() => document.querySelectorAll('[data-testid="suggest-table"] tbody tr.ant-table-row').length === 0);
    await community.getByTestId('pairings-table').locator('tbody tr.ant-table-row').first().waitFor();
    const stored = await apiGet<PageOf<Pairing>>(community, `/pairings?placeId=${communityId}&pageSize=200`);
    expect(stored.status).toBe(200);
    expect(stored.body.total).toBeGreaterThanOrEqual(result.created);
    await screenshot(community, 'pairing-accepted');
  });

  it('the member logs a visit with a need on a 375 px phone; the monthly due goes away', async () => {
    const member = (await browser.page(PHONE)).page;
    await loginPhone(member, 'member');

    // 王建国 may have been left without a household owing this month's visit: the community pairs him
    // with key households until one does (the due list names only households owing a visit).
    const monthlyDue = (rows: Due[]) => rows.find((d) => d.dues.some((x) => x.kind === 'monthly'));
    let due = await apiJson<Due[]>(member, '/visits/due');
    if (!monthlyDue(due)) {
      const memberId = (await apiJson<{ account: { memberId: number | null } }>(member, '/auth/session')).account.memberId;
      expect(memberId).toBeTruthy();
      // Households nobody has visited this month owe the monthly visit.
      const monthStart = `${new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)}-01`;
      const keys = await apiJson<PageOf<{ household: { id: number; label: string }; lastVisit: string | null }>>(
        community,
        `/pairings/key-households?placeId=${communityId}&pageSize=200`,
      );
      const owing = keys.items.filter((k) => k.household.label !== 'vacant' && (!k.lastVisit || k.lastVisit < monthStart));
      // Other journeys may have filled his cap with households owing nothing this month: free those places.
      const mine = await apiJson<PageOf<Pairing>>(community, `/pairings?memberId=${memberId}&active=true&pageSize=50`);
      for (const idle of mine.items.filter((p) => !due.some((d) => d.household.id === p.household.id && d.dues.length > 0))) {
        await apiSend(community, 'POST', `/pairings/${idle.id}/end`, { reason: '腾出联系户名额', force: true });
      }
      for (const row of owing) {
        const made = await apiSend(community, 'POST', '/pairings', { memberId, householdId: row.household.id });
        if (made.status === 201) due = await apiJson<Due[]>(member, '/visits/due');
        if (monthlyDue(due) || made.body.error?.code === 'pairing.cap') break;
      }
    }
    const target = monthlyDue(due);
    expect(target).toBeDefined();
    const householdId = target?.household.id ?? 0;

    await member.getByTestId('me-visits-households').click();
    await member.getByTestId('visits-list').waitFor();
    const item = member.getByTestId(`visit-household-${householdId}`);
    expect(await item.innerText()).toContain(target?.household.address ?? '?');
    await member.getByTestId(`visit-due-${householdId}-monthly`).waitFor();
    await screenshot(member, 'pairing-phone-due');

    await item.click();
    await member.getByTestId('visit-new-page').waitFor();
    expect(await member.getByTestId('visit-address').innerText()).toBe(target?.household.address);
    // Today by default; 日常走访 preselected.
    const today = await member.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    expect(await member.getByTestId('visit-date').innerText()).toBe(today);
    const note = `走访看望，老人身体尚可 ${Date.now() % 100000}`;
    await member.getByTestId('visit-notes').locator('textarea:not([aria-hidden])').fill(note);
    await member.getByTestId('visit-need-switch').click();
    await member.getByTestId('visit-need-category').getByText('维修帮办', { exact: true }).click();
    await member.getByTestId('visit-need-description').locator('textarea:not([aria-hidden])').fill('卫生间下水道堵塞');
    expect(await member.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(member, 'pairing-phone-visit');

    const saved = member.waitForResponse((r) => r.url().endsWith('/api/visits') && r.request().method() === 'POST');
    await member.getByTestId('visit-submit').click();
    const response = await saved;
    expect(response.status()).toBe(201);
    const visit = (await response.json()) as Visit;
    expect(visit.needOrderId).not.toBeNull();
    expect(visit.flagged).toBe(false);

    // Back on the list, without this month's due for the household.
    await member.getByTestId('visits-list').waitFor();
    await member.getByTestId(`visit-household-${householdId}`).waitFor();
    await expect.poll(() => member.getByTestId(`visit-due-${householdId}-monthly`).count(), { timeout: 5_000 }).toBe(0);

    const visits = await apiJson<PageOf<Visit>>(member, `/visits?householdId=${householdId}`);
    const stored = visits.items.find((v) => v.id === visit.id);
    expect(stored?.notes).toBe(note);
    expect(stored?.kind).toBe('routine');
    const order = await apiGet<{ category: string; household: { id: number } }>(community, `/orders/${visit.needOrderId}`);
    expect(order.status).toBe(200);
    expect(order.body.category).toBe('repair');
    expect(order.body.household.id).toBe(householdId);
  });

  it('the community verifies a key household from the building grid and reads the coverage', async () => {
    await community.goto('/pairing/key-households');
    await community.getByTestId('key-table').locator('tbody tr.ant-table-row').first().waitFor();
    // The grid loads the whole community (one large page) before its tiles settle.
    const whole = community.waitForResponse((r) => r.url().includes('/api/pairings/key-households?') && r.url().includes('pageSize=200'));
    await community.getByTestId('key-view').getByText('按楼栋').click();
    await whole;
    const first = community.getByTestId('key-buildings').locator('[data-testid^="key-tile-"]').first();
    await first.waitFor();
    const householdId = Number((await first.getAttribute('data-testid'))?.replace('key-tile-', ''));
    const tile = community.getByTestId(`key-tile-${householdId}`);
    await screenshot(community, 'pairing-buildings');

    // 复核 keeps the label and care as they are, and records who checked them.
    await tile.click();
    const modal = community.locator('.ant-modal').filter({ hasText: '复核' });
    await modal.waitFor();
    const verified = community.waitForResponse((r) => r.url().endsWith(`/api/pairings/key-households/${householdId}/verify`));
    await modal.getByRole('button', { name: /复\s*核/ }).click();
    expect((await verified).status()).toBeLessThan(300);
    await modal.waitFor({ state: 'detached' });
    const ledger = await apiJson<PageOf<{ household: { id: number }; verifiedAt: string | null }>>(
      community,
      `/pairings/key-households?placeId=${communityId}&pageSize=200`,
    );
    expect(ledger.items.find((r) => r.household.id === householdId)?.verifiedAt).toBeTruthy();

    // 包联覆盖: the community's row, with the chart.
    await community.getByTestId('console-menu').getByText('包联覆盖').click();
    await community.getByTestId('pairing-coverage-table').getByText('富春园社区').waitFor();
    await community.getByTestId('coverage-chart').locator('canvas').waitFor();
    expect(await community.getByTestId('pairing-coverage-total').innerText()).toMatch(/合计\s+\d+/);
    await screenshot(community, 'pairing-coverage');
  });
});
