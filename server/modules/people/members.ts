import { and, asc, count, desc, eq, ilike, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { ListMembersQuery, MemberDto, MemberInput } from '#contracts/people.js';
import type { Conn, Tx } from '../../db/client.js';
import { households, members, organizations, partyOrgs, places } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import { sameValues } from '../../platform/compare.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, NotFound } from '../../platform/errors.js';
import { sealIdNumber, sealPhone } from '../../platform/personal.js';
import { escapeLike, underPlace } from '../../platform/scope.js';
import { pinyinKey } from '../places/index.js';
import { visibleHousehold } from './households.js';
import { checkIdentity } from './identity.js';
import { addressOf, communityOf, namesAlong } from './places.js';
import { visibleMembers } from './scope.js';
import type { SaveOptions, Upserted } from './organizations.js';

type MemberRow = typeof members.$inferSelect;

const SORTS = {
  name: asc(members.pinyin),
  '-name': desc(members.pinyin),
  birthDate: asc(members.birthDate),
  '-birthDate': desc(members.birthDate),
  joinedAt: asc(members.joinedAt),
  '-joinedAt': desc(members.joinedAt),
  createdAt: asc(members.createdAt),
  '-createdAt': desc(members.createdAt),
} as const;

async function present(conn: Conn, rows: MemberRow[]): Promise<MemberDto[]> {
  if (!rows.length) return [];
  const orgIds = [...new Set(rows.flatMap((r) => r.organizationId ?? []))];
  const branchIds = [...new Set(rows.flatMap((r) => r.partyOrgId ?? []))];
  const homeIds = [...new Set(rows.flatMap((r) => r.householdId ?? []))];
  const orgs = orgIds.length
    ? await conn.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, orgIds))
    : [];
  const branches = branchIds.length
    ? await conn.select({ id: partyOrgs.id, name: partyOrgs.name }).from(partyOrgs).where(inArray(partyOrgs.id, branchIds))
    : [];
  const homes = homeIds.length
    ? await conn
        .select({ id: households.id, doorNo: households.doorNo, path: places.path })
        .from(households)
        .innerJoin(places, eq(places.id, households.placeId))
        .where(inArray(households.id, homeIds))
    : [];
  const names = await namesAlong(
    conn,
    homes.map((h) => h.path),
  );
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const branchById = new Map(branches.map((b) => [b.id, b]));
  const homeById = new Map(homes.map((h) => [h.id, h]));
  return rows.map((r) => {
    const home = r.householdId ? homeById.get(r.householdId) : undefined;
    return {
      id: r.id,
      name: r.name,
      gender: r.gender,
      ethnicity: r.ethnicity,
      birthDate: r.birthDate,
      education: r.education,
      phone: r.phoneMask,
      idNumber: r.idMask,
      organization: (r.organizationId && orgById.get(r.organizationId)) || null,
      partyOrg: (r.partyOrgId && branchById.get(r.partyOrgId)) || null,
      memberType: r.memberType,
      status: r.status,
      joinedAt: r.joinedAt,
      fullAt: r.fullAt,
      home: home
        ? {
            householdId: home.id,
            address: `${addressOf(home.path, names)} ${home.doorNo}`,
            community: (() => {
              const c = communityOf(home.path, names);
              return c ? { id: c.id, name: c.name } : null;
            })(),
          }
        : null,
      talents: r.talents,
      intentions: r.intentions,
      freeTime: r.freeTime,
    };
  });
}

/** Name, pinyin initials, or an exact phone or ID number (matched by fingerprint, never decrypted). */
export function memberSearch(deps: AppDeps, q: string): SQL | undefined {
  if (!q) return undefined;
  if (/^1\d{10}$/.test(q)) return eq(members.phoneHash, deps.vault.fingerprint(q));
  if (/^\d{17}[\dXx]$/.test(q)) return eq(members.idHash, deps.vault.fingerprint(q.toUpperCase()));
  const text = escapeLike(q);
  return or(ilike(members.name, `%${text}%`), /^[a-z]+$/i.test(q) ? like(members.pinyin, `%${q.toLowerCase()}%`) : undefined);
}

export async function memberFilter(deps: AppDeps, caller: Caller, q: Omit<ListMembersQuery, 'page' | 'pageSize' | 'sort'>): Promise<SQL | undefined> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [visibleMembers(conn, caller), memberSearch(deps, q.q)];
  if (q.organizationId) where.push(eq(members.organizationId, q.organizationId));
  if (q.placeId) where.push(await underPlace(conn, caller, members.homePlaceId, q.placeId));
  if (q.talent) where.push(sql`${members.talents} @> ${JSON.stringify([q.talent])}::jsonb`);
  if (q.memberType) where.push(eq(members.memberType, q.memberType));
  if (q.status) where.push(eq(members.status, q.status));
  return and(...where);
}

