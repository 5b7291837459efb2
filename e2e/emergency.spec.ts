import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, screenshot } from './support.js';
import { apiJson, apiLogin, apiSend } from './support-api.js';
import { loginConsole, loginPhone } from './support-login.js';

const browser = browserPerFile();

type Emergency = {
  id: number;
  places: { id: number; name: string }[];
  reason: string;
  endedAt: string | null;
  summary: string | null;
  called: number;
  answers: { now: number; later: number; cannot: number };
};
type RollCall = {
  grids: { grid: { id: number | null; name: string }; called: number; now: number; later: number; cannot: number; silent: number }[];
  members: { id: number; name: string; grid: string; answer: 'now' | 'later' | 'cannot' | null; note: string; task: string | null }[];
  log: { text: string; by: string; at: string }[];
};
type MyCall = { id: number; reason: string; places: string[]; answer: 'now' | 'later' | 'cannot' | null; task: string | null };
type Hit = { id: number; parentId: number | null; code: string | null; name: string };

const textOf = (page: Page, testId: string) => page.getByTestId(testId).innerText();
const stamp = () => `${Date.now() % 1_000_000}`;

/** The place with this statistical code, and the street above it. */
async function placeByCode(page: Page, code: string) {
  const found = await apiJson<{ items: Hit[] }>(page, `/places/search?q=${code}`);
  const place = found.items.find((p) => p.code === code);
  if (!place) throw new Error(`no place ${code}`);
  return place;
}

const ANSWERS = [
  ['now', '马上到'],
  ['later', '稍后到'],
  ['cannot', '无法到'],
] as const;

/**
 * The command view against the API: each big figure (马上到 / 稍后到 / 无法到 / 未回复) is the emergency's count,
 * the roll call's grids add up to it, the chart has a row for every grid, and the answer filter lists exactly
 * the members the roll call has with that answer. Leaves the filter on 全部.
 */
