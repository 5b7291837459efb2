import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, PHONE, screenshot, browserPerFile } from './support.js';

const browser = browserPerFile();

describe('phone pages', () => {
  it('lets a member log in on a 375 px phone and turn on elder-friendly mode', async () => {
    const { page, context } = await browser.page(PHONE);
    await page.goto('/m/login');
    await page.getByTestId('phone-login').waitFor();
    await page.getByPlaceholder(/用户名|手机号/).fill('member');
    await page.getByPlaceholder(/密码/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('phone-me').waitFor();
    expect(await page.getByTestId('phone-name').innerText()).toContain('王建国');
    expect(await page.getByTestId('phone-role').innerText()).toContain('在职党员');

    // Nothing spills sideways on a narrow phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const size = () => page.getByTestId('phone-name').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByTestId('elder-switch').click();
    await expect.poll(size).toBeGreaterThan(before);
    await screenshot(page, 'phone-me');
    await page.reload();
    await page.getByTestId('phone-me').waitFor();
    await expect.poll(size).toBeGreaterThan(before);
    await context.close();
  });
});