export async function listMembers(deps: AppDeps, caller: Caller, q: ListMembersQuery): Promise<Page<MemberDto>> {
  const filter = await memberFilter(deps, caller, q);
  const [total] = await deps.db.select({ n: count() }).from(members).where(filter);
  const rows = await deps.db
    .select()
    .from(members)
    .where(filter)
    .orderBy(SORTS[q.sort], asc(members.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(deps.db, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** Every member matching a filter, for export (capped: an export is a ledger, not a dump). */
export async function membersForExport(deps: AppDeps, caller: Caller, q: Omit<ListMembersQuery, 'page' | 'pageSize'>, limit: number) {
  const rows = await deps.db
    .select()
    .from(members)
    .where(await memberFilter(deps, caller, q))
    .orderBy(SORTS[q.sort], asc(members.id))
    .limit(limit);
  return present(deps.db, rows);
}

export async function visibleMember(conn: Conn, caller: Caller, id: number): Promise<MemberRow> {
  const [row] = await conn
    .select()
    .from(members)
    .where(and(eq(members.id, id), visibleMembers(conn, caller)))
    .limit(1);
  if (!row) throw NotFound('member');
  return row;
}

export async function getMember(deps: AppDeps, caller: Caller, id: number): Promise<MemberDto> {
  const row = await visibleMember(deps.db, caller, id);
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('member');
  return dto;
}

/** A member's own record, read by their own account: it is theirs, whatever place scope says. */
export async function ownMember(deps: AppDeps, id: number): Promise<MemberDto> {
  const [row] = await deps.db.select().from(members).where(eq(members.id, id)).limit(1);
  const [dto] = row ? await present(deps.db, [row]) : [];
  if (!dto) throw NotFound('member');
  return dto;
}

/**
 * Creates or updates a member, keyed by ID number: the one write path for the form and the import,
 * so re-importing the same ledger changes nothing.
 */
export async function saveMember(
  tx: Tx,
  deps: AppDeps,
  caller: Caller,
  input: MemberInput,
  opts: SaveOptions = {},
): Promise<{ id: number; outcome: Upserted }> {
  const facts = checkIdentity(input, deps.clock());
  // A community or grid only sees members living in it: what it records must live there.
  if (!input.householdId && caller.role !== 'orgAdmin' && caller.role !== 'unitSecretary') throw new DomainError(400, 'member.homeRequired', {}, 'householdId');
  const idHash = deps.vault.fingerprint(input.idNumber);
  const organizationId = caller.role === 'unitSecretary' ? caller.organizationId : (input.organizationId ?? null);
  if (organizationId) {
    const [org] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).limit(1);
    if (!org) throw NotFound('organization');
  }
  if (input.partyOrgId) {
    const [branch] = await tx.select({ organizationId: partyOrgs.organizationId }).from(partyOrgs).where(eq(partyOrgs.id, input.partyOrgId)).limit(1);
    if (!branch || branch.organizationId !== organizationId) throw new DomainError(400, 'partyOrg.notInOrganization', {}, 'partyOrgId');
  }
  const home = input.householdId ? await visibleHousehold(tx, caller, input.householdId) : null;
  const [existing] = await tx.select().from(members).where(eq(members.idHash, idHash)).limit(1);
  if (existing && opts.id !== existing.id) {
    // The same person again: an import updates them, a form creating a second record is refused.
    if (!(await isVisible(tx, caller, existing.id))) throw Conflict('member.registeredElsewhere', {}, 'idNumber');
    if (opts.id !== undefined || !opts.upsert) throw Conflict('member.duplicateId', { name: existing.name }, 'idNumber');
  }
  const values = {
    name: input.name,
    pinyin: pinyinKey(input.name),
    gender: facts.gender,
    birthDate: facts.birthDate,
    ethnicity: input.ethnicity,
    education: input.education ?? null,
    organizationId,
    partyOrgId: input.partyOrgId ?? null,
    memberType: input.memberType,
    status: input.status,
    joinedAt: input.joinedAt ?? null,
    fullAt: input.fullAt ?? null,
    householdId: home?.id ?? null,
    homePlaceId: home?.placeId ?? null,
    talents: input.talents,
    intentions: input.intentions,
    freeTime: input.freeTime,
  };
  const target = opts.id ? await visibleMember(tx, caller, opts.id) : existing;
  if (target) {
    const phoneSame = (target.phoneHash ?? null) === (input.phone ? deps.vault.fingerprint(input.phone) : null);
    if (phoneSame && target.idHash === idHash && sameValues(target, values)) return { id: target.id, outcome: 'unchanged' };
    await tx
      .update(members)
      .set({ ...values, ...sealPhone(deps.vault, input.phone), ...sealIdNumber(deps.vault, input.idNumber), updatedAt: deps.clock() })
      .where(eq(members.id, target.id));
    if (!opts.upsert) await audit(tx, caller, { action: 'update', entity: 'member', entityId: target.id, summary: `修改党员 ${input.name}` });
    return { id: target.id, outcome: 'updated' };
  }
  const [row] = await tx
    .insert(members)
    .values({ ...values, countyCode: caller.countyCode, ...sealPhone(deps.vault, input.phone), ...sealIdNumber(deps.vault, input.idNumber) })
    .returning({ id: members.id });
  if (!row) throw new Error('insert returned nothing');
  if (!opts.upsert) await audit(tx, caller, { action: 'create', entity: 'member', entityId: row.id, summary: `新增党员 ${input.name}` });
  return { id: row.id, outcome: 'created' };
}

async function isVisible(conn: Conn, caller: Caller, id: number) {
  const [row] = await conn
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.id, id), visibleMembers(conn, caller)))
    .limit(1);
  return row !== undefined;
}

