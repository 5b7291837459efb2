import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireDataDirLock } from './lock.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** Either driver: PGlite and node-postgres share Drizzle's PostgreSQL core. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** What services take: the database or an open transaction. */
export type Conn = Db | Tx;

/** The rows of a raw `execute()`: both drivers answer with `{ rows }`. */
export function rowsOf(result: unknown): Record<string, unknown>[] {
  return result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows) ? result.rows : [];
}

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export type DatabaseOptions = { databaseUrl?: string | undefined; dataDir?: string; pglite?: PGlite };

/**
 * PGlite is one connection: it runs every query and transaction through its own exclusive queue,
 * so concurrent requests never interleave inside a transaction. A lock file keeps a second
 * process off the same folder.
 */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection the server drops (restart, failover) must not take the process down; the pool reconnects.
    pool.on('error', (err) => console.warn(`PostgreSQL connection lost: ${err.message}`));
    const db = drizzlePg(pool, { schema, casing: undefined });
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePg(db, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  let release = () => {};
  let client = opts.pglite;
  if (!client) {
    const dir = opts.dataDir ?? './data';
    const pgdata = join(dir, 'pgdata');
    mkdirSync(pgdata, { recursive: true });
    release = acquireDataDirLock(dir);
    try {
      client = await PGlite.create(pgdata);
    } catch (err) {
      release();
      throw err;
    }
  }
  const pglite = client;
  const db = drizzlePglite(pglite, { schema });
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: async () => {
      await pglite.close();
      release();
    },
  };
}
