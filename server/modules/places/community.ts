import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Conn } from '../../db/client.js';
import { places } from '../../db/schema/index.js';
import { idsOfPath } from './rules.js';

/**
 * The community holding a place, read from its materialised path: communities sit at one depth of the
 * tree (county → street → community), so its id is one segment of every path below it.
 */
export async function communityOfPath(conn: Conn, countyCode: string) {
  const [one] = await conn
    .select({ depth: places.depth })
    .from(places)
    .where(and(eq(places.countyCode, countyCode), eq(places.kind, 'community')))
    .limit(1);
  const segment = (one?.depth ?? 2) + 2;
  return (pathColumn: string) => sql`nullif(split_part(${sql.raw(pathColumn)}, '/', ${segment}), '')::bigint`;
}

/** The community a place belongs to (itself, if it is one), or null above community level. */
export async function communityOf(conn: Conn, placeId: number): Promise<{ id: number; name: string; path: string } | null> {
  const [place] = await conn.select({ path: places.path }).from(places).where(eq(places.id, placeId)).limit(1);
  if (!place) return null;
  const [community] = await conn
    .select({ id: places.id, name: places.name, path: places.path })
    .from(places)
    .where(and(inArray(places.id, idsOfPath(place.path)), eq(places.kind, 'community')))
    .limit(1);
  return community ?? null;
}
