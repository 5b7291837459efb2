import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, login, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let admin: Agent;
let community: Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  community = await t.login('community');
});
afterAll(() => t.close());

describe('accounts', () => {
  it('lists only the accounts in the caller’s places, with masked phones', async () => {
    const res = await community.get('/api/accounts?pageSize=100');
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((a: { username: string }) => a.username);
    expect(names).toContain('grid');
    expect(names).not.toContain('community2');
    expect(names).not.toContain('admin');
    const grid = res.json().items.find((a: { username: string }) => a.username === 'grid');
    expect(grid.phone).toBe('138****1003');
  });

  it('searches, filters, sorts and pages', async () => {
    const byRole = (await admin.get('/api/accounts?role=communityAdmin')).json();
    expect(byRole.items.map((a: { username: string }) => a.username).sort()).toEqual(['community', 'community2']);
    const byName = (await admin.get('/api/accounts?q=网格')).json();
    expect(byName.items.map((a: { username: string }) => a.username)).toEqual(['grid']);
    const byPhone = (await admin.get('/api/accounts?q=13803531002')).json();
    expect(byPhone.items.map((a: { username: string }) => a.username)).toEqual(['community2']);
    const sorted = (await admin.get('/api/accounts?sort=username&pageSize=2&page=1')).json();
    expect(sorted.items.map((a: { username: string }) => a.username)).toEqual(['admin', 'community']);
    expect(sorted.total).toBe(9);
  });

  it('creates an account in scope and hands out a temporary password once', async () => {
    const res = await community.post('/api/accounts', {
      username: 'resident2',
      displayName: '赵大妈',
      role: 'resident',
      placeId: await t.placeId('140322100101'),
      phone: '13912345678',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().account).toMatchObject({ username: 'resident2', phone: '139****5678', mustChangePassword: true, status: 'active' });
    expect(res.json().temporaryPassword).toMatch(/.{8,}/);
  });

  it('refuses roles above the caller and places outside its scope', async () => {
    const up = await community.post('/api/accounts', { username: 'boss', displayName: '越级', role: 'streetAdmin', placeId: await t.placeId('140322100') });
    expect(up.statusCode).toBe(403);
    expect(up.json().error.code).toBe('account.roleNotAllowed');
    const away = await community.post('/api/accounts', { username: 'away', displayName: '越界', role: 'resident', placeId: await t.placeId('140322100102') });
    expect(away.statusCode).toBe(404);
    const misfit = await admin.post('/api/accounts', {
      username: 'misfit',
      displayName: '错位',
      role: 'communityAdmin',
      placeId: await t.placeId('140322100'),
    });
    expect(misfit.statusCode).toBe(400);
    expect(misfit.json().error).toMatchObject({ code: 'account.placeKind', field: 'placeId' });
  });

  it('refuses a duplicate username or phone, and a bad phone', async () => {
    const place = await t.placeId('140322100101');
    const dup = await admin.post('/api/accounts', { username: 'grid', displayName: '重名', role: 'resident', placeId: place });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.field).toBe('username');
    const phone = await admin.post('/api/accounts', { username: 'phoney', displayName: '同号', role: 'resident', placeId: place, phone: '13803531001' });
    expect(phone.statusCode).toBe(409);
    expect(phone.json().error.field).toBe('phone');
    const letters = await admin.post('/api/accounts', { username: 'letters', displayName: '字母', role: 'resident', placeId: place, phone: '138abc45678' });
    expect(letters.statusCode).toBe(400);
    expect(letters.json().error).toMatchObject({ code: 'validation.format', field: 'phone' });
  });

  it('reveals a full phone number only on request, and audits it', async () => {
    const list = (await admin.get('/api/accounts?q=grid')).json();
    const id = list.items[0].id;
    const res = await admin.post(`/api/accounts/${id}/reveal-phone`);
    expect(res.json().value).toBe('13803531003');
    const audit = (await admin.get('/api/audit?action=reveal')).json();
    expect(audit.items[0]).toMatchObject({ actorName: '组织部管理员', entity: 'account', entityId: String(id) });
  });

  it('disables, enables, unlocks and resets', async () => {
    const { items } = (await admin.get('/api/accounts?q=merchant')).json();
    const id = items[0].id;
    const merchant = await t.login('merchant');
    expect((await admin.post(`/api/accounts/${id}/disable`)).json().status).toBe('disabled');
    expect((await merchant.get('/api/auth/session')).statusCode).toBe(401);
    const refused = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'merchant', password: 'Sishuang@2026' } });
    expect(refused.json().error.code).toBe('accountDisabled');
    expect((await admin.post(`/api/accounts/${id}/enable`)).json().status).toBe('active');
    const reset = await admin.post(`/api/accounts/${id}/reset-password`);
    expect(reset.json().account.mustChangePassword).toBe(true);
    const relog = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'merchant', password: reset.json().temporaryPassword } });
    expect(relog.statusCode).toBe(200);
  });

  it('binds a unit party secretary to a work unit, whose members alone they then see', async () => {
    const place = await t.placeId('140322100101');
    const missing = await community.post('/api/accounts', { username: 'sec2', displayName: '书记二', role: 'unitSecretary', placeId: place });
    expect(missing.json().error).toMatchObject({ code: 'validation.required', field: 'organizationId' });
    const orgs = (await admin.get('/api/organizations?pageSize=50')).json().items as { id: number; name: string; memberCount: number }[];
    const org = orgs.find((o) => o.memberCount > 0 && o.name !== '国网盂县供电公司');
    const created = await admin.post('/api/accounts', {
      username: 'sec2',
      displayName: '书记二',
      role: 'unitSecretary',
      placeId: place,
      organizationId: org?.id,
    });
    expect(created.statusCode).toBe(201);
    const agent = await login(t.app, 'sec2', created.json().temporaryPassword);
    await agent.post('/api/auth/password', { currentPassword: created.json().temporaryPassword, newPassword: 'Secretary@2026' });
    const seen = (await agent.get('/api/members?pageSize=100')).json();
    expect(seen.total).toBe(org?.memberCount);
    expect(new Set(seen.items.map((m: { organization: { name: string } }) => m.organization.name))).toEqual(new Set([org?.name]));
  });

  it('does not let an admin demote or disable itself', async () => {
    const me = (await admin.get('/api/accounts?q=admin')).json().items[0];
    expect((await admin.post(`/api/accounts/${me.id}/disable`)).statusCode).toBe(403);
    expect((await admin.patch(`/api/accounts/${me.id}`, { role: 'member' })).statusCode).toBe(403);
  });

  it('exports the account list as filtered, and the audit log for the org department', async () => {
    const res = await community.get('/api/accounts/export?role=gridWorker');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const text = JSON.stringify(wb.worksheets[0]?.getSheetValues());
    expect(text).toContain('138****1003');
    expect(text).not.toContain('community2');
    expect((await community.get('/api/audit/export')).statusCode).toBe(403);
    const log = await admin.get('/api/audit/export?action=export');
    expect(log.statusCode).toBe(200);
    expect(String(log.headers['content-disposition'])).toContain(encodeURIComponent('审计日志'));
  });

  it('keeps the audit log for the org department alone, and unchangeable', async () => {
    expect((await community.get('/api/audit')).statusCode).toBe(403);
    const cause = (p: Promise<unknown>) =>
      p.then(
        () => 'succeeded',
        (err: Error) => String((err.cause as Error | undefined)?.message ?? err.message),
      );
    expect(await cause(t.db.execute('update audit_log set summary = $$x$$'))).toMatch(/append-only/);
    expect(await cause(t.db.execute('delete from audit_log'))).toMatch(/append-only/);
  });
});
