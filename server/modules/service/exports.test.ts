import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let community: Agent;
beforeAll(async () => {
  t = await startTestApp();
  community = await t.login('community');
  const fuchunyuan = await t.placeId('140322100101');
  const soon = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
  await (await t.login('resident')).post('/api/wishes', { title: '想要一副老花镜' });
  await community.post('/api/posts', { placeId: fuchunyuan, postClass: 'healthGuard', name: '健康服务岗', slots: 2 });
  await community.post('/api/teams', { placeId: fuchunyuan, name: '医疗保健服务队', specialty: 'medical' });
  await community.post('/api/activities', {
    placeId: fuchunyuan,
    title: '义诊进社区',
    location: '卫生站',
    startsAt: soon(60),
    endsAt: soon(180),
    capacity: 10,
  });
  await community.post('/api/projects', { placeId: fuchunyuan, title: '健身角', plan: '安装器材', startDate: '2026-11-01', endDate: '2026-12-31' });
});
afterAll(() => t.close());

async function firstRows(url: string) {
  const res = await community.get(url);
  expect(res.statusCode, url).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('双服务 ledgers export to .xlsx', () => {
  it.each([
    ['/api/wishes/export', '微心愿台账', '想要一副老花镜'],
    ['/api/posts/export', '设岗定责台账', '健康服务岗'],
    ['/api/teams/export', '志愿服务队台账', '医疗保健服务队'],
    ['/api/activities/export?when=all', '活动台账', '义诊进社区'],
    ['/api/projects/export', '项目清单', '健身角'],
  ])('%s', async (url, title, expected) => {
    const rows = await firstRows(url);
    expect(rows[0]?.[0]).toBe(title);
    expect(rows.some((r) => r.includes(expected))).toBe(true);
  });
});
