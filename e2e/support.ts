import { mkdirSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');
export const DEMO_PASSWORD = 'Sishuang@2026';
export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1366, height: 860 };

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** One Debian Chromium per spec file; a fresh context (cookies, storage) per journey. */
export function browserPerFile() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async page(viewport = DESKTOP): Promise<{ page: Page; context: BrowserContext }> {
      if (!browser) throw new Error('browser not started');
      const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: baseUrl() });
      const page = await context.newPage();
      return { page, context };
    },
  };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync('test-results', { recursive: true });
  await page.waitForTimeout(600); // let antd's open/close animations settle
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: false });
}
