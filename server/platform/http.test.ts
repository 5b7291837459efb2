import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { startTestApp, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the HTTP edge', () => {
  it('reports health and the database in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('publishes OpenAPI with every module’s paths', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/auth/login', '/api/places/', '/api/places/{id}/move', '/api/accounts/', '/api/audit/']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it('answers malformed JSON with a 400 in both languages', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'invalidJson',
      messages: { 'zh-CN': expect.stringContaining('JSON'), en: expect.stringContaining('JSON') },
    });
  });

  it('answers a 50 MB body with a 413 and keeps serving', async () => {
    const agent = await t.login('admin');
    const res = await agent.raw({
      method: 'POST',
      url: '/api/places',
      headers: { 'content-type': 'application/json' },
      payload: `{"name":"${'x'.repeat(50 * 1024 * 1024)}"}`,
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('bodyTooLarge');
    expect((await agent.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('answers in English when asked', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/places', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(res.json().error.message).toBe('Please log in');
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('notFound');
  });

  it('answers a non-numeric id with a 400 naming the field', async () => {
    const agent = await t.login('admin');
    const res = await agent.get('/api/places/abc');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('id');
  });

  it('serves the web app shell for client-side routes, but JSON 404s under /api', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'sishuang-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>四双</title>');
    const app = await createApp(t.deps, { logger: false, webRoot });
    try {
      const page = await app.inject({ method: 'GET', url: '/places' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>四双</title>');
      const api = await app.inject({ method: 'GET', url: '/api/nothing' });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe('notFound');
    } finally {
      await app.close();
      rmSync(webRoot, { recursive: true, force: true });
    }
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
  });
});
