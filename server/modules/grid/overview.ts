import { and, asc, desc, eq, gte, inArray, isNull, like, max } from 'drizzle-orm';
import type { GridOverviewDto } from '#contracts/grid.js';
import { gridRoles, householdPairings, households, members, places, serviceOrders, visits } from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Invalid } from '../../platform/errors.js';
import { deepestIn, placesUnder, visiblePlace } from '../../platform/scope.js';
import { householdAddresses } from '../people/index.js';
import { beijingDay, dueVisits } from '../pairing/index.js';
import { presentRoles } from './roles.js';

const OPEN = ['submitted', 'dispatched', 'open', 'accepted'] as const;

/**
 * 网格页: a compound or grid with its people (roles), buildings, key households, who is paired with them,
 * which visits are overdue and the needs still open. Sized for a grid (hundreds of households).
 */
export async function gridOverview(deps: AppDeps, caller: Caller, placeId: number): Promise<GridOverviewDto> {
  const conn = deps.db;
  const place = await visiblePlace(conn, caller, placeId);
  if (place.kind !== 'grid' && place.kind !== 'compound') throw Invalid('grid.placeKind', 'id');
  const below = await conn
    .select({ id: places.id, name: places.name, kind: places.kind, path: places.path })
    .from(places)
    .where(and(like(places.path, `${place.path}%`), isNull(places.retiredAt)))
    .orderBy(asc(places.code));
  const pathOf = new Map(below.map((p) => [p.id, p.path]));
  const homes = await conn
    .select({ id: households.id, placeId: households.placeId, label: households.label, care: households.careCategories })
    .from(households)
    .where(inArray(households.placeId, placesUnder(conn, place.path)));
  const ids = homes.map((h) => h.id);
  const paired = ids.length
    ? await conn
        .select({ householdId: householdPairings.householdId, startDate: householdPairings.startDate, id: members.id, name: members.name })
        .from(householdPairings)
        .innerJoin(members, eq(members.id, householdPairings.memberId))
        .where(and(inArray(householdPairings.householdId, ids), isNull(householdPairings.endDate)))
    : [];
  const pairedOf = new Map<number, typeof paired>();
  for (const p of paired) pairedOf.set(p.householdId, [...(pairedOf.get(p.householdId) ?? []), p]);

  const keyHomes = homes.filter((h) => h.care.length > 0 && h.label !== 'vacant');
  const today = beijingDay(deps.clock());
  const since = new Date(Date.parse(`${today}T00:00:00+08:00`) - 75 * 86_400_000).toISOString().slice(0, 10);
  const seenRows = keyHomes.length
    ? await conn
        .select({ householdId: visits.householdId, date: visits.date })
        .from(visits)
        .where(
          and(
            inArray(
              visits.householdId,
              keyHomes.map((h) => h.id),
            ),
            gte(visits.date, since),
          ),
        )
    : [];
  const seen = new Map<number, string[]>();
  for (const v of seenRows) seen.set(v.householdId, [...(seen.get(v.householdId) ?? []), v.date]);
  const lastRows = keyHomes.length
    ? await conn
        .select({ householdId: visits.householdId, date: max(visits.date) })
        .from(visits)
        .where(
          inArray(
            visits.householdId,
            keyHomes.map((h) => h.id),
          ),
        )
        .groupBy(visits.householdId)
    : [];
  const lastVisit = new Map(lastRows.map((v) => [v.householdId, v.date]));
  const overdue = new Map(
    keyHomes.map((h) => {
      const start = pairedOf
        .get(h.id)
        ?.map((p) => p.startDate)
        .sort()[0];
      return [h.id, dueVisits({ key: true, visits: seen.get(h.id) ?? [], needs: [], today, since: start }).some((d) => d.overdue)];
    }),
  );

  const buildingIds = new Set(below.filter((p) => p.kind === 'building').map((p) => p.id));
  const tally = new Map<number, { households: number; key: number; covered: number; overdue: number }>();
  const byLabel: Record<string, number> = {};
  for (const h of homes) {
    byLabel[h.label] = (byLabel[h.label] ?? 0) + 1;
    const building = deepestIn(pathOf.get(h.placeId) ?? '', buildingIds);
    if (building === undefined) continue;
    const t = tally.get(building) ?? { households: 0, key: 0, covered: 0, overdue: 0 };
    t.households++;
    if (overdue.has(h.id)) {
      t.key++;
      if (pairedOf.has(h.id)) t.covered++;
      if (overdue.get(h.id)) t.overdue++;
    }
    tally.set(building, t);
  }

  const openOrders = ids.length
    ? await conn
        .select({
          id: serviceOrders.id,
          category: serviceOrders.category,
          status: serviceOrders.status,
          householdId: serviceOrders.householdId,
          at: serviceOrders.createdAt,
        })
        .from(serviceOrders)
        .where(and(inArray(serviceOrders.householdId, ids), inArray(serviceOrders.status, [...OPEN])))
        .orderBy(desc(serviceOrders.createdAt))
        .limit(50)
    : [];
  const addresses = await householdAddresses(conn, [...keyHomes.map((h) => h.id), ...openOrders.map((o) => o.householdId)]);
  const roles = await conn
    .select()
    .from(gridRoles)
    .where(and(inArray(gridRoles.placeId, [...pathOf.keys()]), isNull(gridRoles.endDate)))
    .orderBy(asc(gridRoles.role), asc(gridRoles.id));

  const load = new Map<number, { id: number; name: string; households: number }>();
  for (const p of paired) load.set(p.id, { id: p.id, name: p.name, households: (load.get(p.id)?.households ?? 0) + 1 });

  return {
    place: { id: place.id, name: place.name, kind: place.kind, path: place.path },
    roles: await presentRoles(conn, roles),
    households: { total: homes.length, byLabel, key: keyHomes.length, covered: keyHomes.filter((h) => pairedOf.has(h.id)).length },
    buildings: below
      .filter((p) => buildingIds.has(p.id))
      .map((b) => ({ id: b.id, name: b.name, ...(tally.get(b.id) ?? { households: 0, key: 0, covered: 0, overdue: 0 }) })),
    keyHouseholds: keyHomes
      .map((h) => ({
        household: { id: h.id, address: addresses.get(h.id) ?? '', label: h.label, care: h.care },
        members: (pairedOf.get(h.id) ?? []).map(({ id, name }) => ({ id, name })),
        lastVisit: lastVisit.get(h.id) ?? null,
        overdue: overdue.get(h.id) ?? false,
      }))
      .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.household.address.localeCompare(b.household.address, 'zh-CN')),
    pairedMembers: [...load.values()].sort((a, b) => b.households - a.households || a.name.localeCompare(b.name, 'zh-CN')),
    openOrders: openOrders.map((o) => ({
      id: o.id,
      category: o.category,
      status: o.status,
      address: addresses.get(o.householdId) ?? '',
      createdAt: o.at.toISOString(),
    })),
  };
}
