import { and, asc, count, eq, ilike, inArray, isNull, like, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import { PLACE_KIND_LABELS, type PlaceKind } from '#contracts/labels.js';
import type {
  CreatePlaceInput,
  MovePlaceInput,
  PlaceDetailDto,
  PlaceDto,
  PlaceEventDto,
  PlaceSearchHitDto,
  RenamePlaceInput,
  RetirePlaceInput,
  SearchPlacesQuery,
} from '#contracts/places.js';
import type { Conn, Tx } from '../../db/client.js';
import { placeEvents, places } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import { Conflict, DomainError, Invalid } from '../../platform/errors.js';
import { escapeLike, isBelowScopeRoot, type PlaceRow, visiblePlace, withinScope } from '../../platform/scope.js';
import { canPlaceUnder, checkCode, idsOfPath, pinyinKey } from './rules.js';

// Written out in full: inside the subquery an unqualified id would mean the child's own.
const activeChildren = sql<number>`(select count(*)::int from places c where c.parent_id = "places"."id" and c.retired_at is null)`;

export function presentPlace(row: PlaceRow, childCount: number): PlaceDto {
  return {
    id: row.id,
    parentId: row.parentId,
    kind: row.kind,
    name: row.name,
    code: row.code,
    retired: row.retiredAt !== null,
    childCount,
  };
}

/** Children of a place, or the caller's own scope root when no parent is given. */
export async function listPlaces(conn: Conn, caller: Caller, parentId: number | undefined, includeRetired: boolean): Promise<PlaceDto[]> {
  const where: SQL[] = [withinScope(caller, places.path)];
  if (parentId === undefined) where.push(eq(places.id, caller.placeId));
  else {
    await visiblePlace(conn, caller, parentId);
    where.push(eq(places.parentId, parentId));
  }
  if (!includeRetired) where.push(isNull(places.retiredAt));
  const rows = await conn
    .select({ place: places, childCount: activeChildren })
    .from(places)
    .where(and(...where))
    .orderBy(asc(places.code));
  return rows.map((r) => presentPlace(r.place, r.childCount));
}

export async function getPlace(conn: Conn, caller: Caller, id: number): Promise<PlaceDetailDto> {
  const row = await visiblePlace(conn, caller, id);
  const ancestorIds = idsOfPath(row.path).slice(0, -1);
  const ancestors = ancestorIds.length
    ? await conn
        .select({ id: places.id, name: places.name, kind: places.kind, path: places.path })
        .from(places)
        .where(and(inArray(places.id, ancestorIds), withinScope(caller, places.path)))
        .orderBy(asc(places.depth))
    : [];
  const counts = await conn
    .select({ kind: places.kind, n: count() })
    .from(places)
    .where(and(like(places.path, `${row.path}_%`), isNull(places.retiredAt)))
    .groupBy(places.kind);
  const [children] = await conn
    .select({ n: count() })
    .from(places)
    .where(and(eq(places.parentId, id), isNull(places.retiredAt)));
  return {
    ...presentPlace(row, children?.n ?? 0),
    ancestors: ancestors.map(({ id, name, kind }) => ({ id, name, kind })),
    descendantCounts: Object.fromEntries(counts.map((c) => [c.kind, c.n])),
    createdAt: row.createdAt.toISOString(),
    retiredAt: row.retiredAt?.toISOString() ?? null,
  };
}

/** By name, code or pinyin ("xs" finds 秀水), anywhere in the caller's subtree. */
export async function searchPlaces(conn: Conn, caller: Caller, q: SearchPlacesQuery): Promise<Page<PlaceSearchHitDto>> {
  const where: SQL[] = [withinScope(caller, places.path)];
  if (q.kind) where.push(eq(places.kind, q.kind));
  if (q.includeRetired === 'false') where.push(isNull(places.retiredAt));
  if (q.q) {
    const text = escapeLike(q.q);
    const spelled = text.toLowerCase().replace(/\s+/g, '');
    const match = or(
      ilike(places.name, `%${text}%`),
      like(places.code, `${text}%`),
      /^[a-z]+$/.test(spelled) ? like(places.pinyin, `%${spelled}%`) : undefined,
    );
    if (match) where.push(match);
  }
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(places).where(filter);
  const rows = await conn
    .select({ place: places, childCount: activeChildren })
    .from(places)
    .where(filter)
    .orderBy(asc(places.depth), asc(places.code))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const pathIds = [...new Set(rows.flatMap((r) => idsOfPath(r.place.path)))];
  const names = new Map<number, string>();
  if (pathIds.length) {
    const named = await conn.select({ id: places.id, name: places.name, path: places.path }).from(places).where(inArray(places.id, pathIds));
    for (const n of named) if (n.path.startsWith(caller.placePath)) names.set(n.id, n.name);
  }
  return {
    items: rows.map((r) => ({
      ...presentPlace(r.place, r.childCount),
      pathNames: idsOfPath(r.place.path).flatMap((id) => names.get(id) ?? []),
    })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

function assertManageable(caller: Caller, row: PlaceRow) {
  if (!isBelowScopeRoot(caller, row.path)) throw new DomainError(403, 'place.outsideScope');
}

function assertKindFits(child: PlaceKind, parent: PlaceKind) {
  if (!canPlaceUnder(child, parent)) {
    throw Invalid('place.kindOrder', 'kind', {
      child,
      parent,
      childZh: PLACE_KIND_LABELS[child]['zh-CN'],
      parentZh: PLACE_KIND_LABELS[parent]['zh-CN'],
    });
  }
}

async function assertCodeFree(tx: Conn, countyCode: string, code: string, exceptId?: number) {
  const [other] = await tx
    .select({ id: places.id, name: places.name })
    .from(places)
    .where(and(eq(places.countyCode, countyCode), eq(places.code, code), exceptId ? ne(places.id, exceptId) : undefined))
    .limit(1);
  if (other) throw Conflict('place.duplicateCode', { code, name: other.name }, 'code');
}

async function assertNameFree(tx: Conn, parentId: number, name: string, exceptId?: number) {
  const [other] = await tx
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.parentId, parentId), eq(places.name, name), isNull(places.retiredAt), exceptId ? ne(places.id, exceptId) : undefined))
    .limit(1);
  if (other) throw Conflict('place.duplicateName', { name }, 'name');
}

function assertCodeShape(kind: PlaceKind, code: string, parent: PlaceRow) {
  const problem = checkCode(kind, code, parent.code, parent.kind);
  if (problem) {
    const digits = problem.kind === 'format' ? problem.digits : code.length;
    throw Invalid('place.codeFormat', 'code', { kind, kindZh: PLACE_KIND_LABELS[kind]['zh-CN'], digits });
  }
}

/** Local codes for compounds and below: the parent's code and a sibling number. */
async function nextLocalCode(tx: Conn, parent: PlaceRow): Promise<string> {
  const [siblings] = await tx.select({ n: count() }).from(places).where(eq(places.parentId, parent.id));
  for (let n = (siblings?.n ?? 0) + 1; ; n++) {
    const code = `${parent.code}-${String(n).padStart(2, '0')}`;
    const [taken] = await tx
      .select({ id: places.id })
      .from(places)
      .where(and(eq(places.countyCode, parent.countyCode), eq(places.code, code)))
      .limit(1);
    if (!taken) return code;
  }
}

async function recordEvent(
  tx: Tx,
  caller: Caller,
  place: PlaceRow,
  action: PlaceEventDto['action'],
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  await tx
    .insert(placeEvents)
    .values({ countyCode: place.countyCode, placeId: place.id, action, before, after, actorId: caller.accountId, actorName: caller.displayName });
  await audit(tx, caller, {
    action: action === 'created' ? 'create' : 'update',
    entity: 'place',
    entityId: place.id,
    summary: `${action} ${place.name}`,
    detail: { before, after },
  });
}

export async function createPlace(tx: Tx, caller: Caller, input: CreatePlaceInput): Promise<PlaceDto> {
  const parent = await visiblePlace(tx, caller, input.parentId);
  if (parent.retiredAt) throw Invalid('place.parentRetired', 'parentId');
  assertKindFits(input.kind, parent.kind);
  const code = input.code ?? (await nextLocalCode(tx, parent));
  assertCodeShape(input.kind, code, parent);
  await assertCodeFree(tx, parent.countyCode, code);
  await assertNameFree(tx, parent.id, input.name);
  const [inserted] = await tx
    .insert(places)
    .values({
      countyCode: parent.countyCode,
      parentId: parent.id,
      kind: input.kind,
      name: input.name,
      code,
      path: parent.path,
      depth: parent.depth + 1,
      pinyin: pinyinKey(input.name),
    })
    .returning({ id: places.id });
  if (!inserted) throw new Error('insert returned nothing');
  const [row] = await tx
    .update(places)
    .set({ path: `${parent.path}${inserted.id}/` })
    .where(eq(places.id, inserted.id))
    .returning();
  if (!row) throw new Error('update returned nothing');
  await recordEvent(tx, caller, row, 'created', null, { name: row.name, code: row.code, kind: row.kind, parentId: parent.id });
  return presentPlace(row, 0);
}

export async function renamePlace(tx: Tx, caller: Caller, id: number, input: RenamePlaceInput): Promise<PlaceDto> {
  const row = await visiblePlace(tx, caller, id);
  assertManageable(caller, row);
  const code = input.code ?? row.code;
  if (code !== row.code) {
    const [parent] = row.parentId ? await tx.select().from(places).where(eq(places.id, row.parentId)) : [];
    if (parent) assertCodeShape(row.kind, code, parent);
    await assertCodeFree(tx, row.countyCode, code, row.id);
  }
  if (row.parentId && input.name !== row.name) await assertNameFree(tx, row.parentId, input.name, row.id);
  const [updated] = await tx
    .update(places)
    .set({ name: input.name, code, pinyin: pinyinKey(input.name), updatedAt: new Date() })
    .where(eq(places.id, id))
    .returning();
  if (!updated) throw new Error('update returned nothing');
  await recordEvent(tx, caller, updated, 'renamed', { name: row.name, code: row.code }, { name: updated.name, code: updated.code });
  return presentPlace(updated, 0);
}

/** Moves a place and its whole subtree: one UPDATE rewrites every descendant's path. */
export async function movePlace(tx: Tx, caller: Caller, id: number, input: MovePlaceInput): Promise<PlaceDto> {
  const row = await visiblePlace(tx, caller, id);
  assertManageable(caller, row);
  const parent = await visiblePlace(tx, caller, input.parentId);
  if (parent.path.startsWith(row.path)) throw Invalid('place.underItself', 'parentId');
  if (parent.retiredAt) throw Invalid('place.parentRetired', 'parentId');
  assertKindFits(row.kind, parent.kind);
  if (parent.id === row.parentId) return presentPlace(row, 0);
  await assertNameFree(tx, parent.id, row.name, row.id);
  const newPath = `${parent.path}${row.id}/`;
  const depthDelta = parent.depth + 1 - row.depth;
  await tx
    .update(places)
    .set({
      path: sql`${newPath} || substr(${places.path}, ${row.path.length + 1})`,
      depth: sql`${places.depth} + ${depthDelta}`,
      updatedAt: new Date(),
    })
    .where(like(places.path, `${row.path}%`));
  const [moved] = await tx.update(places).set({ parentId: parent.id }).where(eq(places.id, id)).returning();
  if (!moved) throw new Error('update returned nothing');
  await recordEvent(tx, caller, moved, 'moved', { parentId: row.parentId }, { parentId: parent.id, parentName: parent.name });
  return presentPlace(moved, 0);
}

export async function retirePlace(tx: Tx, caller: Caller, id: number, input: RetirePlaceInput): Promise<PlaceDto> {
  const row = await visiblePlace(tx, caller, id);
  assertManageable(caller, row);
  if (row.retiredAt) throw Conflict('place.alreadyRetired');
  const [active] = await tx
    .select({ n: count() })
    .from(places)
    .where(and(eq(places.parentId, id), isNull(places.retiredAt)));
  if (active && active.n > 0) throw Conflict('place.hasActiveChildren', { count: active.n });
  const [retired] = await tx.update(places).set({ retiredAt: new Date(), updatedAt: new Date() }).where(eq(places.id, id)).returning();
  if (!retired) throw new Error('update returned nothing');
  await recordEvent(tx, caller, retired, 'retired', null, { reason: input.reason });
  return presentPlace(retired, 0);
}

export async function restorePlace(tx: Tx, caller: Caller, id: number): Promise<PlaceDto> {
  const row = await visiblePlace(tx, caller, id);
  assertManageable(caller, row);
  if (!row.retiredAt) throw Conflict('place.notRetired');
  const [parent] = row.parentId ? await tx.select().from(places).where(eq(places.id, row.parentId)) : [];
  if (parent?.retiredAt) throw Invalid('place.parentRetired', 'parentId');
  if (row.parentId) await assertNameFree(tx, row.parentId, row.name, row.id);
  const [restored] = await tx.update(places).set({ retiredAt: null, updatedAt: new Date() }).where(eq(places.id, id)).returning();
  if (!restored) throw new Error('update returned nothing');
  await recordEvent(tx, caller, restored, 'restored', null, null);
  return presentPlace(restored, 0);
}

export async function placeHistory(conn: Conn, caller: Caller, id: number): Promise<PlaceEventDto[]> {
  await visiblePlace(conn, caller, id);
  const rows = await conn.select().from(placeEvents).where(eq(placeEvents.placeId, id)).orderBy(asc(placeEvents.at), asc(placeEvents.id));
  return rows.map((r) => ({ id: r.id, action: r.action, before: r.before, after: r.after, actorName: r.actorName, at: r.at.toISOString() }));
}
