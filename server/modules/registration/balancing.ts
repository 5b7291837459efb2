import { and, asc, eq, ilike, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { CareCategory, TalentClass } from '#contracts/labels.js';
import type { ApplyBalanceInput, AssignmentDto, BalanceDto } from '#contracts/registration.js';
import { type Conn, rowsOf } from '../../db/client.js';
import { organizations, places, unitAssignments, unitRegistrations } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, NotFound } from '../../platform/errors.js';
import { notify, unitSecretaries } from '../../platform/notify.js';
import { escapeLike, placeNames, placesInScope, visiblePlace, withinScope } from '../../platform/scope.js';
import { visibleOrganization } from '../people/index.js';
import { communityOfPath } from '../places/index.js';
import { type BalanceCommunity, type BalanceUnit, suggest } from './balance.js';

/** The balance view: each community's load and flag, and each unit's best communities with reasons. */
export async function balance(deps: AppDeps, caller: Caller, q: { placeId?: number | undefined; q: string }): Promise<BalanceDto> {
  const conn = deps.db;
  const county = caller.countyCode;
  const scope = `${caller.placePath}%`;
  const communityOf = await communityOfPath(conn, county);
  const communityRows = await conn
    .select({ id: places.id, name: places.name, parentId: places.parentId })
    .from(places)
    .where(and(withinScope(caller, places.path), eq(places.kind, 'community'), isNull(places.retiredAt)))
    .orderBy(asc(places.code));
  const streetIds = [...new Set(communityRows.flatMap((c) => c.parentId ?? []))];
  const streets = new Map(
    (streetIds.length ? await conn.select({ id: places.id, name: places.name }).from(places).where(inArray(places.id, streetIds)) : []).map((s) => [
      s.id,
      s.name,
    ]),
  );
  const households = new Map(
    rowsOf(
      await conn.execute(sql`
        select ${communityOf('p.path')} as community_id, count(*)::int as n
        from households h join places p on p.id = h.place_id
        where h.county_code = ${county} and p.path like ${scope} group by 1`),
    ).map((r) => [Number(r.community_id), Number(r.n)]),
  );
  const care = new Map<number, Partial<Record<CareCategory, number>>>();
  for (const r of rowsOf(
    await conn.execute(sql`
      select ${communityOf('p.path')} as community_id, c.category, count(*)::int as n
      from households h join places p on p.id = h.place_id, jsonb_array_elements_text(h.care_categories) c(category)
      where h.county_code = ${county} and p.path like ${scope} group by 1, 2`),
  )) {
    const entry = care.get(Number(r.community_id)) ?? {};
    entry[r.category as CareCategory] = Number(r.n);
    care.set(Number(r.community_id), entry);
  }
  const registered = new Map(
    rowsOf(
      await conn.execute(sql`
        select place_id, count(*)::int as n from member_registrations
        where county_code = ${county} and status = 'approved' group by 1`),
    ).map((r) => [Number(r.place_id), Number(r.n)]),
  );
  const communities: BalanceCommunity[] = communityRows.map((c) => ({
    id: c.id,
    name: c.name,
    streetId: c.parentId ?? 0,
    street: (c.parentId && streets.get(c.parentId)) || '',
    households: households.get(c.id) ?? 0,
    care: care.get(c.id) ?? {},
    registeredMembers: registered.get(c.id) ?? 0,
  }));

  const units = await unitsOf(conn, caller, q);
  const result = suggest(communities, units);
  const names = new Map(communityRows.map((c) => [c.id, c.name]));
  const ref = (id: number) => ({ id, name: names.get(id) ?? '' });
  return {
    medianLoad: result.median,
    communities: result.rows.map((c) => ({
      place: { id: c.id, name: c.name },
      street: c.street,
      households: c.households,
      keyHouseholds: c.keyHouseholds,
      registeredMembers: c.registeredMembers,
      registeredUnits: c.registeredUnits,
      load: c.load,
      flag: c.flag,
    })),
    suggestions: result.suggestions.map((s) => ({
      organization: { id: s.unit.id, name: s.unit.name },
      home: ref(s.unit.homeId),
      registeredAt: s.unit.registeredAt.map(ref),
      assignedTo: s.unit.assignedTo.map(ref),
      crowded: s.crowded,
      candidates: s.candidates.map((c) => ({
        place: { id: c.community.id, name: c.community.name },
        street: c.community.street,
        score: c.score,
        reasons: c.reasons,
      })),
    })),
  };
}

