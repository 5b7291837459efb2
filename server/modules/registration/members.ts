import { and, count, desc, eq, gte, ilike, inArray, like, lt, ne, or, type SQL } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import { MemberInput } from '#contracts/people.js';
import type {
  ApplyInput,
  CommunityCardDto,
  IdentifyInput,
  ListMemberRegistrationsQuery,
  MemberRegistrationDto,
  MemberRegistrationInput,
  MyRegistrationDto,
  TicketDto,
} from '#contracts/registration.js';
import type { Conn, Tx } from '../../db/client.js';
import { accounts, households, memberRegistrations, members, organizations, places } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, NotFound } from '../../platform/errors.js';
import { maskIdNumber, maskPhone } from '../../platform/mask.js';
import { communityAdmins, notify } from '../../platform/notify.js';
import { escapeLike, placesInScope, underPlace, visiblePlace } from '../../platform/scope.js';
import { checkIdentity, findMemberByIdentity, householdAddresses, householdsUnder, saveMember, setMemberHome } from '../people/index.js';
import { addResources } from '../resources/index.js';
import { issueTicket, readTicket, TICKET_MINUTES, type Ticket } from './ticket.js';

type Row = typeof memberRegistrations.$inferSelect;
/** What an applicant not on the roster states; sealed inside the ticket, then in the row. */
type Applicant = { name: string; phone: string; idNumber: string; organizationName: string };

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

function ticketDto(deps: AppDeps, community: CommunityCardDto, name: string, t: Omit<Ticket, 'communityId' | 'expiresAt'>): TicketDto {
  const expiresAt = deps.clock().getTime() + TICKET_MINUTES * 60_000;
  return {
    ticket: issueTicket(deps.vault, { ...t, communityId: community.id, expiresAt }),
    name,
    community,
    expiresAt: new Date(expiresAt).toISOString(),
  };
}

/**
 * Name + phone + last six of the ID against the roster. Every mismatch gets the same answer, so the
 * page cannot be used to learn who is on the roster; the route is rate-limited.
 */
export async function identify(deps: AppDeps, input: IdentifyInput): Promise<TicketDto> {
  const community = await communityCard(deps, input.communityId);
  const member = await findMemberByIdentity(deps.db, deps, input);
  if (!member) throw new DomainError(400, 'registration.identityMismatch');
  return ticketDto(deps, community, member.name, { memberId: member.id, applicant: null });
}

/**
 * 申请报到: someone not found on the roster states who they are. Nothing is looked up, so the answer
 * says nothing about who is on the roster; the community checks the application before approving.
 */
export async function apply(deps: AppDeps, input: ApplyInput): Promise<TicketDto> {
  const community = await communityCard(deps, input.communityId);
  // The same GB 11643 checks as the roster's: checksum and a real birth date.
  checkIdentity({ idNumber: input.idNumber }, deps.clock());
  const statement: Applicant = { name: input.name, phone: input.phone, idNumber: input.idNumber, organizationName: input.organizationName };
  return ticketDto(deps, community, input.name, { memberId: null, applicant: deps.vault.seal(JSON.stringify(statement)) });
}

function ticketOf(deps: AppDeps, ticket: string) {
  const t = readTicket(deps.vault, ticket, deps.clock());
  if (!t) throw new DomainError(401, 'registration.ticketExpired', {}, 'ticket');
  return t;
}

function applicantOf(deps: AppDeps, sealed: string): Applicant {
  return JSON.parse(deps.vault.open(sealed)) as Applicant;
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
      .select({ id: households.id })
      .from(households)
      .innerJoin(places, eq(places.id, households.placeId))
      .where(and(eq(households.id, input.householdId), like(places.path, `${community.path}%`)))
      .limit(1);
    if (!home) throw new DomainError(404, 'notFound', { entity: 'household', entityZh: '户' }, 'householdId');
    const offer = { talents: input.talents, intentions: input.intentions, resources: input.resources, freeTime: input.freeTime };
    const who = t.memberId ? await rosterWho(tx, t.memberId) : await applicantWho(tx, deps, t.applicant ?? '');
    const [inserted] = await tx
      .insert(memberRegistrations)
      .values({ countyCode: community.countyCode, placeId: community.id, householdId: home.id, ...offer, ...who.values })
      .returning();
    if (!inserted) throw new Error('insert returned nothing');
    await notify(tx, await communityAdmins(tx, community.id), {
      kind: 'registration.memberSubmitted',
      title: who.applied
        ? { 'zh-CN': '新的报到申请（不在名册中）待审核', en: 'An application from someone not on the roster awaits approval' }
        : { 'zh-CN': '新的党员报到待审核', en: 'A member registration awaits approval' },
      body: { 'zh-CN': `${who.name} 申请到${community.name}报到`, en: `${who.name} registers at ${community.name}` },
      link: '/registrations/members',
    });
    return inserted;
  });
  return one(deps, row);
}

