import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '#contracts/idcard.js';
import { browserPerFile, PHONE, screenshot } from './support.js';
import { apiJson, apiSend } from './support-api.js';
import { loginConsole, loginPhone } from './support-login.js';

const browser = browserPerFile();

const pick = (chars: string) => chars[Math.floor(Math.random() * chars.length)] ?? '';
const randomDigits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/** Someone not on the roster: a fresh name, phone and valid ID number each run. */
function applicant() {
  const name = `申${pick('明华强丽军芳伟敏静磊')}${pick('东南西北春夏秋冬山川')}`;
  const idNumber = makeIdNumber(
    '140322',
    `19${70 + Math.floor(Math.random() * 25)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`,
    Math.floor(Math.random() * 100),
    'male',
  );
  return { name, phone: `139${randomDigits(8)}`, idNumber };
}

describe('申请报到 and the phone pages of a member', () => {
  it('someone not on the roster applies on a phone; the community approves and the member exists', async () => {
    const admin = await browser.page();
    await loginConsole(admin.page, 'admin');
    const communityId = (await apiJson<{ items: { id: number; name: string }[] }>(admin.page, '/places/search?q=140322100101')).items[0]?.id;
    expect(communityId).toBeTypeOf('number');
    await admin.context.close();

    const who = applicant();
    const { page, context } = await browser.page(PHONE);
    await page.goto(`/m/register/${communityId}`);
    await expect.poll(() => page.getByTestId('register-community').innerText()).toContain('富春园社区');
    expect(await page.getByTestId('register-apply-link').innerText()).toContain('不在名册中？申请报到');

    // The roster check fails, and the page offers to apply, carrying over what was typed.
    await page.getByTestId('register-name').locator('input').fill(who.name);
    await page.getByTestId('register-phone').locator('input').fill(who.phone);
    await page.getByTestId('register-id6').locator('input').fill(who.idNumber.slice(-6));
    await page.getByTestId('register-identify').click();
    await page.getByTestId('register-apply-offer').waitFor();
    await page.getByTestId('register-apply-start').click();
    await page.getByTestId('register-apply').waitFor();
    expect(await page.getByTestId('apply-name').locator('input').inputValue()).toBe(who.name);
    expect(await page.getByTestId('apply-phone').locator('input').inputValue()).toBe(who.phone);

    // A mistyped digit is caught in the browser (GB 11643 check character).
    const wrongLast = who.idNumber.endsWith('1') ? '2' : '1';
    await page
      .getByTestId('apply-id-number')
      .locator('input')
      .fill(`${who.idNumber.slice(0, 17)}${wrongLast}`);
    await page.getByTestId('apply-organization').locator('input').click();
    await expect.poll(() => page.getByTestId('register-apply').innerText()).toContain('身份证号有误');
    await page.getByTestId('apply-id-number').locator('input').fill(who.idNumber);
    await page.getByTestId('apply-organization').locator('input').fill('国网盂县供电公司');
    const applied = page.waitForResponse((r) => r.url().endsWith('/api/public/registrations/apply') && r.request().method() === 'POST');
    await page.getByTestId('apply-submit').click();
    expect((await applied).status()).toBeLessThan(300);

    // The same household and details steps as the roster path.
    const household = page.getByTestId(/^register-household-\d+$/).first();
    await household.waitFor();
    await household.click();
    await page.getByText('周末', { exact: true }).click();
    const submitted = page.waitForResponse((r) => r.url().endsWith('/api/public/registrations/members') && r.request().method() === 'POST');
    await page.getByTestId('register-submit').click();
    const response = await submitted;
    expect(response.status()).toBe(201);
    const registrationId = ((await response.json()) as { id: number }).id;
    await page.getByTestId('register-done').waitFor();
    expect(await page.getByTestId('register-done').innerText()).toContain('申请已提交');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'register-apply-done');
    await context.close();

    // The community admin sees the application, marked 申请报到, and approves it.
    const desk = await browser.page();
    await loginConsole(desk.page, 'community');
    await desk.page.goto('/registrations/members');
    const table = desk.page.getByTestId('member-registrations-table');
    await expect.poll(() => table.innerText()).toContain(who.name);
    const row = table.locator('tr', { hasText: who.name });
    expect(await row.innerText()).toContain('申请报到');
    await desk.page.getByTestId(`approve-${registrationId}`).click();
    const approved = desk.page.waitForResponse((r) => r.url().includes(`/api/registrations/members/${registrationId}/approve`));
    await desk.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /通\s*过/ })
      .click();
    expect((await approved).status()).toBe(200);
    await expect.poll(() => desk.page.getByTestId(`approve-${registrationId}`).count()).toBe(0);

    // The applicant is now a member on the roster.
    const found = await apiJson<{ items: { name: string }[] }>(desk.page, `/members?q=${encodeURIComponent(who.name)}`);
    expect(found.items.map((m) => m.name)).toContain(who.name);
    await desk.context.close();
  });

  it('the demo member opens 消息 and 我的报到 on the phone; a reminder shows up unread and is read by a tap', async () => {
    const { page, context } = await browser.page(PHONE);
    await loginPhone(page, 'member');

    // 我的报到: the latest registration, or how to register.
    const mine = page.getByTestId('my-registration');
    await expect.poll(() => mine.innerText()).toMatch(/您还没有报到|审核中|已通过|已退回|已被替代/);

    await page.getByTestId('me-notices').click();
    await page.getByTestId('phone-notices').waitFor();
    await expect.poll(async () => (await page.getByTestId('notices-empty').count()) + (await page.getByTestId('notices-list').count())).toBe(1);
    if ((await page.getByTestId('notices-empty').count()) === 1) {
      expect(await page.getByTestId('notices-empty').innerText()).toContain('暂无消息');
      await screenshot(page, 'phone-notices-empty');
    }

    // The unit secretary reminds 王建国 (漏报提醒); the reminder reaches the phone.
    const desk = await browser.page();
    await loginConsole(desk.page, 'secretary');
    const wang = (await apiJson<{ id: number; name: string }[]>(desk.page, '/registrations/unregistered')).find((m) => m.name === '王建国');
    const reminded = wang ? (await apiSend(desk.page, 'POST', '/registrations/unregistered/remind', { memberIds: [wang.id] })).status : null;
    await desk.context.close();
    if (reminded !== null) {
      expect(reminded).toBe(200);
      await page.goto('/m');
      await page.getByTestId('me-notices-unread').waitFor();
      await page.getByTestId('me-notices').click();
      await page.getByTestId('notices-list').waitFor();
      const unread = page.locator('[data-testid^="notice-"][data-read="false"]').first();
      await unread.waitFor();
      const id = (await unread.getAttribute('data-testid'))?.replace('notice-', '');
      await screenshot(page, 'phone-notices');
      await unread.click();
      await page.goto('/m/notices');
      await expect.poll(() => page.getByTestId(`notice-${id}`).getAttribute('data-read')).toBe('true');
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
