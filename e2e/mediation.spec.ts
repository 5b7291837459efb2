import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, screenshot } from './support.js';
import { apiJson } from './support-api.js';
import { loginConsole, loginPhone } from './support-login.js';

const browser = browserPerFile();

type Case = {
  id: number;
  place: { id: number; name: string };
  category: string;
  status: 'intake' | 'mediating' | 'agreed' | 'referred' | 'failed' | 'closed';
  detail: {
    parties: { name: string; phone: string; role: string }[];
    description: string;
    sessions: { date: string; notes: string; by: string }[];
    outcomeDetail: string | null;
    followUp: { date: string; notes: string; satisfaction: number } | null;
  } | null;
  mediators: { id: number; name: string }[];
  closedAt: string | null;
};
const textOf = (page: Page, testId: string) => page.getByTestId(testId).innerText();
const stamp = () => `${Date.now() % 1_000_000}`;

describe('矛盾纠纷调解: 受理 by the grid worker, a member mediates on the phone, 回访 closes, the street sees only the outline', () => {
  it('takes a case with two parties, a member mediates it to agreement, the community follows up with 5 stars', async () => {
    const tag = stamp();
    const partyA = `赵楼上${tag}`;
    const partyB = `钱楼下${tag}`;
    const description = `楼上卫生间漏水，楼下天花板发霉，双方多次争吵 ${tag}`;

    // 受理: the grid worker, in their grid.
    const grid = await browser.page();
    const gp = grid.page;
    await loginConsole(gp, 'grid');
    await gp.getByTestId('console-menu').getByText('矛盾调解').click();
    await gp.waitForURL('**/mediation');
    await gp.getByTestId('mediation-new').click();
    const dialog = gp.locator('.ant-modal:visible');
    await dialog.getByTestId('place-picker').click();
    await gp.keyboard.type('140322100101-01-G1');
    const options = gp.locator('.ant-select-dropdown:visible .ant-select-item-option');
    // The grid worker's places start at their grid.
    await expect.poll(() => options.allInnerTexts()).toEqual([expect.stringContaining('第1网格 · 网格')]);
    await options.first().click();
    await dialog.getByTestId('mediation-category').click();
    await options.filter({ hasText: '邻里纠纷' }).first().click();
    await dialog.getByTestId('mediation-party-name-0').fill(partyA);
    await dialog.getByTestId('mediation-party-phone-0').fill('13800005678');
    await dialog.getByTestId('mediation-party-role-0').fill('楼上住户');
    await dialog.getByTestId('mediation-party-name-1').fill(partyB);
    await dialog.getByTestId('mediation-party-role-1').fill('楼下住户');
    await dialog.getByTestId('mediation-description').fill(description);
    const opened = gp.waitForResponse((r) => r.url().endsWith('/api/mediation/cases') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /受\s*理/ }).click();
    const answer = await opened;
    expect(answer.status()).toBe(201);
    const made = (await answer.json()) as Case;
    await gp.waitForURL(`**/mediation/${made.id}`);
    await expect.poll(() => textOf(gp, 'mediation-status')).toBe('已受理');
    const table = await textOf(gp, 'mediation-parties-table');
    expect(table).toContain(partyA);
    expect(table).toContain('138****5678');
    expect(table).toContain(partyB);
    const taken = await apiJson<Case>(gp, `/mediation/cases/${made.id}`);
    expect(taken).toMatchObject({ status: 'intake', category: 'neighbour', place: { name: '第1网格' } });
    expect(taken.detail?.parties).toEqual([
      { name: partyA, phone: '138****5678', role: '楼上住户' },
      { name: partyB, phone: '', role: '楼下住户' },
    ]);
    expect(taken.detail?.description).toBe(description);
    await grid.context.close();

    // The member's account id, from his own session.
    const member = await browser.page(PHONE);
    const mp = member.page;
    await loginPhone(mp, 'member');
    const memberAccount = (await apiJson<{ account: { id: number } }>(mp, '/auth/session')).account.id;

    // The community admin assigns 王建国's member account as mediator.
    const community = await browser.page();
    const cp = community.page;
    await loginConsole(cp, 'community');
    await cp.goto(`/mediation/${made.id}`);
    await cp.getByTestId('mediation-assign').click();
    const assignDialog = cp.locator('.ant-modal:visible');
    const accounts = cp.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await assignDialog.getByTestId('mediation-mediators-select').click();
    await cp.keyboard.type('王建国');
    await expect.poll(() => accounts.filter({ hasText: '王建国' }).count()).toBeGreaterThan(0);
    expect(await accounts.filter({ hasText: '王建国' }).first().innerText()).toContain('在职党员');
    await accounts.filter({ hasText: '王建国' }).first().click();
    // Close the list (it covers the buttons) by clicking the dialog's title.
    await assignDialog.locator('.ant-modal-title').click();
    await expect.poll(() => cp.locator('.ant-select-dropdown:visible').count()).toBe(0);
    const assigned = cp.waitForResponse((r) => r.url().endsWith(`/api/mediation/cases/${made.id}/mediators`));
    await assignDialog.getByRole('button', { name: /确\s*定/ }).click();
    expect((await assigned).status()).toBe(200);
    await expect.poll(() => textOf(cp, 'mediation-mediators')).toBe('王建国');
    expect(await textOf(cp, 'mediation-status')).toBe('调解中');
    expect((await apiJson<Case>(cp, `/mediation/cases/${made.id}`)).mediators).toEqual([{ id: memberAccount, name: '王建国' }]);

    // 王建国 on the phone: 我的调解 → the case → a session, then 调解成功 with the terms.
    await mp.goto('/m');
    await mp.getByTestId('me-mediation-mine').click();
    await mp.waitForURL('**/m/mediation');
    await mp.getByTestId(`mediation-phone-case-${made.id}`).click();
    await mp.waitForURL(`**/m/mediation/${made.id}`);
    expect(await textOf(mp, 'mediation-phone-description')).toBe(description);
    expect(await textOf(mp, 'mediation-phone-parties')).toContain(partyB);
    const notes = `约双方到楼上查看漏水点，楼上同意请人维修 ${tag}`;
    await mp.getByTestId('mediation-phone-add-session').click();
    await mp.getByTestId('mediation-popup-session').waitFor();
    await mp.getByTestId('mediation-popup-text').getByRole('textbox').fill(notes);
    const session = mp.waitForResponse((r) => r.url().endsWith(`/api/mediation/cases/${made.id}/sessions`));
    await mp.getByTestId('mediation-popup-submit').click();
    expect((await session).status()).toBe(200);
    await expect.poll(() => textOf(mp, 'mediation-phone-sessions')).toContain(notes);
    expect(await textOf(mp, 'mediation-phone-sessions')).toContain('记录人：王建国');

    const terms = `楼上一周内修好防水并赔偿楼下粉刷费 800 元 ${tag}`;
    await mp.getByTestId('mediation-phone-outcome-open').click();
    await mp.getByTestId('mediation-popup-outcome').waitFor();
    const agreed = mp.getByTestId('mediation-popup-outcome-choice').locator('.adm-selector-item').filter({ hasText: '调解成功' });
    expect(await agreed.getAttribute('class')).toContain('adm-selector-item-active');
    await mp.getByTestId('mediation-popup-text').getByRole('textbox').fill(terms);
    const outcome = mp.waitForResponse((r) => r.url().endsWith(`/api/mediation/cases/${made.id}/outcome`));
    await mp.getByTestId('mediation-popup-submit').click();
    expect((await outcome).status()).toBe(200);
    await expect.poll(() => textOf(mp, 'mediation-phone-status')).toBe('调解成功');
    expect(await textOf(mp, 'mediation-phone-outcome')).toContain(terms);
    expect(await mp.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(mp, 'mediation-phone-case');
    const mediated = await apiJson<Case>(mp, `/mediation/cases/${made.id}`);
    expect(mediated).toMatchObject({ status: 'agreed', detail: { outcomeDetail: terms, sessions: [{ notes, by: '王建国' }] } });
    // The member's list holds only the cases he mediates.
    const mine = await apiJson<{ items: Case[] }>(mp, '/mediation/cases?pageSize=200');
    expect(mine.items.every((c) => c.mediators.some((m) => m.id === memberAccount))).toBe(true);

    // 回访 with 5 stars closes the case.
    await cp.reload();
    await expect.poll(() => textOf(cp, 'mediation-status')).toBe('调解成功');
    expect(await textOf(cp, 'mediation-outcome-detail')).toBe(terms);
    await cp.getByTestId('mediation-follow-up-stars').locator('.ant-rate-star').nth(4).click();
    const visit = `回访：防水已修好，粉刷费已付清，双方满意 ${tag}`;
    await cp.getByTestId('mediation-follow-up-notes').fill(visit);
    await cp.getByTestId('mediation-follow-up-save').click();
    const confirm = cp.locator('.ant-modal-confirm:visible');
    await confirm.waitFor();
    const followed = cp.waitForResponse((r) => r.url().endsWith(`/api/mediation/cases/${made.id}/follow-up`));
    await confirm.getByRole('button', { name: '保存回访并结案' }).click();
    expect((await followed).status()).toBe(200);
    await expect.poll(() => textOf(cp, 'mediation-status')).toBe('已结案');
    expect(await textOf(cp, 'mediation-follow-up-score')).toBe('5 星');
    expect(await cp.getByTestId('mediation-assign').count()).toBe(0);
    expect(await cp.getByTestId('mediation-session-add').count()).toBe(0);
    await screenshot(cp, 'mediation-case-closed');
    const closed = await apiJson<Case>(cp, `/mediation/cases/${made.id}`);
    expect(closed).toMatchObject({ status: 'closed', detail: { followUp: { satisfaction: 5, notes: visit } } });
    expect(closed.closedAt).not.toBeNull();
    await community.context.close();
    await member.context.close();

    // The street sees the case, its kind and its progress — not the parties or the story.
    const street = await browser.page();
    const sp = street.page;
    await loginConsole(sp, 'street');
    const seen = await apiJson<Case>(sp, `/mediation/cases/${made.id}`);
    expect(seen).toMatchObject({ status: 'closed', detail: null, mediators: [{ name: '王建国' }] });
    await sp.goto(`/mediation/${made.id}`);
    await sp.getByTestId('mediation-limited').waitFor();
    expect(await textOf(sp, 'mediation-limited')).toContain('当事人和纠纷经过仅对所在社区和调解员可见');
    expect(await textOf(sp, 'mediation-status')).toBe('已结案');
    const page = await sp.getByTestId('mediation-case').innerText();
    expect(page).not.toContain(partyA);
    expect(page).not.toContain(partyB);
    expect(page).not.toContain(description);
    expect(await sp.getByTestId('mediation-parties-table').count()).toBe(0);
    await sp.goto('/mediation');
    await sp.getByTestId(`mediation-status-${made.id}`).waitFor();
    expect(await textOf(sp, `mediation-status-${made.id}`)).toBe('已结案');
    expect(await sp.getByTestId('mediation-table').innerText()).not.toContain(partyA);
    await screenshot(sp, 'mediation-street-list');
    await street.context.close();
  });
});