async function expectCommandView(page: Page, id: number) {
  const stored = await apiJson<Emergency>(page, `/emergencies/${id}`);
  const roll = await apiJson<RollCall>(page, `/emergencies/${id}/roll-call`);
  const silent = stored.called - stored.answers.now - stored.answers.later - stored.answers.cannot;
  const figures = { called: stored.called, ...stored.answers, silent };
  const byGrid = (key: keyof typeof figures) => roll.grids.reduce((n, g) => n + g[key], 0);
  expect({ called: byGrid('called'), now: byGrid('now'), later: byGrid('later'), cannot: byGrid('cannot'), silent: byGrid('silent') }).toEqual(figures);
  for (const [key, value] of Object.entries(figures)) await expect.poll(() => textOf(page, `emergency-figure-${key}`)).toBe(String(value));
  await expect.poll(async () => Number(await page.getByTestId('emergency-grid-chart').getAttribute('data-grids'))).toBe(roll.grids.length);

  const filter = page.getByTestId('emergency-members-filter');
  const rows = page.getByTestId('emergency-members-table').locator('tbody tr[data-row-key]');
  for (const [answer, label] of ANSWERS) {
    const answered = roll.members.filter((m) => m.answer === answer);
    expect(answered).toHaveLength(stored.answers[answer]);
    await filter.getByText(`${label} ${answered.length}`, { exact: true }).click();
    await expect
      .poll(async () => (await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row-key'))))).sort())
      .toEqual(answered.map((m) => m.id).sort());
    for (const m of answered) expect(await textOf(page, `rollcall-answer-${m.id}`)).toBe(label);
  }
  expect(await filter.getByText(`未回复 ${silent}`, { exact: true }).count()).toBe(1);
  await filter.getByText(`全部 ${roll.members.length}`, { exact: true }).click();
}

/** Ends any live emergency on the community or its street, so a rerun (or another spec) starts clean. */
async function endLiveEmergencies(page: Page, place: Hit) {
  const live = await apiJson<Emergency[]>(page, '/emergencies?active=true');
  for (const e of live.filter((x) => x.places.some((p) => p.id === place.id || p.id === place.parentId))) {
    const ended = await apiSend(page, 'POST', `/emergencies/${e.id}/end`, { summary: 'e2e 清场：结束遗留的应急动员' });
    expect(ended.status).toBe(200);
  }
}

describe('应急动员: 一键切换, the live command view, answers from the phone, tasks, 切回常态', () => {
  it('the street switches 红楼社区 into emergency, gives tasks, logs, and switches back with a summary', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'street');
    const honglou = await placeByCode(page, '140322100102');
    await endLiveEmergencies(page, honglou);
    const reason = `暴雨红色预警，请到社区集合 ${stamp()}`;

    // 应急指挥 in the 基层治理 group → 一键切换.
    await page.getByTestId('console-menu').getByText('应急指挥').click();
    await page.waitForURL('**/emergency');
    await page.getByTestId('emergency-start').click();
    await page.getByTestId('emergency-places').click();
    await page.keyboard.type('140322100102');
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => options.filter({ hasText: '红楼社区 · 社区' }).count()).toBeGreaterThan(0);
    await options.filter({ hasText: '红楼社区 · 社区' }).first().click();
    await page.keyboard.press('Escape');
    await page.getByTestId('emergency-reason').fill(reason);
    await page.getByTestId('emergency-start-next').click();

    // The strong confirmation names the count and stays locked until ticked.
    await page.getByTestId('emergency-confirm').waitFor();
    expect(await textOf(page, 'emergency-confirm-count')).toBe('将把 1 个地点切换为应急状态');
    expect(await page.getByTestId('emergency-confirm').innerText()).toContain('红楼社区');
    expect(await page.getByTestId('emergency-confirm-ok').isDisabled()).toBe(true);
    await page.getByTestId('emergency-confirm-check').click();
    await screenshot(page, 'emergency-confirm');
    const started = page.waitForResponse((r) => r.url().endsWith('/api/emergencies') && r.request().method() === 'POST');
    await page.getByTestId('emergency-confirm-ok').click();
    const made = (await (await started).json()) as Emergency;
    expect(made.places).toEqual([{ id: honglou.id, name: '红楼社区' }]);
    await page.waitForURL(`**/emergency/${made.id}`);

    // The command view: called is the API's, the chart has every grid, the roll call lists everyone.
    const stored = await apiJson<Emergency>(page, `/emergencies/${made.id}`);
    expect(stored.called).toBeGreaterThan(0);
    expect(stored.reason).toBe(reason);
    await expect.poll(() => textOf(page, 'emergency-figure-called')).toBe(String(stored.called));
    expect(await textOf(page, 'emergency-figure-silent')).toBe(String(stored.called - stored.answers.now - stored.answers.later - stored.answers.cannot));
    expect(await textOf(page, 'emergency-state')).toBe('应急中');
    const roll = await apiJson<RollCall>(page, `/emergencies/${made.id}/roll-call`);
    expect(roll.members.length).toBe(stored.called);
    await expect.poll(async () => Number(await page.getByTestId('emergency-grid-chart').getAttribute('data-grids'))).toBe(roll.grids.length);
    expect(await page.getByTestId('emergency-members').locator('.ant-card-head-title').innerText()).toBe(`点名（${stored.called} 人）`);

    // 分派任务 to three members, picked in the table.
    const three = roll.members.slice(0, 3);
    for (const m of three) await page.locator(`tr[data-row-key="${m.id}"] .ant-checkbox-input`).check();
    expect(await textOf(page, 'emergency-assign')).toBe('分派任务（3 人）');
    await page.getByTestId('emergency-assign').click();
    const task = `到秀水佳苑转移老人 ${stamp()}`;
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByTestId('emergency-assign-task').fill(task);
    const assigned = page.waitForResponse((r) => r.url().endsWith(`/api/emergencies/${made.id}/assign`));
    await dialog.getByRole('button', { name: /分\s*派/ }).click();
    expect((await assigned).status()).toBe(200);
    for (const m of three) await expect.poll(() => textOf(page, `rollcall-task-${m.id}`)).toBe(task);
    const afterAssign = await apiJson<RollCall>(page, `/emergencies/${made.id}/roll-call`);
    expect(
      afterAssign.members
        .filter((m) => m.task === task)
        .map((m) => m.id)
        .sort(),
    ).toEqual(three.map((m) => m.id).sort());

    // 记录处置.
    const note = `已在秀水佳苑设立临时安置点 ${stamp()}`;
    await page.getByTestId('emergency-log-text').fill(note);
    await page.getByTestId('emergency-log-add').click();
    await expect.poll(() => page.getByTestId('emergency-log-list').innerText()).toContain(note);
    expect(await page.getByTestId('emergency-log-text').inputValue()).toBe('');
    const logged = await apiJson<RollCall>(page, `/emergencies/${made.id}/roll-call`);
    expect(logged.log[0]).toMatchObject({ text: note, by: '秀水镇管理员' });
    expect(logged.log.some((l) => l.text.includes(task))).toBe(true);
    await screenshot(page, 'emergency-command');

    // 切回常态 needs a summary.
    await page.getByTestId('emergency-end').click();
    const endDialog = page.locator('.ant-modal:visible');
    await endDialog.getByRole('button', { name: '确认切回常态' }).click();
    await expect.poll(() => endDialog.locator('.ant-form-item-explain-error').innerText()).toBe('请填写处置总结');
    const summary = `红楼社区应急处置完毕，3 人分派转移任务 ${stamp()}`;
    await endDialog.getByTestId('emergency-summary-input').fill(summary);
    const ended = page.waitForResponse((r) => r.url().endsWith(`/api/emergencies/${made.id}/end`));
    await endDialog.getByRole('button', { name: '确认切回常态' }).click();
    expect((await ended).status()).toBe(200);
    await expect.poll(() => textOf(page, 'emergency-summary-text')).toBe(summary);
    expect(await textOf(page, 'emergency-state')).toBe('已切回常态');
    expect(await page.getByTestId('emergency-end').count()).toBe(0);
    expect(await page.getByTestId('emergency-log-text').count()).toBe(0);
    expect(await page.getByTestId('emergency-assign').count()).toBe(0);
    const closed = await apiJson<Emergency>(page, `/emergencies/${made.id}`);
    expect(closed.summary).toBe(summary);
    expect(closed.endedAt).not.toBeNull();

    // The list: it is there, ended.
    await page.goto('/emergency');
    await page.getByTestId(`emergency-state-${made.id}`).waitFor();
    expect(await textOf(page, `emergency-state-${made.id}`)).toBe('已切回常态');
    await context.close();
  });

  it('王建国 answers 马上到 on the phone, the command view counts him, he gets a task, and a late answer is refused', async () => {
    const street = await browser.page();
    const sp = street.page;
    await loginConsole(sp, 'street');
    const fuchun = await placeByCode(sp, '140322100101');
    await endLiveEmergencies(sp, fuchun);

    const member = await browser.page(PHONE);
    const mp = member.page;
    await loginPhone(mp, 'member');
    const memberId = (await apiJson<{ account: { memberId: number | null } }>(mp, '/auth/session')).account.memberId ?? 0;
    expect(memberId).toBeGreaterThan(0);

    // The street switches 富春园社区 (through the API: the switch itself is the journey above).
    const reason = `燃气泄漏，请协助疏散 ${stamp()}`;
    const started = await apiSend<Emergency>(sp, 'POST', '/emergencies', { placeIds: [fuchun.id], reason });
    expect(started.status).toBe(201);
    const id = started.body.id;
    await sp.goto(`/emergency/${id}`);
    await expect.poll(() => textOf(sp, 'emergency-figure-now')).toBe('0');
    const called = (await apiJson<Emergency>(sp, `/emergencies/${id}`)).called;
    expect(await textOf(sp, 'emergency-figure-called')).toBe(String(called));

    // The member: a banner on 我的 → the call, three big answers; 马上到 with a note.
    await mp.goto('/m');
    await mp.getByTestId(`me-emergency-${id}`).waitFor();
    expect(await textOf(mp, `me-emergency-${id}`)).toContain(reason);
    await mp.getByTestId(`me-emergency-${id}`).click();
    await mp.waitForURL(`**/m/emergency/${id}`);
    expect(await textOf(mp, 'emergency-call-reason')).toBe(reason);
    expect(await textOf(mp, 'emergency-call-places')).toContain('富春园社区');
    expect(await textOf(mp, 'emergency-call-answer')).toBe('请立即回复能否到岗');
    const note = `10 分钟内到 ${stamp()}`;
    await mp.getByTestId('emergency-call-note').getByRole('textbox').fill(note);
    const answered = mp.waitForResponse((r) => r.url().endsWith(`/api/emergencies/${id}/answer`));
    await mp.getByTestId('emergency-call-now').click();
    expect((await answered).status()).toBe(200);
    await expect.poll(() => textOf(mp, 'emergency-call-answer')).toBe('您已回复：马上到');
    expect(await mp.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(mp, 'emergency-phone-answer');

    // Two more members called answer from their own phones (accounts opened for them by the community).
    const community = (await browser.page()).page;
    await loginConsole(community, 'community');
    const others = (await apiJson<RollCall>(sp, `/emergencies/${id}/roll-call`)).members.filter((m) => m.id !== memberId).slice(0, 2);
    expect(others).toHaveLength(2);
    for (const [i, other] of others.entries()) {
      const phone = (await browser.page(PHONE)).page;
      await phone.goto('/m/login');
      const opened = await apiSend<{ account: { username: string }; temporaryPassword: string }>(community, 'POST', '/accounts/for-member', {
        memberId: other.id,
      });
      // A rerun finds the account opened last time: open the next member's instead.
      if (opened.status !== 201) continue;
      const { username } = opened.body.account;
      expect((await apiLogin(phone, username, opened.body.temporaryPassword)).status).toBe(200);
      expect((await apiSend(phone, 'POST', '/auth/password', { currentPassword: opened.body.temporaryPassword, newPassword: 'Answer@2026x' })).status).toBe(
        200,
      );
      expect((await apiSend(phone, 'POST', `/emergencies/${id}/answer`, { answer: i === 0 ? 'later' : 'cannot' })).status).toBe(200);
    }

    // The command view counts them within a refresh: every figure, the chart and the answer filter agree with the API.
    await expect.poll(() => textOf(sp, 'emergency-figure-now'), { timeout: 12_000, interval: 500 }).toBe('1');
    const several = await apiJson<Emergency>(sp, `/emergencies/${id}`);
    expect(several.answers.now + several.answers.later + several.answers.cannot).toBeGreaterThanOrEqual(2);
    await expect
      .poll(async () => Number(await textOf(sp, 'emergency-figure-later')) + Number(await textOf(sp, 'emergency-figure-cannot')), {
        timeout: 12_000,
        interval: 500,
      })
      .toBe(several.answers.later + several.answers.cannot);
    await expectCommandView(sp, id);
    await screenshot(sp, 'emergency-answers');
    // His row carries the note.
    await sp.getByTestId('emergency-members-search').locator('input').fill('王建国');
    await sp.getByTestId('emergency-members-search').locator('input').press('Enter');
    await expect.poll(() => textOf(sp, `rollcall-note-${memberId}`)).toBe(note);
    expect(await textOf(sp, `rollcall-answer-${memberId}`)).toBe('马上到');
    const roll = await apiJson<RollCall>(sp, `/emergencies/${id}/roll-call`);
    expect(roll.members.find((m) => m.id === memberId)).toMatchObject({ name: '王建国', answer: 'now', note });

    // A task for him; his phone shows it.
    await sp.locator(`tr[data-row-key="${memberId}"] .ant-checkbox-input`).check();
    await sp.getByTestId('emergency-assign').click();
    const task = `到煤运苑 3 号楼敲门疏散 ${stamp()}`;
    const dialog = sp.locator('.ant-modal:visible');
    expect(await dialog.getByTestId('emergency-assign-names').innerText()).toContain('王建国');
    await dialog.getByTestId('emergency-assign-task').fill(task);
    const assigned = sp.waitForResponse((r) => r.url().endsWith(`/api/emergencies/${id}/assign`));
    await dialog.getByRole('button', { name: /分\s*派/ }).click();
    expect((await assigned).status()).toBe(200);
    await expect.poll(() => textOf(sp, `rollcall-task-${memberId}`)).toBe(task);
    await expect.poll(() => mp.getByTestId('emergency-call-task').count(), { timeout: 15_000, interval: 500 }).toBe(1);
    expect(await textOf(mp, 'emergency-call-task')).toBe(`您的任务：${task}`);
    const mine = await apiJson<MyCall[]>(mp, '/emergencies/mine');
    expect(mine.find((c) => c.id === id)).toMatchObject({ answer: 'now', task });

    // 切回常态; then his late answer is refused with the message.
    await sp.getByTestId('emergency-end').click();
    const summary = `燃气泄漏处置完毕，王建国等到岗疏散 ${stamp()}`;
    const endDialog = sp.locator('.ant-modal:visible');
    await endDialog.getByTestId('emergency-summary-input').fill(summary);
    await endDialog.getByRole('button', { name: '确认切回常态' }).click();
    await expect.poll(() => textOf(sp, 'emergency-summary-text')).toBe(summary);
    await screenshot(sp, 'emergency-ended');

    const late = mp.waitForResponse((r) => r.url().endsWith(`/api/emergencies/${id}/answer`));
    await mp.getByTestId('emergency-call-cannot').click();
    expect((await late).status()).toBe(409);
    await expect.poll(() => textOf(mp, 'emergency-call-closed')).toBe('应急动员已结束');
    expect(await mp.getByTestId('emergency-call-now').count()).toBe(0);
    await screenshot(mp, 'emergency-phone-closed');

    // Stored: the summary, the end, his answer unchanged; no live call left on his phone.
    const stored = await apiJson<Emergency>(sp, `/emergencies/${id}`);
    expect(stored).toMatchObject({ summary, answers: { now: 1 } });
    expect(stored.endedAt).not.toBeNull();
    expect((await apiJson<MyCall[]>(mp, '/emergencies/mine')).some((c) => c.id === id)).toBe(false);
    await mp.goto('/m');
    await mp.getByTestId('phone-me').waitFor();
    expect(await mp.getByTestId(`me-emergency-${id}`).count()).toBe(0);

    await member.context.close();
    await street.context.close();
  });
});
