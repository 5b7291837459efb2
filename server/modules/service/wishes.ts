import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { FulfilInput, ListWishesQuery, WishDto, WishInput } from '#contracts/wishes.js';
import type { Conn } from '../../db/client.js';
import { accounts, files, households, members, organizations, places, residents, serviceRecords, wishes } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { notify } from '../../platform/notify.js';
import { placeNames, placesInScope, underPlace } from '../../platform/scope.js';
import { visibleHousehold } from '../people/index.js';
import { communityOf } from '../places/index.js';
import { memberFacts } from './members.js';

type Row = typeof wishes.$inferSelect;

async function residentHousehold(conn: Conn, caller: Caller): Promise<number | null> {
  if (!caller.residentId) return null;
  const [r] = await conn.select({ householdId: residents.householdId }).from(residents).where(eq(residents.id, caller.residentId));
  return r?.householdId ?? null;
}

/** Admins see their places' wishes; members those of their communities; units the county's; a resident their household's. */
async function visibility(conn: Conn, caller: Caller): Promise<SQL> {
  if (caller.role === 'resident') return eq(wishes.householdId, (await residentHousehold(conn, caller)) ?? -1);
  if (caller.role === 'member') {
    const me = await memberFacts(conn, caller);
    return me?.communities.length ? inArray(wishes.placeId, me.communities) : sql`false`;
  }
  // Units claim wishes anywhere in the county; wishes carry no names or doors.
  if (caller.role === 'unitSecretary') return eq(wishes.countyCode, caller.countyCode);
  if (caller.role === 'gridWorker') {
    const homes = conn
      .select({ id: households.id })
      .from(households)
      .where(inArray(households.placeId, placesInScope(conn, caller)));
    return inArray(wishes.householdId, homes);
  }
  return inArray(wishes.placeId, placesInScope(conn, caller));
}

async function visibleWish(conn: Conn, caller: Caller, id: number): Promise<Row> {
  const [row] = await conn
    .select()
    .from(wishes)
    .where(and(eq(wishes.id, id), await visibility(conn, caller)))
    .limit(1);
  if (!row) throw NotFound('wish');
  return row;
}

/** The wall names the compound or village grid only: a wish must not point at a door. */
export async function areasOf(conn: Conn, householdIds: number[]): Promise<Map<number, string>> {
  if (!householdIds.length) return new Map();
  const rows = await conn
    .select({ id: households.id, path: places.path })
    .from(households)
    .innerJoin(places, eq(places.id, households.placeId))
    .where(inArray(households.id, householdIds));
  const ids = [...new Set(rows.flatMap((r) => r.path.split('/').filter(Boolean).map(Number)))];
  const named = ids.length
    ? await conn
        .select({ id: places.id, name: places.name, kind: places.kind })
        .from(places)
        .where(and(inArray(places.id, ids), inArray(places.kind, ['compound', 'grid'])))
    : [];
  const byId = new Map(named.map((p) => [p.id, p.name]));
  return new Map(
    rows.map((r) => {
      const area = r.path
        .split('/')
        .filter(Boolean)
        .map(Number)
        .map((id) => byId.get(id))
        .find((name) => name !== undefined);
      return [r.id, area ?? ''];
    }),
  );
}

export async function presentWishes(conn: Conn, rows: Row[]): Promise<WishDto[]> {
  if (!rows.length) return [];
  const communityNames = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  const areas = await areasOf(
    conn,
    rows.map((r) => r.householdId),
  );
  const memberIds = rows.flatMap((r) => (r.claimerKind === 'member' && r.claimerId ? [r.claimerId] : []));
  const unitIds = rows.flatMap((r) => (r.claimerKind === 'unit' && r.claimerId ? [r.claimerId] : []));
  const memberNames = new Map(
    (memberIds.length ? await conn.select({ id: members.id, name: members.name }).from(members).where(inArray(members.id, memberIds)) : []).map((m) => [
      m.id,
      m.name,
    ]),
  );
  const unitNames = new Map(
    (unitIds.length
      ? await conn.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, unitIds))
      : []
    ).map((o) => [o.id, o.name]),
  );
  return rows.map((r) => ({
    id: r.id,
    community: { id: r.placeId, name: communityNames.get(r.placeId) ?? '' },
    title: r.title,
    description: r.description,
    status: r.status,
    area: areas.get(r.householdId) ?? '',
    claimer:
      r.claimerKind && r.claimerId
        ? { kind: r.claimerKind, id: r.claimerId, name: (r.claimerKind === 'member' ? memberNames.get(r.claimerId) : unitNames.get(r.claimerId)) ?? '' }
        : null,
    photos: r.photos,
    thanks: r.thanks,
    createdAt: r.createdAt.toISOString(),
    fulfilledAt: r.fulfilledAt?.toISOString() ?? null,
  }));
}

