import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, screenshot } from './support.js';
import { apiGet, apiJson, apiLogin, apiSend } from './support-api.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();

type Grade = 'excellent' | 'good' | 'fair' | 'poor';
type Line = { item: string; amount: number; detail: string };
type YearStatus = {
  year: number;
  evaluated: number;
  byGrade: Partial<Record<Grade, number>>;
  lockedAt: string | null;
  ranAt: string | null;
  openAppeals: number;
  feedbackSentAt: string | null;
  weights: { excellentShare: number } | null;
};
type MemberEvaluation = {
  id: number;
  member: { id: number; name: string };
  community: { id: number; name: string };
  score: number;
  grade: Grade;
  computedGrade: Grade;
  adjustReason: string | null;
  lines: Line[];
};
type PageOf<T> = { items: T[]; total: number };
type Appeal = { id: number; status: 'open' | 'upheld' | 'rejected'; member: { name: string } };
type Card = { member: { id: number; name: string; unit: string } };
type Campaign = { opensOn: string; closesOn: string; progress: { place: { id: number; name: string } }[] };

const GRADES: Grade[] = ['excellent', 'good', 'fair', 'poor'];
const GRADE_TEXT: Record<Grade, string> = { excellent: '优秀', good: '良好', fair: '一般', poor: '较差' };

/** Every page of a year's results the caller sees. */
async function allResults(page: Page, year: number): Promise<MemberEvaluation[]> {
  const rows: MemberEvaluation[] = [];
  for (let n = 1; n < 100; n++) {
    const chunk = await apiJson<PageOf<MemberEvaluation>>(page, `/evaluations/${year}/members?page=${n}&pageSize=200`);
    rows.push(...chunk.items);
    if (!chunk.items.length || rows.length >= chunk.total) break;
  }
  return rows;
}

/** Picks an option of an antd select by its text. */
async function choose(page: Page, select: Locator, text: string) {
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
  await select.click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first();
  await option.waitFor();
  await option.click();
}

const menu = (page: Page, name: string) => page.getByTestId('console-menu').getByText(name, { exact: true }).click();
const textOf = (page: Page, testId: string) => page.getByTestId(testId).innerText();
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Runs the year from the 评定 dialog (its weights unfolded and left as they are) and waits for the answer. */
async function runFromDialog(page: Page, year: number) {
  await page.getByTestId('eval-run').click();
  const dialog = page.locator('.ant-modal').filter({ hasText: `评定 ${year} 年度` });
  await dialog.waitFor();
  await dialog.getByTestId('run-advanced').getByText('高级：计分权重').click();
  // Each weight says what it does.
  await dialog.getByText('每个社区优秀不超过参评党员的该比例').waitFor();
  expect(await dialog.locator('#excellentSharePct').inputValue()).toBe('30');
  expect(await dialog.locator('#appealDays').inputValue()).toBe('15');
  const ran = page.waitForResponse((r) => r.url().endsWith(`/api/evaluations/${year}/run`) && r.request().method() === 'POST');
  await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
  const response = await ran;
  expect(response.status()).toBe(200);
  const body = (await response.json()) as YearStatus;
  await page.locator('.ant-message').getByText(`${year} 年度已评定，共 ${body.evaluated} 名党员`).waitFor();
  await dialog.waitFor({ state: 'detached' });
  return body;
}

