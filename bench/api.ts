// npm run bench:api — read throughput of the place tree and account list on the full demo county (PGlite).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { DEMO_PASSWORD, seedDemo } from '../server/demo/seed.js';
import { createVault } from '../server/platform/crypto.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'sishuang-bench-'));
const vault = createVault(Buffer.alloc(32, 3));
const database = await openDatabase({ dataDir: dir });
await database.migrate();
const seeded = await seedDemo(database.db, vault);
console.log(`demo county: ${seeded.places} places seeded in ${(seeded.ms / 1000).toFixed(1)} s`);

const config = loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000000' });
const app = await createApp({ config, db: database.db, dbKind: database.kind, vault, clock: () => new Date() }, { logger: false });
const url = await app.listen({ port: 0, host: '127.0.0.1' });

const login = await fetch(`${url}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

const targets: [string, string][] = [
  ['children of a street', '/api/places?parentId=2'],
  ['search by pinyin', '/api/places/search?q=xs&pageSize=20'],
  ['place detail with subtree counts (county)', '/api/places/1'],
  ['accounts page', '/api/accounts?pageSize=20'],
];

console.log(`\n${'endpoint'.padEnd(44)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`);
for (const [name, path] of targets) {
  const r = await autocannon({ url: `${url}${path}`, connections: 10, duration: SECONDS, headers: { cookie } });
  if (r.non2xx) throw new Error(`${name}: ${r.non2xx} non-2xx answers`);
  console.log(`${name.padEnd(44)} ${r.requests.average.toFixed(0).padStart(8)} ${String(r.latency.p50).padStart(8)} ${String(r.latency.p99).padStart(8)}`);
}

await app.close();
await database.close();
rmSync(dir, { recursive: true, force: true });