async function one(conn: Conn, row: Row) {
  const [dto] = await presentWishes(conn, [row]);
  if (!dto) throw NotFound('wish');
  return dto;
}

export async function postWish(deps: AppDeps, caller: Caller, input: WishInput): Promise<WishDto> {
  const row = await deps.db.transaction(async (tx) => {
    const own = caller.role === 'resident' ? await residentHousehold(tx, caller) : null;
    if (caller.role === 'resident' && !own) throw new DomainError(403, 'forbidden');
    if (!own && !input.householdId) throw Invalid('order.householdRequired', 'householdId');
    const household = own ? { id: own } : await visibleHousehold(tx, caller, input.householdId ?? 0);
    const [home] = await tx.select({ placeId: households.placeId }).from(households).where(eq(households.id, household.id));
    const community = home ? await communityOf(tx, home.placeId) : null;
    if (!community) throw NotFound('community');
    const [inserted] = await tx
      .insert(wishes)
      .values({
        countyCode: caller.countyCode,
        placeId: community.id,
        householdId: household.id,
        title: input.title,
        description: input.description,
        postedBy: caller.accountId,
      })
      .returning();
    if (!inserted) throw new Error('insert returned nothing');
    await audit(tx, caller, { action: 'create', entity: 'wish', entityId: inserted.id, summary: `发布微心愿 ${input.title}` });
    return inserted;
  });
  return one(deps.db, row);
}

