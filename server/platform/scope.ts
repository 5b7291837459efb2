import { and, eq, inArray, like, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Conn } from '../db/client.js';
import { places } from '../db/schema/index.js';
import type { Caller } from './caller.js';
import { NotFound } from './errors.js';

/**
 * The one scope check: a row is visible when its place's path starts with the caller's.
 * Every module filters through this, so what is outside a caller's places does not exist for them.
 */
export function withinScope(caller: Pick<Caller, 'placePath'>, pathColumn: AnyPgColumn): SQL {
  return like(pathColumn, `${caller.placePath}%`);
}

export type PlaceRow = typeof places.$inferSelect;

/** A place the caller may see, or NotFound (never Forbidden: not yours reads as not there). */
export async function visiblePlace(conn: Conn, caller: Pick<Caller, 'placePath'>, id: number): Promise<PlaceRow> {
  const [row] = await conn
    .select()
    .from(places)
    .where(and(eq(places.id, id), withinScope(caller, places.path)))
    .limit(1);
  if (!row) throw NotFound('place');
  return row;
}

/** Strictly below the caller's scope root: what an admin may change. */
export const isBelowScopeRoot = (caller: Pick<Caller, 'placePath'>, path: string) => path.startsWith(caller.placePath) && path !== caller.placePath;

/** Text typed into a search box, safe inside LIKE: its own % and _ match themselves. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
/** LIKE pattern for "contains". */
export const containing = (text: string) => `%${escapeLike(text)}%`;

/** The ids of the places the caller sees: for `inArray(table.placeId, …)`. */
export const placesInScope = (conn: Conn, caller: Pick<Caller, 'placePath'>) =>
  conn.select({ id: places.id }).from(places).where(withinScope(caller, places.path));

/** The ids of a place and everything below it. */
export const placesUnder = (conn: Conn, path: string) =>
  conn
    .select({ id: places.id })
    .from(places)
    .where(like(places.path, `${path}%`));

/** A list's place filter (a street or a community): rows under a place the caller sees; 404 for one they do not. */
export async function underPlace(conn: Conn, caller: Pick<Caller, 'placePath'>, column: AnyPgColumn, placeId: number): Promise<SQL> {
  const place = await visiblePlace(conn, caller, placeId);
  return inArray(column, placesUnder(conn, place.path));
}

/** Names of places by id, for presenting rows. */
export async function placeNames(conn: Conn, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await conn.select({ id: places.id, name: places.name }).from(places).where(inArray(places.id, unique));
  return new Map(rows.map((p) => [p.id, p.name]));
}

/** Which of `ids` a materialised path runs through, the deepest one: e.g. the grid or building a household sits in. */
export const deepestIn = (path: string, ids: ReadonlySet<number>): number | undefined =>
  path
    .split('/')
    .filter(Boolean)
    .map(Number)
    .findLast((id) => ids.has(id));
