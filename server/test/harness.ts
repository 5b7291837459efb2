import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';
import { places } from '../db/schema/index.js';
import { DEMO_PASSWORD } from '../demo/seed.js';
import type { AppDeps } from '../platform/context.js';
import { withDatabase } from './global-setup.js';
import { TEMPLATE_DB, TEMPLATE_FILE, TEST_VAULT } from './shared.js';

export { DEMO_PASSWORD };

/** A clock the test moves by hand. */
export function testClock(start = new Date()) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

async function openTestDatabase(): Promise<Database & { drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `sishuang_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: withDatabase(url, name) });
    const drop = async () => {
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    };
    return { ...database, drop };
  }
  const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(TEMPLATE_FILE)]) });
  return { ...(await openDatabase({ pglite: client })), drop: async () => {} };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/** The real app on a fresh copy of the small test county, with helpers to log in as its accounts. */
export async function startTestApp(opts: { clock?: () => Date; env?: Record<string, string> } = {}) {
  const database = await openTestDatabase();
  const config = loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', ...opts.env });
  const deps: AppDeps = { config, db: database.db, dbKind: database.kind, vault: TEST_VAULT, clock: opts.clock ?? (() => new Date()) };
  const app = await createApp(deps, { logger: false });
  await app.ready();

  const placeId = async (code: string) => {
    const [row] = await database.db.select({ id: places.id }).from(places).where(eq(places.code, code));
    if (!row) throw new Error(`no place ${code}`);
    return row.id;
  };

  return {
    app,
    deps,
    db: database.db,
    placeId,
    login: (username: string, password = DEMO_PASSWORD) => login(app, username, password),
    close: async () => {
      await app.close();
      await database.close();
      await database.drop();
    },
  };
}

type Json = Record<string, unknown> | unknown[];
export type Agent = {
  csrfToken: string;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: Json) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: Json) => Promise<LightMyRequestResponse>;
  raw: (opts: {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    url: string;
    payload?: string | Buffer;
    headers?: Record<string, string>;
  }) => Promise<LightMyRequestResponse>;
};

/** Logs in through the API and returns an agent that sends the cookie and CSRF token. */
export async function login(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Agent> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'sishuang_sid');
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = String(res.json().csrfToken);
  const cookies = { sishuang_sid: cookie.value };
  const headers = { 'x-csrf-token': csrfToken };
  return {
    csrfToken,
    get: (url) => app.inject({ method: 'GET', url, cookies }),
    post: (url, body = {}) => app.inject({ method: 'POST', url, cookies, headers, payload: body }),
    patch: (url, body = {}) => app.inject({ method: 'PATCH', url, cookies, headers, payload: body }),
    raw: (o) =>
      app.inject({ method: o.method, url: o.url, cookies, headers: { ...headers, ...o.headers }, ...(o.payload !== undefined ? { payload: o.payload } : {}) }),
  };
}

/** A multipart/form-data body with one file in the field `file`, as a browser's upload sends it. */
export function multipart(name: string, content: Buffer, mime: string) {
  const boundary = '----sishuang-test';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${mime}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
