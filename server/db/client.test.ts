import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client.js';
import { acquireDataDirLock } from './lock.js';

type Rows<T> = { rows: T[] };
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'sishuang-lock-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the data folder lock', () => {
  it('refuses a second opener of the same folder with a clear message', () => {
    const dir = tempDir();
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(/in use by process/);
    release();
    acquireDataDirLock(dir)();
  });

  it('takes over a lock left by a process that died', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'sishuang.lock'), '999999999');
    const release = acquireDataDirLock(dir);
    release();
  });
});

describe('PGlite transactions', () => {
  it('never interleave, even when requests overlap', async () => {
    const database = await openDatabase({ pglite: await PGlite.create() });
    const { db } = database;
    await db.execute(sql`create table counter (n int not null)`);
    await db.execute(sql`insert into counter values (0)`);
    // Read, wait, write: interleaved transactions would lose updates.
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction(async (tx) => {
          const { rows } = (await tx.execute(sql`select n from counter`)) as Rows<{ n: number }>;
          await new Promise((r) => setTimeout(r, 2));
          await tx.execute(sql`update counter set n = ${(rows[0]?.n ?? 0) + 1}`);
        }),
      ),
    );
    const { rows } = (await db.execute(sql`select n from counter`)) as Rows<{ n: number }>;
    expect(rows[0]?.n).toBe(20);
    await database.close();
  });

  it('rolls back everything when a transaction fails', async () => {
    const database = await openDatabase({ pglite: await PGlite.create() });
    const { db } = database;
    await db.execute(sql`create table t (v text not null)`);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into t values ('half')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const { rows } = (await db.execute(sql`select * from t`)) as Rows<unknown>;
    expect(rows).toHaveLength(0);
    await database.close();
  });
});
