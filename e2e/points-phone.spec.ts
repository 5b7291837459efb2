import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, screenshot } from './support.js';
import { apiJson } from './support-api.js';
import { loginPhone } from './support-login.js';

const browser = browserPerFile();

type MyPoints = { balance: number; earnedThisYear: number; redeemedThisYear: number };
type Merchant = { id: number; name: string };
type Item = { id: number; name: string; points: number; stock: number };
type Redemption = { id: number; member: { name: string }; items: { name: string; qty: number }[]; total: number; status: string; reverseReason: string | null };
type Paged<T> = { items: T[]; total: number };
type Statement = { redemptions: number; reversed: number; points: number };

const textOf = (page: Page, testId: string) => page.getByTestId(testId).innerText();
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const thisMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);

const isRedeem = (url: string, method: string) => url.endsWith('/api/redemptions') && method === 'POST';

/** The merchant types the member's digits, picks `qty` of one item and confirms; resolves to the answer's status and body. */
async function redeemOnShopPhone(sp: Page, digits: string, itemId: number, qty: number, expectTotal: number) {
  await sp.getByTestId('shop-code-input').locator('input').fill(digits);
  await expect.poll(() => textOf(sp, 'shop-code')).toBe(`${digits.slice(0, 3)} ${digits.slice(3)}`);
  for (let i = 0; i < qty; i++) await sp.getByTestId(`shop-item-${itemId}`).locator('.adm-stepper-plus').click();
  await expect.poll(() => textOf(sp, 'shop-total')).toBe(`合计 ${expectTotal} 分`);
  await sp.getByTestId('shop-confirm').click();
  const dialog = sp.locator('.adm-dialog');
  await dialog.getByTestId('shop-confirm-text').waitFor();
  const answer = sp.waitForResponse((r) => isRedeem(r.url(), r.request().method()));
  await dialog.getByRole('button', { name: '确认兑换' }).click();
  const response = await answer;
  return { status: response.status(), body: (await response.json()) as unknown };
}

