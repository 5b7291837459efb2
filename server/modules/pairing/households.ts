import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { CareCategory } from '#contracts/labels.js';
import type { HouseholdPairingDto, HouseholdPairingInput, ListPairingsQuery, SuggestionsDto } from '#contracts/pairing.js';
import type { Conn, Tx } from '../../db/client.js';
import { accounts, householdPairings, households, members, places, visits } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { notify } from '../../platform/notify.js';
import { placesInScope, underPlace, visiblePlace } from '../../platform/scope.js';
import { householdAddresses, visibleHousehold, memberNames } from '../people/index.js';
import { communityOf } from '../places/index.js';
import { membersServing as membersOfCommunity } from '../service/index.js';
import { capOf, countyRules } from './rules.js';
import { beijingDay, dueVisits } from './cadence.js';
import { suggestPairings } from './suggest.js';

// 党员联系户: pairings of members with households, made by the community, suggested in bulk.

type Row = typeof householdPairings.$inferSelect;
const liveLoad = (conn: Conn, memberIds: number[]) =>
  memberIds.length
    ? conn
        .select({ memberId: householdPairings.memberId, n: count() })
        .from(householdPairings)
        .where(and(inArray(householdPairings.memberId, memberIds), isNull(householdPairings.endDate)))
        .groupBy(householdPairings.memberId)
    : Promise.resolve([]);

async function present(conn: Conn, rows: Row[]): Promise<HouseholdPairingDto[]> {
  if (!rows.length) return [];
  const names = await memberNames(
    conn,
    rows.map((r) => r.memberId),
  );
  const homes = new Map(
    (
      await conn
        .select({ id: households.id, label: households.label, care: households.careCategories })
        .from(households)
        .where(inArray(households.id, [...new Set(rows.map((r) => r.householdId))]))
    ).map((h) => [h.id, h]),
  );
  const addresses = await householdAddresses(
    conn,
    rows.map((r) => r.householdId),
  );
  return rows.map((r) => ({
    id: r.id,
    member: { id: r.memberId, name: names.get(r.memberId) ?? '' },
    household: {
      id: r.householdId,
      address: addresses.get(r.householdId) ?? '',
      label: homes.get(r.householdId)?.label ?? 'resident',
      care: homes.get(r.householdId)?.care ?? [],
    },
    startDate: r.startDate,
    endDate: r.endDate,
    endReason: r.endReason,
  }));
}

/** Admins and grid workers see pairings of households in their places; a member their own. */
function visibility(conn: Conn, caller: Caller): SQL {
  if (caller.role === 'member') return eq(householdPairings.memberId, caller.memberId ?? -1);
  return inArray(
    householdPairings.householdId,
    conn
      .select({ id: households.id })
      .from(households)
      .where(inArray(households.placeId, placesInScope(conn, caller))),
  );
}

async function pairOne(tx: Tx, caller: Caller, input: { memberId: number; householdId: number; startDate: string }, cap: number) {
  const household = await visibleHousehold(tx, caller, input.householdId);
  if (household.label === 'vacant') throw Invalid('pairing.vacant', 'householdId');
  const community = await communityOf(tx, household.placeId);
  if (!community) throw NotFound('community');
  const [member] = await tx
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(and(eq(members.id, input.memberId), eq(members.status, 'active'), membersOfCommunity(tx, community)));
  if (!member) throw Invalid('pairing.memberElsewhere', 'memberId');
  const [load] = await liveLoad(tx, [member.id]);
  if ((load?.n ?? 0) >= cap) throw Conflict('pairing.cap', { cap }, 'memberId');
  const [inserted] = await tx
    .insert(householdPairings)
    .values({ countyCode: caller.countyCode, memberId: member.id, householdId: household.id, startDate: input.startDate, createdBy: caller.accountId })
    .onConflictDoNothing()
    .returning();
  if (!inserted) throw Conflict('pairing.duplicate', {}, 'householdId');
  return inserted;
}

