import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLE_LABELS } from '#contracts/labels.js';
import { createApp } from './app.js';
import { startJobs } from './jobs.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isEmpty, seedDemo } from './demo/seed.js';
import { createVault, resolveDataKey } from './platform/crypto.js';

// boot: config → database → migrate → demo data if empty → listen
const config = loadConfig();
const vault = createVault(resolveDataKey(config.dataKey, config.dataDir, config.demo));
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await database.migrate();

let seeded = false;
if (config.demo && (await isEmpty(database.db))) {
  console.log('正在生成演示数据（盂县）… / Loading the demo county…');
  const r = await seedDemo(database.db, vault);
  console.log(
    `演示数据已生成 / demo county loaded in ${(r.ms / 1000).toFixed(1)} s: ${r.places} places, ${r.organizations} units, ${r.members} members, ${r.households} households, ${r.residents} residents, ${r.accounts} accounts`,
  );
  seeded = true;
}

const webRoot = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'dist', 'web');
const app = await createApp({ config, db: database.db, dbKind: database.kind, vault, clock: () => new Date() }, { webRoot });

const stopJobs = startJobs({ config, db: database.db, dbKind: database.kind, vault, clock: () => new Date() }, app.log);

const shutdown = async () => {
  stopJobs();
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

await app.listen({ port: config.port, host: config.host });
const url = `http://localhost:${config.port}/`;
const where = database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL';
console.log(`\n四双 Sishuang is running at ${url}  (database: ${where})`);
console.log(`API: ${url}api/  ·  OpenAPI: ${url}api/openapi.json`);
if (config.demo) {
  console.log(`\n演示账号 Demo accounts (password ${DEMO_PASSWORD}${seeded ? '' : ', unless changed since'}):`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(12)} ${ROLE_LABELS[a.role]['zh-CN']} / ${ROLE_LABELS[a.role].en} — ${a.displayName}`);
  console.log('');
}
