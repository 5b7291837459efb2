import { and, asc, count, desc, eq, gte, inArray, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { OrderCategory } from '#contracts/labels.js';
import { ORDER_CATEGORIES } from '#contracts/labels.js';
import type { DueDto, VisitableDto, VisitDto, VisitInput } from '#contracts/pairing.js';
import type { Conn } from '../../db/client.js';
import { files, householdPairings, households, members, places, serviceOrders, visits } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { containing, placesInScope, underPlace } from '../../platform/scope.js';
import { householdAddresses, memberNames } from '../people/index.js';
import { communityOf } from '../places/index.js';
import { fileNeed } from '../service/index.js';
import { beijingDay, dueVisits } from './cadence.js';
import { memberFacts, membersServing as membersOfCommunity } from '../service/index.js';

type Row = typeof visits.$inferSelect;

async function present(conn: Conn, rows: Row[]): Promise<VisitDto[]> {
  if (!rows.length) return [];
  const names = await memberNames(
    conn,
    rows.map((r) => r.memberId),
  );
  const addresses = await householdAddresses(
    conn,
    rows.map((r) => r.householdId),
  );
  return rows.map((r) => ({
    id: r.id,
    household: { id: r.householdId, address: addresses.get(r.householdId) ?? '' },
    member: { id: r.memberId, name: names.get(r.memberId) ?? '' },
    date: r.date,
    kind: r.kind,
    notes: r.notes,
    photos: r.photos,
    flagged: r.flagged,
    reason: r.reason,
    needOrderId: r.needOrderId,
  }));
}

/**
 * 走访 from the phone: the paired member logs it; a member of the household's community who is not
 * paired may too, with a reason, and the visit is flagged. A problem found becomes a need in the same step.
 */
export async function logVisit(deps: AppDeps, caller: Caller, input: VisitInput): Promise<VisitDto> {
  if (!caller.memberId) throw new DomainError(403, 'registration.notMemberAccount');
  const memberId = caller.memberId;
  const today = beijingDay(deps.clock());
  if (input.date > today) throw Invalid('visit.future', 'date');
  if (input.need && !(ORDER_CATEGORIES as readonly string[]).includes(input.need.category)) throw Invalid('open311.service', 'need.category');
  const row = await deps.db.transaction(async (tx) => {
    const [home] = await tx.select({ id: households.id, placeId: households.placeId }).from(households).where(eq(households.id, input.householdId));
    const community = home ? await communityOf(tx, home.placeId) : null;
    if (!home || !community) throw NotFound('household');
    const [paired] = await tx
      .select({ id: householdPairings.id })
      .from(householdPairings)
      .where(and(eq(householdPairings.memberId, memberId), eq(householdPairings.householdId, home.id), isNull(householdPairings.endDate)));
    if (!paired) {
      // Not theirs: only within a community they serve, and only with a reason.
      const [local] = await tx
        .select({ id: members.id })
        .from(members)
        .where(and(eq(members.id, memberId), membersOfCommunity(tx, community)));
      if (!local) throw NotFound('household');
      if (!input.reason) throw Invalid('visit.reasonRequired', 'reason');
    }
    if (input.photos.length) {
      const own = await tx
        .select({ id: files.id })
        .from(files)
        .where(and(inArray(files.id, input.photos), eq(files.uploadedBy, caller.accountId)));
      if (own.length !== new Set(input.photos).size) throw Invalid('order.photoNotYours', 'photos');
    }
    const need = input.need
      ? await fileNeed(
          tx,
          deps,
          caller,
          { category: input.need.category as OrderCategory, description: input.need.description, householdId: home.id, photos: [] },
          { onBehalf: true },
        )
      : null;
    const [inserted] = await tx
      .insert(visits)
      .values({
        countyCode: caller.countyCode,
        householdId: home.id,
        memberId,
        date: input.date,
        kind: input.kind,
        notes: input.notes,
        photos: input.photos,
        flagged: !paired,
        reason: paired ? null : (input.reason ?? null),
        needOrderId: need?.id ?? null,
      })
      .returning();
    if (!inserted) throw new Error('insert returned nothing');
    await audit(tx, caller, { action: 'create', entity: 'visit', entityId: inserted.id, summary: `走访${paired ? '' : '（非联系户）'}` });
    return inserted;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('visit');
  return dto;
}

function visibility(conn: Conn, caller: Caller): SQL {
  if (caller.role === 'member') return eq(visits.memberId, caller.memberId ?? -1);
  return inArray(
    visits.householdId,
    conn
      .select({ id: households.id })
      .from(households)
      .where(inArray(households.placeId, placesInScope(conn, caller))),
  );
}

export async function listVisits(
  deps: AppDeps,
  caller: Caller,
  q: { householdId?: number | undefined; memberId?: number | undefined; placeId?: number | undefined; page: number; pageSize: number },
): Promise<Page<VisitDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [visibility(conn, caller)];
  if (q.householdId) where.push(eq(visits.householdId, q.householdId));
  if (q.memberId) where.push(eq(visits.memberId, q.memberId));
  if (q.placeId) {
    const under = await underPlace(conn, caller, households.placeId, q.placeId);
    where.push(inArray(visits.householdId, conn.select({ id: households.id }).from(households).where(under)));
  }
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(visits).where(filter);
  const rows = await conn
    .select()
    .from(visits)
    .where(filter)
    .orderBy(desc(visits.date), desc(visits.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/**
 * 走访提醒: key households (and any with a recent need) in the caller's places, or a member's own, with
 * the visits they are owed now. Batched: one query for homes, one for visits, one for needs.
 */
export async function dueList(deps: AppDeps, caller: Caller, q: { placeId?: number | undefined; overdue: 'true' | 'false' }): Promise<DueDto[]> {
  const conn = deps.db;
  const today = beijingDay(deps.clock());
  const since = new Date(Date.parse(`${today}T00:00:00+08:00`) - 75 * 86_400_000);
  const live = await conn
    .select({ householdId: householdPairings.householdId, memberId: householdPairings.memberId, startDate: householdPairings.startDate, name: members.name })
    .from(householdPairings)
    .innerJoin(members, eq(members.id, householdPairings.memberId))
    .where(and(isNull(householdPairings.endDate), caller.role === 'member' ? eq(householdPairings.memberId, caller.memberId ?? -1) : undefined));
  const pairingOf = new Map(live.map((p) => [p.householdId, p]));
  const homeFilter: (SQL | undefined)[] = [];
  if (caller.role === 'member') homeFilter.push(inArray(households.id, live.map((p) => p.householdId).concat(-1)));
  else homeFilter.push(inArray(households.placeId, placesInScope(conn, caller)));
  if (q.placeId) homeFilter.push(await underPlace(conn, caller, households.placeId, q.placeId));
  const needRows = await conn
    .select({ householdId: serviceOrders.householdId, at: serviceOrders.createdAt })
    .from(serviceOrders)
    .where(and(eq(serviceOrders.countyCode, caller.countyCode), gte(serviceOrders.createdAt, since)));
  const needsOf = new Map<number, string[]>();
  for (const n of needRows) needsOf.set(n.householdId, [...(needsOf.get(n.householdId) ?? []), beijingDay(n.at)]);
  const homes = await conn
    .select({ id: households.id, care: households.careCategories, label: households.label })
    .from(households)
    .where(
      and(
        ...homeFilter,
        sql`${households.label} <> 'vacant'`,
        caller.role === 'member'
          ? undefined
          : sql`(jsonb_array_length(${households.careCategories}) > 0 or ${households.id} in (${sql.join(
              [...needsOf.keys(), -1].map((id) => sql`${id}`),
              sql`, `,
            )}))`,
      ),
    )
    .limit(20_000);
  if (!homes.length) return [];
  const visitRows = await conn
    .select({ householdId: visits.householdId, date: visits.date })
    .from(visits)
    .where(
      and(
        inArray(
          visits.householdId,
          homes.map((h) => h.id),
        ),
        gte(visits.date, since.toISOString().slice(0, 10)),
      ),
    );
  const visitsOf = new Map<number, string[]>();
  for (const v of visitRows) visitsOf.set(v.householdId, [...(visitsOf.get(v.householdId) ?? []), v.date]);
  const addresses = await householdAddresses(
    conn,
    homes.map((h) => h.id),
  );
  const rows = homes.flatMap((h) => {
    const pairing = pairingOf.get(h.id);
    const seen = visitsOf.get(h.id) ?? [];
    const dues = dueVisits({ key: h.care.length > 0, visits: seen, needs: needsOf.get(h.id) ?? [], today, since: pairing?.startDate });
    const shown = q.overdue === 'true' ? dues.filter((d) => d.overdue) : dues;
    // A member sees every household of theirs; the community only what is owed.
    if (!shown.length && (caller.role !== 'member' || q.overdue === 'true')) return [];
    return [
      {
        household: { id: h.id, address: addresses.get(h.id) ?? '', care: h.care },
        member: pairing ? { id: pairing.memberId, name: pairing.name } : null,
        lastVisit: seen.sort().at(-1) ?? null,
        dues: shown,
      },
    ];
  });
  return rows.sort(
    (a, b) =>
      Number(b.dues[0]?.overdue ?? false) - Number(a.dues[0]?.overdue ?? false) ||
      b.dues.length - a.dues.length ||
      a.household.address.localeCompare(b.household.address, 'zh-CN'),
  );
}

/**
 * 走访非联系户: households in the communities the member serves whose door number or building, stairwell or
 * compound name holds every word typed ("3号楼 301"). At most 20, their own pairings flagged.
 */
export async function visitableHouseholds(deps: AppDeps, caller: Caller, q: string): Promise<VisitableDto[]> {
  const conn = deps.db;
  const facts = await memberFacts(conn, caller);
  if (!facts) throw new DomainError(403, 'registration.notMemberAccount');
  if (!facts.communities.length) return [];
  const areas = await conn.select({ path: places.path }).from(places).where(inArray(places.id, facts.communities));
  const words = q.split(/\s+/).filter(Boolean).slice(0, 4);
  const inArea = or(...areas.map((a) => like(places.path, `${a.path}%`)));
  const rows = await conn
    .select({ id: households.id, label: households.label, path: places.path })
    .from(households)
    .innerJoin(places, eq(places.id, households.placeId))
    .where(
      and(
        inArea,
        ...words.map(
          (w) =>
            sql`(${households.doorNo} like ${containing(w)} or exists (select 1 from ${places} a where a.id in (select unnest(string_to_array(trim(both '/' from ${places.path}), '/')::bigint[])) and a.kind in ('compound', 'grid', 'building', 'unit') and a.name like ${containing(w)}))`,
        ),
      ),
    )
    .orderBy(asc(places.path), asc(households.doorNo))
    .limit(20);
  if (!rows.length) return [];
  const mine = new Set(
    (
      await conn
        .select({ id: householdPairings.householdId })
        .from(householdPairings)
        .where(
          and(
            eq(householdPairings.memberId, facts.memberId),
            isNull(householdPairings.endDate),
            inArray(
              householdPairings.householdId,
              rows.map((r) => r.id),
            ),
          ),
        )
    ).map((r) => r.id),
  );
  const addresses = await householdAddresses(
    conn,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ id: r.id, address: addresses.get(r.id) ?? '', label: r.label, paired: mine.has(r.id) }));
}
