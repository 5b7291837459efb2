import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, PHONE, screenshot } from './support.js';
import { apiJson, apiSend } from './support-api.js';
import { loginConsole, loginPhone } from './support-login.js';

const browser = browserPerFile();

// A real 1×1 PNG: the server sniffs the bytes, and the thumbnail must decode.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

type StoredWish = {
  id: number;
  status: string;
  community: { id: number; name: string };
  claimer: { kind: string; name: string } | null;
  photos: number[];
  thanks: string | null;
};

const textOf = (page: Page, testId: string) => page.getByTestId(testId).innerText();
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const titles = (page: Page) =>
  apiJson<{ items: { title: { 'zh-CN': string } }[] }>(page, '/notifications?pageSize=50').then((r) => r.items.map((n) => n.title['zh-CN']));

/** 富春园社区's id, as the community admin finds it. */
async function fuchunyuan(page: Page): Promise<number> {
  const hits = await apiJson<{ items: { id: number; name: string; kind: string }[] }>(page, '/places/search?q=140322100101');
  const hit = hits.items.find((p) => p.kind === 'community');
  expect(hit?.name).toBe('富春园社区');
  return hit?.id ?? 0;
}

describe('微心愿 → 心愿墙 → 认领 → 实现 → 致谢; 项目清单, 需求清单, 服务统计', () => {
  it('takes a resident’s wish from the phone across the public wall, a member’s phone and the console', async () => {
    const title = `想要一台收音机 ${Date.now() % 100000}`;
    const desk = await browser.page();
    const dp = desk.page;
    await loginConsole(dp, 'community');
    const communityId = await fuchunyuan(dp);

    // 许个微心愿: the resident posts it from the phone.
    const resident = await browser.page(PHONE);
    const rp = resident.page;
    await loginPhone(rp, 'resident');
    await rp.goto('/m/wishes');
    await rp.getByTestId('wishes-page').waitFor();
    await rp.getByTestId('wishes-new').click();
    await rp.getByTestId('wish-new-page').waitFor();
    await rp.getByTestId('wish-title').locator('input').fill(title);
    await rp.getByTestId('wish-description').locator('textarea:not([aria-hidden])').fill('家里老人爱听戏，旧收音机坏了');
    await screenshot(rp, 'wish-new-phone');
    const posted = rp.waitForResponse((r) => r.url().endsWith('/api/wishes') && r.request().method() === 'POST');
    await rp.getByTestId('wish-submit').click();
    const created = await posted;
    expect(created.status()).toBe(201);
    const wish = (await created.json()) as StoredWish;
    expect(wish.community).toEqual({ id: communityId, name: '富春园社区' });
    await rp.waitForURL('**/m/wishes');
    await expect.poll(() => textOf(rp, `wish-card-status-${wish.id}`)).toBe('待认领');
    expect(await noSidewaysScroll(rp)).toBeLessThanOrEqual(0);

    // 心愿墙: public, no login; the wish shows with the area, never the door.
    const visitor = await browser.page(PHONE);
    const vp = visitor.page;
    await vp.goto(`/m/wall/${communityId}`);
    await expect.poll(() => textOf(vp, 'wall-community')).toBe('富春园社区');
    await expect.poll(() => textOf(vp, `wall-wish-${wish.id}`)).toContain(title);
    expect(await textOf(vp, `wall-status-${wish.id}`)).toBe('待认领');
    const wall = await apiJson<Record<string, unknown>[]>(vp, `/public/communities/${communityId}/wishes`);
    const onWall = wall.find((w) => w.id === wish.id);
    expect(onWall).toMatchObject({ title, status: 'open' });
    expect(Object.keys(onWall ?? {})).not.toContain('household');
    expect(await noSidewaysScroll(vp)).toBeLessThanOrEqual(0);
    await screenshot(vp, 'wish-wall-phone');

    // 认领: the member finds it among the community's open wishes.
    const member = await browser.page(PHONE);
    const mp = member.page;
    await loginPhone(mp, 'member');
    await mp.goto('/m/wishes');
    await mp.getByTestId(`wish-card-${wish.id}`).waitFor();
    await mp.getByTestId(`wish-claim-${wish.id}`).click();
    const claimed = mp.waitForResponse((r) => r.url().endsWith(`/api/wishes/${wish.id}/claim`));
    await mp.locator('.adm-dialog').getByRole('button', { name: '认领' }).click();
    expect((await claimed).status()).toBe(200);
    // It leaves the open tab and waits under 我认领的.
    await mp.getByTestId('wishes-tabs').getByText('我认领的').click();
    await expect.poll(() => textOf(mp, `wish-card-status-${wish.id}`)).toBe('已认领');
    expect(await textOf(mp, `wish-claimer-${wish.id}`)).toContain('王建国');
    await vp.reload();
    await expect.poll(() => textOf(vp, `wall-status-${wish.id}`)).toBe('已认领');

    // 实现: with a photo.
    await mp.getByTestId(`wish-fulfil-${wish.id}`).click();
    const popup = mp.getByTestId('wish-popup-fulfil');
    await popup.waitFor();
    const uploaded = mp.waitForResponse((r) => r.url().endsWith('/api/orders/photos'));
    await popup.getByTestId('wish-popup-photos').locator('input[type=file]').setInputFiles({ name: '收音机.png', mimeType: 'image/png', buffer: PNG });
    expect((await uploaded).status()).toBe(201);
    await expect.poll(() => popup.getByTestId('wish-popup-submit').isEnabled()).toBe(true);
    await popup.getByTestId('wish-popup-text').locator('textarea:not([aria-hidden])').fill('新收音机已送到老人家里');
    await screenshot(mp, 'wish-fulfil-phone');
    const fulfilled = mp.waitForResponse((r) => r.url().endsWith(`/api/wishes/${wish.id}/fulfil`));
    await popup.getByTestId('wish-popup-submit').click();
    expect((await fulfilled).status()).toBe(200);
    await popup.waitFor({ state: 'detached' });
    await expect.poll(() => textOf(mp, `wish-card-status-${wish.id}`)).toBe('已实现');
    await expect
      .poll(() =>
        mp
          .getByTestId(`wish-photos-${wish.id}`)
          .locator('img')
          .first()
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBe(1);
    // Fulfilled, it leaves the public wall.
    await vp.reload();
    await vp.getByTestId('wish-wall').waitFor();
    await expect.poll(() => vp.getByTestId(`wall-wish-${wish.id}`).count()).toBe(0);

    // 致谢: the household was told, and thanks from the phone.
    expect(await titles(rp)).toContain('您的微心愿已实现');
    await rp.reload();
    await expect.poll(() => textOf(rp, `wish-card-status-${wish.id}`)).toBe('已实现');
    await rp.getByTestId(`wish-thank-${wish.id}`).click();
    const thankPopup = rp.getByTestId('wish-popup-thank');
    await thankPopup.waitFor();
    await thankPopup.getByTestId('wish-popup-text').locator('textarea:not([aria-hidden])').fill('收音机收到了，谢谢王书记！');
    const thanked = rp.waitForResponse((r) => r.url().endsWith(`/api/wishes/${wish.id}/thank`));
    await thankPopup.getByTestId('wish-popup-submit').click();
    expect((await thanked).status()).toBe(200);
    await expect.poll(() => textOf(rp, `wish-card-status-${wish.id}`)).toBe('已致谢');
    expect(await textOf(rp, `wish-thanks-${wish.id}`)).toContain('收音机收到了，谢谢王书记！');
    expect(await rp.getByTestId(`wish-thank-${wish.id}`).count()).toBe(0);
    await screenshot(rp, 'wish-thanked-phone');

    // The console lists it as 已致谢, with the photo and the thanks.
    await dp.getByTestId('console-menu').getByText('微心愿').click();
    await expect.poll(() => textOf(dp, `wish-status-${wish.id}`)).toBe('已致谢');
    expect(await textOf(dp, `wish-thanks-${wish.id}`)).toContain('谢谢王书记');
    expect(await dp.getByTestId(`wish-photos-${wish.id}`).locator('img').count()).toBe(1);
    await dp.getByTestId('wishes-status-filter').click();
    await dp.locator('.ant-select-dropdown:visible').getByText('待认领', { exact: true }).click();
    await expect.poll(() => dp.getByTestId(`wish-status-${wish.id}`).count()).toBe(0);
    await screenshot(dp, 'wishes-console');

    const stored = await apiJson<{ items: StoredWish[] }>(dp, '/wishes?status=thanked');
    expect(stored.items.find((w) => w.id === wish.id)).toMatchObject({
      status: 'thanked',
      claimer: { kind: 'member', name: '王建国' },
      photos: [expect.any(Number)],
      thanks: '收音机收到了，谢谢王书记！',
    });

    await visitor.context.close();
    await member.context.close();
    await resident.context.close();
    await desk.context.close();
  }, 240_000);

  it('lets the community post a wish for a household, and a unit claim it first and fulfil it with a photo from the console', async () => {
    const title = `想要一套儿童读物 ${Date.now() % 100000}`;
    const desk = await browser.page();
    const dp = desk.page;
    dp.setDefaultTimeout(15_000);
    await loginConsole(dp, 'community');

    // 代发心愿 for a household found by its door number.
    await dp.goto('/wishes');
    await dp.getByTestId('wishes-table').waitFor();
    await dp.getByTestId('wish-new').click();
    const dialog = dp.locator('.ant-modal');
    await dialog.waitFor();
    await dialog.getByTestId('household-picker').click();
    await dp.keyboard.type('102');
    const option = dp.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    await option.waitFor();
    await option.click();
    await dialog.getByTestId('wish-title').fill(title);
    const posted = dp.waitForResponse((r) => r.url().endsWith('/api/wishes') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const created = await posted;
    expect(created.status()).toBe(201);
    const wish = (await created.json()) as StoredWish;
    await expect.poll(() => textOf(dp, `wish-status-${wish.id}`)).toBe('待认领');

    // The unit secretary claims it in the console; the member, a moment late, is told it is taken.
    const unit = await browser.page();
    const up = unit.page;
    up.setDefaultTimeout(15_000);
    await loginConsole(up, 'secretary');
    await up.getByTestId('console-menu').getByText('微心愿').click();
    await up.getByTestId(`wish-claim-${wish.id}`).click();
    const claimed = up.waitForResponse((r) => r.url().endsWith(`/api/wishes/${wish.id}/claim`));
    await up
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /认\s*领/ })
      .click();
    expect((await claimed).status()).toBe(200);
    await expect.poll(() => textOf(up, `wish-status-${wish.id}`)).toBe('已认领');
    const member = await browser.page(PHONE);
    await loginPhone(member.page, 'member');
    const late = await apiSend(member.page, 'POST', `/wishes/${wish.id}/claim`, {});
    expect(late.status).toBe(409);
    expect(late.body.error?.code).toBe('wish.taken');

    // 实现 with a photo: the form will not send without one.
    await up.getByTestId(`wish-fulfil-${wish.id}`).click();
    const fulfil = up.locator('.ant-modal');
    await fulfil.waitFor();
    await fulfil.getByRole('button', { name: '实现心愿' }).click();
    await expect.poll(() => fulfil.innerText()).toContain('请至少上传一张实现心愿的照片');
    const uploaded = up.waitForResponse((r) => r.url().endsWith('/api/orders/photos'));
    await fulfil.getByTestId('wish-fulfil-photos').locator('input[type=file]').setInputFiles({ name: '读物.png', mimeType: 'image/png', buffer: PNG });
    expect((await uploaded).status()).toBe(201);
    await fulfil.getByTestId('wish-fulfil-text').fill('单位职工捐赠了20本儿童读物');
    await screenshot(up, 'wish-fulfil-console');
    const fulfilled = up.waitForResponse((r) => r.url().endsWith(`/api/wishes/${wish.id}/fulfil`));
    await fulfil.getByRole('button', { name: '实现心愿' }).click();
    expect((await fulfilled).status()).toBe(200);
    await expect.poll(() => textOf(up, `wish-status-${wish.id}`)).toBe('已实现');
    expect(await up.getByTestId(`wish-photos-${wish.id}`).locator('img').count()).toBe(1);

    // The community thanks the unit for the household.
    await dp.reload();
    await dp.getByTestId(`wish-thank-${wish.id}`).click();
    const thank = dp.locator('.ant-modal');
    await thank.waitFor();
    expect(await thank.innerText()).toContain('国网盂县供电公司');
    await thank.getByTestId('wish-thank-text').fill('孩子们很喜欢，感谢供电公司！');
    const thanked = dp.waitForResponse((r) => r.url().endsWith(`/api/wishes/${wish.id}/thank`));
    await thank.getByRole('button', { name: /致\s*谢/ }).click();
    expect((await thanked).status()).toBe(200);
    await expect.poll(() => textOf(dp, `wish-status-${wish.id}`)).toBe('已致谢');
    const stored = await apiJson<{ items: StoredWish[] }>(dp, '/wishes?status=thanked');
    expect(stored.items.find((w) => w.id === wish.id)).toMatchObject({
      claimer: { kind: 'unit', name: '国网盂县供电公司' },
      photos: [expect.any(Number)],
      thanks: '孩子们很喜欢，感谢供电公司！',
    });

    await member.context.close();
    await unit.context.close();
    await desk.context.close();
  }, 180_000);

  it('makes a project from a need, publishes the month’s need list, lets the unit claim it, and sums up the service', async () => {
    const need = `小区楼道灯不亮，老人晚上出行不便 ${Date.now() % 100000}`;
    const desk = await browser.page();
    const dp = desk.page;
    dp.setDefaultTimeout(15_000);
    await loginConsole(dp, 'community');
    const communityId = await fuchunyuan(dp);

    // The secretary's unit registers at 富春园 (组织报到) and the community confirms it: a unit serves where it is registered.
    const unit = await browser.page();
    const up = unit.page;
    await loginConsole(up, 'secretary');
    const registered = await apiSend(up, 'POST', '/registrations/units', {
      placeId: communityId,
      contacts: '党办 13803531004',
      resources: [],
      agreement: { startDate: '2026-01-01', endDate: '2026-12-31', commitments: '每年至少一个共建项目' },
    });
    expect(registered.status).toBe(201);
    expect((await apiSend(dp, 'POST', `/registrations/units/${registered.body.id as number}/confirm`, {})).status).toBe(200);

    // A need of this month: the community 代点单 for a household.
    const homes = await apiJson<{ items: { id: number }[] }>(dp, '/households?pageSize=1');
    const order = await apiSend(dp, 'POST', '/orders', { category: 'environment', description: need, householdId: homes.items[0]?.id });
    expect(order.status).toBe(201);

    // 立项 from it, left open for a unit to claim.
    await dp.goto('/projects');
    await dp.getByTestId('projects-table').waitFor();
    await dp.getByTestId('project-new').click();
    const dialog = dp.locator('.ant-modal');
    await dialog.waitFor();
    await dialog.getByTestId('project-title').fill('楼道照明改造');
    await dialog.getByTestId('project-plan').fill('更换楼道声控灯，每单元一盏');
    const today = await dp.evaluate(() => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
    const year = today.slice(0, 4);
    await dialog.getByPlaceholder('开始日期').click();
    await dialog.getByPlaceholder('开始日期').fill(today);
    await dp.keyboard.press('Enter');
    await dialog.getByPlaceholder('结束日期').fill(`${year}-12-31`);
    await dp.keyboard.press('Enter');
    await dialog.getByTestId('project-needs').click();
    await dp.keyboard.type('楼道灯');
    await dp.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: need }).click();
    await dp.keyboard.press('Escape');
    await screenshot(dp, 'project-new-console');
    const made = dp.waitForResponse((r) => r.url().endsWith('/api/projects') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const response = await made;
    expect(response.status()).toBe(201);
    const project = (await response.json()) as { id: number; status: string; needs: { description: string }[]; owner: unknown };
    expect(project).toMatchObject({ status: 'open', owner: null, needs: [{ description: need }] });
    await expect.poll(() => textOf(dp, `project-status-${project.id}`)).toBe('待认领');
    expect(await textOf(dp, `project-needs-${project.id}`)).toBe('1 项需求');

    // 需求清单: this month's list has the need; 发布 once, after a confirmation.
    await dp.getByTestId('console-menu').getByText('需求清单').click();
    await expect.poll(() => textOf(dp, 'needs-table')).toContain(need);
    expect(await textOf(dp, 'needs-unpublished')).toBe('未发布');
    await dp.getByTestId('needs-publish').click();
    const published = dp.waitForResponse((r) => r.url().endsWith('/api/needs/list/publish'));
    await dp
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /发\s*布/ })
      .click();
    expect((await published).status()).toBe(200);
    await expect.poll(() => textOf(dp, 'needs-published')).toContain('已发布');
    expect(await dp.getByTestId('needs-publish').isDisabled()).toBe(true);
    // The printed sheet names the community and the month.
    const month = today.slice(0, 7);
    expect(await dp.getByTestId('needs-print').textContent()).toContain(`富春园社区 ${month} 需求清单`);
    await screenshot(dp, 'needs-console');
    const list = await apiJson<{ publishedAt: string | null; needs: { description: string }[] }>(dp, `/needs/list?placeId=${communityId}&month=${month}`);
    expect(list.publishedAt).not.toBeNull();
    expect(list.needs.map((n) => n.description)).toContain(need);
    const again = await apiSend(dp, 'POST', '/needs/list/publish', { placeId: communityId, month });
    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe('needList.published');

    // The unit secretary was told, and claims the project for the unit.
    expect((await titles(up)).some((t) => t.includes('需求清单已发布'))).toBe(true);
    await up.goto('/projects');
    await up.getByTestId(`project-claim-${project.id}`).click();
    const claimed = up.waitForResponse((r) => r.url().endsWith(`/api/projects/${project.id}/claim`));
    await up
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /认\s*领/ })
      .click();
    expect((await claimed).status()).toBe(200);
    await expect.poll(() => textOf(up, `project-status-${project.id}`)).toBe('已立项');
    expect(await textOf(up, `project-owner-${project.id}`)).toContain('国网盂县供电公司');
    // The owning unit reports it done, with what came of it.
    await up.getByTestId(`project-progress-${project.id}`).click();
    const progress = up.locator('.ant-modal');
    await progress.waitFor();
    await progress.getByTestId('project-progress-status').getByText('已完成').click();
    await progress.getByTestId('project-outcome').fill('更换声控灯48盏，老人夜间出行方便了');
    const reported = up.waitForResponse((r) => r.url().endsWith(`/api/projects/${project.id}/progress`));
    await progress.getByRole('button', { name: /确\s*定/ }).click();
    expect((await reported).status()).toBe(200);
    await expect.poll(() => textOf(up, `project-status-${project.id}`)).toBe('已完成');
    expect(await up.getByTestId(`project-progress-${project.id}`).count()).toBe(0);
    await up.getByTestId('projects-tabs').getByText('年度共建承诺').click();
    await expect.poll(() => textOf(up, 'commitments-table')).toContain('国网盂县供电公司');
    await screenshot(up, 'projects-secretary');
    const stored = await apiJson<{ items: { id: number; status: string; outcome: string; owner: { kind: string; name: string } | null }[] }>(
      dp,
      `/projects?year=${year}`,
    );
    expect(stored.items.find((p) => p.id === project.id)).toMatchObject({
      status: 'done',
      outcome: '更换声控灯48盏，老人夜间出行方便了',
      owner: { kind: 'unit', name: '国网盂县供电公司' },
    });

    // The community's commitments: units at none stand out, and are counted.
    await dp.goto('/projects?tab=commitments');
    await expect.poll(() => textOf(dp, 'commitments-summary')).toMatch(/个还没有共建项目|均已有共建项目/);
    const commitments = await apiJson<{ organization: { name: string }; projects: number }[]>(dp, `/projects/commitments?year=${year}`);
    const zero = commitments.filter((c) => c.projects === 0).length;
    if (zero > 0) {
      expect(await textOf(dp, 'commitments-summary')).toContain(`有 ${zero} 个还没有共建项目`);
      expect(await dp.getByTestId(/^commitment-zero-/).count()).toBeGreaterThan(0);
    }

    // 服务统计: the figures count the need; the charts draw; nothing in doubt yet.
    await dp.getByTestId('console-menu').getByText('服务统计').click();
    await dp.getByTestId('summary-total').waitFor();
    await expect.poll(async () => Number((await textOf(dp, 'summary-total')).replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(await dp.getByTestId('summary-status-chart').locator('canvas').count()).toBe(1);
    expect(await dp.getByTestId('summary-category-chart').locator('canvas').count()).toBe(1);
    await expect.poll(() => textOf(dp, 'flagged-table')).toContain('没有待核实的评价');
    const summary = await apiJson<{ total: number; byCategory: { category: string; count: number }[] }>(dp, '/orders/summary');
    expect(summary.total).toBeGreaterThan(0);
    expect(summary.byCategory.find((c) => c.category === 'environment')?.count).toBeGreaterThan(0);
    const exported = dp.waitForEvent('download');
    await dp.getByTestId('summary-export').click();
    expect((await exported).suggestedFilename()).toMatch(/\.xlsx$/);
    await screenshot(dp, 'service-summary-console');

    await unit.context.close();
    await desk.context.close();
  }, 240_000);
});
