import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, screenshot } from './support.js';
import { apiJson } from './support-api.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();

type PageOf<T> = { items: T[]; total: number };
type Rule = { kind: string; points: number; monthlyCap: number | null; effectiveFrom: string | null };
type Rules = { current: Rule[]; scheduled: Rule[] };
type Entry = {
  id: number;
  holder: { kind: 'member' | 'merchant'; id: number; name: string };
  kind: string;
  amount: number;
  rule: string | null;
  note: string;
  reversesId: number | null;
  reversedBy: number | null;
  occurredOn: string;
};
type Merchant = { id: number; name: string; kind: string; place: { id: number; name: string }; address: string; accountId: number | null; items: number };
type Item = { id: number; name: string; points: number; stock: number; active: boolean };

/** A calendar day in Beijing, `days` from today. */
const beijingDay = (days = 0) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The input of an antd control, whether the test id sits on the input or on its wrapper. */
const inputOf = (control: Locator) => control.locator('xpath=self::input | descendant::input').first();

/** Types a day into an antd DatePicker and commits it with Enter (Escape would close a dialog around it). */
async function typeDate(input: Locator, day: string) {
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(day);
}

/** Picks an option of an antd select by its text, typing it first when the select searches the server. */
async function choose(page: Page, select: Locator, text: string, type = false) {
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await select.click();
  if (type) await page.keyboard.type(text);
  const option = options.filter({ has: page.getByText(text, { exact: true }) }).first();
  await option.waitFor();
  await option.click();
}

const rowText = (page: Page, testId: string) => page.getByTestId(testId).innerText();