export async function listWishes(deps: AppDeps, caller: Caller, q: ListWishesQuery): Promise<Page<WishDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [await visibility(conn, caller)];
  if (q.status) where.push(eq(wishes.status, q.status));
  if (q.placeId) where.push(await underPlace(conn, caller, wishes.placeId, q.placeId));
  if (q.mine === 'true') {
    const claimer =
      caller.role === 'unitSecretary' ? { kind: 'unit' as const, id: caller.organizationId ?? -1 } : { kind: 'member' as const, id: caller.memberId ?? -1 };
    where.push(and(eq(wishes.claimerKind, claimer.kind), eq(wishes.claimerId, claimer.id)));
  }
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(wishes).where(filter);
  const rows = await conn
    .select()
    .from(wishes)
    .where(filter)
    .orderBy(desc(wishes.createdAt), desc(wishes.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await presentWishes(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** 认领: a member of the community, or a unit; of two claiming at once, one wins. */
export async function claimWish(deps: AppDeps, caller: Caller, id: number): Promise<WishDto> {
  const claimer =
    caller.role === 'unitSecretary' && caller.organizationId
      ? { claimerKind: 'unit' as const, claimerId: caller.organizationId }
      : caller.role === 'member' && caller.memberId
        ? { claimerKind: 'member' as const, claimerId: caller.memberId }
        : null;
  if (!claimer) throw new DomainError(403, 'forbidden');
  const row = await deps.db.transaction(async (tx) => {
    await visibleWish(tx, caller, id);
    const [claimed] = await tx
      .update(wishes)
      .set({ ...claimer, status: 'claimed', claimedAt: deps.clock() })
      .where(and(eq(wishes.id, id), eq(wishes.status, 'open')))
      .returning();
    if (!claimed) throw Conflict('wish.taken');
    return claimed;
  });
  return one(deps.db, row);
}

/** 实现: the claimer shows it done with a photo; the member (or unit) earns a service record. */
export async function fulfilWish(deps: AppDeps, caller: Caller, id: number, input: FulfilInput): Promise<WishDto> {
  const row = await deps.db.transaction(async (tx) => {
    const wish = await visibleWish(tx, caller, id);
    const mine =
      (wish.claimerKind === 'member' && wish.claimerId === caller.memberId) || (wish.claimerKind === 'unit' && wish.claimerId === caller.organizationId);
    if (!mine) throw new DomainError(403, 'wish.notYours');
    const own = await tx
      .select({ id: files.id })
      .from(files)
      .where(and(inArray(files.id, input.photos), eq(files.uploadedBy, caller.accountId)));
    if (own.length !== new Set(input.photos).size) throw Invalid('order.photoNotYours', 'photos');
    const now = deps.clock();
    const [done] = await tx
      .update(wishes)
      .set({ status: 'fulfilled', photos: input.photos, fulfilText: input.text, fulfilledAt: now })
      .where(and(eq(wishes.id, id), eq(wishes.status, 'claimed')))
      .returning();
    if (!done) throw Conflict('wish.wrongState');
    const memberId = done.claimerKind === 'member' ? done.claimerId : null;
    const [member] = memberId ? await tx.select({ organizationId: members.organizationId }).from(members).where(eq(members.id, memberId)) : [];
    await tx
      .insert(serviceRecords)
      .values({
        countyCode: done.countyCode,
        memberId,
        organizationId: done.claimerKind === 'unit' ? done.claimerId : (member?.organizationId ?? null),
        placeId: done.placeId,
        source: 'wish',
        sourceId: done.id,
        title: `微心愿：${done.title}`,
        occurredAt: now,
      })
      .onConflictDoNothing();
    const recipients = await tx
      .select({ accountId: accounts.id, countyCode: accounts.countyCode })
      .from(accounts)
      .innerJoin(residents, eq(residents.id, accounts.residentId))
      .where(eq(residents.householdId, done.householdId));
    await notify(tx, recipients, {
      kind: 'wish.fulfilled',
      title: { 'zh-CN': '您的微心愿已实现', en: 'Your wish came true' },
      body: { 'zh-CN': done.title, en: done.title },
      link: '/m/wishes',
    });
    return done;
  });
  return one(deps.db, row);
}

/** 致谢: the household (or the community for it) thanks whoever made it come true. */
export async function thankWish(deps: AppDeps, caller: Caller, id: number, text: string): Promise<WishDto> {
  const row = await deps.db.transaction(async (tx) => {
    const wish = await visibleWish(tx, caller, id);
    if (caller.role === 'member' || caller.role === 'unitSecretary') throw new DomainError(403, 'wish.notYours');
    const [done] = await tx
      .update(wishes)
      .set({ status: 'thanked', thanks: text, thankedAt: deps.clock() })
      .where(and(eq(wishes.id, wish.id), eq(wishes.status, 'fulfilled')))
      .returning();
    if (!done) throw Conflict('wish.wrongState');
    return done;
  });
  return one(deps.db, row);
}

/** The public wall (心愿墙) of a community: open wishes, no names, no doors. */
export async function wishWall(deps: AppDeps, communityId: number): Promise<WishDto[]> {
  const [community] = await deps.db.select({ kind: places.kind, retiredAt: places.retiredAt }).from(places).where(eq(places.id, communityId));
  if (community?.kind !== 'community' || community.retiredAt) throw NotFound('community');
  const rows = await deps.db
    .select()
    .from(wishes)
    .where(and(eq(wishes.placeId, communityId), inArray(wishes.status, ['open', 'claimed'])))
    .orderBy(desc(wishes.createdAt))
    .limit(100);
  // The wall is public: who claimed a wish stays off it.
  return (await presentWishes(deps.db, rows)).map((w) => ({ ...w, claimer: null }));
}

export async function wishPhoto(deps: AppDeps, caller: Caller, id: number, fileId: number): Promise<number> {
  const wish = await visibleWish(deps.db, caller, id);
  if (!wish.photos.includes(fileId)) throw NotFound('file');
  return fileId;
}
