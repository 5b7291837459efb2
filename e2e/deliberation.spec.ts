import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, DESKTOP, PHONE, screenshot } from './support.js';
import { apiJson } from './support-api.js';
import { loginConsole, loginPhone } from './support-login.js';

const browser = browserPerFile();

type Topic = {
  id: number;
  title: string;
  place: { id: number; name: string };
  status: 'proposed' | 'selected' | 'decided' | 'declined' | 'done';
  meeting: { id: number; heldOn: string } | null;
  decision: string | null;
  tasks: { total: number; done: number };
};
type Meeting = {
  id: number;
  place: { id: number; name: string };
  kind: 'deliberation' | 'joint';
  heldOn: string;
  status: 'planned' | 'held';
  attendees: { kind: string; id?: number; name: string }[];
  items: { id: number; topicId: number | null; text: string; decision: string | null; votes: { for: number; against: number; abstain: number } | null }[];
};
type Task = {
  id: number;
  title: string;
  owner: { kind: string; id: number | null; name: string };
  deadline: string;
  status: 'open' | 'done';
  progress: number;
  source: { meetingId: number; topicId: number | null };
  updates: { text: string; progress: number; by: string }[];
};
type Board = {
  place: { id: number; name: string };
  items: {
    topic: { id: number; title: string; status: string };
    decision: string;
    tasks: { title: string; owner: string; deadline: string; progress: number; status: string }[];
  }[];
};
type Page_<T> = { items: T[]; total: number };
type Session = { account: { memberId: number | null; community: { id: number; name: string } | null } };

/** A calendar day in Beijing, `days` from today. */
const beijingDay = (days = 0) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const stamp = () => String(Date.now()).slice(-6);
const textOf = (page: Page, testId: string) => page.getByTestId(testId).innerText();
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The input (or textarea) of an antd control, whether the test id sits on it or on its wrapper. */
const inputOf = (control: Locator) => control.locator('xpath=self::input | descendant::input').first();
const textareaOf = (control: Locator) => control.locator('xpath=self::textarea | descendant::textarea[not(@aria-hidden)]').first();

/** Types a day into an antd DatePicker and commits it with Enter. */
async function typeDate(input: Locator, day: string) {
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(day);
}

