// npm run bench:emergency — 一键切换 over a county with 10,000+ members (PGlite by default, or DATABASE_URL):
// how long the switch takes to call every member and put a notice in each account. Prints figures only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { rowsOf } from '../server/db/client.js';
import { openDatabase } from '../server/db/client.js';
import { DEMO_PASSWORD, seedDemo } from '../server/demo/seed.js';
import { createVault } from '../server/platform/crypto.js';

const EXTRA = Number(process.env.BENCH_EXTRA_MEMBERS ?? 7_000);
const dir = mkdtempSync(join(tmpdir(), 'sishuang-bench-'));
const vault = createVault(Buffer.alloc(32, 3));
const database = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: dir });
await database.migrate();
await seedDemo(database.db, vault);
// More members with phone accounts, living across the county, so the call reaches ten thousand.
await database.db.execute(sql`
  insert into members (county_code, name, home_place_id, id_cipher, id_hash, id_mask, gender, birth_date)
  select '140322', '党员' || g, (select id from places where kind = 'unit' order by id offset (g % 500) limit 1), 'x', 'bench-' || g, '****', 'male', '1980-01-01'
  from generate_series(1, ${EXTRA}) g`);
await database.db.execute(sql`
  insert into accounts (county_code, username, display_name, role, place_id, member_id, password_hash, must_change_password)
  select '140322', 'bench' || m.id, m.name, 'member', coalesce(m.home_place_id, 1), m.id, 'x', false from members m where m.id_hash like 'bench-%'`);
const [count] = rowsOf(await database.db.execute(sql`select count(*)::int as n from members where status = 'active'`));

const config = loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000000' });
const app = await createApp({ config, db: database.db, dbKind: database.kind, vault, clock: () => new Date() }, { logger: false });
const url = await app.listen({ port: 0, host: '127.0.0.1' });
const login = await fetch(`${url}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const { csrfToken } = (await login.json()) as { csrfToken: string };
const [county] = rowsOf(await database.db.execute(sql`select id from places where kind = 'county' limit 1`));

const started = performance.now();
const res = await fetch(`${url}/api/emergencies`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
  body: JSON.stringify({ placeIds: [Number(county?.id)], reason: '演练：全县应急动员' }),
});
const ms = performance.now() - started;
const body = (await res.json()) as { called?: number };
const [notices] = rowsOf(await database.db.execute(sql`select count(*)::int as n from notifications where kind = 'emergency.call'`));
console.log(`一键切换 on ${database.kind}: ${count?.n} active members in the county`);
console.log(`  called ${body.called} members, ${notices?.n} notices written, in ${ms.toFixed(0)} ms (HTTP ${res.status})`);
await app.close();
await database.close();
rmSync(dir, { recursive: true, force: true });