export async function pairHousehold(deps: AppDeps, caller: Caller, input: HouseholdPairingInput): Promise<HouseholdPairingDto> {
  const startDate = input.startDate ?? beijingDay(deps.clock());
  const row = await deps.db.transaction(async (tx) => {
    const created = await pairOne(tx, caller, { ...input, startDate }, await capOf(tx, caller.countyCode));
    await tellMember(tx, [created]);
    await audit(tx, caller, { action: 'create', entity: 'pairing', entityId: created.id, summary: '党员联系户结对' });
    return created;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('pairing');
  return dto;
}

async function tellMember(tx: Tx, rows: Row[]) {
  const recipients = await tx
    .select({ accountId: accounts.id, countyCode: accounts.countyCode })
    .from(accounts)
    .where(
      inArray(
        accounts.memberId,
        rows.map((r) => r.memberId),
      ),
    );
  await notify(tx, recipients, {
    kind: 'pairing.created',
    title: { 'zh-CN': '您有新的联系户', en: 'You have a household to look after' },
    body: { 'zh-CN': '请按时走访，有需求及时反映', en: 'Visit on time and pass on what they need' },
    link: '/m/visits',
  });
}

/** Visits owed and overdue under a live pairing: ending it lets them lapse, so the caller is told first. */
async function overdueUnder(tx: Tx, deps: AppDeps, pairing: Row): Promise<number> {
  const [home] = await tx.select({ care: households.careCategories }).from(households).where(eq(households.id, pairing.householdId));
  const seen = await tx.select({ date: visits.date }).from(visits).where(eq(visits.householdId, pairing.householdId));
  return dueVisits({
    key: (home?.care.length ?? 0) > 0,
    visits: seen.map((v) => v.date),
    needs: [],
    today: beijingDay(deps.clock()),
    since: pairing.startDate,
  }).filter((d) => d.overdue).length;
}

export async function endPairing(deps: AppDeps, caller: Caller, id: number, reason: string, force = false): Promise<HouseholdPairingDto> {
  const row = await deps.db.transaction(async (tx) => {
    const [live] = await tx
      .select()
      .from(householdPairings)
      .where(and(eq(householdPairings.id, id), isNull(householdPairings.endDate), visibility(tx, caller)));
    if (!live) throw NotFound('pairing');
    const overdue = force ? 0 : await overdueUnder(tx, deps, live);
    if (overdue) throw Conflict('pairing.openVisits', { count: overdue });
    const [ended] = await tx
      .update(householdPairings)
      .set({ endDate: beijingDay(deps.clock()), endReason: reason })
      .where(and(eq(householdPairings.id, id), isNull(householdPairings.endDate), visibility(tx, caller)))
      .returning();
    if (!ended) throw NotFound('pairing');
    await audit(tx, caller, { action: 'update', entity: 'pairing', entityId: id, summary: `结束结对：${reason}` });
    return ended;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('pairing');
  return dto;
}

export async function listPairings(deps: AppDeps, caller: Caller, q: ListPairingsQuery): Promise<Page<HouseholdPairingDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [visibility(conn, caller), q.active === 'true' ? isNull(householdPairings.endDate) : undefined];
  if (q.memberId) where.push(eq(householdPairings.memberId, q.memberId));
  if (q.householdId) where.push(eq(householdPairings.householdId, q.householdId));
  if (q.placeId) {
    const under = await underPlace(conn, caller, households.placeId, q.placeId);
    where.push(inArray(householdPairings.householdId, conn.select({ id: households.id }).from(households).where(under)));
  }
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(householdPairings).where(filter);
  const rows = await conn
    .select()
    .from(householdPairings)
    .where(filter)
    .orderBy(desc(householdPairings.startDate), desc(householdPairings.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** Suggested pairings for a community's key households that have nobody yet. */
export async function suggestions(deps: AppDeps, caller: Caller, placeId: number): Promise<SuggestionsDto> {
  const conn = deps.db;
  const community = await visiblePlace(conn, caller, placeId);
  if (community.kind !== 'community') throw Invalid('post.communityOnly', 'placeId');
  const { maxHouseholdsPerMember: cap, priorityCare } = await countyRules(conn, caller.countyCode);
  const homes = await conn
    .select({ id: households.id, path: places.path, care: households.careCategories })
    .from(households)
    .innerJoin(places, eq(places.id, households.placeId))
    .where(
      and(
        sql`${places.path} like ${`${community.path}%`}`,
        sql`jsonb_array_length(${households.careCategories}) > 0`,
        sql`${households.label} <> 'vacant'`,
        sql`not exists (select 1 from ${householdPairings} p where p.household_id = ${households.id} and p.end_date is null)`,
      ),
    );
  const candidates = await conn
    .select({ id: members.id, name: members.name, talents: members.talents, path: places.path })
    .from(members)
    .leftJoin(places, eq(places.id, members.homePlaceId))
    .where(and(eq(members.status, 'active'), membersOfCommunity(conn, community)));
  const loads = new Map(
    (
      await liveLoad(
        conn,
        candidates.map((c) => c.id),
      )
    ).map((l) => [l.memberId, l.n]),
  );
  const result = suggestPairings(
    homes.map((h) => ({ id: h.id, path: h.path, care: h.care as CareCategory[] })),
    candidates.map((c) => ({ id: c.id, path: c.path, talents: c.talents, load: loads.get(c.id) ?? 0 })),
    { cap, communityDepth: community.depth, priority: priorityCare },
  );
  const addresses = await householdAddresses(
    conn,
    homes.map((h) => h.id),
  );
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  const care = new Map(homes.map((h) => [h.id, h.care]));
  return {
    pairs: result.pairs.map((p) => ({
      household: { id: p.householdId, address: addresses.get(p.householdId) ?? '', care: care.get(p.householdId) ?? [] },
      member: { id: p.memberId, name: names.get(p.memberId) ?? '' },
      score: p.score,
      reasons: p.reasons,
    })),
    uncovered: result.uncovered.map((id) => ({ id, address: addresses.get(id) ?? '' })),
    cap,
    members: candidates.length,
  };
}

/** Accepts all, some or none of the suggestions; any that can no longer be made (taken, at the cap) are skipped. */
export async function acceptSuggestions(deps: AppDeps, caller: Caller, pairs: { householdId: number; memberId: number }[]) {
  const startDate = beijingDay(deps.clock());
  return deps.db.transaction(async (tx) => {
    const cap = await capOf(tx, caller.countyCode);
    const made: Row[] = [];
    let skipped = 0;
    for (const p of pairs) {
      // Each in a savepoint, so one refused pair leaves the others standing.
      try {
        made.push(await tx.transaction((inner) => pairOne(inner, caller, { ...p, startDate }, cap)));
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        skipped++;
      }
    }
    if (made.length) await tellMember(tx, made);
    await audit(tx, caller, { action: 'create', entity: 'pairing', summary: `采纳结对建议 ${made.length} 对` });
    return { created: made.length, skipped };
  });
}