describe('议事协商: a resident’s topic through the 议事会 to a member’s finished task and the 公开栏', () => {
  it('raises a topic on the phone, decides it at a meeting on the console, and follows its task to done', { timeout: 240_000 }, async () => {
    const n = stamp();
    const title = `3号楼前增设电动车充电桩 ${n}`;
    const decision = `同意在3号楼东侧增设充电桩 6 个，费用由维修基金列支 ${n}`;
    const taskTitle = `联系供电公司勘查并安装充电桩 ${n}`;
    const today = beijingDay();
    const nextWeek = beijingDay(7);

    // The member's record id, from his own session: the task's owner.
    const member = await browser.page(PHONE);
    const mp = member.page;
    await loginPhone(mp, 'member');
    const memberId = (await apiJson<Session>(mp, '/auth/session')).account.memberId ?? 0;
    expect(memberId).toBeGreaterThan(0);
    expect(await mp.getByTestId('me-tasks').isVisible()).toBe(true);

    // 1. The resident raises a topic from 我的 → 我的议题 → 提议题, for her community (the default).
    const resident = await browser.page(PHONE);
    const rp = resident.page;
    await loginPhone(rp, 'resident');
    const community = (await apiJson<Session>(rp, '/auth/session')).account.community;
    expect(community?.name).toBe('富春园社区');
    const communityId = community?.id ?? 0;
    await rp.getByTestId('me-topics').click();
    await rp.waitForURL('**/m/topics');
    await rp.getByTestId('topics-new').click();
    await rp.getByTestId('topic-new-page').waitFor();
    expect(await rp.getByTestId('topic-place').innerText()).toContain('富春园社区');
    await rp.getByTestId('topic-title').locator('input').fill(title);
    await rp.getByTestId('topic-description').locator('textarea:not([aria-hidden])').fill('晚上电动车在楼道里充电，存在安全隐患');
    expect(await noSidewaysScroll(rp)).toBeLessThanOrEqual(0);
    await screenshot(rp, 'deliberation-topic-new');
    const proposed = rp.waitForResponse((r) => r.url().endsWith('/api/topics') && r.request().method() === 'POST');
    await rp.getByTestId('topic-submit').click();
    await rp.locator('.adm-dialog').getByRole('button', { name: '提交议题' }).click();
    const created = await proposed;
    expect(created.status()).toBe(201);
    const topic = (await created.json()) as Topic;
    expect(topic).toMatchObject({ title, status: 'proposed', place: { id: communityId, name: '富春园社区' } });
    await rp.waitForURL('**/m/topics');
    await expect.poll(() => textOf(rp, `topic-status-${topic.id}`)).toBe('已提出');
    expect(await textOf(rp, `topic-title-${topic.id}`)).toBe(title);
    const mine = await apiJson<Page_<Topic>>(rp, '/topics?mine=true');
    expect(mine.items.find((t) => t.id === topic.id)).toMatchObject({ status: 'proposed', decision: null });

    // 2. The community admin sees it in 议题 and plans a 议事会 for today with it.
    const desk = await browser.page(DESKTOP);
    const dp = desk.page;
    await loginConsole(dp, 'community');
    await dp.getByTestId('console-menu').getByText('议事协商', { exact: true }).click();
    await dp.waitForURL('**/deliberation');
    const search = inputOf(dp.getByTestId('topics-search'));
    await search.fill(title);
    await search.press('Enter');
    await expect.poll(() => textOf(dp, `topic-row-status-${topic.id}`)).toBe('已提出');
    expect(await textOf(dp, `topic-row-title-${topic.id}`)).toBe(title);
    await dp.getByTestId('topics-plan').click();
    const modal = dp.locator('.ant-modal:visible');
    await modal.getByTestId(`plan-topic-${topic.id}`).waitFor();
    await typeDate(inputOf(modal.getByTestId('plan-held-on')), today);
    await modal.getByTestId(`plan-topic-${topic.id}`).click();
    await screenshot(dp, 'deliberation-plan');
    const planned = dp.waitForResponse((r) => r.url().endsWith('/api/meetings') && r.request().method() === 'POST');
    await modal.getByRole('button', { name: /安\s*排/ }).click();
    const plannedAnswer = await planned;
    expect(plannedAnswer.status()).toBe(201);
    const meeting = (await plannedAnswer.json()) as Meeting;
    expect(meeting).toMatchObject({ kind: 'deliberation', heldOn: today, status: 'planned', place: { id: communityId } });
    expect(meeting.items).toEqual([expect.objectContaining({ topicId: topic.id, text: title })]);
    await dp.waitForURL(`**/deliberation/meetings/${meeting.id}`);
    expect(await textOf(dp, 'meeting-stage')).toBe('待记录');
    expect((await apiJson<Page_<Topic>>(rp, '/topics?mine=true')).items.find((t) => t.id === topic.id)).toMatchObject({
      status: 'selected',
      meeting: { id: meeting.id, heldOn: today },
    });

    // 3. The record: two attendees, the decision, 9/1/0, one task for 王建国 due next week.
    const form = dp.getByTestId('record-form');
    await form.waitFor();
    await form.getByTestId('record-other-add').click();
    await form.getByTestId('record-other-add').click();
    await inputOf(form.getByTestId('record-other-name-0')).fill('张秀兰');
    await form.getByTestId('record-other-kind-1').click();
    await dp.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '工作人员' }).first().click();
    await inputOf(form.getByTestId('record-other-name-1')).fill('刘晓燕');
    await textareaOf(form.getByTestId('record-discussion')).fill('居民代表一致认为应尽快解决楼道充电问题');
    await textareaOf(form.getByTestId('record-item-0-decision')).fill(decision);
    await inputOf(form.getByTestId('record-item-0-votesFor')).fill('9');
    await inputOf(form.getByTestId('record-item-0-votesAgainst')).fill('1');
    await inputOf(form.getByTestId('record-item-0-votesAbstain')).fill('0');
    await form.getByTestId('record-item-0-task-add').click();
    await inputOf(form.getByTestId('record-item-0-task-0-title')).fill(taskTitle);
    await form.getByTestId('record-item-0-task-0-owner-member').click();
    await dp.keyboard.type('王建国');
    const option = dp.locator(`.ant-select-dropdown:visible .ant-select-item-option:has([data-option-id="${memberId}"])`);
    await option.waitFor();
    await option.click();
    // The deadline starts a week after the meeting: next week.
    expect(await inputOf(form.getByTestId('record-item-0-task-0-deadline')).inputValue()).toBe(nextWeek);
    await screenshot(dp, 'deliberation-record');
    await form.getByTestId('record-submit').click();
    const recorded = dp.waitForResponse((r) => r.url().endsWith(`/api/meetings/${meeting.id}/record`));
    await dp.locator('.ant-modal-confirm').getByRole('button', { name: '提交会议记录' }).click();
    expect((await recorded).status()).toBe(200);

    // The 会议纪要 replaces the form, and the API agrees.
    await dp.getByTestId('minutes-sheet').waitFor();
    expect(await textOf(dp, 'meeting-stage')).toBe('已记录');
    expect(await textOf(dp, 'minutes-decision-0')).toBe(decision);
    expect(await textOf(dp, 'minutes-votes-0')).toBe('表决：赞成 9 票，反对 1 票，弃权 0 票');
    expect(await textOf(dp, 'minutes-attendees')).toContain('张秀兰');
    expect(await textOf(dp, 'minutes-attendees')).toContain('刘晓燕');
    await expect.poll(() => dp.getByTestId('minutes-tasks-0').count()).toBe(1);
    const minutesTasks = await textOf(dp, 'minutes-tasks-0');
    expect(minutesTasks).toContain(taskTitle);
    expect(minutesTasks).toContain('王建国');
    expect(minutesTasks).toContain(nextWeek);
    await screenshot(dp, 'deliberation-minutes');
    const held = await apiJson<Meeting>(dp, `/meetings/${meeting.id}`);
    expect(held).toMatchObject({ status: 'held', discussion: '居民代表一致认为应尽快解决楼道充电问题' });
    expect(held.attendees).toEqual([
      { kind: 'resident', name: '张秀兰' },
      { kind: 'staff', name: '刘晓燕' },
    ]);
    expect(held.items[0]).toMatchObject({ topicId: topic.id, decision, votes: { for: 9, against: 1, abstain: 0 } });
    const setTasks = (await apiJson<Page_<Task>>(dp, `/tasks?placeId=${communityId}&status=open&pageSize=200`)).items.filter(
      (task) => task.source.meetingId === meeting.id,
    );
    expect(setTasks).toHaveLength(1);
    const task = setTasks[0] as Task;
    expect(task).toMatchObject({ title: taskTitle, owner: { kind: 'member', id: memberId, name: '王建国' }, deadline: nextWeek, status: 'open', progress: 0 });

    // 4. The resident's 我的议题: 已形成决议, with the decision and 0/1 tasks done.
    await rp.reload();
    await expect.poll(() => textOf(rp, `topic-status-${topic.id}`)).toBe('已形成决议');
    expect(await textOf(rp, `topic-decision-${topic.id}`)).toContain(decision);
    expect(await textOf(rp, `topic-tasks-${topic.id}`)).toContain('议定事项已完成 0/1');
    expect(await noSidewaysScroll(rp)).toBeLessThanOrEqual(0);
    await screenshot(rp, 'deliberation-my-topics-decided');
    expect((await apiJson<Page_<Topic>>(rp, '/topics?mine=true')).items.find((t) => t.id === topic.id)).toMatchObject({
      status: 'decided',
      decision,
      tasks: { total: 1, done: 0 },
    });

    // 5. The member: 我的 → 我的任务, 更新进度 to 100% with a note; it finishes.
    await mp.goto('/m');
    await mp.getByTestId('me-tasks').click();
    await mp.waitForURL('**/m/tasks');
    const card = mp.getByTestId(`task-card-${task.id}`);
    await card.waitFor();
    expect(await card.innerText()).toContain(taskTitle);
    expect(await card.innerText()).toContain(`${nextWeek} 前完成`);
    expect(await textOf(mp, `task-progress-${task.id}`)).toBe('0%');
    expect(await noSidewaysScroll(mp)).toBeLessThanOrEqual(0);
    await mp.getByTestId(`task-update-${task.id}`).click();
    const sheet = mp.getByTestId('task-progress-form');
    await sheet.waitFor();
    const track = sheet.locator('.adm-slider-track-container');
    const box = await track.boundingBox();
    expect(box).not.toBeNull();
    await track.click({ position: { x: (box?.width ?? 2) - 2, y: (box?.height ?? 2) / 2 } });
    await expect.poll(() => sheet.innerText()).toContain('完成进度：100%');
    await sheet.getByTestId('task-progress-text').locator('textarea:not([aria-hidden])').fill('充电桩已安装并通电，居民可以使用');
    await screenshot(mp, 'deliberation-task-progress');
    const progressed = mp.waitForResponse((r) => r.url().endsWith(`/api/tasks/${task.id}/progress`));
    await sheet.getByTestId('task-progress-submit').click();
    await mp.locator('.adm-dialog').getByRole('button', { name: '确定' }).click();
    expect((await progressed).status()).toBe(200);
    await expect.poll(() => card.count()).toBe(0);
    await mp.getByTestId('tasks-tabs').getByText('已办结').click();
    await expect.poll(() => textOf(mp, `task-status-${task.id}`)).toBe('已办结');
    expect(await textOf(mp, `task-progress-${task.id}`)).toBe('100%');
    const myTasks = await apiJson<Page_<Task>>(mp, '/tasks?pageSize=200');
    expect(myTasks.items.find((x) => x.id === task.id)).toMatchObject({
      status: 'done',
      progress: 100,
      updates: [{ text: '充电桩已安装并通电，居民可以使用', progress: 100, by: '王建国' }],
    });

    // 6. The resident's topic is now 已办结, and the 公开栏 shows the task at 100%.
    await rp.reload();
    await expect.poll(() => textOf(rp, `topic-status-${topic.id}`)).toBe('已办结');
    expect(await textOf(rp, `topic-tasks-${topic.id}`)).toContain('议定事项已完成 1/1');
    expect((await apiJson<Page_<Topic>>(rp, '/topics?mine=true')).items.find((t) => t.id === topic.id)).toMatchObject({
      status: 'done',
      tasks: { total: 1, done: 1 },
    });
    await rp.goto('/m');
    await rp.getByTestId('me-board').click();
    await rp.waitForURL('**/m/board');
    const boardCard = rp.getByTestId(`board-topic-${topic.id}`);
    await boardCard.waitFor();
    expect(await textOf(rp, 'delib-board-place')).toBe('富春园社区');
    expect(await boardCard.innerText()).toContain(decision);
    expect(await textOf(rp, `board-task-${topic.id}-0`)).toContain(`责任人：王建国 · ${nextWeek} 前完成`);
    expect(await textOf(rp, `board-task-progress-${topic.id}-0`)).toBe('100%');
    expect(await noSidewaysScroll(rp)).toBeLessThanOrEqual(0);
    await screenshot(rp, 'deliberation-board-phone');
    const board = await apiJson<Board>(rp, `/deliberation/board/${communityId}`);
    expect(board.items.find((i) => i.topic.id === topic.id)).toMatchObject({
      topic: { title, status: 'done' },
      decision,
      tasks: [{ title: taskTitle, owner: '王建国', deadline: nextWeek, progress: 100, status: 'done' }],
    });

    // The printable board on the console says the same.
    await dp.goto(`/deliberation/board/${communityId}`);
    await dp.getByTestId(`board-sheet-topic-${topic.id}`).waitFor();
    expect(await textOf(dp, `board-sheet-progress-${topic.id}-0`)).toBe('100%');
    await screenshot(dp, 'deliberation-board-console');

    // 议事协商 → 会议 shows it recorded; 议定事项 shows the task done with its progress history.
    await dp.goto('/deliberation?tab=meetings');
    await expect.poll(() => textOf(dp, `meeting-stage-${meeting.id}`)).toBe('已记录');
    await dp.goto('/deliberation?tab=tasks');
    await expect.poll(() => textOf(dp, `task-row-progress-${task.id}`)).toBe('100%');
    await dp.getByTestId(`task-row-open-${task.id}`).click();
    const drawer = dp.getByTestId('task-drawer');
    await expect.poll(() => drawer.innerText()).toContain('充电桩已安装并通电，居民可以使用');
    expect(await drawer.innerText()).toContain('王建国');
    await screenshot(dp, 'deliberation-tasks-console');

    // 议事日: the community's days (1st and 15th unless set) and the next ones, as the API has them.
    await dp.keyboard.press('Escape');
    await dp.goto('/deliberation?tab=schedule');
    const schedule = await apiJson<{ days: number[]; next: string[] }>(dp, `/deliberation/schedule/${communityId}`);
    await expect.poll(() => textOf(dp, 'schedule-days')).toBe(`每月 ${schedule.days.join('、')} 日召开议事会`);
    expect(await textOf(dp, 'schedule-next')).toContain(schedule.next[0] ?? '');
    await screenshot(dp, 'deliberation-schedule');

    await Promise.all([member.context.close(), resident.context.close(), desk.context.close()]);
  });
});