describe('双评价 — 年度评价 in the console: grading, adjustments, the locked year, feedback cards, the review campaign', () => {
  it('the org department grades 2026: the counts shown are the stored ones, 优秀 stays within 30% per community, a row’s lines add up', async () => {
    const { page: op, context } = await browser.page();
    await loginConsole(op, 'admin');
    await menu(op, '年度评价');
    await op.waitForURL('**/evaluation');
    expect(await op.getByTestId('eval-year').innerText()).toContain('2026 年度');
    await op.getByTestId('eval-progress').waitFor();

    const ran = await runFromDialog(op, 2026);
    expect(ran.evaluated).toBeGreaterThan(0);
    expect(ran.lockedAt).toBeNull();

    // The figures on the page are those of GET /api/evaluations/2026.
    const status = await apiJson<YearStatus>(op, '/evaluations/2026');
    await expect.poll(() => textOf(op, 'eval-evaluated')).toBe(String(status.evaluated));
    for (const g of GRADES) expect(await textOf(op, `grade-count-${g}`)).toBe(String(status.byGrade[g] ?? 0));
    expect(GRADES.reduce((n, g) => n + (status.byGrade[g] ?? 0), 0)).toBe(status.evaluated);
    await op.getByTestId('eval-grade-chart').locator('canvas').waitFor();

    // 优秀 never exceeds floor(30%) of a community.
    const results = await allResults(op, 2026);
    expect(results.length).toBe(status.evaluated);
    const byCommunity = new Map<number, { members: number; excellent: number }>();
    for (const r of results) {
      const c = byCommunity.get(r.community.id) ?? { members: 0, excellent: 0 };
      c.members++;
      if (r.grade === 'excellent') c.excellent++;
      byCommunity.set(r.community.id, c);
    }
    expect(byCommunity.size).toBeGreaterThan(1);
    for (const [id, c] of byCommunity) expect(c.excellent, `community ${id}`).toBeLessThanOrEqual(Math.floor(c.members * 0.3 + 1e-9));

    // The first row unfolds into how its score was reached; the lines add up to the score shown.
    const table = op.getByTestId('eval-members-table');
    const first = table.locator('tbody tr.ant-table-row').first();
    await first.waitFor();
    const rowId = (await first.getAttribute('data-testid'))?.replace('eval-row-', '') ?? '';
    await first.locator('.ant-table-row-expand-icon').click();
    const lines = op.getByTestId(`eval-lines-${rowId}`);
    await lines.waitFor();
    const amounts = await lines
      .locator(`[data-testid="eval-lines-${rowId}-amount"]`)
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-amount'))));
    expect(amounts.length).toBeGreaterThan(0);
    const shownScore = Number(await textOf(op, `eval-score-${rowId}`));
    expect(
      round1(
        Math.max(
          0,
          amounts.reduce((n, a) => n + a, 0),
        ),
      ),
    ).toBe(shownScore);
    expect(Number(await textOf(op, `eval-lines-${rowId}-total`))).toBe(shownScore);
    const stored = results.find((r) => String(r.id) === rowId);
    expect(stored?.score).toBe(shownScore);
    expect(stored?.lines.map((l) => l.amount)).toEqual(amounts);
    expect(await textOf(op, `eval-grade-${rowId}-tag`)).toBe(GRADE_TEXT[stored?.grade ?? 'good']);
    await screenshot(op, 'evaluation-grading');
    await context.close();
  }, 120_000);

  it('the community adjusts a member to 一般 with a reason; the row marks it and the API stores it; 优秀 beyond the cap is refused', async () => {
    const { page: cp, context } = await browser.page();
    await loginConsole(cp, 'community');
    await menu(cp, '年度评价');
    await cp.getByTestId('eval-members-table').locator('tbody tr.ant-table-row').first().waitFor();

    // A 良好 member of the first page not adjusted before (王建国 is left to the phone journey's appeal).
    const firstPage = await apiJson<PageOf<MemberEvaluation>>(cp, '/evaluations/2026/members?page=1&pageSize=20');
    const target = firstPage.items.find((r) => r.grade === 'good' && r.computedGrade === 'good' && r.adjustReason === null && r.member.name !== '王建国');
    expect(target).toBeDefined();
    const row = target as MemberEvaluation;
    await cp.getByTestId(`eval-row-${row.id}`).waitFor();
    expect(await textOf(cp, `eval-grade-${row.id}-tag`)).toBe('良好');

    // The dialog tells the community's 优秀 places, as the API counts them.
    const members = (await apiJson<PageOf<MemberEvaluation>>(cp, `/evaluations/2026/members?placeId=${row.community.id}&pageSize=1`)).total;
    const excellent = (await apiJson<PageOf<MemberEvaluation>>(cp, `/evaluations/2026/members?placeId=${row.community.id}&grade=excellent&pageSize=1`)).total;
    const share = (await apiJson<YearStatus>(cp, '/evaluations/2026')).weights?.excellentShare ?? 0.3;
    const cap = Math.floor(members * share + 1e-9);
    await cp.getByTestId(`eval-adjust-${row.id}`).click();
    const dialog = cp.locator('.ant-modal').filter({ hasText: `调整等次：${row.member.name}` });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.getByTestId('adjust-cap').innerText())
      .toContain(`参评党员 ${members} 名，优秀名额 ${cap} 名，已评优秀 ${excellent} 名，剩余 ${Math.max(0, cap - excellent)} 名`);

    // A reason is required, and at least 4 characters.
    await dialog.getByTestId('adjust-grade').getByText('一般', { exact: true }).click();
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    await dialog.locator('.ant-form-item-explain-error').getByText('请填写调整说明').waitFor();
    const reason = `全年两次无故缺席志愿活动 ${String(Date.now()).slice(-5)}`;
    await dialog.locator('textarea#reason').fill(reason);
    const adjusted = cp.waitForResponse((r) => r.url().endsWith(`/api/evaluations/2026/members/${row.id}/adjust`));
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    expect((await adjusted).status()).toBe(200);
    await cp.locator('.ant-message').getByText('已调整为一般').waitFor();

    // The row: 一般, marked 已调整, the reason in its tooltip.
    await expect.poll(() => textOf(cp, `eval-grade-${row.id}-tag`)).toBe('一般');
    const marker = cp.getByTestId(`eval-grade-${row.id}-adjusted`);
    expect(await marker.innerText()).toBe('已调整');
    await marker.hover();
    await expect.poll(() => textOf(cp, `eval-grade-${row.id}-reason`)).toContain(reason);
    expect(await textOf(cp, `eval-grade-${row.id}-reason`)).toContain('评定等次：良好');
    await screenshot(cp, 'evaluation-adjusted');

    const after = await apiJson<PageOf<MemberEvaluation>>(cp, '/evaluations/2026/members?page=1&pageSize=20');
    expect(after.items.find((r) => r.id === row.id)).toMatchObject({ grade: 'fair', computedGrade: 'good', adjustReason: reason });

    // 优秀 for someone else: refused when the community's places are full (otherwise the dialog says how many are left).
    const other = after.items.find((r) => r.grade !== 'excellent' && r.id !== row.id && r.member.name !== '王建国');
    expect(other).toBeDefined();
    const next = other as MemberEvaluation;
    await cp.getByTestId(`eval-adjust-${next.id}`).click();
    const second = cp.locator('.ant-modal').filter({ hasText: `调整等次：${next.member.name}` });
    await second.waitFor();
    await second.getByTestId('adjust-grade').getByText('优秀', { exact: true }).click();
    if (excellent >= cap) {
      await second.getByText('本社区优秀名额已满，不能再调整为优秀').waitFor();
      await second.locator('textarea#reason').fill('服务表现突出，群众评价高');
      const refused = cp.waitForResponse((r) => r.url().endsWith(`/api/evaluations/2026/members/${next.id}/adjust`));
      await second.locator('.ant-modal-footer .ant-btn-primary').click();
      expect((await refused).status()).toBe(409);
      await second
        .locator('.ant-form-item-explain-error')
        .getByText(/优秀名额已满/)
        .waitFor();
      const unchanged = await apiJson<PageOf<MemberEvaluation>>(cp, '/evaluations/2026/members?page=1&pageSize=20');
      expect(unchanged.items.find((r) => r.id === next.id)?.grade).toBe(next.grade);
    } else {
      expect(await second.getByTestId('adjust-cap').innerText()).toContain(`剩余 ${cap - excellent} 名`);
    }
    await second.getByRole('button', { name: /取\s*消/ }).click();
    await context.close();
  }, 120_000);

  it('2025: graded, an open appeal blocks the lock until answered, then locked and the feedback cards sent; the secretary prints the unit’s cards', async () => {
    const { page: op, context } = await browser.page();
    await loginConsole(op, 'admin');
    await menu(op, '年度评价');
    await choose(op, op.getByTestId('eval-year'), '2025 年度');
    await op.waitForURL('**/evaluation?year=2025');
    await op.getByTestId('eval-progress').waitFor();
    const before = await apiJson<YearStatus>(op, '/evaluations/2025');
    expect(before.lockedAt).toBeNull();
    await runFromDialog(op, 2025);

    // 王建国 appeals his 2025 result from his own session.
    const member = await browser.page();
    await member.page.goto('/login');
    expect((await apiLogin(member.page, 'member')).status).toBe(200);
    const appealed = await apiSend(member.page, 'POST', '/evaluations/2025/appeal', { reason: '2025 年的走访记录漏记了一次' });
    expect(appealed.status).toBe(201);
    await member.context.close();

    // The lock is refused while it is open, and the page says why.
    await op.reload();
    await expect.poll(() => textOf(op, 'eval-open-appeals')).toBe('1');
    await op.getByTestId('eval-lock').click();
    const confirm = op.locator('.ant-popover').filter({ hasText: '审定并锁定 2025 年度评价？' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('还有 1 项申诉未答复');
    const refused = op.waitForResponse((r) => r.url().endsWith('/api/evaluations/2025/lock'));
    await confirm.getByRole('button', { name: /审定锁定/ }).click();
    expect((await refused).status()).toBe(409);
    await expect.poll(() => textOf(op, 'eval-lock-error')).toContain('还有 1 项申诉未答复，答复后才能锁定');

    // 去答复申诉: the open appeal, answered 不成立.
    await op.getByTestId('eval-lock-see-appeals').click();
    const appeal = (await apiJson<PageOf<Appeal>>(op, '/evaluations/2025/appeals?status=open')).items[0] as Appeal;
    expect(appeal.member.name).toBe('王建国');
    await op.getByTestId(`appeal-answer-${appeal.id}`).click();
    const answer = op.locator('.ant-modal').filter({ hasText: '答复 王建国 的申诉' });
    await answer.waitFor();
    await answer.getByText('不成立，维持原等次').click();
    await answer.locator('textarea#answer').fill('经核实，该月走访记录无误');
    const answered = op.waitForResponse((r) => r.url().endsWith(`/api/evaluations/2025/appeals/${appeal.id}/answer`));
    await answer.locator('.ant-modal-footer .ant-btn-primary').click();
    expect((await answered).status()).toBe(200);
    await op.locator('.ant-message').getByText('已答复').waitFor();
    expect((await apiJson<PageOf<Appeal>>(op, '/evaluations/2025/appeals')).items.find((a) => a.id === appeal.id)?.status).toBe('rejected');

    // Now it locks.
    await expect.poll(() => textOf(op, 'eval-open-appeals')).toBe('0');
    await op.getByTestId('eval-lock').click();
    const again = op.locator('.ant-popover:visible').filter({ hasText: '审定并锁定 2025 年度评价？' });
    await again.waitFor();
    const locked = op.waitForResponse((r) => r.url().endsWith('/api/evaluations/2025/lock'));
    await again.getByRole('button', { name: /审定锁定/ }).click();
    expect((await locked).status()).toBe(200);
    await op.getByTestId('eval-locked').waitFor();
    expect(await op.getByTestId('eval-run').isDisabled()).toBe(true);
    expect(await op.getByTestId('eval-lock-error').count()).toBe(0);

    // 送达反馈卡, once.
    await op.getByTestId('eval-send').click();
    const send = op.locator('.ant-popover:visible').filter({ hasText: '送达 2025 年度反馈卡？' });
    await send.waitFor();
    const sent = op.waitForResponse((r) => r.url().endsWith('/api/evaluations/2025/feedback/send'));
    await send.getByRole('button', { name: /送达反馈卡/ }).click();
    const sentBody = (await (await sent).json()) as { units: number };
    await op.locator('.ant-message').getByText(`反馈卡已送达 ${sentBody.units} 个单位`).waitFor();
    await op.getByTestId('eval-feedback-sent').waitFor();
    expect(await op.getByTestId('eval-send').isDisabled()).toBe(true);
    const done = await apiJson<YearStatus>(op, '/evaluations/2025');
    expect(done.lockedAt).not.toBeNull();
    expect(done.feedbackSentAt).not.toBeNull();
    // Edits are closed on a locked year.
    await op.getByRole('tab', { name: '党员' }).click();
    const firstAdjust = op.locator('[data-testid^="eval-adjust-"]').first();
    await firstAdjust.waitFor();
    expect(await firstAdjust.isDisabled()).toBe(true);
    await context.close();

    // The secretary of 国网盂县供电公司 prints the unit's cards.
    const secretary = await browser.page();
    const sp = secretary.page;
    await loginConsole(sp, 'secretary');
    await menu(sp, '反馈卡');
    await sp.waitForURL('**/evaluation/feedback');
    await choose(sp, sp.getByTestId('feedback-year'), '2025 年度');
    const cards = await apiJson<Card[]>(sp, '/evaluations/2025/feedback');
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((c) => c.member.unit))).toEqual(new Set(['国网盂县供电公司']));
    await expect.poll(() => sp.getByTestId('feedback-card').count()).toBe(cards.length);
    expect(await textOf(sp, 'feedback-count')).toBe(`共 ${cards.length} 张反馈卡`);
    expect(await sp.getByTestId('feedback-unlocked').count()).toBe(0);
    const firstCard = sp.getByTestId('feedback-card').first();
    expect(await firstCard.innerText()).toContain('国网盂县供电公司');
    expect(await firstCard.innerText()).toContain('单位党组织（盖章）');
    expect(await firstCard.innerText()).toContain('社区党组织（盖章）');
    const names = await sp.locator('[data-testid="feedback-card-name"]').allInnerTexts();
    expect(names.sort()).toEqual(cards.map((c) => c.member.name).sort());
    await sp.getByTestId('feedback-print').waitFor();
    await sp.getByTestId('feedback-export').waitFor();

    // Printed: no menu or toolbar, one card per A4 page.
    await sp.emulateMedia({ media: 'print' });
    expect(await sp.locator('.ant-layout-sider').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    expect(await sp.getByTestId('feedback-print').isVisible()).toBe(false);
    const breaks = await sp.getByTestId('feedback-card').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakAfter));
    if (breaks.length > 1) expect(breaks.slice(0, -1).every((b) => b === 'page')).toBe(true);
    await screenshot(sp, 'evaluation-feedback-print');
    await sp.emulateMedia({ media: 'screen' });
    await secretary.context.close();
  }, 180_000);

  it('the org department opens the 2026 residents’ review for December and sees its progress by compound', async () => {
    const { page: op, context } = await browser.page();
    await loginConsole(op, 'admin');
    await menu(op, '年终评议');
    await op.waitForURL('**/evaluation/reviews');
    const existing = await apiGet(op, '/reviews/campaigns/2026');
    if (existing.status === 404) await op.getByTestId('reviews-empty').waitFor();
    else await op.getByTestId('reviews-table').waitFor();

    await op.getByTestId('reviews-open').click();
    const dialog = op.locator('.ant-modal').filter({ hasText: '2026 年度群众评议' });
    await dialog.waitFor();
    const inputs = dialog.locator('.ant-picker-range input');
    await inputs.nth(0).click();
    await inputs.nth(0).fill('2026-12-01');
    await inputs.nth(0).press('Enter');
    await inputs.nth(1).fill('2026-12-31');
    await inputs.nth(1).press('Enter');
    await expect.poll(() => inputs.nth(0).inputValue()).toBe('2026-12-01');
    await expect.poll(() => inputs.nth(1).inputValue()).toBe('2026-12-31');
    const put = op.waitForResponse((r) => r.url().endsWith('/api/reviews/campaigns/2026') && r.request().method() === 'PUT');
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    expect((await put).status()).toBe(200);
    await op.locator('.ant-message').getByText('已开启 2026 年度群众评议').waitFor();

    // The progress table, compound by compound, as stored.
    const campaign = await apiJson<Campaign>(op, '/reviews/campaigns/2026');
    expect(campaign).toMatchObject({ opensOn: '2026-12-01', closesOn: '2026-12-31' });
    expect(await textOf(op, 'reviews-period')).toBe('评议时间：2026-12-01 至 2026-12-31');
    expect(await textOf(op, 'reviews-state')).toBe('未开始');
    expect(campaign.progress.length).toBeGreaterThan(0);
    const rows = op.getByTestId('reviews-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(Math.min(20, campaign.progress.length));
    const firstPlace = campaign.progress[0]?.place;
    expect(await op.getByTestId(`reviews-row-${firstPlace?.id}`).innerText()).toContain(firstPlace?.name ?? '');
    for (const header of ['小区', '户数', '参评户数', '参评率', '评议条数', '平均分']) {
      await op.getByTestId('reviews-table').locator('thead').getByText(header, { exact: true }).waitFor();
    }
    await screenshot(op, 'evaluation-reviews');
    await context.close();
  }, 120_000);
});
