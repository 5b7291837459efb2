import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { accounts, places } from '../db/schema/index.js';
import { loadConfig } from '../config.js';
import type { Caller } from '../platform/caller.js';
import type { AppDeps } from '../platform/context.js';
import type { Vault } from '../platform/crypto.js';

/** A caller acting as one of the demo accounts, for seeding through the services as that person would. */
export async function actingAs(db: Db, username: string): Promise<Caller | null> {
  const [a] = await db
    .select({
      id: accounts.id,
      role: accounts.role,
      displayName: accounts.displayName,
      countyCode: accounts.countyCode,
      placeId: accounts.placeId,
      path: places.path,
      placeName: places.name,
      placeKind: places.kind,
      organizationId: accounts.organizationId,
      memberId: accounts.memberId,
      residentId: accounts.residentId,
    })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.placeId))
    .where(eq(accounts.username, username));
  if (!a) return null;
  return {
    accountId: a.id,
    username,
    displayName: a.displayName,
    role: a.role,
    countyCode: a.countyCode,
    placeId: a.placeId,
    placeName: a.placeName,
    placeKind: a.placeKind,
    placePath: a.path,
    organizationId: a.organizationId,
    memberId: a.memberId,
    residentId: a.residentId,
    mustChangePassword: false,
    sessionId: 'demo-seed',
    csrfToken: '',
    ip: '127.0.0.1',
  };
}

/** The services' dependencies for seeding: the demo's database and vault, at a fixed time. */
export const seedDeps = (db: Db, vault: Vault, now: Date): AppDeps => ({
  config: loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent' }),
  db,
  dbKind: 'pglite',
  vault,
  clock: () => now,
});
