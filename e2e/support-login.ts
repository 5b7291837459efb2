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
