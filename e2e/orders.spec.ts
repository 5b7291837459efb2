import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, screenshot } from './support.js';
import { apiJson, apiLogin, apiSend } from './support-api.js';
import { loginConsole, loginPhone } from './support-login.js';

const browser = browserPerFile();

// A real 1×1 PNG: the server sniffs the bytes, and the thumbnail must decode.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: PNG });

type StoredOrder = {
  status: string;
  category: string;
  onBehalf: boolean;
  photos: number[];
  household: { id: number };
  assignee: { kind: string; name: string } | null;
  doer: { name: string } | null;
  rating: { score: number; comment: string } | null;
  timeline: { action: string; actor: string; text: string; photos: number[] }[];
};

/** The order as the server has it, read with the page's session. */
const stored = (page: Page, id: number) => apiJson<StoredOrder>(page, `/orders/${id}`);

const textOf = (page: Page, testId: string) => page.getByTestId(testId).innerText();
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Fills the bottom sheet of a step and sends it. */
async function sendPopup(page: Page, action: string, text: string, path: string) {
  await page.getByTestId(`order-${action}`).click();
  const popup = page.getByTestId(`order-popup-${action}`);
  await popup.waitFor();
  await popup.getByTestId('order-popup-text').locator('textarea:not([aria-hidden])').fill(text);
  const done = page.waitForResponse((r) => r.url().endsWith(path) && r.request().method() === 'POST');
  await popup.getByTestId('order-popup-submit').click();
  expect((await done).status()).toBe(200);
  await popup.waitFor({ state: 'detached' });
}