describe('积分 on the phone: 我的积分, 兑换码, and the merchant’s 兑换 with records and statement', () => {
  it('a member shows a code, the merchant takes 毛巾 with it, cannot take it twice, and reverses it; a basket above the balance is refused', async () => {
    // The member: 我的 shows the balance, 我的积分 the same figures as the API.
    const member = await browser.page(PHONE);
    const mp = member.page;
    await loginPhone(mp, 'member');
    const before = await apiJson<MyPoints>(mp, '/points/me');
    expect(before.balance).toBeGreaterThanOrEqual(5);
    await expect.poll(() => textOf(mp, 'me-points-balance')).toBe(`${before.balance} 分`);
    await mp.getByTestId('me-points-mine').click();
    await mp.waitForURL('**/m/points');
    await expect.poll(() => textOf(mp, 'points-balance')).toBe(String(before.balance));
    expect(await textOf(mp, 'points-earned')).toBe(String(before.earnedThisYear));
    expect(await textOf(mp, 'points-redeemed')).toBe(String(before.redeemedThisYear));
    // 积分明细: the demo member's earned entries, signed and tagged.
    const firstAmount = mp.getByTestId('points-entries').locator('[data-testid^="points-entry-amount-"]').first();
    await firstAmount.waitFor();
    // A capped earning shows 0 with no sign.
    expect(await firstAmount.innerText()).toMatch(/^([+−]\d+|0)$/);
    expect(await noSidewaysScroll(mp)).toBeLessThanOrEqual(0);
    await screenshot(mp, 'points-phone-mine');

    // 积分规则: each rule's points and monthly cap.
    await mp.locator('.adm-tabs-tab', { hasText: '积分规则' }).click();
    await expect.poll(() => textOf(mp, 'points-rule-activityHour')).toMatch(/参加活动（每小时）[\s\S]*每月最多 \d+ 分[\s\S]*\+\d+ 分/);
    expect(await textOf(mp, 'points-rule-noShow')).toMatch(/−\d+ 分/);

    // 兑换商户: the shop's catalogue with its prices.
    await mp.locator('.adm-tabs-tab', { hasText: '兑换商户' }).click();
    const shopRow = mp.getByTestId('points-merchants').locator('[data-testid^="points-merchant-"]', { hasText: '秀水便民超市' });
    expect(await shopRow.innerText()).toContain('超市');
    await shopRow.click();
    const catalogue = mp.getByTestId('points-catalogue');
    await expect.poll(() => catalogue.innerText()).toMatch(/毛巾[\s\S]*5 分/);
    await screenshot(mp, 'points-phone-catalogue');
    await catalogue.getByRole('button', { name: '关闭' }).click();
    await catalogue.waitFor({ state: 'detached' });

    // 兑换码: a QR code, six digits, a countdown and the balance.
    await mp.getByTestId('points-show-code').click();
    await mp.waitForURL('**/m/points/code');
    await expect.poll(() => textOf(mp, 'code-digits')).toMatch(/^\d{6}$/);
    const digits = await textOf(mp, 'code-digits');
    await expect.poll(() => mp.getByTestId('code-qr').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await textOf(mp, 'code-countdown')).toMatch(/^[12]:\d{2} 后失效$/);
    expect(await textOf(mp, 'code-balance')).toBe(`当前积分 ${before.balance} 分`);
    expect(await noSidewaysScroll(mp)).toBeLessThanOrEqual(0);
    await screenshot(mp, 'points-phone-code');

    // The merchant, on another phone: 我的 → 积分兑换.
    const shop = await browser.page(PHONE);
    const sp = shop.page;
    await loginPhone(sp, 'merchant');
    await sp.getByTestId('me-shop-redeem').click();
    await sp.waitForURL('**/m/shop');
    expect(await textOf(sp, 'shop-name')).toBe('秀水便民超市');
    const merchants = await apiJson<Paged<Merchant>>(sp, '/merchants');
    const shopId = merchants.items.find((m) => m.name === '秀水便民超市')?.id ?? 0;
    const stock = async (name: string) => {
      const found = (await apiJson<Item[]>(sp, `/merchants/${shopId}/items`)).find((i) => i.name.startsWith(name));
      if (!found) throw new Error(`no ${name}`);
      return found;
    };
    const towel = await stock('毛巾');
    expect(towel.points).toBe(5);
    const redemptionsBefore = (await apiJson<Paged<Redemption>>(sp, `/redemptions?month=${thisMonth()}`)).total;

    // Types the six digits read off the member's screen, picks 毛巾 ×1 and confirms.
    const first = await redeemOnShopPhone(sp, digits, towel.id, 1, 5);
    expect(first.status).toBe(201);
    const redemption = first.body as Redemption;
    expect(redemption).toMatchObject({ member: { name: '王建国' }, items: [{ name: '毛巾', qty: 1 }], total: 5, status: 'done' });
    await expect.poll(() => textOf(sp, 'shop-done-total')).toBe('扣除 5 分');
    expect(await textOf(sp, 'shop-done-member')).toBe('党员：王建国');
    expect(await textOf(sp, 'shop-done-items')).toBe('毛巾×1');
    expect(await noSidewaysScroll(sp)).toBeLessThanOrEqual(0);
    await screenshot(sp, 'points-phone-shop-done');

    // The member's screen notices the balance drop and says so.
    await expect.poll(() => textOf(mp, 'code-done-title'), { timeout: 20_000 }).toBe('兑换成功，扣除 5 分');
    expect(await textOf(mp, 'code-done-balance')).toBe(`剩余 ${before.balance - 5} 分`);
    await expect.poll(() => textOf(mp, 'code-done-what')).toBe('秀水便民超市：毛巾×1');
    await screenshot(mp, 'points-phone-code-done');

    // Stored: 5 points fewer, the redemption in the merchant's records, one towel fewer.
    const after = await apiJson<MyPoints>(mp, '/points/me');
    expect(after.balance).toBe(before.balance - 5);
    expect(after.redeemedThisYear).toBe(before.redeemedThisYear + 5);
    const listed = await apiJson<Paged<Redemption>>(sp, `/redemptions?month=${thisMonth()}`);
    expect(listed.total).toBe(redemptionsBefore + 1);
    expect(listed.items.find((r) => r.id === redemption.id)).toMatchObject({ status: 'done', total: 5, member: { name: '王建国' } });
    expect((await stock('毛巾')).stock).toBe(towel.stock - 1);

    // The same code again: refused as used, and nothing moves.
    await sp.getByTestId('shop-next').click();
    const again = await redeemOnShopPhone(sp, digits, towel.id, 1, 5);
    expect(again.status).toBe(409);
    await expect.poll(() => textOf(sp, 'shop-error')).toBe('该兑换码已被使用');
    // The code goes back to be typed again; the basket stays.
    await sp.getByTestId('shop-code-input').waitFor();
    expect(await textOf(sp, 'shop-total')).toBe('合计 5 分');
    expect((await apiJson<MyPoints>(mp, '/points/me')).balance).toBe(before.balance - 5);
    expect((await apiJson<Paged<Redemption>>(sp, `/redemptions?month=${thisMonth()}`)).total).toBe(redemptionsBefore + 1);
    await screenshot(sp, 'points-phone-shop-used');

    // 兑换记录: 撤销 asks for a reason, then the points and the towel go back.
    await sp.locator('.adm-tabs-tab', { hasText: '兑换记录' }).click();
    const row = sp.getByTestId(`shop-redemption-${redemption.id}`);
    await expect.poll(() => textOf(sp, `shop-redemption-status-${redemption.id}`)).toBe('已兑换');
    expect(await row.innerText()).toContain('毛巾×1');
    await sp.getByTestId(`shop-reverse-${redemption.id}`).click();
    const reverseDialog = sp.locator('.adm-dialog');
    await reverseDialog.getByTestId('shop-reverse-dialog').waitFor();
    await reverseDialog.locator('.shop-reverse-confirm').click();
    await expect.poll(() => textOf(sp, 'shop-reverse-error')).toBe('请填写撤销原因');
    await reverseDialog.getByRole('textbox', { name: /撤销原因/ }).fill('顾客退货');
    const reversed = sp.waitForResponse((r) => r.url().endsWith(`/api/redemptions/${redemption.id}/reverse`));
    await reverseDialog.locator('.shop-reverse-confirm').click();
    expect((await reversed).status()).toBe(200);
    await expect.poll(() => textOf(sp, `shop-redemption-status-${redemption.id}`)).toBe('已撤销');
    expect(await row.innerText()).toContain('撤销原因：顾客退货');
    expect(await sp.getByTestId(`shop-reverse-${redemption.id}`).count()).toBe(0);
    await screenshot(sp, 'points-phone-shop-records');
    expect((await apiJson<MyPoints>(mp, '/points/me')).balance).toBe(before.balance);
    expect((await apiJson<Paged<Redemption>>(sp, `/redemptions?month=${thisMonth()}`)).items.find((r) => r.id === redemption.id)).toMatchObject({
      status: 'reversed',
      reverseReason: '顾客退货',
    });
    expect((await stock('毛巾')).stock).toBe(towel.stock);

    // 月度结算: the screen shows the API's figures; the reversal does not count.
    await sp.locator('.adm-tabs-tab', { hasText: '月度结算' }).click();
    const statement = await apiJson<Statement>(sp, `/merchants/${shopId}/statement?month=${thisMonth()}`);
    expect(statement.reversed).toBeGreaterThanOrEqual(1);
    await expect.poll(() => textOf(sp, 'shop-statement-reversed')).toBe(String(statement.reversed));
    expect(await textOf(sp, 'shop-statement-redemptions')).toBe(String(statement.redemptions));
    expect(await textOf(sp, 'shop-statement-points')).toBe(String(statement.points));
    const download = sp.waitForEvent('download');
    await sp.getByTestId('shop-statement-download').click();
    expect((await download).suggestedFilename()).toBe(`积分兑换结算单-秀水便民超市-${thisMonth()}.xlsx`);
    await screenshot(sp, 'points-phone-shop-statement');

    // A basket worth more than the balance: 积分不足, and nothing changes.
    await mp.getByTestId('code-again').click();
    await expect.poll(() => mp.getByTestId('code-countdown').count()).toBe(1);
    const fresh = await textOf(mp, 'code-digits');
    expect(fresh).toMatch(/^\d{6}$/);
    const balance = (await apiJson<MyPoints>(mp, '/points/me')).balance;
    const rice = await stock('大米');
    const qty = Math.floor(balance / rice.points) + 1;
    expect(qty).toBeLessThanOrEqual(rice.stock);
    await sp.locator('.adm-tabs-tab', { hasText: /^兑换$/ }).click();
    await sp.getByTestId(`shop-item-${towel.id}`).locator('.adm-stepper-minus').click();
    await expect.poll(() => textOf(sp, 'shop-total')).toBe('合计 0 分');
    const short = await redeemOnShopPhone(sp, fresh, rice.id, qty, qty * rice.points);
    expect(short.status).toBe(409);
    await expect.poll(() => textOf(sp, 'shop-error')).toBe(`积分不足：余额 ${balance} 分，需要 ${qty * rice.points} 分`);
    // The code is still good: the merchant may take less with it.
    expect(await textOf(sp, 'shop-code')).toBe(`${fresh.slice(0, 3)} ${fresh.slice(3)}`);
    await screenshot(sp, 'points-phone-shop-short');
    expect((await apiJson<MyPoints>(mp, '/points/me')).balance).toBe(balance);
    expect((await stock('大米')).stock).toBe(rice.stock);
    expect((await apiJson<Paged<Redemption>>(sp, `/redemptions?month=${thisMonth()}`)).total).toBe(redemptionsBefore + 1);
    expect(await mp.getByTestId('code-done').count()).toBe(0);
    expect(await textOf(mp, 'code-digits')).toBe(fresh);

    await member.context.close();
    await shop.context.close();
  }, 180_000);
});