async function rosterWho(tx: Tx, memberId: number) {
  const [pending] = await tx
    .select({ id: memberRegistrations.id })
    .from(memberRegistrations)
    .where(and(eq(memberRegistrations.memberId, memberId), eq(memberRegistrations.status, 'submitted')))
    .limit(1);
  if (pending) throw Conflict('registration.memberPending');
  const [member] = await tx.select({ name: members.name }).from(members).where(eq(members.id, memberId));
  if (!member) throw NotFound('member');
  return { name: member.name, applied: false, values: { memberId } };
}

async function applicantWho(tx: Tx, deps: AppDeps, sealed: string) {
  const a = applicantOf(deps, sealed);
  const idHash = deps.vault.fingerprint(a.idNumber);
  const [pending] = await tx
    .select({ id: memberRegistrations.id })
    .from(memberRegistrations)
    .where(and(eq(memberRegistrations.applicantIdHash, idHash), eq(memberRegistrations.status, 'submitted')))
    .limit(1);
  if (pending) throw Conflict('registration.applicationPending');
  return {
    name: a.name,
    applied: true,
    values: {
      applicantName: a.name,
      applicantOrganization: a.organizationName,
      applicantIdCipher: deps.vault.seal(a.idNumber),
      applicantIdHash: idHash,
      applicantIdMask: maskIdNumber(a.idNumber),
      applicantPhoneCipher: deps.vault.seal(a.phone),
      applicantPhoneMask: maskPhone(a.phone),
    },
  };
}

async function present(conn: Conn, rows: Row[]): Promise<MemberRegistrationDto[]> {
  if (!rows.length) return [];
  const memberIds = [...new Set(rows.flatMap((r) => r.memberId ?? []))];
  const people = memberIds.length
    ? await conn
        .select({ id: members.id, name: members.name, organization: organizations.name })
        .from(members)
        .leftJoin(organizations, eq(organizations.id, members.organizationId))
        .where(inArray(members.id, memberIds))
    : [];
  const communities = await conn
    .select({ id: places.id, name: places.name })
    .from(places)
    .where(inArray(places.id, [...new Set(rows.map((r) => r.placeId))]));
  const addressById = await householdAddresses(
    conn,
    rows.map((r) => r.householdId),
  );
  const personById = new Map(people.map((n) => [n.id, n]));
  const placeById = new Map(communities.map((p) => [p.id, p.name]));
  return rows.map((r) => {
    const person = r.memberId ? personById.get(r.memberId) : undefined;
    const applicant =
      r.applicantName !== null
        ? { idNumber: r.applicantIdMask ?? '', phone: r.applicantPhoneMask ?? '', organizationName: r.applicantOrganization ?? '' }
        : null;
    return {
      id: r.id,
      member: { id: r.memberId, name: person?.name ?? r.applicantName ?? '' },
      applicant,
      organization: person?.organization ?? applicant?.organizationName ?? '',
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
    };
  });
}

async function one(deps: AppDeps, row: Row) {
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('memberRegistration');
  return dto;
}

/** Admins see registrations at places in their scope; a unit secretary those of the unit's members. */
function visible(conn: Conn, caller: Caller): SQL {
  if (caller.role === 'unitSecretary') {
    return inArray(
      memberRegistrations.memberId,
      conn
        .select({ id: members.id })
        .from(members)
        .where(eq(members.organizationId, caller.organizationId ?? -1)),
    );
  }
  return inArray(memberRegistrations.placeId, placesInScope(conn, caller));
}

export type LedgerFilter = Omit<ListMemberRegistrationsQuery, 'page' | 'pageSize'>;

async function ledgerFilter(deps: AppDeps, caller: Caller, q: LedgerFilter): Promise<SQL | undefined> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [visible(conn, caller)];
  if (q.status) where.push(eq(memberRegistrations.status, q.status));
  if (q.placeId) where.push(await underPlace(conn, caller, memberRegistrations.placeId, q.placeId));
  if (q.organizationId) {
    where.push(inArray(memberRegistrations.memberId, conn.select({ id: members.id }).from(members).where(eq(members.organizationId, q.organizationId))));
  }
  if (q.q) {
    const text = `%${escapeLike(q.q)}%`;
    const byMember = conn
      .select({ id: members.id })
      .from(members)
      .where(or(ilike(members.name, text), /^[a-z]+$/i.test(q.q) ? like(members.pinyin, `%${q.q.toLowerCase()}%`) : undefined));
    where.push(or(inArray(memberRegistrations.memberId, byMember), ilike(memberRegistrations.applicantName, text)));
  }
  // Dates are the county's calendar days (Beijing time).
  if (q.from) where.push(gte(memberRegistrations.createdAt, new Date(`${q.from}T00:00:00+08:00`)));
  if (q.to) where.push(lt(memberRegistrations.createdAt, new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000)));
  return and(...where);
}

