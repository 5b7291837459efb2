import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, screenshot } from './support.js';
import { apiGet, apiJson, apiSend } from './support-api.js';
import { loginPhone } from './support-login.js';

const browser = browserPerFile();

type Line = { item: string; amount: number; detail: string };
type Appeal = { status: 'open' | 'upheld' | 'rejected'; reason: string; answer: string | null };
type MyEvaluation = {
  year: number;
  score: number;
  grade: 'excellent' | 'good' | 'fair' | 'poor';
  community: { id: number; name: string };
  lines: Line[];
  appeal: Appeal | null;
  appealUntil: string | null;
};
type Target = { kind: 'member' | 'unit'; id: number; name: string; why: string[]; review: { score: number; comment: string } | null };
type Notice = {
  place: { id: number; name: string };
  period: string;
  members: { name: string }[];
  totals: { services: number; hours: number; points: number };
  comments: { id: number; author: string; text: string }[];
};
type Session = { account: { memberId: number | null } };

const GRADE = { excellent: '优秀', good: '良好', fair: '一般', poor: '较差' } as const;

const textOf = (page: Page, testId: string) => page.getByTestId(testId).innerText();
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
/** A line's amount as the page shows it: the base plain, the rest with + or −. */
const shown = (line: Line) => {
  const n = String(Math.round(Math.abs(line.amount) * 100) / 100);
  if (line.item === 'base') return n;
  if (n === '0') return '0';
  return line.amount > 0 ? `+${n}` : `−${n}`;
};
const stamp = () => String(Date.now()).slice(-6);

