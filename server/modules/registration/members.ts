import { and, count, desc, eq, inArray, like, ne, type SQL } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type {
  CommunityCardDto,
  IdentifyInput,
  ListMemberRegistrationsQuery,
  MemberRegistrationDto,
  MemberRegistrationInput,
  TicketDto,
} from '#contracts/registration.js';
import type { Conn } from '../../db/client.js';
import { accounts, households, memberRegistrations, members, places } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, NotFound } from '../../platform/errors.js';
import { notify } from '../../platform/notify.js';
import { visiblePlace, withinScope } from '../../platform/scope.js';
import { findMemberByIdentity, householdAddresses, householdsUnder, setMemberHome } from '../people/index.js';
import { issueTicket, readTicket, TICKET_MINUTES } from './ticket.js';

type Row = typeof memberRegistrations.$inferSelect;

/** The community a QR poster names: active and a community, else one clear answer. */
async function openCommunity(conn: Conn, id: number) {
  const [community] = await conn.select().from(places).where(eq(places.id, id)).limit(1);
  if (community?.kind !== 'community') throw NotFound('community');
  if (community.retiredAt) throw new DomainError(409, 'registration.communityRetired', { name: community.name });
  return community;
}

export async function communityCard(deps: AppDeps, id: number): Promise<CommunityCardDto> {
  const community = await openCommunity(deps.db, id);
  const ids = community.path.split('/').filter(Boolean).map(Number);
  const above = await deps.db.select({ kind: places.kind, name: places.name }).from(places).where(inArray(places.id, ids));
  return {
    id: community.id,
    name: community.name,
    street: above.find((p) => p.kind === 'street')?.name ?? '',
    county: above.find((p) => p.kind === 'county')?.name ?? '',
  };
}

/** A community in the caller's places whose poster they may print. */
export async function posterCommunity(deps: AppDeps, caller: Caller, id: number): Promise<CommunityCardDto> {
  const place = await visiblePlace(deps.db, caller, id);
  if (place.kind !== 'community') throw NotFound('community');
  return communityCard(deps, id);
}

/**
 * Name + phone + last six of the ID against the roster. Every mismatch gets the same answer, so the
 * page cannot be used to learn who is on the roster; the route is rate-limited.
 */
export async function identify(deps: AppDeps, input: IdentifyInput): Promise<TicketDto> {
  const community = await communityCard(deps, input.communityId);
  const member = await findMemberByIdentity(deps.db, deps, input);
  if (!member) throw new DomainError(400, 'registration.identityMismatch');
  const expiresAt = deps.clock().getTime() + TICKET_MINUTES * 60_000;
  return {
    ticket: issueTicket(deps.vault, { memberId: member.id, communityId: community.id, expiresAt }),
    name: member.name,
    community,
    expiresAt: new Date(expiresAt).toISOString(),
  };
}

function ticketOf(deps: AppDeps, ticket: string) {
  const t = readTicket(deps.vault, ticket, deps.clock());
  if (!t) throw new DomainError(401, 'registration.ticketExpired', {}, 'ticket');
  return t;
}

export async function ticketHouseholds(deps: AppDeps, ticket: string, q: string) {
  const t = ticketOf(deps, ticket);
  const community = await openCommunity(deps.db, t.communityId);
  return householdsUnder(deps.db, community.path, q, 50);
}

export async function submitMemberRegistration(deps: AppDeps, input: MemberRegistrationInput): Promise<MemberRegistrationDto> {
  const t = ticketOf(deps, input.ticket);
  const row = await deps.db.transaction(async (tx) => {
    const community = await openCommunity(tx, t.communityId);
    const [home] = await tx
      .select({ id: households.id, placeId: households.placeId, path: places.path })
      .from(households)
      .innerJoin(places, eq(places.id, households.placeId))
      .where(and(eq(households.id, input.householdId), like(places.path, `${community.path}%`)))
      .limit(1);
    if (!home) throw new DomainError(404, 'notFound', { entity: 'household', entityZh: '户' }, 'householdId');
    const [pending] = await tx
      .select({ id: memberRegistrations.id })
      .from(memberRegistrations)
      .where(and(eq(memberRegistrations.memberId, t.memberId), eq(memberRegistrations.status, 'submitted')))
      .limit(1);
    if (pending) throw Conflict('registration.memberPending');
    const [member] = await tx.select({ name: members.name, countyCode: members.countyCode }).from(members).where(eq(members.id, t.memberId));
    if (!member) throw NotFound('member');
    const [inserted] = await tx
      .insert(memberRegistrations)
      .values({
        countyCode: member.countyCode,
        memberId: t.memberId,
        placeId: community.id,
        householdId: home.id,
        talents: input.talents,
        intentions: input.intentions,
        resources: input.resources,
        freeTime: input.freeTime,
      })
      .returning();
    if (!inserted) throw new Error('insert returned nothing');
    const admins = await tx
      .select({ accountId: accounts.id, countyCode: accounts.countyCode })
      .from(accounts)
      .where(and(eq(accounts.placeId, community.id), eq(accounts.role, 'communityAdmin')));
    await notify(tx, admins, {
      kind: 'registration.memberSubmitted',
      title: { 'zh-CN': '新的党员报到待审核', en: 'A member registration awaits approval' },
      body: { 'zh-CN': `${member.name} 申请到${community.name}报到`, en: `${member.name} registers at ${community.name}` },
      link: '/registrations/members',
    });
    return inserted;
  });
  return one(deps.db, row);
}