describe('双评价 — 积分 in the console: rules, the ledger with 更正 and 对账, merchants', () => {
  it('the org department schedules 完成服务工单 at 4 points from tomorrow; a positive deduction is refused on the field', async () => {
    const { page: op, context } = await browser.page();
    await loginConsole(op, 'admin');
    const before = await apiJson<Rules>(op, '/points/rules');
    const current = before.current.find((r) => r.kind === 'orderDone');
    expect(current).toBeDefined();

    await op.getByTestId('console-menu').getByText('积分规则', { exact: true }).click();
    await op.getByTestId('rules-current-orderDone').waitFor();
    expect(await rowText(op, 'rules-current-orderDone')).toContain(`+${current?.points}`);

    await op.getByTestId('rule-adjust-orderDone').click();
    const dialog = op.locator('.ant-modal').filter({ hasText: '调整积分规则' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('rule-explain').innerText()).toContain('已经记入台账的积分不会按新规则重算');
    await dialog.locator('#points').fill('4');
    // Yesterday cannot be picked; today can.
    await dialog.locator('#effectiveFrom').click();
    const calendar = op.locator('.ant-picker-dropdown:visible');
    await calendar.waitFor();
    const todayCell = calendar.locator('td.ant-picker-cell-today');
    expect(await todayCell.getAttribute('class')).not.toContain('ant-picker-cell-disabled');
    const yesterdayCell = todayCell.locator('xpath=preceding::td[1]');
    if (await yesterdayCell.count()) expect(await yesterdayCell.getAttribute('class')).toContain('ant-picker-cell-disabled');
    const tomorrow = beijingDay(1);
    await typeDate(dialog.locator('#effectiveFrom'), tomorrow);
    const saved = op.waitForResponse((r) => r.url().endsWith('/api/points/rules') && r.request().method() === 'PUT');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    expect((await saved).status()).toBe(200);
    await op.locator('.ant-message').getByText('积分规则已保存').waitFor();

    // Listed as scheduled; the rule in force stays.
    await op.getByTestId('rules-scheduled-orderDone').waitFor();
    const scheduledRow = await rowText(op, 'rules-scheduled-orderDone');
    expect(scheduledRow).toContain(tomorrow);
    expect(scheduledRow).toContain('+4');
    expect(await rowText(op, 'rules-current-orderDone')).toContain(`+${current?.points}`);
    const after = await apiJson<Rules>(op, '/points/rules');
    expect(after.scheduled).toContainEqual({ kind: 'orderDone', points: 4, monthlyCap: current?.monthlyCap ?? null, effectiveFrom: tomorrow });
    expect(after.current.find((r) => r.kind === 'orderDone')).toEqual(current);
    await screenshot(op, 'points-rules');

    // A deduction with a positive value: the field says why, and nothing is sent.
    let puts = 0;
    op.on('request', (r) => {
      if (r.url().endsWith('/api/points/rules') && r.method() === 'PUT') puts++;
    });
    await op.getByTestId('rule-adjust-noShow').click();
    const deduct = op.locator('.ant-modal').filter({ hasText: '报名未参加' });
    await deduct.waitFor();
    await deduct.locator('#points').fill('2');
    await deduct.getByRole('button', { name: /保\s*存/ }).click();
    await deduct.locator('.ant-form-item-explain-error').getByText('扣分规则的分值须为负数或零').waitFor();
    await screenshot(op, 'points-rules-sign');
    expect(puts).toBe(0);
    await deduct.getByRole('button', { name: /取\s*消/ }).click();
    expect((await apiJson<Rules>(op, '/points/rules')).current.find((r) => r.kind === 'noShow')).toEqual(before.current.find((r) => r.kind === 'noShow'));
    await context.close();
  });

  it('the community admin filters the ledger to a member and 更正 an earning with a reason', async () => {
    const { page: cp, context } = await browser.page();
    await loginConsole(cp, 'community');

    // A member of 富春园 with an earning not yet corrected, whose name finds only them.
    const earned = await apiJson<PageOf<Entry>>(cp, '/points/entries?kind=earn&pageSize=200');
    let target: Entry | undefined;
    for (const e of earned.items) {
      if (e.holder.kind !== 'member' || e.reversedBy !== null || e.amount <= 0 || e.holder.name === '王建国') continue;
      const found = await apiJson<PageOf<{ id: number; name: string }>>(cp, `/members?q=${encodeURIComponent(e.holder.name)}&pageSize=50`);
      if (found.items.filter((m) => m.name === e.holder.name).length === 1) {
        target = e;
        break;
      }
    }
    expect(target).toBeDefined();
    const entry = target as Entry;
    const all = await apiJson<PageOf<Entry>>(cp, `/points/entries?memberId=${entry.holder.id}&pageSize=200`);
    const balance = all.items.reduce((n, e) => n + e.amount, 0);

    await cp.getByTestId('console-menu').getByText('积分台账', { exact: true }).click();
    await cp.getByTestId('ledger-table').locator('tbody tr.ant-table-row').first().waitFor();
    await choose(cp, cp.getByTestId('ledger-member'), entry.holder.name, true);
    // The summary is the member's balance over all their entries.
    await expect.poll(() => cp.getByTestId('ledger-balance').innerText()).toMatch(new RegExp(`当前余额\\s*${balance}\\s*分`));
    await choose(cp, cp.getByTestId('ledger-kind'), '加分');

    // A range that ends before it starts says so; then the entry's own day.
    await typeDate(cp.locator('#ledger-to'), entry.occurredOn);
    await typeDate(cp.locator('#ledger-from'), shiftDay(entry.occurredOn, 1));
    expect(await cp.getByTestId('ledger-range-error').innerText()).toBe('开始日期不能晚于结束日期');
    await typeDate(cp.locator('#ledger-from'), entry.occurredOn);
    await expect.poll(() => cp.getByTestId('ledger-range-error').count()).toBe(0);

    const row = cp.getByTestId(`ledger-row-${entry.id}`);
    await row.waitFor();
    expect(await row.innerText()).toContain(entry.holder.name);
    expect(await cp.getByTestId(`entry-amount-${entry.id}`).innerText()).toBe(`+${entry.amount}`);
    const names = await cp.getByTestId('ledger-table').locator('tbody tr.ant-table-row td:nth-child(2)').allInnerTexts();
    expect(new Set(names)).toEqual(new Set([entry.holder.name]));

    // 更正 needs a reason, and says it adds a reversing entry.
    await cp.getByTestId(`entry-reverse-${entry.id}`).click();
    const dialog = cp.locator('.ant-modal').filter({ hasText: '更正积分' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('reverse-explain').innerText()).toContain(`追加一条 −${entry.amount} 分的冲正记录`);
    await dialog.getByRole('button', { name: /更\s*正/ }).click();
    await dialog.locator('.ant-form-item-explain-error').getByText('请填写更正原因').waitFor();
    const reason = `服务记录重复登记 ${Date.now() % 10000}`;
    await dialog.locator('textarea:not([aria-hidden])').first().fill(reason);
    const reversed = cp.waitForResponse((r) => r.url().endsWith(`/api/points/entries/${entry.id}/reverse`) && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /更\s*正/ }).click();
    const response = await reversed;
    expect(response.status()).toBe(200);
    const reversing = (await response.json()) as Entry;
    await cp.locator('.ant-message').getByText('已更正').waitFor();

    // Marked corrected; the reversing entry shows once the type filter is cleared.
    await cp.getByTestId(`entry-reversed-${entry.id}`).waitFor();
    expect(await cp.getByTestId(`entry-reverse-${entry.id}`).count()).toBe(0);
    await cp.getByTestId('ledger-kind').hover();
    await cp.getByTestId('ledger-kind').locator('.ant-select-clear').click();
    await cp.getByTestId(`ledger-row-${reversing.id}`).waitFor();
    expect(await cp.getByTestId(`entry-reverses-${reversing.id}`).innerText()).toBe(`冲正 #${entry.id}`);
    expect(await cp.getByTestId(`entry-amount-${reversing.id}`).innerText()).toBe(`−${entry.amount}`);
    expect(await cp.getByTestId(`ledger-row-${reversing.id}`).innerText()).toContain(reason);
    await expect.poll(() => cp.getByTestId('ledger-balance').innerText()).toMatch(new RegExp(`当前余额\\s*${balance - entry.amount}\\s*分`));
    await screenshot(cp, 'points-ledger-reversed');

    const stored = await apiJson<PageOf<Entry>>(cp, `/points/entries?memberId=${entry.holder.id}&pageSize=200`);
    const reverse = stored.items.find((e) => e.reversesId === entry.id);
    expect(reverse).toMatchObject({ id: reversing.id, kind: 'reverse', amount: -entry.amount, occurredOn: entry.occurredOn, note: `更正：${reason}` });
    expect(stored.items.find((e) => e.id === entry.id)?.reversedBy).toBe(reversing.id);
    await context.close();
  });

  it('the org department adds 测试药店 in 富春园社区 with 口罩 at 3 points, 10 in stock', async () => {
    const { page: op, context } = await browser.page();
    await loginConsole(op, 'admin');
    await op.getByTestId('console-menu').getByText('兑换商户', { exact: true }).click();
    await op.getByTestId('merchants-table').locator('tbody tr.ant-table-row').first().waitFor();

    await op.getByTestId('merchant-add').click();
    const dialog = op.locator('.ant-modal').filter({ hasText: '新增商户' });
    await dialog.waitFor();
    await inputOf(dialog.getByTestId('merchant-name')).fill('测试药店');
    await choose(op, dialog.getByTestId('merchant-kind'), '药店');
    await dialog.getByTestId('place-picker').click();
    await op.keyboard.type('富春园');
    await op.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '富春园社区 · 社区/村' }).first().click();
    await inputOf(dialog.getByTestId('merchant-address')).fill('秀水镇富春园社区西门');
    const created = op.waitForResponse((r) => r.url().endsWith('/api/merchants') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const made = await created;
    expect(made.status()).toBe(201);
    const merchant = (await made.json()) as Merchant;
    await op.locator('.ant-message').getByText('商户“测试药店”已保存').waitFor();

    await op.getByTestId('merchants-search').locator('input').fill('测试药店');
    await op.getByTestId('merchants-search').locator('input').press('Enter');
    await op.getByTestId(`merchant-open-${merchant.id}`).waitFor();
    await expect.poll(() => op.getByTestId('merchants-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    const listed = await op.getByTestId('merchants-table').locator('tbody tr.ant-table-row').innerText();
    expect(listed).toContain('药店');
    expect(listed).toContain('富春园社区');

    // Its catalogue: 口罩, 3 points, 10 in stock, on sale.
    await op.getByTestId(`merchant-detail-${merchant.id}`).click();
    const drawer = op.getByTestId('merchant-drawer');
    await drawer.waitFor();
    await drawer.getByTestId('item-add').click();
    const itemDialog = op.locator('.ant-modal').filter({ hasText: '上架商品' });
    await itemDialog.waitFor();
    await inputOf(itemDialog.getByTestId('item-name')).fill('口罩');
    await inputOf(itemDialog.getByTestId('item-points')).fill('3');
    await inputOf(itemDialog.getByTestId('item-stock')).fill('10');
    const added = op.waitForResponse((r) => r.url().endsWith(`/api/merchants/${merchant.id}/items`) && r.request().method() === 'POST');
    await itemDialog.getByRole('button', { name: /保\s*存/ }).click();
    expect((await added).status()).toBe(201);
    const itemRow = drawer.getByTestId('items-table').locator('tbody tr.ant-table-row').filter({ hasText: '口罩' });
    await itemRow.waitFor();
    expect(await itemRow.innerText()).toMatch(/口罩\s+3\s+10\s+在售/);
    await screenshot(op, 'points-merchant-items');

    // The month's statement is empty for a new shop.
    await drawer.getByRole('tab', { name: '月度结算' }).click();
    await drawer.getByTestId('statement-figures').waitFor();
    await drawer.getByText('本月暂无兑换记录').waitFor();

    const found = await apiJson<PageOf<Merchant>>(op, `/merchants?q=${encodeURIComponent('测试药店')}`);
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({
      id: merchant.id,
      name: '测试药店',
      kind: 'pharmacy',
      place: { name: '富春园社区' },
      address: '秀水镇富春园社区西门',
      items: 1,
    });
    const items = await apiJson<Item[]>(op, `/merchants/${merchant.id}/items`);
    expect(items).toEqual([{ id: expect.any(Number), merchantId: merchant.id, name: '口罩', points: 3, stock: 10, active: true }]);
    await context.close();
  });

  it('the org department settles, then checks every balance against its entries', async () => {
    const { page: op, context } = await browser.page();
    await loginConsole(op, 'admin');
    await op.getByTestId('console-menu').getByText('积分台账', { exact: true }).click();
    await op.getByTestId('ledger-table').locator('tbody tr.ant-table-row').first().waitFor();

    await op.getByTestId('ledger-settle').click();
    const settled = op.waitForResponse((r) => r.url().endsWith('/api/points/settle') && r.request().method() === 'POST');
    await op
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /立即结算/ })
      .click();
    const { written } = (await (await settled).json()) as { written: number };
    await op.locator('.ant-message').getByText(`结算完成，新写入 ${written} 条积分记录`).waitFor();

    const check = await apiJson<{ holders: number; mismatches: unknown[] }>(op, '/points/check');
    expect(check.mismatches).toEqual([]);
    expect(check.holders).toBeGreaterThan(0);
    await op.getByTestId('ledger-check').click();
    await op.getByTestId('ledger-check-result').waitFor();
    expect(await op.getByTestId('ledger-check-result').innerText()).toContain(`${check.holders} 个账户全部平衡`);
    await screenshot(op, 'points-ledger-check');
    await context.close();
  });
});
