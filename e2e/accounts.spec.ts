import { describe, expect, it } from 'vitest';
import { browserPerFile } from './support.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();

describe('accounts', () => {
  it('lets an admin create an account whose owner must change the temporary password', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'community');
    await page.getByRole('menuitem', { name: '账号' }).click();
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('e2e_grid');
    await dialog.getByLabel('姓名').fill('测试网格员');
    await dialog.getByLabel('角色').click();
    await page.locator('.ant-select-dropdown').getByText('网格员', { exact: true }).click();
    await dialog.getByLabel('所属地点').fill('富春园');
    await page.locator('.ant-select-dropdown').getByText('富春园社区').first().click();
    await dialog.getByLabel('手机号').fill('13912340001');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const issued = page.getByTestId('temporary-password');
    await issued.waitFor();
    const temporary = (await issued.innerText()).trim();
    expect(temporary.length).toBeGreaterThanOrEqual(8);
    await page.keyboard.press('Escape');

    // The list shows the new account with its phone masked.
    await expect.poll(() => page.getByRole('row', { name: /e2e_grid/ }).innerText()).toContain('139****0001');

    // Its owner logs in and is made to change the password first.
    const other = await browser.page();
    await other.page.goto('/login');
    await other.page.getByLabel('用户名或手机号').fill('e2e_grid');
    await other.page.getByLabel('密码').fill(temporary);
    await other.page.getByRole('button', { name: /登\s*录/ }).click();
    await other.page.waitForURL(/\/password/);
    await other.page.getByLabel('当前密码').fill(temporary);
    await other.page.getByLabel('新密码', { exact: true }).fill('Grid@2026new');
    await other.page.getByLabel('确认新密码').fill('Grid@2026new');
    await other.page.getByRole('button', { name: '保存新密码' }).click();
    await other.page.getByTestId('user-bar').waitFor();
    await expect.poll(() => other.page.getByTestId('user-bar').innerText()).toContain('测试网格员');
    await other.context.close();
    await context.close();
  });
});