export async function listMemberRegistrations(deps: AppDeps, caller: Caller, q: ListMemberRegistrationsQuery): Promise<Page<MemberRegistrationDto>> {
  const filter = await ledgerFilter(deps, caller, q);
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

/** The whole filtered ledger, for the export. */
export async function memberRegistrationsForExport(deps: AppDeps, caller: Caller, q: LedgerFilter, limit: number): Promise<MemberRegistrationDto[]> {
  const rows = await deps.db
    .select()
    .from(memberRegistrations)
    .where(await ledgerFilter(deps, caller, q))
    .orderBy(desc(memberRegistrations.createdAt), desc(memberRegistrations.id))
    .limit(limit);
  return present(deps.db, rows);
}

/** Approves (the member's home moves; an earlier approval is kept as superseded) or returns, exactly once. */
export async function decideMemberRegistration(deps: AppDeps, caller: Caller, id: number, decision: { approve: true } | { approve: false; reason: string }) {
  const row = await deps.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(memberRegistrations)
      .where(and(eq(memberRegistrations.id, id), caller.role === 'unitSecretary' ? undefined : visible(tx, caller)))
      .limit(1);
    if (!current || caller.role === 'unitSecretary') throw NotFound('memberRegistration');
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
    if (decision.approve) await approve(tx, deps, caller, decided, now);
    await audit(tx, caller, {
      action: 'update',
      entity: 'memberRegistration',
      entityId: id,
      summary: decision.approve ? '通过党员报到' : `退回党员报到：${decision.reason}`,
    });
    const [final] = await tx.select().from(memberRegistrations).where(eq(memberRegistrations.id, id));
    return final ?? decided;
  });
  return one(deps, row);
}

async function approve(tx: Tx, deps: AppDeps, caller: Caller, r: Row, now: Date) {
  const memberId = r.memberId ?? (await enrolApplicant(tx, deps, caller, r));
  await tx
    .update(memberRegistrations)
    .set({ status: 'superseded' })
    .where(and(eq(memberRegistrations.memberId, memberId), eq(memberRegistrations.status, 'approved'), ne(memberRegistrations.id, r.id)));
  const [home] = await tx.select({ placeId: households.placeId }).from(households).where(eq(households.id, r.householdId));
  if (!home) throw NotFound('household');
  await setMemberHome(tx, memberId, { householdId: r.householdId, placeId: home.placeId }, r, now);
  if (r.resources) {
    await addResources(tx, {
      countyCode: r.countyCode,
      placeId: r.placeId,
      owner: { memberId },
      source: 'memberRegistration',
      sourceId: r.id,
      items: [{ kind: 'other', description: r.resources }],
    });
  }
  const [account] = await tx.select({ accountId: accounts.id, countyCode: accounts.countyCode }).from(accounts).where(eq(accounts.memberId, memberId));
  if (account) {
    await notify(tx, [account], {
      kind: 'registration.memberApproved',
      title: { 'zh-CN': '报到已通过', en: 'Your registration was approved' },
      body: { 'zh-CN': '社区已通过您的报到，欢迎参与社区服务', en: 'The community approved your registration; welcome' },
      link: '/m',
    });
  }
}

/**
 * An applicant's approval: the roster record with the same ID number if there is one (the applicant
 * was missed by the identity check, e.g. a changed phone), else a new member in the community.
 */
async function enrolApplicant(tx: Tx, deps: AppDeps, caller: Caller, r: Row): Promise<number> {
  const idNumber = deps.vault.open(r.applicantIdCipher ?? '');
  const [existing] = await tx
    .select({ id: members.id })
    .from(members)
    .where(eq(members.idHash, deps.vault.fingerprint(idNumber)));
  const memberId =
    existing?.id ??
    (
      await saveMember(
        tx,
        deps,
        caller,
        MemberInput.parse({
          name: r.applicantName,
          idNumber,
          phone: deps.vault.open(r.applicantPhoneCipher ?? ''),
          organizationId: await organizationNamed(tx, r.countyCode, r.applicantOrganization ?? ''),
          householdId: r.householdId,
          talents: r.talents,
          intentions: r.intentions,
          freeTime: r.freeTime,
        }),
      )
    ).id;
  await tx.update(memberRegistrations).set({ memberId }).where(eq(memberRegistrations.id, r.id));
  return memberId;
}

async function organizationNamed(tx: Tx, countyCode: string, name: string): Promise<number | undefined> {
  const [org] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.countyCode, countyCode), eq(organizations.name, name.trim())))
    .limit(1);
  return org?.id;
}

/** The logged-in member's own registrations, newest first. */
export async function myRegistrations(deps: AppDeps, caller: Caller): Promise<MyRegistrationDto[]> {
  if (!caller.memberId) throw new DomainError(403, 'registration.notMemberAccount');
  return registrationsOf(deps.db, caller.memberId);
}

export async function registrationsOf(conn: Conn, memberId: number, period?: { from: Date; to: Date }): Promise<MyRegistrationDto[]> {
  const rows = await conn
    .select()
    .from(memberRegistrations)
    .where(
      and(
        eq(memberRegistrations.memberId, memberId),
        period ? gte(memberRegistrations.createdAt, period.from) : undefined,
        period ? lt(memberRegistrations.createdAt, period.to) : undefined,
      ),
    )
    .orderBy(desc(memberRegistrations.createdAt), desc(memberRegistrations.id));
  return (await present(conn, rows)).map((r) => ({
    id: r.id,
    place: r.place,
    householdAddress: r.householdAddress,
    status: r.status,
    reason: r.reason,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
  }));
}
