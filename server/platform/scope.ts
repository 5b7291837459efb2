import { and, eq, like, type SQL } from 'drizzle-orm';
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