describe('双评价 on the phone: 群众评议, 公示, 我的年度评价 with 申诉, 公示署名', () => {
  it('a resident rates the member paired with her household and remarks on the notice board', async () => {
    // The member's record id, from his own session.
    const member = await browser.page(PHONE);
    await loginPhone(member.page, 'member');
    const memberId = (await apiJson<Session>(member.page, '/auth/session')).account.memberId ?? 0;
    expect(memberId).toBeGreaterThan(0);
    await member.context.close();

    // The community pairs 王建国 with 李秀英's household (already paired from an earlier run is fine).
    const admin = await browser.page(PHONE);
    await loginPhone(admin.page, 'community');
    const found = await apiJson<{ items: { householdId: number; name: string; address: string }[] }>(
      admin.page,
      `/residents?q=${encodeURIComponent('李秀英')}`,
    );
    const householdId = found.items.find((r) => r.name === '李秀英' && r.address.includes('富春园'))?.householdId ?? 0;
    expect(householdId).toBeGreaterThan(0);
    const communityId = (await apiJson<{ account: { place: { id: number; name: string } } }>(admin.page, '/auth/session')).account.place.id;
    let paired = await apiSend(admin.page, 'POST', '/pairings', { memberId, householdId });
    if (paired.body.error?.code === 'pairing.cap') {
      // Other journeys (结对建议 采纳) may have filled his cap: free one place for her household.
      const live = await apiJson<{ items: { id: number; household: { id: number } }[] }>(admin.page, `/pairings?memberId=${memberId}&active=true&pageSize=50`);
      const other = live.items.find((p) => p.household.id !== householdId);
      if (other) expect((await apiSend(admin.page, 'POST', `/pairings/${other.id}/end`, { reason: '腾出联系户名额', force: true })).status).toBe(200);
      paired = await apiSend(admin.page, 'POST', '/pairings', { memberId, householdId });
    }
    if (paired.status !== 201) expect(paired).toMatchObject({ status: 409, body: { error: { code: 'pairing.duplicate' } } });
    await admin.context.close();

    // The resident: 我的 → 群众评议 lists him, paired with her household.
    const resident = await browser.page(PHONE);
    const rp = resident.page;
    await loginPhone(rp, 'resident');
    await rp.getByTestId('me-evaluation-reviews').click();
    await rp.waitForURL('**/m/reviews');
    const card = rp.getByTestId(`review-member-${memberId}`);
    await card.waitFor();
    expect(await textOf(rp, `review-member-${memberId}-name`)).toBe('王建国');
    expect(await textOf(rp, `review-member-${memberId}-why`)).toContain('联系您家');
    expect(await noSidewaysScroll(rp)).toBeLessThanOrEqual(0);

    // Four stars and a comment, 提交.
    const comment = `每月都来看望，很热心 ${stamp()}`;
    await card.getByRole('radio', { name: '4', exact: true }).click();
    await expect.poll(() => card.locator('.adm-rate-star-active').count()).toBe(4);
    await card.getByTestId(`review-member-${memberId}-comment`).getByRole('textbox').fill(comment);
    const reviewed = rp.waitForResponse((r) => r.url().endsWith('/api/reviews') && r.request().method() === 'POST');
    await card.getByTestId(`review-member-${memberId}-submit`).click();
    expect((await reviewed).status()).toBe(200);
    await expect.poll(() => textOf(rp, `review-member-${memberId}-given`)).toBe(`您已评 4 星\n您的评语：${comment}`);
    await screenshot(rp, 'evaluation-phone-reviews');

    // Stored: the targets list carries her review.
    const targets = await apiJson<Target[]>(rp, '/reviews/targets');
    expect(targets.find((t) => t.kind === 'member' && t.id === memberId)).toMatchObject({ name: '王建国', review: { score: 4, comment } });

    // 公示: her board of this quarter; a remark appears on the page and in the API.
    await rp.goto('/m');
    await rp.getByTestId('me-evaluation-notice').click();
    await rp.waitForURL('**/m/notice');
    await rp.getByTestId('board').waitFor();
    const placeId = Number(await rp.getByTestId('board-place').getAttribute('data-place-id'));
    expect(placeId).toBeGreaterThan(0);
    const before = await apiJson<Notice>(rp, `/notices/${placeId}`);
    expect(await textOf(rp, 'board-place')).toBe(before.place.name);
    expect(await textOf(rp, 'board-total-services')).toBe(String(before.totals.services));
    expect(await textOf(rp, 'board-total-points')).toBe(String(before.totals.points));
    const remark = `公示很清楚，感谢党员们 ${stamp()}`;
    await rp.getByTestId('board-comment-input').getByRole('textbox').fill(remark);
    const posted = rp.waitForResponse((r) => r.url().endsWith(`/api/notices/${placeId}/comments`));
    await rp.getByTestId('board-comment-send').click();
    const answer = await posted;
    expect(answer.status()).toBe(201);
    const made = ((await answer.json()) as Notice).comments.find((c) => c.text === remark);
    expect(made).toBeDefined();
    await expect.poll(() => textOf(rp, `board-comment-${made?.id}`)).toContain(remark);
    expect(await textOf(rp, `board-comment-${made?.id}`)).toContain('李*英');
    expect(await rp.getByTestId('board-comment-input').getByRole('textbox').inputValue()).toBe('');
    expect(await noSidewaysScroll(rp)).toBeLessThanOrEqual(0);
    await screenshot(rp, 'evaluation-phone-notice');
    const after = await apiJson<Notice>(rp, `/notices/${placeId}?period=${before.period}`);
    expect(after.comments.find((c) => c.id === made?.id)).toMatchObject({ text: remark, author: '李*英' });

    // The community's own board, as its QR code opens it: the same figures as the API, last quarter too.
    await rp.goto(`/m/notice/${communityId}`);
    await expect.poll(() => textOf(rp, 'board-place')).toBe('富春园社区');
    const board = await apiJson<Notice>(rp, `/notices/${communityId}`);
    expect(await textOf(rp, 'board-total-services')).toBe(String(board.totals.services));
    expect(await rp.getByTestId('board-members').locator('[data-testid^="board-member-"]').count()).toBe(Math.min(20, board.members.length));
    await rp.getByTestId('board-quarters').getByText('上季度').click();
    const previous = await apiJson<Notice>(rp, `/notices/${communityId}?period=${new URL(rp.url()).searchParams.get('period')}`);
    expect(previous.period < board.period).toBe(true);
    await expect.poll(() => textOf(rp, 'board-total-services')).toBe(String(previous.totals.services));

    await resident.context.close();
  }, 120_000);

  it('a member reads his 2026 result as the API has it and appeals it', async () => {
    // The org department runs 2026 (a year already locked by another journey is fine).
    const admin = await browser.page(PHONE);
    await loginPhone(admin.page, 'admin');
    const ran = await apiSend(admin.page, 'POST', '/evaluations/2026/run', {});
    if (ran.status !== 200) expect(ran).toMatchObject({ status: 409, body: { error: { code: 'points.yearClosed' } } });
    await admin.context.close();

    const member = await browser.page(PHONE);
    const mp = member.page;
    await loginPhone(mp, 'member');
    await mp.getByTestId('me-evaluation-mine').click();
    await mp.waitForURL('**/m/evaluation');
    await mp.getByTestId('my-eval-2026').waitFor();
    const mine = await apiJson<MyEvaluation>(mp, '/evaluations/2026/me');

    // Grade, score and every line as stored.
    expect(await textOf(mp, 'my-eval-grade')).toBe(GRADE[mine.grade]);
    expect(await textOf(mp, 'my-eval-score')).toBe(`综合得分 ${mine.score} 分`);
    expect(await textOf(mp, 'my-eval-lines-total')).toBe(String(mine.score));
    expect(mine.lines.length).toBeGreaterThan(0);
    for (const line of mine.lines) {
      expect(await textOf(mp, `my-eval-lines-${line.item}-amount`)).toBe(shown(line));
      expect(await textOf(mp, `my-eval-lines-${line.item}`)).toContain(line.detail);
    }
    expect(await mp.getByTestId('my-eval-lines').locator('[data-testid$="-amount"]').count()).toBe(mine.lines.length);
    expect(await noSidewaysScroll(mp)).toBeLessThanOrEqual(0);
    await screenshot(mp, 'evaluation-phone-mine');

    // 申诉: while the window is open and nothing is pending, the form; then it shows pending.
    const windowOpen = mine.appealUntil !== null && Date.parse(mine.appealUntil) > Date.now();
    expect(windowOpen).toBe(true);
    const reason = `走访次数少算了一次 ${stamp()}`;
    if (mine.appeal?.status !== 'open') {
      const form = mp.getByTestId('my-eval-appeal-form');
      expect(await textOf(mp, 'my-eval-appeal-until')).toMatch(/^申诉截止：\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      // Too short first: the form says so and nothing is sent.
      await form.getByRole('textbox', { name: '申诉理由' }).fill('少算');
      await mp.getByTestId('my-eval-appeal-submit').click();
      await expect.poll(() => form.innerText()).toContain('申诉理由至少 4 个字');
      await form.getByRole('textbox', { name: '申诉理由' }).fill(reason);
      await mp.getByTestId('my-eval-appeal-submit').click();
      const dialog = mp.locator('.adm-dialog');
      await dialog.getByText('处理期间不能再提交新的申诉').waitFor();
      const sent = mp.waitForResponse((r) => r.url().endsWith('/api/evaluations/2026/appeal'));
      await dialog.getByRole('button', { name: '提交申诉' }).click();
      expect((await sent).status()).toBe(201);
      await expect.poll(() => textOf(mp, 'my-eval-appeal-reason')).toBe(reason);
    }
    await expect.poll(() => textOf(mp, 'my-eval-appeal-status')).toBe('处理中');
    expect(await mp.getByTestId('my-eval-appeal-form').count()).toBe(0);
    await screenshot(mp, 'evaluation-phone-appeal');
    const appealed = await apiJson<MyEvaluation>(mp, '/evaluations/2026/me');
    expect(appealed.appeal?.status).toBe('open');
    if (mine.appeal?.status !== 'open') expect(appealed.appeal?.reason).toBe(reason);

    // 反馈卡: the same grade and lines.
    await mp.getByTestId('my-eval-card-link').click();
    await mp.waitForURL('**/m/evaluation/2026/card');
    await expect.poll(() => textOf(mp, 'my-eval-card-grade')).toBe(GRADE[mine.grade]);
    expect(await textOf(mp, 'my-eval-card-lines-total')).toBe(String(mine.score));
    expect(await noSidewaysScroll(mp)).toBeLessThanOrEqual(0);
    await screenshot(mp, 'evaluation-phone-card');

    // Last year: the empty state before it is run, else its result.
    await mp.goBack();
    await mp.getByTestId('my-eval-years').getByText('去年 2025').click();
    const last = await apiGet<MyEvaluation>(mp, '/evaluations/2025/me');
    if (last.status === 404) await mp.getByTestId('my-eval-empty').waitFor();
    else await expect.poll(() => textOf(mp, 'my-eval-grade')).toBe(GRADE[last.body.grade]);
    expect(new URL(mp.url()).searchParams.get('year')).toBe('2025');

    await member.context.close();
  }, 120_000);

  it('a member shows his full name on the notice board, then hides the middle again', async () => {
    const member = await browser.page(PHONE);
    const mp = member.page;
    await loginPhone(mp, 'member');
    const community = (await apiJson<MyEvaluation>(mp, '/evaluations/2026/me')).community;
    const named = async (name: string) => (await apiJson<Notice>(mp, `/notices/${community.id}`)).members.some((m) => m.name === name);
    const served = (await named('王*国')) || (await named('王建国'));

    // 公示署名 → 全名公示.
    const choose = async (choice: 'full' | 'masked', label: string) => {
      await mp.getByTestId('me-consent').click();
      const sheet = mp.getByTestId('consent-sheet');
      await sheet.waitFor();
      const saved = mp.waitForResponse((r) => r.url().endsWith('/api/notices/consent') && r.request().method() === 'PUT');
      await sheet.getByTestId(`consent-${choice}`).click();
      const answer = await saved;
      expect(answer.status()).toBe(200);
      expect(await answer.json()).toEqual({ noticeConsent: choice });
      await sheet.waitFor({ state: 'hidden' });
      await expect.poll(() => textOf(mp, 'me-consent-value')).toBe(label);
      expect(await apiJson<{ noticeConsent: string }>(mp, '/notices/consent')).toEqual({ noticeConsent: choice });
    };
    if ((await textOf(mp, 'me-consent-value')) === '全名公示') await choose('masked', '隐去中间字（默认）');
    await mp.getByTestId('me-consent').click();
    const sheet = mp.getByTestId('consent-sheet');
    await sheet.waitFor();
    expect(await sheet.innerText()).toMatch(/全名公示[\s\S]*隐去中间字（默认）[\s\S]*不公示姓名/);
    await screenshot(mp, 'evaluation-phone-consent');
    await mp.locator('.adm-popup-close-icon').click();
    await sheet.waitFor({ state: 'hidden' });
    await choose('full', '全名公示');

    // The board names him in full when he served this quarter.
    if (served) {
      expect(await named('王建国')).toBe(true);
      await mp.getByTestId('me-evaluation-notice').click();
      await mp.waitForURL('**/m/notice');
      await expect.poll(() => mp.getByTestId('board-place').getAttribute('data-place-id')).toBe(String(community.id));
      await expect.poll(() => mp.getByTestId('board-members').innerText()).toContain('王建国');
      await screenshot(mp, 'evaluation-phone-notice-full');
      await mp.goto('/m');
    }

    // Back to the default: 王*国.
    await choose('masked', '隐去中间字（默认）');
    if (served) {
      expect(await named('王*国')).toBe(true);
      expect(await named('王建国')).toBe(false);
    }
    await member.context.close();
  }, 120_000);
});
