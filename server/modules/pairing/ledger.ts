import { and, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { CareCategory, HouseholdLabel } from '#contracts/labels.js';
import type { KeyHouseholdDto, KeyHouseholdsQuery, PairingCoverageRowDto } from '#contracts/pairing.js';
import { rowsOf } from '../../db/client.js';
import { accounts, householdPairings, households, members, places, serviceOrders, visits } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import { percentText, writeExport } from '../../platform/excel/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { deepestIn, placeNames, placesInScope, underPlace, visiblePlace, withinScope } from '../../platform/scope.js';
import { householdAddresses, visibleHousehold } from '../people/index.js';
import { beijingDay, dueVisits } from './cadence.js';

// 重点户台账, its 复核, and 包联覆盖 reports.

const KEY = sql`jsonb_array_length(${households.careCategories}) > 0`;

export async function keyHouseholds(deps: AppDeps, caller: Caller, q: KeyHouseholdsQuery): Promise<Page<KeyHouseholdDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [inArray(households.placeId, placesInScope(conn, caller)), KEY];
  if (q.placeId) where.push(await underPlace(conn, caller, households.placeId, q.placeId));
  if (q.care) where.push(sql`${households.careCategories} ? ${q.care}`);
  const live = sql`exists (select 1 from ${householdPairings} p where p.household_id = ${households.id} and p.end_date is null)`;
  if (q.covered === 'true') where.push(live);
  if (q.covered === 'false') where.push(sql`not ${live}`);
  if (q.q) where.push(sql`${households.doorNo} like ${`%${q.q}%`}`);
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(households).where(filter);
  const rows = await conn
    .select({ h: households, verifier: accounts.displayName })
    .from(households)
    .leftJoin(accounts, eq(accounts.id, households.verifiedBy))
    .where(filter)
    .orderBy(asc(households.placeId), asc(households.doorNo))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const ids = rows.map((r) => r.h.id);
  if (!ids.length) return { items: [], total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
  const paired = await conn
    .select({ householdId: householdPairings.householdId, id: members.id, name: members.name })
    .from(householdPairings)
    .innerJoin(members, eq(members.id, householdPairings.memberId))
    .where(and(inArray(householdPairings.householdId, ids), isNull(householdPairings.endDate)));
  const last = new Map(
    (
      await conn
        .select({ id: visits.householdId, date: sql<string>`max(${visits.date})` })
        .from(visits)
        .where(inArray(visits.householdId, ids))
        .groupBy(visits.householdId)
    ).map((v) => [v.id, v.date]),
  );
  const open = new Map(
    (
      await conn
        .select({ id: serviceOrders.householdId, n: count() })
        .from(serviceOrders)
        .where(and(inArray(serviceOrders.householdId, ids), inArray(serviceOrders.status, ['submitted', 'dispatched', 'open', 'accepted'])))
        .groupBy(serviceOrders.householdId)
    ).map((o) => [o.id, o.n]),
  );
  const addresses = await householdAddresses(conn, ids);
  return {
    items: rows.map(({ h, verifier }) => ({
      household: { id: h.id, address: addresses.get(h.id) ?? '', label: h.label, care: h.careCategories },
      members: paired.filter((p) => p.householdId === h.id).map(({ id, name }) => ({ id, name })),
      lastVisit: last.get(h.id) ?? null,
      openNeeds: open.get(h.id) ?? 0,
      verifiedAt: h.verifiedAt?.toISOString() ?? null,
      verifiedBy: verifier,
    })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * 复核: confirms or corrects a household's label and care categories, with who and when. A household
 * that becomes vacant keeps its pairings' history; the live ones end, as nobody is there to visit.
 */
export async function verifyHousehold(deps: AppDeps, caller: Caller, id: number, input: { label: HouseholdLabel; care: CareCategory[] }) {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const home = await visibleHousehold(tx, caller, id);
    await tx
      .update(households)
      .set({ label: input.label, careCategories: input.care, verifiedAt: now, verifiedBy: caller.accountId, updatedAt: now })
      .where(eq(households.id, home.id));
    if (input.label === 'vacant') {
      await tx
        .update(householdPairings)
        .set({ endDate: beijingDay(now), endReason: '复核为空置户' })
        .where(and(eq(householdPairings.householdId, home.id), isNull(householdPairings.endDate)));
    }
    await audit(tx, caller, { action: 'update', entity: 'household', entityId: home.id, summary: `复核户标识：${input.label}` });
  });
}

/**
 * 包联覆盖: key households, covered by a live pairing, and owing an overdue visit or not — one row per
 * community, or per grid (households outside any grid count on their community's row).
 */
export async function pairingCoverage(
  deps: AppDeps,
  caller: Caller,
  q: { placeId?: number | undefined; by: 'community' | 'grid' },
): Promise<PairingCoverageRowDto[]> {
  const conn = deps.db;
  const under = q.placeId ? (await visiblePlace(conn, caller, q.placeId)).path : caller.placePath;
  const homes = rowsOf(
    await conn.execute(sql`
      select h.id, p.path,
        exists (select 1 from ${householdPairings} hp where hp.household_id = h.id and hp.end_date is null) as covered,
        (select hp.start_date from ${householdPairings} hp where hp.household_id = h.id and hp.end_date is null order by hp.start_date limit 1) as since
      from ${households} h join ${places} p on p.id = h.place_id
      where h.county_code = ${caller.countyCode} and p.path like ${`${under}%`} and jsonb_array_length(h.care_categories) > 0 and h.label <> 'vacant'`),
  );
  const today = beijingDay(deps.clock());
  const from = new Date(Date.parse(`${today}T00:00:00+08:00`) - 75 * 86_400_000).toISOString().slice(0, 10);
  const ids = homes.map((h) => Number(h.id));
  const seen = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i += 5000) {
    const batch = ids.slice(i, i + 5000);
    for (const v of await conn
      .select({ id: visits.householdId, date: visits.date })
      .from(visits)
      .where(and(inArray(visits.householdId, batch), sql`${visits.date} >= ${from}`))) {
      seen.set(v.id, [...(seen.get(v.id) ?? []), v.date]);
    }
  }
  const areas = await conn
    .select({ id: places.id, name: places.name, kind: places.kind, parentId: places.parentId, path: places.path })
    .from(places)
    .where(
      and(
        withinScope(caller, places.path),
        sql`${places.path} like ${`${under}%`}`,
        inArray(places.kind, q.by === 'grid' ? ['community', 'grid'] : ['community']),
        isNull(places.retiredAt),
      ),
    )
    .orderBy(asc(places.code));
  const areaIds = new Set(areas.map((a) => a.id));
  const tally = new Map<number, { key: number; covered: number; onTime: number; overdue: number }>();
  for (const h of homes) {
    const area = deepestIn(String(h.path), areaIds);
    if (area === undefined) continue;
    const row = tally.get(area) ?? { key: 0, covered: 0, onTime: 0, overdue: 0 };
    row.key++;
    if (h.covered) row.covered++;
    const since = h.since ? String(h.since).slice(0, 10) : undefined;
    const late = dueVisits({ key: true, visits: seen.get(Number(h.id)) ?? [], needs: [], today, since }).some((d) => d.overdue);
    if (late) row.overdue++;
    else row.onTime++;
    tally.set(area, row);
  }
  const communities = areas.filter((a) => a.kind === 'community');
  const communityOfArea = (a: (typeof areas)[number]) => communities.find((c) => a.path.startsWith(c.path));
  const streets = await placeNames(
    conn,
    communities.flatMap((c) => c.parentId ?? []),
  );
  // Grids repeat their names from compound to compound (第1网格), so a grid row carries its compound's.
  const communityIds = new Set(communities.map((c) => c.id));
  const compounds = await placeNames(
    conn,
    areas.flatMap((a) => (a.kind === 'grid' && a.parentId && !communityIds.has(a.parentId) ? [a.parentId] : [])),
  );
  const nameOf = (a: (typeof areas)[number]) => {
    const compound = a.kind === 'grid' && a.parentId ? compounds.get(a.parentId) : undefined;
    return compound ? `${compound} ${a.name}` : a.name;
  };
  return areas.flatMap((a) => {
    const r = tally.get(a.id) ?? { key: 0, covered: 0, onTime: 0, overdue: 0 };
    // A community split into grids shows its own row only for households outside every grid.
    if (q.by === 'grid' && a.kind === 'community' && r.key === 0 && areas.some((g) => g.kind === 'grid' && g.path.startsWith(a.path))) return [];
    const community = communityOfArea(a);
    return [
      {
        place: { id: a.id, name: nameOf(a) },
        kind: a.kind === 'grid' ? ('grid' as const) : ('community' as const),
        street: (community?.parentId && streets.get(community.parentId)) || '',
        community: community?.name ?? '',
        keyHouseholds: r.key,
        covered: r.covered,
        onTime: r.onTime,
        overdue: r.overdue,
      },
    ];
  });
}

export async function exportPairingCoverage(deps: AppDeps, caller: Caller, q: { placeId?: number | undefined; by: 'community' | 'grid' }) {
  const rows = await pairingCoverage(deps, caller, q);
  const at = deps.clock();
  const file = await writeExport({
    title: '包联覆盖情况',
    stamp: { by: caller.displayName, at },
    columns: ['街道（乡镇）', '社区', ...(q.by === 'grid' ? ['网格'] : []), '重点户', '已包联', '包联率', '按时走访', '走访超期', '按时率'].map((header) => ({
      header,
    })),
    rows: rows.map((r) => [
      r.street,
      r.community,
      ...(q.by === 'grid' ? [r.kind === 'grid' ? r.place.name : '（未划网格）'] : []),
      r.keyHouseholds,
      r.covered,
      percentText(r.covered, r.keyHouseholds),
      r.onTime,
      r.overdue,
      percentText(r.onTime, r.keyHouseholds),
    ]),
  });
  await audit(deps.db, caller, { action: 'export', entity: 'pairing', summary: `导出包联覆盖 ${rows.length} 条` });
  return { file, name: `包联覆盖情况-${at.toISOString().slice(0, 10)}.xlsx` };
}