async function present(conn: Conn, rows: Row[]): Promise<MemberRegistrationDto[]> {
  if (!rows.length) return [];
  const names = await conn
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(inArray(members.id, [...new Set(rows.map((r) => r.memberId))]));
  const communities = await conn
    .select({ id: places.id, name: places.name })
    .from(places)
    .where(inArray(places.id, [...new Set(rows.map((r) => r.placeId))]));
  const addressById = await householdAddresses(
    conn,
    rows.map((r) => r.householdId),
  );
  const nameById = new Map(names.map((n) => [n.id, n.name]));
  const placeById = new Map(communities.map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id,
    member: { id: r.memberId, name: nameById.get(r.memberId) ?? '' },
    place: { id: r.placeId, name: placeById.get(r.placeId) ?? '' },
    householdAddress: addressById.get(r.householdId) ?? '',
    talents: r.talents,
    intentions: r.intentions,
    resources: r.resources,
    freeTime: r.freeTime,
    status: r.status,
    reason: r.reason,
    submittedAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
  }));
}

async function one(conn: Conn, row: Row) {
  const [dto] = await present(conn, [row]);
  if (!dto) throw NotFound('memberRegistration');
  return dto;
}

const visible = (conn: Conn, caller: Caller): SQL =>
  inArray(memberRegistrations.placeId, conn.select({ id: places.id }).from(places).where(withinScope(caller, places.path)));

export async function listMemberRegistrations(deps: AppDeps, caller: Caller, q: ListMemberRegistrationsQuery): Promise<Page<MemberRegistrationDto>> {
  const filter = and(visible(deps.db, caller), q.status ? eq(memberRegistrations.status, q.status) : undefined);
  const [total] = await deps.db.select({ n: count() }).from(memberRegistrations).where(filter);
  const rows = await deps.db
    .select()
    .from(memberRegistrations)
    .where(filter)
    .orderBy(desc(memberRegistrations.createdAt), desc(memberRegistrations.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(deps.db, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** Approves (the member's home moves; an earlier approval is kept as superseded) or returns, exactly once. */
export async function decideMemberRegistration(deps: AppDeps, caller: Caller, id: number, decision: { approve: true } | { approve: false; reason: string }) {
  const row = await deps.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(memberRegistrations)
      .where(and(eq(memberRegistrations.id, id), visible(tx, caller)))
      .limit(1);
    if (!current) throw NotFound('memberRegistration');
    const now = deps.clock();
    const [decided] = await tx
      .update(memberRegistrations)
      .set({
        status: decision.approve ? 'approved' : 'returned',
        reason: decision.approve ? null : decision.reason,
        decidedBy: caller.accountId,
        decidedAt: now,
      })
      .where(and(eq(memberRegistrations.id, id), eq(memberRegistrations.status, 'submitted')))
      .returning();
    if (!decided) throw Conflict('registration.alreadyDecided');
    if (decision.approve) {
      await tx
        .update(memberRegistrations)
        .set({ status: 'superseded' })
        .where(and(eq(memberRegistrations.memberId, decided.memberId), eq(memberRegistrations.status, 'approved'), ne(memberRegistrations.id, decided.id)));
      const [home] = await tx.select({ placeId: households.placeId }).from(households).where(eq(households.id, decided.householdId));
      if (!home) throw NotFound('household');
      await setMemberHome(tx, decided.memberId, { householdId: decided.householdId, placeId: home.placeId }, decided, now);
    }
    await audit(tx, caller, {
      action: 'update',
      entity: 'memberRegistration',
      entityId: id,
      summary: decision.approve ? '通过党员报到' : `退回党员报到：${decision.reason}`,
    });
    return decided;
  });
  return one(deps.db, row);
}
