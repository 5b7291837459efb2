import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './support.js';

/** Logs in through the console login form and waits for the landing page. */
export async function loginConsole(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('用户名或手机号').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('user-bar').waitFor();
  expect(new URL(page.url()).pathname).not.toBe('/login');
}

/**
 * Logs in on the phone login page and waits for `landing` (the 我的 page by default). Opens /m/login first
 * unless `goto` is false: a guarded phone link has already brought the page there.
 */
export async function loginPhone(page: Page, username: string, opts: { landing?: string; goto?: boolean } = {}) {
  if (opts.goto !== false) await page.goto('/m/login');
  await page.getByTestId('phone-login').waitFor();
  await page.getByPlaceholder(/用户名|手机号/).fill(username);
  await page.getByPlaceholder(/密码/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId(opts.landing ?? 'phone-me').waitFor();
}
