import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, screenshot } from './support.js';
import { apiJson, apiSendJson } from './support-api.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();

type Who = { communityId: number; name: string; phone: string; idLast6: string };

describe('个人报到 from the QR poster', () => {
  it('a member registers on a phone and the community admin approves it', async () => {
    // A real member of the demo county, with the full numbers read through the org admin's API.
    const admin = await browser.page();
    await loginConsole(admin.page, 'admin');
    const hits = await apiJson<{ items: { id: number }[] }>(admin.page, '/places/search?q=140322100101');
    const communityId = hits.items[0]?.id;
    if (!communityId) throw new Error('富春园社区 not found');
    const members = await apiJson<{ items: { id: number; name: string }[] }>(admin.page, `/members?placeId=${communityId}`);
    const member = members.items[0];
    if (!member) throw new Error('no member in 富春园社区');
    const reveal = async (field: string) => (await apiSendJson<{ value: string }>(admin.page, 'POST', `/members/${member.id}/reveal`, { field })).value;
    const who: Who = { communityId, name: member.name, phone: await reveal('phone'), idLast6: (await reveal('idNumber')).slice(-6) };
    await admin.context.close();

    // The phone page, without logging in.
    const { page, context } = await browser.page(PHONE);
    await page.goto(`/m/register/${who.communityId}`);
    await expect.poll(() => page.getByTestId('register-community').innerText()).toContain('富春园社区');
    await page.getByTestId('register-name').locator('input').fill(who.name);
    await page.getByTestId('register-phone').locator('input').fill(who.phone);
    await page.getByTestId('register-id6').locator('input').fill(who.idLast6);
    await page.getByTestId('register-identify').click();
    const household = page.getByTestId(/^register-household-\d+$/).first();
    await household.waitFor();
    await household.click();
    await page.getByText('法律', { exact: true }).click();
    await page.getByText('周末', { exact: true }).click();
    await page.getByTestId('register-intentions').locator('textarea:not([aria-hidden])').fill('法律咨询');
    await screenshot(page, 'register-phone');
    const submitted = page.waitForResponse((r) => r.url().endsWith('/api/public/registrations/members') && r.request().method() === 'POST');
    await page.getByTestId('register-submit').click();
    const response = await submitted;
    expect(response.status()).toBe(201);
    const registrationId = ((await response.json()) as { id: number }).id;
    await page.getByTestId('register-done').waitFor();
    expect(await page.getByTestId('register-done').innerText()).toContain('已提交，等待社区审核');
    await context.close();

    // The community admin approves it.
    const desk = await browser.page();
    await loginConsole(desk.page, 'community');
    await desk.page.getByTestId('console-menu').getByText('报到审核').click();
    const table = desk.page.getByTestId('member-registrations-table');
    await expect.poll(() => table.innerText()).toContain(who.name);
    expect(await table.innerText()).toContain('周末');
    await desk.page.getByTestId(`approve-${registrationId}`).click();
    await desk.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /通\s*过/ })
      .click();
    await expect.poll(() => desk.page.getByTestId(`approve-${registrationId}`).count()).toBe(0);

    await desk.page.getByTestId('registration-status-filter').click();
    await desk.page.locator('.ant-select-dropdown').getByText('已通过', { exact: true }).click();
    await expect.poll(() => desk.page.getByTestId(`status-${registrationId}`).innerText()).toBe('已通过');
    await screenshot(desk.page, 'member-registrations');
    await desk.context.close();
  });
});
