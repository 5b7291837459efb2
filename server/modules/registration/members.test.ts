import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let community: Agent;
let fuchunyuan: number;
let who: { id: number; name: string; phone: string; idLast6: string };
beforeAll(async () => {
  t = await startTestApp();
  community = await t.login('community');
  fuchunyuan = await t.placeId('140322100101');
  const admin = await t.login('admin');
  const m = (await admin.get(`/api/members?placeId=${fuchunyuan}`)).json().items[0];
  const phone = (await admin.post(`/api/members/${m.id}/reveal`, { field: 'phone' })).json().value as string;
  const id = (await admin.post(`/api/members/${m.id}/reveal`, { field: 'idNumber' })).json().value as string;
  who = { id: m.id, name: m.name, phone, idLast6: id.slice(-6) };
});
afterAll(() => t.close());

const pub = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, ...(payload ? { payload } : {}) });

describe('个人报到 from the QR poster', () => {
  let ticket: string;
  let registrationId: number;

  it('shows the community a poster names, and refuses one that was merged away', async () => {
    const card = await pub('GET', `/api/public/communities/${fuchunyuan}`);
    expect(card.json()).toEqual({ id: fuchunyuan, name: '富春园社区', street: '秀水镇', county: '盂县' });
    const admin = await t.login('admin');
    const gone = (
      await admin.post('/api/places', { parentId: await t.placeId('140322100'), kind: 'community', name: '已撤社区', code: '140322100199' })
    ).json();
    await admin.post(`/api/places/${gone.id}/retire`, { reason: '撤并' });
    const res = await pub('GET', `/api/public/communities/${gone.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.messages['zh-CN']).toContain('已撤并');
    expect((await pub('GET', `/api/public/communities/${await t.placeId('140322100')}`)).statusCode).toBe(404);
  });

  it('prints a QR code that opens the community’s registration page, for its own admin only', async () => {
    const res = await community.get(`/api/registrations/poster/${fuchunyuan}/qr.svg`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.body).toContain('<svg');
    const other = await t.login('community2');
    expect((await other.get(`/api/registrations/poster/${fuchunyuan}/qr.svg`)).statusCode).toBe(404);
  });

  it('answers a wrong identity the same way whatever was wrong', async () => {
    const base = { communityId: fuchunyuan, name: who.name, phone: who.phone, idLast6: who.idLast6 };
    const wrongDigits = await pub('POST', '/api/public/registrations/identify', { ...base, idLast6: who.idLast6 === '000000' ? '111111' : '000000' });
    const nobody = await pub('POST', '/api/public/registrations/identify', { ...base, name: '查无此人', phone: '13000000000' });
    expect(wrongDigits.statusCode).toBe(400);
    expect(nobody.json().error).toEqual(wrongDigits.json().error);
  });

  it('verifies a rostered member and takes the registration', async () => {
    const res = await pub('POST', '/api/public/registrations/identify', { communityId: fuchunyuan, name: who.name, phone: who.phone, idLast6: who.idLast6 });
    expect(res.statusCode).toBe(200);
    ticket = res.json().ticket;
    const homes = (await pub('GET', `/api/public/registrations/households?ticket=${encodeURIComponent(ticket)}`)).json();
    expect(homes.length).toBeGreaterThan(0);
    expect(homes.every((h: { address: string }) => h.address.startsWith('富春园社区'))).toBe(true);
    const sent = await pub('POST', '/api/public/registrations/members', { ticket, householdId: homes[0].id, talents: ['repair'], freeTime: '周末全天' });
    expect(sent.statusCode).toBe(201);
    registrationId = sent.json().id;
    const twice = await pub('POST', '/api/public/registrations/members', { ticket, householdId: homes[0].id });
    expect(twice.json().error.code).toBe('registration.memberPending');
    const inbox = (await community.get('/api/notifications')).json();
    expect(inbox.items[0].kind).toBe('registration.memberSubmitted');
  });

  it('refuses a forged ticket and a household of another community', async () => {
    expect((await pub('POST', '/api/public/registrations/members', { ticket: `${ticket}x`, householdId: 1 })).statusCode).toBe(401);
    const admin = await t.login('admin');
    const [theirs] = (await admin.get(`/api/households?placeId=${await t.placeId('140322100102')}`)).json().items;
    const res = await pub('POST', '/api/public/registrations/members', { ticket, householdId: theirs.id });
    expect(res.statusCode).toBe(404);
  });

  it('lets the community approve once, moving the member home and keeping the history', async () => {
    const other = await t.login('community2');
    expect((await other.post(`/api/registrations/members/${registrationId}/approve`)).statusCode).toBe(404);
    const approved = await community.post(`/api/registrations/members/${registrationId}/approve`);
    expect(approved.json().status).toBe('approved');
    expect((await community.post(`/api/registrations/members/${registrationId}/approve`)).json().error.code).toBe('registration.alreadyDecided');
    const member = (await community.get(`/api/members/${who.id}`)).json();
    expect(member).toMatchObject({ talents: ['repair'], freeTime: '周末全天' });

    // Moving: a second registration, approved, supersedes the first.
    const again = (
      await pub('POST', '/api/public/registrations/identify', { communityId: fuchunyuan, name: who.name, phone: who.phone, idLast6: who.idLast6 })
    ).json();
    const homes = (await pub('GET', `/api/public/registrations/households?ticket=${encodeURIComponent(again.ticket)}`)).json();
    const second = (await pub('POST', '/api/public/registrations/members', { ticket: again.ticket, householdId: homes[1].id })).json();
    // Two admins approve at the same moment: one wins, the other is told it was decided.
    const street = await t.login('street');
    const both = await Promise.all([
      community.post(`/api/registrations/members/${second.id}/approve`),
      street.post(`/api/registrations/members/${second.id}/approve`),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const list = (await community.get('/api/registrations/members')).json().items;
    expect(list.map((r: { id: number; status: string }) => [r.id, r.status])).toEqual([
      [second.id, 'approved'],
      [registrationId, 'superseded'],
    ]);
    expect((await community.get(`/api/members/${who.id}`)).json().home.householdId).toBe(homes[1].id);
  });

  it('counts the registration in the coverage ledger and takes the member off the unit’s 漏报 list', async () => {
    const rows = (await community.get('/api/registrations/coverage')).json();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ place: { name: '富春园社区' }, street: '秀水镇', membersRegistered: 1 });
    expect(rows[0].members).toBeGreaterThan(1);
    const county = (await (await t.login('admin')).get('/api/registrations/coverage')).json();
    expect(county.map((r: { place: { name: string } }) => r.place.name)).toEqual(expect.arrayContaining(['富春园社区', '红楼社区']));
    const secretary = await t.login('secretary');
    const missing = (await secretary.get('/api/registrations/unregistered')).json();
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.map((m: { id: number }) => m.id)).not.toContain(who.id);
    expect(missing[0].phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect((await community.get('/api/registrations/unregistered')).statusCode).toBe(403);
  });
});
