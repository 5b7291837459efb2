import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, startTestApp, type TestApp } from '../../test/harness.js';
import { overlaps } from './emergencies.js';

let t: TestApp;
let admin: Agent;
let street: Agent;
let community: Agent;
let member: Agent;
let fuchunyuan: number;
let emergencyId: number;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  street = await t.login('street');
  community = await t.login('community');
  member = await t.login('member');
  fuchunyuan = await t.placeId('140322100101');
});
afterAll(() => t.close());

describe('应急动员', () => {
  it('knows when two sets of places overlap', () => {
    expect(overlaps(['/1/2/'], ['/1/2/15/'])).toBe(true);
    expect(overlaps(['/1/2/15/'], ['/1/2/'])).toBe(true);
    expect(overlaps(['/1/2/15/'], ['/1/2/16/'])).toBe(false);
  });

  it('switches a community into emergency mode and calls every member living or registered there', async () => {
    expect((await community.post('/api/emergencies', { placeIds: [fuchunyuan], reason: '暴雨内涝' })).statusCode).toBe(403);
    const started = await street.post('/api/emergencies', { placeIds: [fuchunyuan], reason: '暴雨内涝，紧急转移低洼住户' });
    expect(started.statusCode).toBe(201);
    emergencyId = started.json().id;
    const living = (await community.get(`/api/members?placeId=${fuchunyuan}&pageSize=1`)).json().total;
    expect(started.json().called).toBeGreaterThanOrEqual(living);
    expect(started.json().answers).toEqual({ now: 0, later: 0, cannot: 0 });
    expect((await member.get('/api/notifications')).json().items[0]).toMatchObject({ kind: 'emergency.call', link: `/m/emergency/${emergencyId}` });
    expect((await member.get('/api/emergencies/mine')).json()).toEqual([expect.objectContaining({ id: emergencyId, answer: null })]);
  });

  it('refuses a second switch over the same places', async () => {
    const again = await admin.post('/api/emergencies', { placeIds: [await t.placeId('140322100101-01')], reason: '重复' });
    expect(again.json().error).toMatchObject({ code: 'emergency.already', field: 'placeIds' });
    const whole = await admin.post('/api/emergencies', { placeIds: [await t.placeId('140322100')], reason: '全镇' });
    expect(whole.json().error.code).toBe('emergency.already');
  });

  it('calls the roll by grid as members answer, and assigns tasks to those called', async () => {
    const answered = await member.post(`/api/emergencies/${emergencyId}/answer`, { answer: 'now', note: '十分钟到' });
    expect(answered.json()[0]).toMatchObject({ answer: 'now' });
    const roll = (await community.get(`/api/emergencies/${emergencyId}/roll-call`)).json();
    const total = roll.grids.reduce((n: number, g: { called: number }) => n + g.called, 0);
    expect(total).toBe((await community.get(`/api/emergencies/${emergencyId}`)).json().called);
    expect(roll.grids.reduce((n: number, g: { now: number }) => n + g.now, 0)).toBe(1);
    const memberId = (await member.get('/api/auth/session')).json().account.memberId;
    expect(roll.members.find((m: { id: number }) => m.id === memberId)).toMatchObject({ answer: 'now', note: '十分钟到' });
    const assigned = (await community.post(`/api/emergencies/${emergencyId}/assign`, { memberIds: [memberId], task: '协助转移3号楼老人' })).json();
    expect(assigned.members.find((m: { id: number }) => m.id === memberId).task).toBe('协助转移3号楼老人');
    expect(assigned.log[0].text).toContain('协助转移3号楼老人');
    expect((await community.post(`/api/emergencies/${emergencyId}/assign`, { memberIds: [999999], task: 'x' })).json().error.code).toBe('emergency.notCalled');
    expect((await (await t.login('community2')).get(`/api/emergencies/${emergencyId}/roll-call`)).statusCode).toBe(404);
  });

  it('takes the answers of several members, each with a phone account opened for them', async () => {
    const memberId = (await member.get('/api/auth/session')).json().account.memberId;
    const roll = (await community.get(`/api/emergencies/${emergencyId}/roll-call`)).json();
    const others = roll.members.filter((m: { id: number }) => m.id !== memberId).slice(0, 2);
    expect(others).toHaveLength(2);
    const answers = ['later', 'cannot'] as const;
    for (const [i, m] of others.entries()) {
      const opened = await community.post('/api/accounts/for-member', { memberId: m.id });
      expect(opened.statusCode).toBe(201);
      expect((await community.post('/api/accounts/for-member', { memberId: m.id })).json().error.code).toBe('account.memberHasAccount');
      const phone = await t.login(opened.json().account.username, opened.json().temporaryPassword);
      await phone.post('/api/auth/password', { currentPassword: opened.json().temporaryPassword, newPassword: 'Answer@2026x' });
      const again = await t.login(opened.json().account.username, 'Answer@2026x');
      expect((await again.post(`/api/emergencies/${emergencyId}/answer`, { answer: answers[i] })).json()[0]).toMatchObject({ answer: answers[i] });
    }
    expect((await (await t.login('community2')).post('/api/accounts/for-member', { memberId: others[0].id })).statusCode).toBe(404);
    const after = (await community.get(`/api/emergencies/${emergencyId}`)).json();
    expect(after.answers).toEqual({ now: 1, later: 1, cannot: 1 });
  });

  it('closes with a summary; a late answer is refused and the place can be switched again', async () => {
    expect((await street.post(`/api/emergencies/${emergencyId}/end`, { summary: '' })).statusCode).toBe(400);
    const ended = await street.post(`/api/emergencies/${emergencyId}/end`, { summary: '转移住户 12 户，无人员伤亡' });
    expect(ended.json()).toMatchObject({ summary: '转移住户 12 户，无人员伤亡', answers: { now: 1, later: 1, cannot: 1 } });
    expect((await member.post(`/api/emergencies/${emergencyId}/answer`, { answer: 'later' })).json().error.code).toBe('emergency.closed');
    expect((await street.post(`/api/emergencies/${emergencyId}/end`, { summary: '再次' })).json().error.code).toBe('emergency.closed');
    expect((await member.get('/api/emergencies/mine')).json()).toEqual([]);
    const next = await street.post('/api/emergencies', { placeIds: [fuchunyuan], reason: '寒潮' });
    expect(next.statusCode).toBe(201);
  });
});
