import { and, asc, count, desc, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import { GRID_ROLE_LABELS, GRID_ROLE_PLACES, type GridRoleDto, type GridRoleInput } from '#contracts/grid.js';
import type { Conn } from '../../db/client.js';
import { accounts, gridRoles, households, members, places, residents } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { notify } from '../../platform/notify.js';
import { placesInScope, placesUnder, underPlace, visiblePlace } from '../../platform/scope.js';
import { communityOf } from '../places/index.js';
import { beijingDay } from '../pairing/index.js';
import { membersServing } from '../service/index.js';

// 网格角色: who leads a grid, a group, a building; appointed by the community, history kept.

type Row = typeof gridRoles.$inferSelect;

export async function presentRoles(conn: Conn, rows: Row[]): Promise<GridRoleDto[]> {
  if (!rows.length) return [];
  const placeRows = await conn
    .select({ id: places.id, name: places.name, kind: places.kind })
    .from(places)
    .where(inArray(places.id, [...new Set(rows.map((r) => r.placeId))]));
  const placeOf = new Map(placeRows.map((p) => [p.id, p]));
  const memberIds = rows.flatMap((r) => r.memberId ?? []);
  const residentIds = rows.flatMap((r) => r.residentId ?? []);
  const people = new Map<string, { name: string; phone: string }>();
  if (memberIds.length) {
    for (const m of await conn.select({ id: members.id, name: members.name, phone: members.phoneMask }).from(members).where(inArray(members.id, memberIds)))
      people.set(`m${m.id}`, { name: m.name, phone: m.phone ?? '' });
  }
  if (residentIds.length) {
    for (const r of await conn
      .select({ id: residents.id, name: residents.name, phone: residents.phoneMask })
      .from(residents)
      .where(inArray(residents.id, residentIds)))
      people.set(`r${r.id}`, { name: r.name, phone: r.phone ?? '' });
  }
  return rows.map((r) => {
    const kind = r.memberId ? ('member' as const) : ('resident' as const);
    const personId = r.memberId ?? r.residentId ?? 0;
    const person = people.get(`${kind[0]}${personId}`);
    const place = placeOf.get(r.placeId);
    return {
      id: r.id,
      role: r.role,
      place: { id: r.placeId, name: place?.name ?? '', kind: place?.kind ?? '' },
      person: { kind, id: personId, name: person?.name ?? '', phone: person?.phone ?? '' },
      duties: r.duties,
      startDate: r.startDate,
      endDate: r.endDate,
      endReason: r.endReason,
    };
  });
}

/**
 * Appoints a member (or, as 楼栋长, a resident living there) to a role at a compound, grid, building or
 * stairwell. The member must live or be registered in the place's community; the place must suit the role.
 */
export async function appoint(deps: AppDeps, caller: Caller, input: GridRoleInput): Promise<GridRoleDto> {
  if ((input.memberId === undefined) === (input.residentId === undefined)) throw Invalid('grid.personRequired', 'memberId');
  if (input.residentId !== undefined && input.role !== 'buildingLeader') throw Invalid('grid.memberOnly', 'residentId');
  const row = await deps.db.transaction(async (tx) => {
    const place = await visiblePlace(tx, caller, input.placeId);
    if (place.retiredAt || !GRID_ROLE_PLACES[input.role].includes(place.kind)) {
      throw Invalid('grid.wrongPlace', 'placeId', { role: GRID_ROLE_LABELS[input.role]['zh-CN'], roleEn: GRID_ROLE_LABELS[input.role].en });
    }
    const community = await communityOf(tx, place.id);
    if (!community) throw Invalid('grid.wrongPlace', 'placeId', { role: GRID_ROLE_LABELS[input.role]['zh-CN'], roleEn: GRID_ROLE_LABELS[input.role].en });
    let accountHolder: number | null = null;
    if (input.memberId !== undefined) {
      const [m] = await tx
        .select({ id: members.id })
        .from(members)
        .where(and(eq(members.id, input.memberId), membersServing(tx, community)));
      if (!m) throw Invalid('grid.memberElsewhere', 'memberId');
      accountHolder = m.id;
    } else if (input.residentId !== undefined) {
      const [r] = await tx
        .select({ id: residents.id })
        .from(residents)
        .innerJoin(households, eq(households.id, residents.householdId))
        .where(and(eq(residents.id, input.residentId), inArray(households.placeId, placesUnder(tx, place.path))));
      if (!r) throw Invalid('grid.residentElsewhere', 'residentId');
    }
    const [inserted] = await tx
      .insert(gridRoles)
      .values({
        countyCode: caller.countyCode,
        placeId: place.id,
        role: input.role,
        memberId: input.memberId ?? null,
        residentId: input.residentId ?? null,
        duties: input.duties,
        startDate: input.startDate ?? beijingDay(deps.clock()),
        createdBy: caller.accountId,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) throw Conflict('grid.duplicate', {}, 'memberId');
    if (accountHolder) {
      const recipients = await tx
        .select({ accountId: accounts.id, countyCode: accounts.countyCode })
        .from(accounts)
        .where(eq(accounts.memberId, accountHolder));
      await notify(tx, recipients, {
        kind: 'grid.appointed',
        title: {
          'zh-CN': `您已担任${place.name}${GRID_ROLE_LABELS[input.role]['zh-CN']}`,
          en: `You are now ${GRID_ROLE_LABELS[input.role].en.toLowerCase()} of ${place.name}`,
        },
        body: { 'zh-CN': '职责清单见“我的”页面', en: 'Your duties are listed on the “Me” page' },
        link: '/m/me',
      });
    }
    await audit(tx, caller, {
      action: 'create',
      entity: 'gridRole',
      entityId: inserted.id,
      summary: `${place.name}：任命${GRID_ROLE_LABELS[input.role]['zh-CN']}`,
    });
    return inserted;
  });
  const [dto] = await presentRoles(deps.db, [row]);
  if (!dto) throw NotFound('gridRole');
  return dto;
}

async function visibleRole(conn: Conn, caller: Caller, id: number): Promise<Row> {
  const [row] = await conn
    .select()
    .from(gridRoles)
    .where(and(eq(gridRoles.id, id), inArray(gridRoles.placeId, placesInScope(conn, caller))));
  if (!row) throw NotFound('gridRole');
  return row;
}

export async function endRole(deps: AppDeps, caller: Caller, id: number, reason: string): Promise<GridRoleDto> {
  const row = await deps.db.transaction(async (tx) => {
    const role = await visibleRole(tx, caller, id);
    if (role.endDate) throw new DomainError(409, 'grid.ended');
    const [ended] = await tx
      .update(gridRoles)
      .set({ endDate: beijingDay(deps.clock()), endReason: reason })
      .where(and(eq(gridRoles.id, role.id), isNull(gridRoles.endDate)))
      .returning();
    if (!ended) throw new DomainError(409, 'grid.ended');
    await audit(tx, caller, { action: 'update', entity: 'gridRole', entityId: role.id, summary: `卸任：${reason}` });
    return ended;
  });
  const [dto] = await presentRoles(deps.db, [row]);
  if (!dto) throw NotFound('gridRole');
  return dto;
}

export async function listRoles(
  deps: AppDeps,
  caller: Caller,
  q: { placeId?: number | undefined; role?: GridRoleDto['role'] | undefined; active: 'true' | 'false' | 'all'; page: number; pageSize: number },
): Promise<Page<GridRoleDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [inArray(gridRoles.placeId, placesInScope(conn, caller))];
  if (q.placeId) where.push(await underPlace(conn, caller, gridRoles.placeId, q.placeId));
  if (q.role) where.push(eq(gridRoles.role, q.role));
  if (q.active === 'true') where.push(isNull(gridRoles.endDate));
  if (q.active === 'false') where.push(isNotNull(gridRoles.endDate));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(gridRoles).where(filter);
  const rows = await conn
    .select()
    .from(gridRoles)
    .where(filter)
    .orderBy(asc(gridRoles.placeId), asc(gridRoles.role), desc(gridRoles.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await presentRoles(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** A member's own live roles, for the phone's 我的 page with their duty lists. */
export async function myRoles(deps: AppDeps, caller: Caller): Promise<GridRoleDto[]> {
  if (!caller.memberId) throw new DomainError(403, 'registration.notMemberAccount');
  const rows = await deps.db
    .select()
    .from(gridRoles)
    .where(and(eq(gridRoles.memberId, caller.memberId), isNull(gridRoles.endDate)))
    .orderBy(asc(gridRoles.id));
  return presentRoles(deps.db, rows);
}
