import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, login, startTestApp, type TestApp, testClock } from '../../test/harness.js';

const clock = testClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ clock: clock.now });
});
afterAll(() => t.close());

const tryLogin = (username: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('login', () => {
  it('logs in by username and sets an httpOnly, SameSite session cookie', async () => {
    const res = await tryLogin('admin', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.account).toMatchObject({ username: 'admin', role: 'orgAdmin', place: { name: '盂县', kind: 'county' } });
    const cookie = res.cookies.find((c) => c.name === 'sishuang_sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
  });

  it('logs in by phone number', async () => {
    const res = await tryLogin('13803531001', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().account.username).toBe('community');
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const a = await tryLogin('street', 'Wrong@2026');
    const b = await tryLogin('nobody', 'Wrong@2026');
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json().error.code).toBe('badCredentials');
    expect(b.json().error).toEqual(a.json().error);
  });

  it('locks an account for 15 minutes after 5 failed logins, then lets it in again', async () => {
    for (let i = 1; i <= 4; i++) expect((await tryLogin('community2', `Wrong@${i}`)).statusCode).toBe(401);
    const fifth = await tryLogin('community2', 'Wrong@5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.messages['zh-CN']).toContain('锁定');
    // Even the right password is refused while locked.
    expect((await tryLogin('community2', DEMO_PASSWORD)).statusCode).toBe(423);
    clock.advance(14 * 60_000);
    expect((await tryLogin('community2', DEMO_PASSWORD)).statusCode).toBe(423);
    clock.advance(61_000);
    expect((await tryLogin('community2', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('records failed and successful logins in the audit log', async () => {
    const admin = await t.login('admin');
    const res = await admin.get('/api/audit?action=loginFailed&pageSize=50');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.some((e: { summary: string }) => e.summary.includes('锁定'))).toBe(true);
  });
});

describe('sessions', () => {
  it('expires a session after 30 idle minutes', async () => {
    const agent = await t.login('street');
    expect((await agent.get('/api/auth/session')).statusCode).toBe(200);
    clock.advance(29 * 60_000);
    expect((await agent.get('/api/auth/session')).statusCode).toBe(200);
    clock.advance(31 * 60_000);
    const res = await agent.get('/api/auth/session');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('sessionExpired');
  });

  it('refuses writes without the CSRF token', async () => {
    const agent = await t.login('admin');
    const res = await agent.raw({ method: 'POST', url: '/api/auth/logout', headers: { 'x-csrf-token': 'forged' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
    expect((await agent.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('ends the session on logout', async () => {
    const agent = await t.login('admin');
    expect((await agent.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await agent.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('answers 401 to anonymous API calls', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/places' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });
});

describe('first login', () => {
  it('makes a new account change its password before anything else', async () => {
    const admin = await t.login('admin');
    const created = await admin.post('/api/accounts', {
      username: 'newgrid',
      displayName: '新网格员',
      role: 'gridWorker',
      placeId: await t.placeId('140322100101'),
    });
    expect(created.statusCode).toBe(201);
    const temporary = created.json().temporaryPassword as string;

    const agent = await login(t.app, 'newgrid', temporary);
    expect((await agent.get('/api/auth/session')).json().account.mustChangePassword).toBe(true);
    const blocked = await agent.get('/api/places');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('mustChangePassword');

    const weak = await agent.post('/api/auth/password', { currentPassword: temporary, newPassword: 'abcdefgh' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: 'weakPassword', field: 'newPassword' });

    const wrong = await agent.post('/api/auth/password', { currentPassword: 'Nope@2026x', newPassword: 'Better@2026' });
    expect(wrong.json().error).toMatchObject({ code: 'wrongPassword', field: 'currentPassword' });

    const ok = await agent.post('/api/auth/password', { currentPassword: temporary, newPassword: 'Better@2026' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().account.mustChangePassword).toBe(false);
    expect((await agent.get('/api/places')).statusCode).toBe(200);
    expect((await tryLogin('newgrid', temporary)).statusCode).toBe(401);
    expect((await tryLogin('newgrid', 'Better@2026')).statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  it('slows down a flood of login attempts from one address', async () => {
    const limited = await startTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } })).statusCode);
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes[4]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
