import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, screenshot } from './support.js';
import { apiJson, apiSend } from './support-api.js';
import { loginConsole, loginPhone } from './support-login.js';

const browser = browserPerFile();

type UnitPairing = { id: number; organization: { id: number; name: string }; place: { id: number; name: string }; startDate: string; endDate: string | null };
type Rules = { maxHouseholdsPerMember: number; priorityCare: string[] };
type Visitable = { id: number; address: string; label: string; paired: boolean };
type Visit = { id: number; household: { id: number }; notes: string; flagged: boolean; reason: string | null };

/** Opens a select, types to search, and picks the one option holding `text`. */
async function choose(page: Page, testId: string, text: string) {
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await expect.poll(() => options.allInnerTexts()).toEqual([expect.stringContaining(text)]);
  await options.filter({ hasText: text }).first().click();
}

const beijingToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

const UNIT = '国网盂县供电公司'; // the demo unit secretary's unit
const COMPOUND = '煤运苑'; // a compound of 富春园社区

describe('双包联: 单位包联小区, 包联规则, 走访其他住户', () => {
  it('the community pairs a unit with a compound, its secretary reads it, and the community ends it after confirming', async () => {
    const dp = (await browser.page()).page;
    await loginConsole(dp, 'community');
    // A live pairing left from an earlier run would make the new one a duplicate.
    for (const p of await apiJson<UnitPairing[]>(dp, '/pairings/units')) {
      if (p.organization.name === UNIT && p.place.name === COMPOUND) await apiSend(dp, 'POST', `/pairings/units/${p.id}/end`, {});
    }

    await dp.getByTestId('console-menu').getByText('单位包联小区').click();
    await dp.getByTestId('unit-pairings-table').waitFor();
    await dp.getByTestId('unit-pairings-new').click();
    const dialog = dp.locator('.ant-modal').filter({ hasText: '新增单位包联小区' });
    await dialog.waitFor();
    await choose(dp, 'unit-pairing-unit', UNIT);
    await choose(dp, 'unit-pairing-compound', COMPOUND);
    const created = dp.waitForResponse((r) => r.url().endsWith('/api/pairings/units') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    const made = (await response.json()) as UnitPairing;
    expect(made.organization.name).toBe(UNIT);
    expect(made.place.name).toBe(COMPOUND);
    expect(made.startDate).toBe(beijingToday());
    await dialog.waitFor({ state: 'detached' });

    // The row, live, with its end button; found again by the search.
    const row = dp
      .getByTestId('unit-pairings-table')
      .locator('tbody tr')
      .filter({ has: dp.getByTestId(`unit-pairing-end-${made.id}`) });
    await row.waitFor();
    expect(await row.innerText()).toMatch(new RegExp(`${UNIT}[\\s\\S]*${COMPOUND}[\\s\\S]*${made.startDate}[\\s\\S]*包联中`));
    await dp.getByTestId('unit-pairings-search').locator('input').fill('供电 煤运');
    await dp.getByTestId('unit-pairings-search').locator('input').press('Enter');
    await expect.poll(() => dp.getByTestId('unit-pairings-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    await screenshot(dp, 'unit-pairings');

    // The unit's secretary sees the row, read-only.
    const secretary = (await browser.page()).page;
    await loginConsole(secretary, 'secretary');
    await secretary.getByTestId('console-menu').getByText('单位包联小区').click();
    await secretary.getByTestId('unit-pairings-table').getByText(COMPOUND).waitFor();
    await secretary.getByTestId('unit-pairings-readonly').waitFor();
    expect(await secretary.getByTestId('unit-pairings-new').count()).toBe(0);
    expect(await secretary.locator('[data-testid^="unit-pairing-end-"]').count()).toBe(0);
    expect((await apiJson<UnitPairing[]>(secretary, '/pairings/units')).map((p) => p.id)).toContain(made.id);

    // 结束, after the confirmation naming both.
    await dp.getByTestId(`unit-pairing-end-${made.id}`).click();
    const confirm = dp.locator('.ant-popconfirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(`结束“${UNIT}”对“${COMPOUND}”的包联？`);
    const ended = dp.waitForResponse((r) => r.url().endsWith(`/api/pairings/units/${made.id}/end`));
    await confirm.getByRole('button', { name: /结\s*束/ }).click();
    const endResponse = await ended;
    expect(endResponse.status()).toBe(200);
    expect(((await endResponse.json()) as UnitPairing).endDate).toBe(beijingToday());
    await expect.poll(() => dp.getByTestId(`unit-pairing-end-${made.id}`).count()).toBe(0);
    await dp.locator('.ant-message').getByText('已结束包联').waitFor();

    // Stored: no live pairing of the unit with the compound any more, and the history keeps it ended.
    const live = await apiJson<UnitPairing[]>(dp, '/pairings/units');
    expect(live.filter((p) => p.organization.name === UNIT && p.place.name === COMPOUND)).toEqual([]);
    const history = await apiJson<UnitPairing[]>(dp, '/pairings/units?active=all');
    expect(history.find((p) => p.id === made.id)?.endDate).toBe(beijingToday());
    await dp.getByTestId('unit-pairings-status').getByText('已结束').click();
    await dp.getByTestId('unit-pairings-table').getByText(COMPOUND).first().waitFor();
  });

  it('the org department sets the cap to 4 with 独居老人 first; it holds after a reload and is stored', async () => {
    const op = (await browser.page()).page;
    await loginConsole(op, 'admin');
    const before = await apiJson<Rules>(op, '/pairings/rules');
    try {
      await op.getByTestId('console-menu').getByText('包联规则').click();
      await op.getByTestId('rules-form').waitFor();
      const cap = op.locator('#maxHouseholdsPerMember');
      expect(await cap.inputValue()).toBe(String(before.maxHouseholdsPerMember));
      expect(await op.getByTestId('rules-current-cap').innerText()).toBe(`${before.maxHouseholdsPerMember} 户`);

      await cap.fill('4');
      await op.getByRole('checkbox', { name: '独居老人' }).check();
      const saved = op.waitForResponse((r) => r.url().endsWith('/api/pairings/rules') && r.request().method() === 'PUT');
      await op.getByTestId('rules-save').click();
      expect((await saved).status()).toBe(200);
      await op.locator('.ant-message').getByText('包联规则已保存').waitFor();
      await expect.poll(() => op.getByTestId('rules-current-cap').innerText()).toBe('4 户');
      await screenshot(op, 'pairing-rules');

      await op.reload();
      await op.getByTestId('rules-form').waitFor();
      expect(await op.locator('#maxHouseholdsPerMember').inputValue()).toBe('4');
      expect(await op.getByRole('checkbox', { name: '独居老人' }).isChecked()).toBe(true);
      expect(await op.getByRole('checkbox', { name: '留守儿童' }).isChecked()).toBe(false);
      expect(await op.getByTestId('rules-current-priority').innerText()).toContain('独居老人');
      expect(await apiJson<Rules>(op, '/pairings/rules')).toEqual({ maxHouseholdsPerMember: 4, priorityCare: ['elderlyAlone'] });

      // Back to the defaults through the page, so other journeys see the usual rules.
      await op.locator('#maxHouseholdsPerMember').fill('3');
      await op.getByRole('checkbox', { name: '独居老人' }).uncheck();
      const restored = op.waitForResponse((r) => r.url().endsWith('/api/pairings/rules') && r.request().method() === 'PUT');
      await op.getByTestId('rules-save').click();
      expect((await restored).status()).toBe(200);
      expect(await apiJson<Rules>(op, '/pairings/rules')).toEqual({ maxHouseholdsPerMember: 3, priorityCare: [] });
    } finally {
      const now = await apiJson<Rules>(op, '/pairings/rules');
      if (now.maxHouseholdsPerMember !== 3 || now.priorityCare.length)
        await apiSend(op, 'PUT', '/pairings/rules', { maxHouseholdsPerMember: 3, priorityCare: [] });
    }
  });

  it('a member finds a household they are not paired with on a 375 px phone and logs a flagged visit with a reason', async () => {
    const member = (await browser.page(PHONE)).page;
    await loginPhone(member, 'member');
    const query = '2号楼 102';
    const target = (await apiJson<Visitable[]>(member, `/visits/households?q=${encodeURIComponent(query)}`)).find((h) => !h.paired);
    expect(target).toBeDefined();
    const householdId = target?.id ?? 0;

    // 我的联系户 → 走访其他住户 → search.
    await member.getByTestId('me-visits-households').click();
    await member.getByTestId('visits-page').waitFor();
    await member.getByTestId('visits-other').click();
    await member.getByTestId('visit-new-page').waitFor();
    await member.getByTestId('visit-search-input').locator('input').fill(query);
    const hit = member.getByTestId(`visit-search-result-${householdId}`);
    await hit.waitFor();
    expect(await hit.innerText()).toContain(target?.address ?? '?');
    await screenshot(member, 'pairing-phone-visit-search');
    await hit.click();

    // Not theirs: the page says so and asks for a reason.
    expect(await member.getByTestId('visit-address').innerText()).toBe(target?.address);
    expect(new URL(member.url()).searchParams.get('householdId')).toBe(String(householdId));
    expect(await member.getByTestId('visit-other-notice').innerText()).toContain('不是您的联系户');
    const note = `路过看望，门口堆放杂物 ${Date.now() % 100000}`;
    await member.getByTestId('visit-notes').locator('textarea:not([aria-hidden])').fill(note);
    const posts: string[] = [];
    member.on('request', (r) => {
      if (r.url().endsWith('/api/visits') && r.method() === 'POST') posts.push(r.url());
    });
    await member.getByTestId('visit-submit').click();
    await member.locator('.adm-form-item-feedback-error').filter({ hasText: '请说明走访原因' }).waitFor();
    expect(posts).toEqual([]);

    const reason = '邻居反映老人多日未出门，上门查看';
    await member.getByTestId('visit-reason').locator('textarea:not([aria-hidden])').fill(reason);
    expect(await member.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(member, 'pairing-phone-visit-other');
    const saved = member.waitForResponse((r) => r.url().endsWith('/api/visits') && r.request().method() === 'POST');
    await member.getByTestId('visit-submit').click();
    const response = await saved;
    expect(response.status()).toBe(201);
    const visit = (await response.json()) as Visit;
    expect(visit.flagged).toBe(true);
    await member.getByTestId('visits-page').waitFor();

    // Stored flagged, with the reason.
    const visits = await apiJson<{ items: Visit[] }>(member, `/visits?householdId=${householdId}`);
    const stored = visits.items.find((v) => v.id === visit.id);
    expect(stored).toMatchObject({ household: { id: householdId }, notes: note, flagged: true, reason });
  });
});
