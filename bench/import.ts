// npm run bench:import — time to import a 10,000-row households ledger and a 3,000-row members ledger (PGlite).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { makeIdNumber } from '../contracts/idcard.js';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { DEMO_PASSWORD, seedDemo } from '../server/demo/seed.js';
import { importsSettled } from '../server/modules/ledgers/index.js';
import { createVault } from '../server/platform/crypto.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const dir = mkdtempSync(join(tmpdir(), 'sishuang-bench-'));
const vault = createVault(Buffer.alloc(32, 5));
const database = await openDatabase({ dataDir: dir });
await database.migrate();
await seedDemo(database.db, vault, { small: true });
const config = loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000000' });
const app = await createApp({ config, db: database.db, dbKind: database.kind, vault, clock: () => new Date() }, { logger: false });
await app.ready();

const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'community', password: DEMO_PASSWORD } });
const cookies = { sishuang_sid: login.cookies.find((c) => c.name === 'sishuang_sid')?.value ?? '' };
const headers = { 'x-csrf-token': String(login.json().csrfToken), 'content-type': XLSX };

async function workbook(header: string[], rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function time(label: string, kind: string, file: Buffer) {
  const started = performance.now();
  const res = await app.inject({ method: 'POST', url: `/api/imports/${kind}`, cookies, headers, payload: file });
  const accepted = performance.now();
  await importsSettled();
  const done = performance.now();
  const job = (await app.inject({ method: 'GET', url: `/api/imports/jobs/${res.json().id}`, cookies })).json();
  const rows = job.total as number;
  console.log(
    `${label.padEnd(28)} rows ${String(rows).padStart(6)}  read ${((accepted - started) / 1000).toFixed(1)} s  saved ${((done - accepted) / 1000).toFixed(1)} s  ` +
      `${Math.round(rows / ((done - started) / 1000))} rows/s  created ${job.created} unchanged ${job.unchanged} rejected ${job.rejected}`,
  );
}

const pad = (n: number) => String(n).padStart(2, '0');
const birth = (i: number) => `${1960 + (i % 40)}-${pad(1 + (Math.floor(i / 40) % 12))}-${pad(1 + (Math.floor(i / 480) % 28))}`;
const units = ['140322100101-01-B1-1', '140322100101-01-B1-2', '140322100101-02-B1-1'];
const homes = Array.from({ length: 10_000 }, (_, i) => [units[i % 3] ?? '', String(10_000 + i), '常住', i % 10 ? '' : '独居老人']);
const homeFile = await workbook(['地点编码', '门牌号', '户标签', '重点户类别'], homes);
await time('households, first import', 'households', homeFile);
await time('households, same file again', 'households', homeFile);

const members = Array.from({ length: 3_000 }, (_, i) => [
  `党员${i}`,
  makeIdNumber('140322', birth(i), i, i % 2 ? 'male' : 'female'),
  units[i % 3] ?? '',
  String(10_000 + i),
  '法律',
]);
await time('members, first import', 'members', await workbook(['姓名', '身份证号', '居住地点编码', '居住门牌号', '专长'], members));

await app.close();
await database.close();
rmSync(dir, { recursive: true, force: true });
