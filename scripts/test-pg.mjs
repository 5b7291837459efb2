// npm run test:pg: the same API suite against a real PostgreSQL server.
// PG_TEST_URL names a server where we may create databases (default: the local one, trust auth).
import { spawnSync } from 'node:child_process';

const url = process.env.PG_TEST_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
console.log(`PostgreSQL suite on ${url.replace(/:[^:@/]*@/, ':***@')}`);
const r = spawnSync('npx', ['vitest', 'run', 'server', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: url },
});
process.exit(r.status ?? 1);
