import { and, asc, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import type { CoverageRowDto, RemindInput, RemindResultDto, UnregisteredMemberDto } from '#contracts/registration.js';
import { accounts, memberRegistrations, members, notifications, organizations, places, unitRegistrations } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import { Invalid } from '../../platform/errors.js';
import { notify } from '../../platform/notify.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { visiblePlace, withinScope } from '../../platform/scope.js';
import { householdAddresses } from '../people/index.js';
import { communityOfPath } from '../places/index.js';

/**
 * 报到覆盖: for each community in the caller's places, the members living there and how many of them
 * have an approved registration, and the units sitting there and how many have a confirmed one.
 */
export async function coverage(deps: AppDeps, caller: Caller, placeId?: number): Promise<CoverageRowDto[]> {
  const under = placeId ? (await visiblePlace(deps.db, caller, placeId)).path : caller.placePath;
  const communities = await deps.db
    .select({ id: places.id, name: places.name, path: places.path, parentId: places.parentId })
    .from(places)
    .where(and(withinScope(caller, places.path), like(places.path, `${under}%`), eq(places.kind, 'community'), isNull(places.retiredAt)))
    .orderBy(asc(places.code));
  if (!communities.length) return [];
  const streetIds = [...new Set(communities.flatMap((c) => c.parentId ?? []))];
  const streets = streetIds.length ? await deps.db.select({ id: places.id, name: places.name }).from(places).where(inArray(places.id, streetIds)) : [];
  const streetName = new Map(streets.map((s) => [s.id, s.name]));
  // One grouped query per measure: the community is a segment of the home place's path.
  const community = (await communityOfPath(deps.db, caller.countyCode))('p.path');
  const memberCounts = await deps.db.execute(sql`
    select ${community} as community_id, count(*)::int as members,
           count(*) filter (where exists (select 1 from ${memberRegistrations} r where r.member_id = m.id and r.status = 'approved'))::int as registered
    from ${members} m join places p on p.id = m.home_place_id
    where m.county_code = ${caller.countyCode} and p.path like ${`${under}%`}
    group by 1`);
  const unitCounts = await deps.db.execute(sql`
    select ${community} as community_id, count(*)::int as units,
           count(*) filter (where exists (select 1 from ${unitRegistrations} r where r.organization_id = o.id and r.status = 'confirmed'))::int as registered
    from ${organizations} o join places p on p.id = o.place_id
    where o.county_code = ${caller.countyCode} and p.path like ${`${under}%`}
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

const REMINDER = 'registration.reminder';
const REMIND_GAP_MS = 24 * 3600_000;

type Unregistered = UnregisteredMemberDto & { accountId: number | null; countyCode: string };

/** 漏报: the unit's members with no approved registration, for the secretary to remind. */
export async function unregisteredMembers(deps: AppDeps, caller: Caller): Promise<UnregisteredMemberDto[]> {
  return (await unregisteredOf(deps, caller)).map(({ accountId: _a, countyCode: _c, ...dto }) => dto);
}

async function unregisteredOf(deps: AppDeps, caller: Caller): Promise<Unregistered[]> {
  const lastReminded = sql<Date | null>`(select max(n.created_at) from ${notifications} n where n.account_id = ${accounts.id} and n.kind = ${REMINDER})`;
  const rows = await deps.db
    .select({
      id: members.id,
      name: members.name,
      phone: members.phoneMask,
      householdId: members.householdId,
      accountId: accounts.id,
      countyCode: members.countyCode,
      lastReminded,
    })
    .from(members)
    .leftJoin(accounts, eq(accounts.memberId, members.id))
    .where(
      and(
        eq(members.organizationId, caller.organizationId ?? -1),
        eq(members.status, 'active'),
        sql`not exists (select 1 from ${memberRegistrations} r where r.member_id = ${members.id} and r.status = 'approved')`,
      ),
    )
    .orderBy(asc(members.pinyin), asc(members.id));
  const addresses = await householdAddresses(
    deps.db,
    rows.flatMap((r) => r.householdId ?? []),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    phone: r.phone,
    home: r.householdId ? (addresses.get(r.householdId) ?? null) : null,
    hasAccount: r.accountId !== null,
    lastRemindedAt: r.lastReminded ? new Date(r.lastReminded).toISOString() : null,
    accountId: r.accountId,
    countyCode: r.countyCode,
  }));
}

/**
 * Reminds the chosen members (or everyone on the list) in the app. Members without an account are
 * counted for the printed list; anyone reminded in the last 24 hours is skipped, so a double click
 * does not send twice.
 */
export async function remindUnregistered(deps: AppDeps, caller: Caller, input: RemindInput): Promise<RemindResultDto> {
  const list = await unregisteredOf(deps, caller);
  const chosen = input.memberIds ? new Set(input.memberIds) : null;
  if (chosen && [...chosen].some((id) => !list.some((m) => m.id === id))) throw Invalid('registration.notOnList', 'memberIds');
  const targets = list.filter((m) => !chosen || chosen.has(m.id));
  const now = deps.clock().getTime();
  const due = targets.filter((m) => m.accountId !== null && !(m.lastRemindedAt && now - Date.parse(m.lastRemindedAt) < REMIND_GAP_MS));
  const [org] = await deps.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, caller.organizationId ?? -1));
  await deps.db.transaction(async (tx) => {
    await notify(
      tx,
      due.map((m) => ({ accountId: m.accountId ?? 0, countyCode: m.countyCode })),
      {
        kind: REMINDER,
        title: { 'zh-CN': '请到居住地社区报到', en: 'Please register at the community where you live' },
        body: {
          'zh-CN': `${org?.name ?? ''}党组织提醒：请扫描居住地社区的报到二维码完成个人报到`,
          en: `${org?.name ?? ''} reminds you: scan your home community's QR poster to register`,
        },
        link: '/m',
      },
    );
    await audit(tx, caller, { action: 'update', entity: 'member', summary: `提醒未报到党员 ${due.length} 人` });
  });
  const withoutAccount = targets.filter((m) => m.accountId === null).length;
  return { notified: due.length, withoutAccount, skipped: targets.length - due.length - withoutAccount };
}
