import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';
import { importsSettled } from '../ledgers/index.js';

let t: TestApp;
let community: Agent;
let admin: Agent;
beforeAll(async () => {
  t = await startTestApp();
  community = await t.login('community');
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('the notification centre', () => {
  it('tells an importer the outcome, and lets them mark it read', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('户').addRows([
      ['地点编码', '门牌号'],
      ['140322100101-01-B1-1', '701'],
      ['140322100102-01-B1-1', '701'],
    ]);
    const res = await community.raw({
      method: 'POST',
      url: '/api/imports/households',
      payload: Buffer.from(await wb.xlsx.writeBuffer()),
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'x-file-name': encodeURIComponent('户.xlsx') },
    });
    expect(res.statusCode).toBe(202);
    await importsSettled();
    const inbox = (await community.get('/api/notifications')).json();
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0]).toMatchObject({ kind: 'import.done', read: false, body: { 'zh-CN': '“户.xlsx”：新增 1，更新 0，未变 0，未通过 1' } });
    const read = await community.post(`/api/notifications/${inbox.items[0].id}/read`);
    expect(read.json().read).toBe(true);
    expect((await community.get('/api/notifications?unread=true')).json()).toMatchObject({ total: 0, unread: 0 });
  });

  it('keeps each inbox to its owner', async () => {
    const [mine] = (await community.get('/api/notifications')).json().items;
    expect((await admin.get('/api/notifications')).json().total).toBe(0);
    expect((await admin.post(`/api/notifications/${mine.id}/read`)).statusCode).toBe(404);
    expect((await admin.post('/api/notifications/read-all')).json().updated).toBe(0);
  });
});
