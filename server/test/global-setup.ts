import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase } from '../db/client.js';
import { seedDemo } from '../demo/seed.js';
import { TEST_VAULT, TEMPLATE_DB, TEMPLATE_FILE } from './shared.js';

/**
 * Migrates and seeds one small county once per run: PGlite's initdb takes seconds, so every test
 * file loads a copy of this image (PGlite) or clones a template database (PostgreSQL).
 */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: withDatabase(url, TEMPLATE_DB) });
    await database.migrate();
    await seedDemo(database.db, TEST_VAULT, { small: true });
    await database.close();
    return;
  }
  const client = await PGlite.create();
  const database = await openDatabase({ pglite: client });
  await database.migrate();
  await seedDemo(database.db, TEST_VAULT, { small: true });
  const image = await client.dumpDataDir('none');
  mkdirSync(join(TEMPLATE_FILE, '..'), { recursive: true });
  writeFileSync(TEMPLATE_FILE, Buffer.from(await image.arrayBuffer()));
  await client.close();
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
