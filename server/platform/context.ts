import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Vault } from './crypto.js';

/** What the app is built from: explicit, so tests swap the clock or the database. */
export type AppDeps = {
  config: Config;
  db: Db;
  dbKind: 'pglite' | 'postgres';
  vault: Vault;
  clock: () => Date;
};