describe('服务工单: 居民点单 → 社区派单 → 党员接单 → 群众评单', () => {
  it('runs the whole loop across a resident’s phone, the community’s console and a member’s phone', async () => {
    const description = `厨房水管漏水，需要维修 ${Date.now() % 100000}`;

    // 居民点单: the resident asks from the Me page, with a photo.
    const resident = await browser.page(PHONE);
    const rp = resident.page;
    await loginPhone(rp, 'resident');
    expect(await textOf(rp, 'me-orders')).toContain('我要点单');
    await rp.getByTestId('me-orders-new').click();
    await rp.getByTestId('order-new-page').waitFor();
    await rp.getByTestId('order-category').getByText('维修帮办', { exact: true }).click();
    await rp.getByTestId('order-description').locator('textarea:not([aria-hidden])').fill(description);
    const uploaded = rp.waitForResponse((r) => r.url().endsWith('/api/orders/photos') && r.request().method() === 'POST');
    await rp.getByTestId('order-photo-picker').locator('input[type=file]').setInputFiles(photo('水管.png'));
    expect((await uploaded).status()).toBe(201);
    await expect.poll(() => rp.getByTestId('order-photo-picker').locator('.adm-image-uploader-cell:not(.adm-image-uploader-upload-button)').count()).toBe(1);
    expect(await noSidewaysScroll(rp)).toBeLessThanOrEqual(0);
    await screenshot(rp, 'order-new-phone');
    const submitted = rp.waitForResponse((r) => r.url().endsWith('/api/orders') && r.request().method() === 'POST');
    await rp.getByTestId('order-submit').click();
    const created = await submitted;
    expect(created.status()).toBe(201);
    const id = ((await created.json()) as { id: number }).id;
    await rp.waitForURL(`**/m/orders/${id}`);
    await expect.poll(() => textOf(rp, 'order-status')).toBe('待派单');
    expect(await textOf(rp, 'order-description')).toContain(description);
    // The thumbnail decodes: the photo is served for the order.
    await expect
      .poll(() =>
        rp
          .getByTestId('order-photos')
          .locator('img')
          .first()
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBe(1);
    // Before dispatch the resident may only cancel.
    expect(await rp.getByTestId('order-actions').locator('button').allInnerTexts()).toEqual(['取消需求']);
    const first = await stored(rp, id);
    expect(first).toMatchObject({ status: 'submitted', photos: [expect.any(Number)] });

    // 社区派单: the community opens it from the list, sees 王建国 ranked with a reason, and dispatches to him.
    const desk = await browser.page();
    const dp = desk.page;
    await loginConsole(dp, 'community');
    await dp.getByTestId('console-menu').getByText('服务工单').click();
    await expect.poll(() => textOf(dp, 'orders-table')).toContain(description);
    expect(await textOf(dp, `order-status-${id}`)).toBe('待派单');
    await dp.getByTestId(`order-link-${id}`).click();
    await dp.getByTestId('order-detail').waitFor();
    expect(await textOf(dp, 'order-description')).toContain(description);
    expect(await dp.getByTestId('order-facts').locator('img').count()).toBe(1);
    const wang = dp.getByTestId(/^match-\d+$/).filter({ hasText: '王建国' });
    await wang.waitFor();
    expect(await wang.innerText()).toContain('专长：维修');
    await screenshot(dp, 'order-dispatch-console');
    await wang.getByRole('button', { name: '派给TA' }).click();
    const dispatched = dp.waitForResponse((r) => r.url().endsWith(`/api/orders/${id}/dispatch`));
    await dp.locator('.ant-popconfirm').getByRole('button', { name: '派给TA' }).click();
    expect((await dispatched).status()).toBe(200);
    await expect.poll(() => textOf(dp, 'order-status')).toBe('已派单');
    expect(await textOf(dp, 'order-assignee')).toBe('王建国');
    expect((await stored(dp, id)).assignee).toMatchObject({ kind: 'member', name: '王建国' });

    // 党员接单: the member finds it under 我的服务单, accepts, adds a note with a photo, and finishes.
    const member = await browser.page(PHONE);
    const mp = member.page;
    await loginPhone(mp, 'member');
    await mp.getByTestId('me-orders-served').click();
    await mp.getByTestId('orders-page').waitFor();
    await mp.getByTestId(`order-card-${id}`).click();
    await mp.waitForURL(`**/m/orders/${id}`);
    await expect.poll(() => textOf(mp, 'order-status')).toBe('已派单');
    expect(await mp.getByTestId('order-actions').locator('button').allInnerTexts()).toEqual(['接单', '退单']);
    await mp.getByTestId('order-accept').click();
    const accepted = mp.waitForResponse((r) => r.url().endsWith(`/api/orders/${id}/accept`));
    await mp.locator('.adm-dialog').getByRole('button', { name: '接单' }).click();
    expect((await accepted).status()).toBe(200);
    await expect.poll(() => textOf(mp, 'order-status')).toBe('服务中');

    await mp.getByTestId('order-note').click();
    const notePopup = mp.getByTestId('order-popup-note');
    await notePopup.waitFor();
    const notePhoto = mp.waitForResponse((r) => r.url().endsWith('/api/orders/photos'));
    await notePopup.getByTestId('order-popup-photos').locator('input[type=file]').setInputFiles(photo('上门.png'));
    expect((await notePhoto).status()).toBe(201);
    await expect.poll(() => notePopup.getByTestId('order-popup-submit').isEnabled()).toBe(true);
    await notePopup.getByTestId('order-popup-text').locator('textarea:not([aria-hidden])').fill('已上门查看，明天带配件');
    const noted = mp.waitForResponse((r) => r.url().endsWith(`/api/orders/${id}/notes`));
    await notePopup.getByTestId('order-popup-submit').click();
    expect((await noted).status()).toBe(200);
    await notePopup.waitFor({ state: 'detached' });
    await expect.poll(() => textOf(mp, 'order-timeline')).toContain('已上门查看，明天带配件');

    await sendPopup(mp, 'finish', '已更换水管', `/api/orders/${id}/finish`);
    await expect.poll(() => textOf(mp, 'order-status')).toBe('待评价');
    expect(await mp.getByTestId('order-actions').count()).toBe(0);
    expect(await noSidewaysScroll(mp)).toBeLessThanOrEqual(0);
    await screenshot(mp, 'order-member-phone');

    // 群众评单: the resident gives five stars.
    await rp.reload();
    await expect.poll(() => textOf(rp, 'order-status')).toBe('待评价');
    expect(await textOf(rp, 'order-handler')).toBe('王建国');
    expect(await rp.getByTestId('order-actions').locator('button').allInnerTexts()).toEqual(['评价', '不满意，重新打开']);
    await rp.getByTestId('order-rate').click();
    const ratePopup = rp.getByTestId('order-popup-rate');
    await ratePopup.waitFor();
    await ratePopup.locator('.adm-rate-star').nth(4).click();
    await ratePopup.getByTestId('order-popup-text').locator('textarea:not([aria-hidden])').fill('很及时，谢谢王师傅');
    await screenshot(rp, 'order-rate-phone');
    const rated = rp.waitForResponse((r) => r.url().endsWith(`/api/orders/${id}/rate`));
    await ratePopup.getByTestId('order-popup-submit').click();
    expect((await rated).status()).toBe(200);
    await expect.poll(() => textOf(rp, 'order-status')).toBe('已评价');
    expect(await textOf(rp, 'order-rating')).toContain('很及时，谢谢王师傅');
    await screenshot(rp, 'order-rated-phone');
    // 我的需求 lists it as rated.
    await rp.goto('/m');
    await rp.getByTestId('me-orders-mine').click();
    await expect.poll(() => textOf(rp, `order-card-status-${id}`)).toBe('已评价');

    // The console shows the rated order and every step on the timeline.
    await dp.reload();
    await dp.getByTestId('order-detail').waitFor();
    await expect.poll(() => textOf(dp, 'order-status')).toBe('已评价');
    const timeline = await textOf(dp, 'order-timeline');
    for (const step of ['居民点单', '社区派单', '党员接单', '服务进展', '服务完成', '群众评单', '已上门查看，明天带配件', '已更换水管', '王建国', '李秀英']) {
      expect(timeline).toContain(step);
    }
    expect(await textOf(dp, 'order-rating')).toContain('5 星');
    // The resident's photo on 点单 and the member's on the progress note.
    expect(await dp.getByTestId('order-timeline').locator('img').count()).toBe(2);
    expect(await dp.getByTestId('dispatch-panel').count()).toBe(0);
    await screenshot(dp, 'order-rated-console');

    const done = await stored(dp, id);
    expect(done).toMatchObject({ status: 'rated', doer: { name: '王建国' }, rating: { score: 5, comment: '很及时，谢谢王师傅' } });
    expect(done.timeline.map((e) => e.action)).toEqual(['submit', 'dispatch', 'accept', 'note', 'finish', 'rate']);
    expect(done.timeline.find((e) => e.action === 'note')).toMatchObject({ actor: '王建国', photos: [expect.any(Number)] });

    // The list shows it rated, too.
    await dp.goto('/orders');
    await expect.poll(() => textOf(dp, `order-status-${id}`)).toBe('已评价');

    await resident.context.close();
    await member.context.close();
    await desk.context.close();
  }, 240_000);

  it('gives an open order to the first member only: a late tap is told it is taken, and another member cannot take it', async () => {
    // The community 代点单 for 李秀英's household and opens the order to the pool.
    const desk = await browser.page();
    const dp = desk.page;
    await loginConsole(dp, 'community');
    const household = (await apiJson<{ items: { household: { id: number } }[] }>(dp, '/orders?pageSize=1')).items[0]?.household.id;
    expect(household).toBeTypeOf('number');
    const made = await apiSend(dp, 'POST', '/orders', { category: 'errand', description: '帮忙取快递（抢单）', householdId: household });
    expect(made.status).toBe(201);
    const id = made.body.id as number;
    expect((await apiSend(dp, 'POST', `/orders/${id}/pool`, {})).status).toBe(200);

    // 王建国 has the order open on two screens; he takes it on one.
    const member = await browser.page(PHONE);
    const mp = member.page;
    await loginPhone(mp, 'member');
    await mp.getByTestId('me-orders-pool').click();
    await mp.getByTestId(`order-card-${id}`).waitFor();
    expect(await textOf(mp, `order-card-status-${id}`)).toBe('待认领');
    await mp.getByTestId(`order-card-${id}`).click();
    await mp.getByTestId('order-accept').waitFor();
    const stale = await member.context.newPage();
    await stale.goto(`/m/orders/${id}`);
    await stale.getByTestId('order-accept').waitFor();

    await mp.getByTestId('order-accept').click();
    await mp.locator('.adm-dialog').getByRole('button', { name: '接单' }).click();
    await expect.poll(() => textOf(mp, 'order-status')).toBe('服务中');

    // The other screen still shows 接单; tapping it says the order is taken.
    await stale.getByTestId('order-accept').click();
    const refused = stale.waitForResponse((r) => r.url().endsWith(`/api/orders/${id}/accept`));
    await stale.locator('.adm-dialog').getByRole('button', { name: '接单' }).click();
    expect((await refused).status()).toBe(409);
    await expect.poll(() => textOf(stale, 'order-error')).toContain('这一单已被其他党员接走');
    await screenshot(stale, 'order-taken-phone');

    // Another member account (the county has no second roster-linked one) cannot take it either.
    const created = await apiSend<{ account: { username: string }; temporaryPassword: string }>(dp, 'POST', '/accounts', {
      username: `member${Date.now() % 100000}`,
      displayName: '张志强',
      role: 'member',
      placeId: (await apiJson<{ account: { place: { id: number } } }>(dp, '/auth/session')).account.place.id,
    });
    expect(created.status).toBe(201);
    const issued = created.body;
    const other = await browser.page(PHONE);
    await other.page.goto('/m/login');
    expect((await apiLogin(other.page, issued.account.username, issued.temporaryPassword)).status).toBe(200);
    const changed = await apiSend(other.page, 'POST', '/auth/password', { currentPassword: issued.temporaryPassword, newPassword: 'Orders#2026x' });
    expect(changed.status).toBe(200);
    const late = await apiSend(other.page, 'POST', `/orders/${id}/accept`, {});
    expect(late.status).toBeGreaterThanOrEqual(400);
    expect(late.body.error?.code).toMatch(/^order\.|notFound/);

    // Exactly one accept on the stored order, by 王建国.
    const order = await stored(dp, id);
    expect(order).toMatchObject({ status: 'accepted', doer: { name: '王建国' } });
    expect(order.timeline.filter((e) => e.action === 'accept')).toHaveLength(1);

    await other.context.close();
    await member.context.close();
    await desk.context.close();
  }, 180_000);

  it('offers 代点单 to the grid worker, and lets the community submit for a household from the console and filter the list', async () => {
    // The grid worker has the menu entry and the button. (Their orders are filed under the community,
    // outside a grid's places, so the server does not list them back to the grid worker yet.)
    const grid = await browser.page();
    await loginConsole(grid.page, 'grid');
    await grid.page.getByTestId('console-menu').getByText('服务工单').click();
    await grid.page.getByTestId('order-new').waitFor();
    await grid.context.close();

    const { page, context } = await browser.page();
    page.setDefaultTimeout(15_000);
    await loginConsole(page, 'community');
    await page.getByTestId('console-menu').getByText('服务工单').click();
    await page.getByTestId('orders-table').waitFor();
    await page.getByTestId('order-new').click();
    const dialog = page.locator('.ant-modal');
    await dialog.waitFor();
    await dialog.getByTestId('household-picker').click();
    await page.keyboard.type('102');
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    await option.waitFor();
    await option.click();
    await dialog.getByTestId('order-category').click();
    await page.locator('.ant-select-dropdown:visible').getByText('助老服务', { exact: true }).click();
    await dialog.getByTestId('order-description').fill('独居老人需要每周上门探访');
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/orders') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const response = await sent;
    expect(response.status()).toBe(201);
    const id = ((await response.json()) as { id: number }).id;
    await page.waitForURL(`**/orders/${id}`);
    await expect.poll(() => textOf(page, 'order-status')).toBe('待派单');
    expect(await textOf(page, 'order-facts')).toContain('代点单');
    expect(await page.getByTestId('order-matches').count()).toBe(1);
    expect(await stored(page, id)).toMatchObject({ status: 'submitted', onBehalf: true, category: 'elderlyCare' });

    await page.goto('/orders');
    await page.getByTestId('orders-status-filter').click();
    await page.locator('.ant-select-dropdown:visible').getByText('待派单', { exact: true }).click();
    const statuses = async () => [...new Set(await page.getByTestId('orders-table').locator('[data-testid^="order-status-"]').allInnerTexts())];
    await expect.poll(statuses).toEqual(['待派单']);
    expect(await textOf(page, 'orders-table')).toContain('独居老人需要每周上门探访');
    await screenshot(page, 'orders-console');
    // 只看超时 with 待派单: only the waiting requests past their time limit, as the server counts them.
    await page.getByTestId('orders-overdue-filter').click();
    const overdue = (await apiJson<{ total: number }>(page, '/orders?status=submitted&overdue=true')).total;
    await expect.poll(async () => page.getByTestId('orders-table').locator('[data-testid^="order-status-"]').count()).toBe(Math.min(overdue, 20));
    expect(await textOf(page, 'orders-table')).not.toContain('独居老人需要每周上门探访');
    await context.close();
  });
});