/** The full phone or ID number: an explicit, audited read. */
export async function revealMember(deps: AppDeps, caller: Caller, id: number, field: 'phone' | 'idNumber') {
  return deps.db.transaction(async (tx) => {
    const row = await visibleMember(tx, caller, id);
    const sealed = field === 'phone' ? row.phoneCipher : row.idCipher;
    await audit(tx, caller, {
      action: 'reveal',
      entity: 'member',
      entityId: id,
      summary: `查看党员 ${row.name} 的完整${field === 'phone' ? '手机号' : '身份证号'}`,
    });
    return { value: sealed ? deps.vault.open(sealed) : null };
  });
}

/** The stored member as an input, so a PATCH can change some fields and keep the rest. */
export function memberInputOf(row: MemberRow, deps: AppDeps): MemberInput {
  return {
    name: row.name,
    idNumber: deps.vault.open(row.idCipher),
    ethnicity: row.ethnicity,
    education: row.education ?? undefined,
    phone: row.phoneCipher ? deps.vault.open(row.phoneCipher) : undefined,
    organizationId: row.organizationId ?? undefined,
    partyOrgId: row.partyOrgId ?? undefined,
    memberType: row.memberType,
    status: row.status,
    joinedAt: row.joinedAt ?? undefined,
    fullAt: row.fullAt ?? undefined,
    householdId: row.householdId ?? undefined,
    talents: row.talents,
    intentions: row.intentions,
    freeTime: row.freeTime,
  };
}

/** Approving a registration (个人报到) moves the member's home and records what they offer. */
export async function setMemberHome(
  tx: Tx,
  memberId: number,
  home: { householdId: number; placeId: number },
  offer: { talents: MemberDto['talents']; intentions: string; freeTime: string },
  now: Date,
) {
  await tx
    .update(members)
    .set({
      householdId: home.householdId,
      homePlaceId: home.placeId,
      talents: offer.talents,
      intentions: offer.intentions,
      freeTime: offer.freeTime,
      updatedAt: now,
    })
    .where(eq(members.id, memberId));
}

/** The roster check behind the QR page: name, phone and the ID number's last six, all three must agree. */
export async function findMemberByIdentity(conn: Conn, deps: AppDeps, identity: { name: string; phone: string; idLast6: string }) {
  const candidates = await conn
    .select({ id: members.id, name: members.name, idCipher: members.idCipher })
    .from(members)
    .where(eq(members.phoneHash, deps.vault.fingerprint(identity.phone)));
  return candidates.find((m) => m.name === identity.name && deps.vault.open(m.idCipher).endsWith(identity.idLast6)) ?? null;
}

/** Names of members by id, for presenting rows that refer to them. */
export async function memberNames(conn: Conn, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await conn.select({ id: members.id, name: members.name }).from(members).where(inArray(members.id, unique));
  return new Map(rows.map((m) => [m.id, m.name]));
}
