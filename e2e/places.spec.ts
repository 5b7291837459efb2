import { describe, expect, it } from 'vitest';
import { screenshot, browserPerFile } from './support.js';
import { apiGet, apiJson } from './support-api.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();

describe('the place tree', () => {
  it('lets the admin browse 盂县, find a town by pinyin, and add, rename and retire a compound', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'admin');
    await page.getByRole('menuitem', { name: '地点' }).click();
    const tree = page.getByTestId('place-tree');
    await tree.getByText('盂县').waitFor();

    // Search by pinyin initials.
    await page.getByTestId('place-search').locator('input').fill('xsz');
    await page.getByTestId('place-search').locator('input').press('Enter');
    const results = page.getByTestId('place-search-results');
    await results.getByText('秀水镇').first().click();
    await expect.poll(() => page.getByTestId('place-detail-name').innerText()).toBe('秀水镇');

    // Open 富春园社区 through the tree.
    await page.getByTestId('place-search').locator('input').fill('富春园社区');
    await page.getByTestId('place-search').locator('input').press('Enter');
    await results.getByText('富春园社区').first().click();
    await expect.poll(() => page.getByTestId('place-detail').innerText()).toContain('140322100101');
    await screenshot(page, 'console-places');

    // Add a compound.
    await page.getByTestId('place-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('浏览器测试小区');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => tree.getByText('浏览器测试小区').count()).toBeGreaterThan(0);

    // Rename it.
    await tree.getByText('浏览器测试小区').click();
    await expect.poll(() => page.getByTestId('place-detail-name').innerText()).toBe('浏览器测试小区');
    await page.getByTestId('place-rename').click();
    await page.getByRole('dialog').getByLabel('名称').fill('浏览器测试家园');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(() => page.getByTestId('place-detail-name').innerText()).toBe('浏览器测试家园');

    // Retire it: it leaves the tree, and comes back with "show retired".
    await page.getByTestId('place-retire').click();
    await page.getByRole('dialog').getByLabel('撤销原因').fill('测试');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|撤\s*销/ })
      .click();
    await expect.poll(() => tree.getByText('浏览器测试家园').count()).toBe(0);
    await page.getByTestId('show-retired').click();
    await expect.poll(() => tree.getByText('浏览器测试家园').count()).toBeGreaterThan(0);

    // The history shows every step.
    await tree.getByText('浏览器测试家园').click();
    await page.getByRole('tab', { name: '变更历史' }).click();
    const history = page.getByTestId('place-history');
    await expect.poll(() => history.innerText()).toContain('浏览器测试小区');
    await context.close();
  });
});

describe('scopes in the console', () => {
  it('shows a community admin only their own community', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'community');
    await page.getByRole('menuitem', { name: '地点' }).click();
    const tree = page.getByTestId('place-tree');
    await tree.getByText('富春园社区').waitFor();
    expect(await tree.getByText('盂县').count()).toBe(0);
    expect(await tree.getByText('红楼社区').count()).toBe(0);

    await page.getByTestId('place-search').locator('input').fill('红楼');
    await page.getByTestId('place-search').locator('input').press('Enter');
    await expect.poll(() => page.getByText('没有找到匹配的地点').isVisible()).toBe(true);

    // Even asked directly, the API knows no such place.
    expect((await apiJson<{ total: number }>(page, '/places/search?q=140322100102')).total).toBe(0);
    expect((await apiGet(page, '/places/5')).status).toBe(404);
    await context.close();
  });
});
