import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { CoverageRowDto, UnregisteredMemberDto } from '#contracts/registration.js';
import { memberRegistrations, members, organizations, places, unitRegistrations } from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { withinScope } from '../../platform/scope.js';
import { householdAddresses } from '../people/index.js';

/**
 * 报到覆盖: for each community in the caller's places, the members living there and how many of them
 * have an approved registration, and the units sitting there and how many have a confirmed one.
 */
export async function coverage(deps: AppDeps, caller: Caller): Promise<CoverageRowDto[]> {
  const communities = await deps.db
    .select({ id: places.id, name: places.name, path: places.path, parentId: places.parentId })
    .from(places)
    .where(and(withinScope(caller, places.path), eq(places.kind, 'community'), isNull(places.retiredAt)))
    .orderBy(asc(places.code));
  if (!communities.length) return [];
  const streetIds = [...new Set(communities.flatMap((c) => c.parentId ?? []))];
  const streets = streetIds.length ? await deps.db.select({ id: places.id, name: places.name }).from(places).where(inArray(places.id, streetIds)) : [];
  const streetName = new Map(streets.map((s) => [s.id, s.name]));
  // One grouped query per measure: the community is the path prefix of the member's home place.
  const community = sql<number>`(select c.id from places c where c.kind = 'community' and p.path like c.path || '%' limit 1)`;
  const memberCounts = await deps.db.execute(sql`
    select ${community} as community_id, count(*)::int as members,
           count(*) filter (where exists (select 1 from ${memberRegistrations} r where r.member_id = m.id and r.status = 'approved'))::int as registered
    from ${members} m join places p on p.id = m.home_place_id
    where m.county_code = ${caller.countyCode} and p.path like ${`${caller.placePath}%`}
    group by 1`);
  const unitCounts = await deps.db.execute(sql`
    select ${community} as community_id, count(*)::int as units,
           count(*) filter (where exists (select 1 from ${unitRegistrations} r where r.organization_id = o.id and r.status = 'confirmed'))::int as registered
    from ${organizations} o join places p on p.id = o.place_id
    where o.county_code = ${caller.countyCode} and p.path like ${`${caller.placePath}%`}
    group by 1`);
  const byCommunity = (result: unknown, a: string, b: string) =>
    new Map(rowsOf(result).map((r) => [Number(r.community_id), [Number(r[a]), Number(r[b])] as const]));
  const m = byCommunity(memberCounts, 'members', 'registered');
  const u = byCommunity(unitCounts, 'units', 'registered');
  return communities.map((c) => ({
    place: { id: c.id, name: c.name },
    street: (c.parentId && streetName.get(c.parentId)) || '',
    members: m.get(c.id)?.[0] ?? 0,
    membersRegistered: m.get(c.id)?.[1] ?? 0,
    units: u.get(c.id)?.[0] ?? 0,
    unitsRegistered: u.get(c.id)?.[1] ?? 0,
  }));
}

/** 漏报: the unit's members with no approved registration, for the secretary to remind. */
export async function unregisteredMembers(deps: AppDeps, caller: Caller): Promise<UnregisteredMemberDto[]> {
  const rows = await deps.db
    .select({ id: members.id, name: members.name, phone: members.phoneMask, householdId: members.householdId })
    .from(members)
    .where(
      and(
        eq(members.organizationId, caller.organizationId ?? -1),
        eq(members.status, 'active'),
        sql`not exists (select 1 from ${memberRegistrations} r where r.member_id = ${members.id} and r.status = 'approved')`,
      ),
    )
    .orderBy(asc(members.pinyin));
  const addresses = await householdAddresses(
    deps.db,
    rows.flatMap((r) => r.householdId ?? []),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, phone: r.phone, home: r.householdId ? (addresses.get(r.householdId) ?? null) : null }));
}

/** Both drivers answer a raw query with `{ rows }`. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  return result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows) ? result.rows : [];
}
