import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, screenshot } from './support.js';
import { apiJson } from './support-api.js';
import { loginConsole, loginPhone } from './support-login.js';

const browser = browserPerFile();

type Attendee = { member: { name: string }; checkInAt: string | null; checkOutAt: string | null; hours: number };
type Shift = { id: number; date: string; member: { id: number; name: string }; done: boolean };
type Post = { id: number; name: string; holders: { id: number; name: string }[] };

const textOf = (page: Page, testId: string) => page.getByTestId(testId).innerText();
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Today in Shanghai, YYYY-MM-DD, as the roster counts days. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const thisMonth = () => today().slice(0, 7);
const mondayOf = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
};

/** Picks an option of an antd select by its text, after typing it when the select searches the server. */
async function choose(page: Page, testId: string, text: string, type = false) {
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  // Another select's list may still be closing.
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await page.getByTestId(testId).click();
  if (type) {
    await page.keyboard.type(text);
    // The list settles once the search for the whole text has answered.
    await expect.poll(() => options.allInnerTexts()).toEqual([expect.stringContaining(text)]);
  }
  await options.filter({ hasText: text }).first().click();
}

describe('双服务: 活动 with the rotating QR check-in, 志愿服务队, 一月一主题, 设岗定责', () => {
  it('sets the month’s theme (org dept only), forms a volunteer team, and pre-fills the theme of a new activity', async () => {
    const theme = `喜迎新春邻里互助月 ${Date.now() % 1000}`;
    const month = thisMonth();

    // 一月一主题: the org department edits this month in place.
    const org = await browser.page();
    const op = org.page;
    await loginConsole(op, 'admin');
    await op.getByTestId('console-menu').getByText('月度主题').click();
    await op.getByTestId('themes-grid').waitFor();
    expect(await op.getByTestId('themes-grid').locator('[data-testid^="theme-text-"]').count()).toBe(12);
    await op.getByTestId(`theme-edit-${month}`).click();
    await op.getByTestId(`theme-input-${month}`).fill(theme);
    const saved = op.waitForResponse((r) => r.url().endsWith('/api/themes') && r.request().method() === 'PUT');
    await op.getByTestId(`theme-save-${month}`).click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => textOf(op, `theme-text-${month}`)).toBe(theme);
    const themes = await apiJson<{ month: string; theme: string }[]>(op, `/themes?year=${month.slice(0, 4)}`);
    expect(themes).toContainEqual({ month, theme });
    await screenshot(op, 'themes-console');
    await org.context.close();

    // The community reads the calendar but cannot edit it.
    const desk = await browser.page();
    const dp = desk.page;
    await loginConsole(dp, 'community');
    await dp.getByTestId('console-menu').getByText('月度主题').click();
    await expect.poll(() => textOf(dp, `theme-text-${month}`)).toBe(theme);
    expect(await dp.locator('[data-testid^="theme-edit-"]').count()).toBe(0);

    // 志愿服务队: members of 富春园 picked by name, one of them leads.
    const teamName = `富春园法律服务队${Date.now() % 10000}`;
    await dp.getByTestId('console-menu').getByText('志愿服务队').click();
    await dp.getByTestId('teams-table').waitFor();
    await dp.getByTestId('team-new').click();
    const dialog = dp.locator('.ant-modal');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('place-picker').innerText()).toContain('富春园社区');
    await dialog.getByTestId('team-name').fill(teamName);
    await choose(dp, 'team-specialty', '法律');
    await choose(dp, 'member-picker', '王建国', true);
    await dp.keyboard.press('Escape');
    await expect.poll(() => dialog.getByTestId('member-picker').locator('.ant-select-selection-item').allInnerTexts()).toEqual(['王建国']);
    await choose(dp, 'team-leader', '王建国');
    const created = dp.waitForResponse((r) => r.url().endsWith('/api/teams') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const team = await created;
    expect(team.status()).toBe(201);
    const teamId = ((await team.json()) as { id: number }).id;
    await expect.poll(() => textOf(dp, 'teams-table')).toContain(teamName);
    expect(await textOf(dp, `team-members-${teamId}`)).toContain('王建国');
    const stored = await apiJson<{ items: { id: number; specialty: string; leader: { name: string } | null; members: { name: string }[] }[] }>(dp, '/teams');
    expect(stored.items.find((t) => t.id === teamId)).toMatchObject({ specialty: 'law', leader: { name: '王建国' }, members: [{ name: '王建国' }] });

    // The activity form starts with the month's theme and offers the new team.
    await dp.getByTestId('console-menu').getByText('活动', { exact: true }).click();
    await dp.getByTestId('activity-new').click();
    await dp.locator('.ant-modal').waitFor();
    await expect.poll(() => dp.getByTestId('activity-theme').inputValue()).toBe(theme);
    await dp.getByTestId('activity-team').click();
    await dp.locator('.ant-select-dropdown:visible').getByText(teamName, { exact: false }).waitFor();
    await dp.keyboard.press('Escape');
    await desk.context.close();
  }, 120_000);

  it('publishes an activity, shows its rotating code on the screen, and checks a member in and out on the phone', async () => {
    const title = `关爱独居老人上门服务 ${Date.now() % 100000}`;

    // The community publishes an activity starting now in 富春园.
    const desk = await browser.page();
    const dp = desk.page;
    await loginConsole(dp, 'community');
    await dp.getByTestId('console-menu').getByText('活动', { exact: true }).click();
    await dp.getByTestId('activities-table').waitFor();
    await dp.getByTestId('activity-new').click();
    const dialog = dp.locator('.ant-modal');
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('place-picker').innerText()).toContain('富春园社区');
    await dialog.getByTestId('activity-title').fill(title);
    await dialog.getByTestId('activity-range').first().click();
    await dp.locator('.ant-picker-dropdown:visible').getByText('现在开始（2 小时）').click();
    await dialog.getByTestId('activity-location').fill('富春园社区党群服务中心');
    await dialog.getByTestId('activity-capacity').fill('20');
    await dialog.getByTestId('activity-points').fill('2');
    const posted = dp.waitForResponse((r) => r.url().endsWith('/api/activities') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const response = await posted;
    expect(response.status()).toBe(201);
    const activity = (await response.json()) as {
      id: number;
      startsAt: string;
      endsAt: string;
      place: { name: string };
      capacity: number;
      pointsPerHour: number;
    };
    const id = activity.id;
    expect(activity).toMatchObject({ place: { name: '富春园社区' }, capacity: 20, pointsPerHour: 2 });
    expect(Math.abs(Date.parse(activity.startsAt) - Date.now())).toBeLessThan(5 * 60_000);
    await dp.waitForURL(`**/activities/${id}`);
    expect(await textOf(dp, 'activity-phase')).toBe('进行中');

    // 签到大屏: the QR code, a 6-character code, a countdown, and full screen.
    await dp.getByTestId('activity-open-screen').click();
    await dp.waitForURL(`**/activities/${id}/screen`);
    expect(await textOf(dp, 'screen-title')).toBe(title);
    await expect.poll(() => dp.getByTestId('screen-qr').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect.poll(() => textOf(dp, 'screen-code')).toMatch(/^[0-9A-Z]{6}$/);
    expect(await textOf(dp, 'screen-countdown')).toMatch(/^\d+ 秒后更新签到码$/);
    await dp.getByTestId('screen-fullscreen').click();
    await expect.poll(() => dp.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null)).toBe('activity-screen');
    await screenshot(dp, 'activity-screen-fullscreen');
    await dp.getByTestId('screen-fullscreen').click();
    await expect.poll(() => dp.evaluate(() => document.fullscreenElement === null)).toBe(true);

    // The member signs up on the phone, after a confirmation.
    const member = await browser.page(PHONE);
    const mp = member.page;
    await mp.goto('/m/login');
    await loginPhone(mp, 'member', { goto: false });
    await mp.goto('/m/activities');
    await mp.getByTestId(`activity-card-${id}`).click();
    await mp.waitForURL(`**/m/activities/${id}`);
    expect(await textOf(mp, 'activity-title')).toBe(title);
    await mp.getByTestId('activity-signup').click();
    await mp.getByTestId('activity-signup-confirm').waitFor();
    const signedUp = mp.waitForResponse((r) => r.url().endsWith(`/api/activities/${id}/signup`));
    await mp.locator('.adm-dialog').getByRole('button', { name: '我要报名' }).click();
    expect((await signedUp).status()).toBe(200);
    await expect.poll(() => textOf(mp, 'activity-mine')).toBe('已报名');
    expect(await textOf(mp, 'activity-count')).toBe('1 / 20');
    expect(await noSidewaysScroll(mp)).toBeLessThanOrEqual(0);
    await screenshot(mp, 'activity-phone');

    // 签到: the link of the QR code, with the code read off the screen.
    const checkIn = mp.waitForResponse((r) => r.url().endsWith(`/api/activities/${id}/check`));
    await mp.goto(`/m/activities/${id}/check?code=${await textOf(dp, 'screen-code')}`);
    expect((await checkIn).status()).toBe(200);
    await expect.poll(() => textOf(mp, 'check-title')).toBe('签到成功');
    expect(await textOf(mp, 'check-time')).toMatch(/^\d{2}:\d{2}$/);
    // The code leaves the address: a reload cannot check out by accident.
    expect(new URL(mp.url()).search).toBe('');
    expect(await noSidewaysScroll(mp)).toBeLessThanOrEqual(0);
    await screenshot(mp, 'activity-check-in-phone');

    // 签退 with the code on the screen now.
    const checkOut = mp.waitForResponse((r) => r.url().endsWith(`/api/activities/${id}/check`));
    await mp.goto(`/m/activities/${id}/check?code=${await textOf(dp, 'screen-code')}`);
    expect((await checkOut).status()).toBe(200);
    await expect.poll(() => textOf(mp, 'check-title')).toBe('签退成功');
    expect(await textOf(mp, 'check-detail')).toMatch(/^服务 [\d.]+ 小时，已记入服务记录$/);
    await screenshot(mp, 'activity-check-out-phone');

    // The activity page shows the member's times.
    await mp.getByTestId('check-to-activity').click();
    await expect.poll(() => textOf(mp, 'activity-mine')).toMatch(/^已签退/);
    expect(await textOf(mp, 'activity-mine-in')).toMatch(/\d{2}:\d{2}$/);
    expect(await textOf(mp, 'activity-mine-out')).toMatch(/\d{2}:\d{2}$/);

    // A stale code, typed by hand: the page says it expired and to scan the current one.
    await mp.goto(`/m/activities/${id}/check`);
    await mp.getByTestId('check-code-input').locator('input').fill('zz00zz');
    expect(await mp.getByTestId('check-code-input').locator('input').inputValue()).toBe('ZZ00ZZ');
    const stale = mp.waitForResponse((r) => r.url().endsWith(`/api/activities/${id}/check`));
    await mp.getByTestId('check-submit').click();
    expect((await stale).status()).toBe(400);
    await expect.poll(() => textOf(mp, 'check-error')).toContain('签到码已失效');
    expect(await textOf(mp, 'check-error-text')).toContain('签到码已过期');
    expect(await textOf(mp, 'check-error')).toContain('请扫描现场大屏上正在显示的二维码');
    await screenshot(mp, 'activity-check-expired-phone');

    // Scanned while logged out: the login comes back to the check page, which sends the code.
    const fresh = await browser.page(PHONE);
    const fp = fresh.page;
    await fp.goto(`/m/activities/${id}/check?code=AAAAAA`);
    await fp.waitForURL('**/m/login');
    const afterLogin = fp.waitForResponse((r) => r.url().endsWith(`/api/activities/${id}/check`));
    await loginPhone(fp, 'member', { landing: 'check-page', goto: false });
    expect(new URL(fp.url()).pathname).toBe(`/m/activities/${id}/check`);
    expect((await afterLogin).status()).toBe(400);
    await expect.poll(() => textOf(fp, 'check-error')).toContain('签到码已失效');
    await fresh.context.close();

    // The console detail lists the attendee with both times; the store agrees.
    await dp.goto(`/activities/${id}`);
    await dp.getByTestId('activity-attendees').waitFor();
    const row = dp.getByTestId('activity-attendees').locator('tr[data-testid^="attendee-"]').filter({ hasText: '王建国' });
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.filter((c) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(c))).toHaveLength(3);
    expect(await textOf(dp, 'activity-totals')).toMatch(/已签到\s*1/);
    expect(await textOf(dp, 'activity-totals')).toMatch(/已签退\s*1/);
    await screenshot(dp, 'activity-detail-console');
    const attendees = await apiJson<Attendee[]>(dp, `/activities/${id}/attendees`);
    expect(attendees).toHaveLength(1);
    expect(attendees[0]).toMatchObject({ member: { name: '王建国' }, checkInAt: expect.any(String), checkOutAt: expect.any(String) });
    expect(attendees[0]?.hours).toBeLessThan(0.1);

    // The list counts the sign-up.
    await dp.goto('/activities');
    await expect.poll(() => textOf(dp, `activity-count-${id}`)).toBe('1 / 20');

    await member.context.close();
    await desk.context.close();
  }, 240_000);

  it('sets up a post, lets the member claim it on the phone, rosters them this week and confirms a served shift', async () => {
    const name = `党群服务站值守 ${Date.now() % 100000}`;
    const day = today();

    const desk = await browser.page();
    const dp = desk.page;
    await loginConsole(dp, 'community');
    await dp.getByTestId('console-menu').getByText('设岗定责').click();
    await dp.getByTestId('posts-groups').waitFor();
    await dp.getByTestId('post-new').click();
    const dialog = dp.locator('.ant-modal');
    await dialog.waitFor();
    await choose(dp, 'post-class', '站点值守员');
    await dialog.getByTestId('post-name').fill(name);
    await dialog.getByTestId('post-duties').fill('每周在党群服务站值守半天，接待居民来访');
    await dialog.getByTestId('post-slots').fill('2');
    const posted = dp.waitForResponse((r) => r.url().endsWith('/api/posts') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const response = await posted;
    expect(response.status()).toBe(201);
    const id = ((await response.json()) as { id: number }).id;
    await dp.waitForURL(`**/posts/${id}`);
    await dp.getByTestId('roster-empty').waitFor();

    // The member claims it on the phone.
    const member = await browser.page(PHONE);
    const mp = member.page;
    await mp.goto('/m/login');
    await loginPhone(mp, 'member', { goto: false });
    await mp.goto('/m/posts');
    await mp.getByTestId(`post-card-${id}`).waitFor();
    await mp.getByTestId(`post-claim-${id}`).click();
    const claimed = mp.waitForResponse((r) => r.url().endsWith(`/api/posts/${id}/claim`));
    await mp.locator('.adm-dialog').getByRole('button', { name: '认领岗位' }).click();
    expect((await claimed).status()).toBe(200);
    await mp.getByTestId(`post-mine-${id}`).waitFor();
    await mp.getByTestId('posts-tabs').getByText('我的岗位').click();
    await expect.poll(() => textOf(mp, `post-roster-${id}`)).toContain('本周还没有排班');
    expect(await noSidewaysScroll(mp)).toBeLessThanOrEqual(0);

    // The community puts them on today's duty, saves, and confirms the shift served.
    await dp.reload();
    await expect.poll(() => textOf(dp, 'post-holders')).toBe('王建国');
    const post = (await apiJson<{ items: Post[] }>(dp, '/posts?pageSize=200')).items.find((p) => p.id === id);
    const memberId = post?.holders[0]?.id;
    expect(memberId).toBeTypeOf('number');
    await dp.getByTestId(`roster-cell-${memberId}-${day}`).click();
    const rostered = dp.waitForResponse((r) => r.url().endsWith(`/api/posts/${id}/roster`) && r.request().method() === 'PUT');
    await dp.getByTestId('roster-save').click();
    expect((await rostered).status()).toBe(200);
    await dp.getByTestId(`roster-done-${memberId}-${day}`).click();
    const served = dp.waitForResponse((r) => r.url().includes(`/api/posts/${id}/shifts/`) && r.url().endsWith('/done'));
    await dp
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*认/ })
      .click();
    expect((await served).status()).toBe(200);
    await expect.poll(() => textOf(dp, `roster-served-${memberId}-${day}`)).toBe('已值守');
    // The printable week roster carries the duty.
    expect(await dp.getByTestId('roster-print-sheet').textContent()).toContain('王建国');
    await screenshot(dp, 'post-roster-console');
    const shifts = await apiJson<Shift[]>(dp, `/posts/${id}/roster?weekStart=${mondayOf(day)}`);
    expect(shifts).toEqual([{ id: expect.any(Number), date: day, member: { id: memberId, name: '王建国' }, done: true }]);

    // The member's phone shows this week's duty, served.
    await mp.reload();
    await expect.poll(() => textOf(mp, `post-roster-day-${day}`)).toContain('王建国');
    expect(await textOf(mp, `post-roster-day-${day}`)).toContain('已值守');
    await screenshot(mp, 'post-mine-phone');

    await member.context.close();
    await desk.context.close();
  }, 180_000);
});