/** The units sitting in the caller's places (or under placeId), with their members' talents and where they registered. */
async function unitsOf(conn: Conn, caller: Caller, q: { placeId?: number | undefined; q: string }): Promise<BalanceUnit[]> {
  const under = q.placeId ? (await visiblePlace(conn, caller, q.placeId)).path : caller.placePath;
  const text = q.q ? `%${escapeLike(q.q)}%` : null;
  const orgs = await conn
    .select({ id: organizations.id, name: organizations.name, industry: organizations.industry, placeId: organizations.placeId })
    .from(organizations)
    .innerJoin(places, eq(places.id, organizations.placeId))
    .where(
      and(
        eq(organizations.countyCode, caller.countyCode),
        like(places.path, `${under}%`),
        text ? or(ilike(organizations.name, text), like(organizations.pinyin, `%${q.q.toLowerCase()}%`)) : undefined,
      ),
    )
    .orderBy(asc(organizations.pinyin));
  if (!orgs.length) return [];
  const ids = orgs.map((o) => o.id);
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const memberCounts = new Map(
    rowsOf(
      await conn.execute(sql`select organization_id, count(*)::int as n from members where status = 'active' and organization_id in (${idList}) group by 1`),
    ).map((r) => [Number(r.organization_id), Number(r.n)]),
  );
  const talents = new Map<number, Partial<Record<TalentClass, number>>>();
  for (const r of rowsOf(
    await conn.execute(sql`
      select m.organization_id, t.talent, count(*)::int as n
      from members m, jsonb_array_elements_text(m.talents) t(talent)
      where m.status = 'active' and m.organization_id in (${idList}) group by 1, 2`),
  )) {
    const entry = talents.get(Number(r.organization_id)) ?? {};
    entry[r.talent as TalentClass] = Number(r.n);
    talents.set(Number(r.organization_id), entry);
  }
  const live = await conn
    .select({ organizationId: unitRegistrations.organizationId, placeId: unitRegistrations.placeId })
    .from(unitRegistrations)
    .where(and(inArray(unitRegistrations.organizationId, ids), inArray(unitRegistrations.status, ['submitted', 'confirmed'])));
  const assigned = await conn
    .select({ organizationId: unitAssignments.organizationId, placeId: unitAssignments.placeId })
    .from(unitAssignments)
    .where(inArray(unitAssignments.organizationId, ids));
  const placesOf = (rows: { organizationId: number; placeId: number }[], id: number) => rows.filter((r) => r.organizationId === id).map((r) => r.placeId);
  return orgs.map((o) => ({
    id: o.id,
    name: o.name,
    industry: o.industry,
    homeId: o.placeId,
    memberCount: memberCounts.get(o.id) ?? 0,
    talents: talents.get(o.id) ?? {},
    registeredAt: placesOf(live, o.id),
    assignedTo: placesOf(assigned, o.id),
  }));
}

/** The org department (or a street) asks a unit to register at a community; the unit's secretary is told. */
export async function assignUnit(deps: AppDeps, caller: Caller, input: ApplyBalanceInput): Promise<AssignmentDto> {
  const row = await deps.db.transaction(async (tx) => {
    const org = await visibleOrganization(tx, caller, input.organizationId);
    const community = await visiblePlace(tx, caller, input.placeId);
    if (community.kind !== 'community' || community.retiredAt) throw NotFound('community');
    const [there] = await tx
      .select({ id: unitRegistrations.id })
      .from(unitRegistrations)
      .where(
        and(
          eq(unitRegistrations.organizationId, org.id),
          eq(unitRegistrations.placeId, community.id),
          inArray(unitRegistrations.status, ['submitted', 'confirmed']),
        ),
      )
      .limit(1);
    if (there) throw Conflict('registration.alreadyThere', {}, 'placeId');
    const [inserted] = await tx
      .insert(unitAssignments)
      .values({ countyCode: caller.countyCode, organizationId: org.id, placeId: community.id, reason: input.reason, assignedBy: caller.accountId })
      .onConflictDoNothing()
      .returning();
    if (!inserted) throw Conflict('registration.alreadyAssigned', {}, 'placeId');
    await notify(tx, await unitSecretaries(tx, [org.id]), {
      kind: 'registration.assigned',
      title: { 'zh-CN': '请到新的社区报到', en: 'Please register at another community' },
      body: {
        'zh-CN': `组织部门安排贵单位到${community.name}报到${input.reason ? `：${input.reason}` : ''}`,
        en: `Your unit is asked to register at ${community.name}${input.reason ? `: ${input.reason}` : ''}`,
      },
      link: '/registrations/units',
    });
    await audit(tx, caller, { action: 'create', entity: 'assignment', entityId: inserted.id, summary: `安排 ${org.name} 到${community.name}报到` });
    return inserted;
  });
  const [dto] = await presentAssignments(deps.db, [row]);
  if (!dto) throw NotFound('assignment');
  return dto;
}

export async function listAssignments(deps: AppDeps, caller: Caller): Promise<AssignmentDto[]> {
  const visible =
    caller.role === 'unitSecretary'
      ? eq(unitAssignments.organizationId, caller.organizationId ?? -1)
      : inArray(unitAssignments.placeId, placesInScope(deps.db, caller));
  const rows = await deps.db.select().from(unitAssignments).where(visible).orderBy(asc(unitAssignments.createdAt));
  return presentAssignments(deps.db, rows);
}

/** Whether the unit may register at the community: where it sits, or where it was assigned. */
export async function mayRegisterAt(conn: Conn, organizationId: number, placeId: number): Promise<boolean> {
  const [home] = await conn
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.id, organizationId), eq(organizations.placeId, placeId)));
  if (home) return true;
  const [assigned] = await conn
    .select({ id: unitAssignments.id })
    .from(unitAssignments)
    .where(and(eq(unitAssignments.organizationId, organizationId), eq(unitAssignments.placeId, placeId)));
  return assigned !== undefined;
}

async function presentAssignments(conn: Conn, rows: (typeof unitAssignments.$inferSelect)[]): Promise<AssignmentDto[]> {
  if (!rows.length) return [];
  const orgs = new Map(
    (
      await conn
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, [...new Set(rows.map((r) => r.organizationId))]))
    ).map((o) => [o.id, o.name]),
  );
  const names = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  return rows.map((r) => ({
    id: r.id,
    organization: { id: r.organizationId, name: orgs.get(r.organizationId) ?? '' },
    place: { id: r.placeId, name: names.get(r.placeId) ?? '' },
    reason: r.reason,
    assignedAt: r.createdAt.toISOString(),
  }));
}
