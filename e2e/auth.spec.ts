import { describe, expect, it } from 'vitest';
import { browserPerFile } from './support.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();

describe('logging in', () => {
  it('takes the org department admin to the county overview', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'admin');
    await expect.poll(() => page.getByText('您好，组织部管理员').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('user-bar').innerText()).toContain('盂县');
    await context.close();
  });

  it('tells a wrong password, then locks the account after five', async () => {
    const { page, context } = await browser.page();
    await page.goto('/login');
    await page.getByLabel('用户名或手机号').fill('secretary');
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel('密码').fill(`Wrong@${i}xyz`);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await expect.poll(() => page.getByTestId('login-error').innerText()).toContain(i < 5 ? '用户名或密码错误' : '锁定');
    }
    // The right password is refused too while the lock lasts.
    await page.getByLabel('密码').fill('Sishuang@2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByTestId('login-error').innerText()).toContain('15 分钟');
    await context.close();
  });

  it('switches the whole console to English and keeps the choice', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'admin');
    await page.getByTestId('lang-switch').getByText('English').click();
    await expect.poll(() => page.getByRole('menuitem', { name: 'Places' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Hello, 组织部管理员').isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('menuitem', { name: 'Accounts' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});
