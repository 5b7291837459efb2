import ExcelJS from 'exceljs';
import { makeIdNumber } from '#contracts/idcard.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';
import { importsSettled } from './index.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let t: TestApp;
let admin: Agent;
let community: Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  community = await t.login('community');
});
afterAll(() => t.close());

async function workbook(headers: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(agent: Agent, kind: string, file: Buffer, name = 'ledger.xlsx') {
  const res = await agent.raw({
    method: 'POST',
    url: `/api/imports/${kind}`,
    payload: file,
    headers: { 'content-type': XLSX, 'x-file-name': encodeURIComponent(name) },
  });
  if (res.statusCode !== 202) return { status: res.statusCode, body: res.json() };
  await importsSettled();
  const job = (await agent.get(`/api/imports/jobs/${res.json().id}`)).json();
  return { status: 202, body: job };
}

const MEMBER_HEADERS = ['姓名', '身份证号', '手机号', '工作单位', '居住地点编码', '居住门牌号', '专长', '入党日期'];
const id = (birth: string, n: number) => makeIdNumber('140322', birth, n, 'male');

describe('ledger templates', () => {
  it('downloads a members template with Chinese headers and a hint row', async () => {
    const res = await community.get('/api/imports/members/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('在职党员台账模板.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const ws = wb.worksheets[0];
    const texts = (n: number) => Array.from({ length: ws?.columnCount ?? 0 }, (_, i) => ws?.getRow(n).getCell(i + 1).text ?? '').join('|');
    const header = texts(1);
    expect(header).toContain('身份证号');
    expect(header).toContain('居住地点编码');
    expect(texts(2)).toContain('18位');
  });
});

describe('importing members', () => {
  it('keeps the good rows, reports exactly the bad ones, and changes nothing on a second import', async () => {
    const file = await workbook(MEMBER_HEADERS, [
      ['赵一', id('1980-01-01', 21), '13900000021', '国网盂县供电公司', '140322100101-01-B1-1', '101', '法律、医疗', '2005年7月1日'],
      ['钱二', '140322198001010001', '13900000022', '', '140322100101-01-B1-1', '101', '', ''], // bad checksum
      ['孙三', id('1981-02-02', 23), '１３９００００００２３', '', '140322100101-01-B1-1', '101', '教育', '2010.3.4'], // full-width phone
      ['李四', id('1982-03-03', 24), '1390000002x', '', '140322100101-01-B1-1', '101', '', ''], // phone with a letter
      ['周五', id('1980-01-01', 21), '', '', '140322100101-01-B1-1', '101', '', ''], // same ID as row 2
      ['吴六', id('1983-04-04', 26), '', '不存在的单位', '140322100101-01-B1-1', '101', '', ''],
      ['郑七', id('1984-05-05', 27), '', '', '140322100102-01-B1-1', '101', '', ''], // 红楼社区: not this admin's
    ]);
    const first = await upload(community, 'members', file, '党员台账.xlsx');
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ status: 'done', fileName: '党员台账.xlsx', total: 7, processed: 7, created: 2, rejected: 5 });
    const byRow = Object.fromEntries(first.body.problems.map((p: { row: number; column: string }) => [p.row, p.column]));
    expect(byRow).toEqual({ 3: '身份证号', 5: '手机号', 6: '身份证号', 7: '工作单位', 8: '居住地点编码' });
    const msg = first.body.problems.find((p: { row: number }) => p.row === 6).messages;
    expect(msg['zh-CN']).toContain('第 2 行');

    const found = (await community.get('/api/members?q=赵一')).json().items[0];
    expect(found).toMatchObject({ phone: '139****0021', organization: { name: '国网盂县供电公司' }, talents: ['law', 'medical'], joinedAt: '2005-07-01' });
    expect((await community.get('/api/members?q=孙三')).json().items[0]).toMatchObject({ phone: '139****0023', joinedAt: '2010-03-04' });

    const again = await upload(community, 'members', file);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 5 });

    // The error report downloads as a workbook.
    const report = await community.get(`/api/imports/jobs/${first.body.id}/problems.xlsx`);
    expect(report.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(report.rawPayload).buffer);
    expect(wb.worksheets[0]?.rowCount).toBeGreaterThanOrEqual(5 + 3);
  });

  it('refuses a file that is not Excel, and a sheet with the wrong headers', async () => {
    const junk = await upload(community, 'members', Buffer.from('name,id\n张三,1'));
    expect(junk.status).toBe(400);
    expect(junk.body.error).toMatchObject({ code: 'import.sheet', field: 'file' });
    const wrong = await upload(community, 'members', await workbook(['名字', '证件'], [['张三', '1']]));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.messages['zh-CN']).toContain('身份证号');
  });

  it('refuses more than 20,000 rows at once, naming the limit', async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => ['140322100101-01-B1-1', String(50_000 + i)]);
    const res = await upload(community, 'households', await workbook(['地点编码', '门牌号'], rows));
    expect(res.status).toBe(400);
    expect(res.body.error.messages['zh-CN']).toContain('20000');
  }, 60_000);

  it('lets nobody else read an import job', async () => {
    const file = await workbook(['地点编码', '门牌号'], [['140322100101-01-B1-1', '901']]);
    const job = await upload(community, 'households', file);
    expect((await admin.get(`/api/imports/jobs/${job.body.id}`)).statusCode).toBe(404);
  });
});

describe('importing households at scale', () => {
  it('imports 10,000 households and reports the rows outside the caller’s places', async () => {
    const units = ['140322100101-01-B1-1', '140322100101-01-B1-2', '140322100101-02-B1-1'];
    const rows: string[][] = [];
    for (let i = 0; i < 10_000; i++)
      rows.push([units[i % units.length] ?? '', String(10_000 + i), i % 10 === 0 ? '特殊关注' : '常住', i % 10 === 0 ? '独居老人' : '']);
    rows.push(['140322100102-01-B1-1', '1', '常住', '']); // 红楼社区
    const job = await upload(community, 'households', await workbook(['地点编码', '门牌号', '户标签', '重点户类别'], rows));
    expect(job.body).toMatchObject({ status: 'done', total: 10_001, created: 10_000, rejected: 1 });
    expect(job.body.problems[0]).toMatchObject({ row: 10_002, column: '地点编码' });
    const key = (await community.get('/api/households?care=elderlyAlone&q=1000&pageSize=5')).json();
    expect(key.total).toBeGreaterThan(0);
  }, 180_000);
});

describe('exports', () => {
  it('exports the members list exactly as filtered, masked and stamped', async () => {
    const list = (
      await community.get(`/api/members?organizationId=${(await community.get('/api/members?q=赵一')).json().items[0].organization.id}&pageSize=200`)
    ).json();
    const res = await community.get(`/api/members/export?organizationId=${list.items[0].organization.id}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const ws = wb.worksheets[0];
    expect(String(ws?.getRow(2).getCell(1).value)).toContain('导出人：富春园社区书记');
    const dataRows = (ws?.rowCount ?? 0) - 3;
    expect(dataRows).toBe(list.total);
    const text = JSON.stringify(ws?.getSheetValues());
    expect(text).toContain('139****0021');
    expect(text).not.toContain('13900000021');
    const log = (await admin.get('/api/audit?action=export')).json().items;
    expect(log[0]).toMatchObject({ actorName: '富春园社区书记', entity: 'members' });
  });
});
