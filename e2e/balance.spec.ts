import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, screenshot } from './support.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();

const SECRETARY_UNIT = '国网盂县供电公司';

/** Searches the suggestions by unit name and waits for the list to follow. */
async function searchUnits(page: Page, q: string) {
  const done = page.waitForResponse((r) => r.url().includes('/api/registrations/balance?') && r.url().includes(`q=${encodeURIComponent(q)}`));
  const box = page.getByTestId('balance-search').locator('input');
  await box.fill(q);
  await box.press('Enter');
  await done;
}

describe('精准报到', () => {
  it('the org admin assigns a unit to a thin community; its secretary is told; resources are listed', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'admin');
    await page.getByTestId('console-menu').getByText('精准报到').click();
    await page.getByTestId('balance-page').waitFor();
    await expect.poll(() => page.getByTestId('balance-median').innerText()).toMatch(/\d+\.\d/);
    await expect.poll(() => page.getByTestId('balance-communities-table').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);

    // The secretary's unit, so the assignment can be seen from their side too.
    await searchUnits(page, '供电');
    const suggestion = page
      .getByTestId(/^balance-suggestion-\d+$/)
      .filter({ hasText: SECRETARY_UNIT })
      .first();
    await suggestion.waitFor();
    const assign = suggestion.getByTestId(/^balance-assign-\d+-\d+$/).first();
    await assign.waitFor();
    const [, organizationId, placeId] = /^balance-assign-(\d+)-(\d+)$/.exec((await assign.getAttribute('data-testid')) ?? '') ?? [];
    const candidate = page.getByTestId(`balance-candidate-${organizationId}-${placeId}`);
    const reasons = page.getByTestId(`balance-reasons-${organizationId}-${placeId}`).locator('li');
    expect(await reasons.count()).toBeGreaterThan(0);
    expect((await reasons.first().innerText()).trim()).not.toBe('');
    const placeName = (await candidate.locator('strong').first().innerText()).trim();
    await screenshot(page, 'balance');

    // Confirm with a reason.
    await assign.click();
    const modal = page.locator('.ant-modal');
    await modal.waitFor();
    expect(await modal.innerText()).toContain(placeName);
    await page.getByTestId('balance-assign-reason').fill('重点户多，报到党员少');
    const applied = page.waitForResponse((r) => r.url().endsWith('/api/registrations/balance/apply') && r.request().method() === 'POST');
    await modal.getByRole('button', { name: /安\s*排/ }).click();
    expect((await applied).status()).toBeLessThan(300);
    await page.getByTestId(`balance-assigned-${organizationId}-${placeId}`).waitFor();
    expect(await page.getByTestId(`balance-assigned-${organizationId}-${placeId}`).innerText()).toBe('已安排');

    // 资源清单: rows, or the empty state explaining where resources come from.
    await page.getByTestId('console-menu').getByText('资源清单').click();
    const resources = page.getByTestId('resources-table');
    await resources.waitFor();
    await expect.poll(() => resources.innerText()).toMatch(/单位报到|党员报到|资源来自已确认的单位报到/);
    await screenshot(page, 'resources');
    await context.close();

    // The unit secretary sees the assignment on the unit registrations page.
    const secretary = await browser.page();
    await loginConsole(secretary.page, 'secretary');
    await secretary.page.goto('/registrations/units');
    const notice = secretary.page.getByTestId('assignments-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain(`组织部安排你单位到 ${placeName} 报到（重点户多，报到党员少）`);
    await screenshot(secretary.page, 'assignments-notice');
    await secretary.context.close();
  });
});
