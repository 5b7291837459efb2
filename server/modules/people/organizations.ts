import { and, asc, count, eq, ilike, inArray, like, ne, or, type SQL } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { ListOrganizationsQuery, OrganizationDto, OrganizationInput, PartyOrgInput } from '#contracts/people.js';
import type { Conn, Tx } from '../../db/client.js';
import { members, organizations, partyOrgs, places } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, NotFound } from '../../platform/errors.js';
import { sameValues } from '../../platform/compare.js';
import { maskPhone } from '../../platform/mask.js';
import { escapeLike, visiblePlace } from '../../platform/scope.js';
import { pinyinKey } from '../places/index.js';
import { visibleOrganizations } from './scope.js';

type OrgRow = typeof organizations.$inferSelect;

async function present(conn: Conn, deps: AppDeps, rows: OrgRow[]): Promise<OrganizationDto[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const placeRows = await conn
    .select({ id: places.id, name: places.name, kind: places.kind })
    .from(places)
    .where(inArray(places.id, [...new Set(rows.map((r) => r.placeId))]));
  const placeById = new Map(placeRows.map((p) => [p.id, p]));
  const counts = await conn
    .select({ id: members.organizationId, n: count() })
    .from(members)
    .where(inArray(members.organizationId, ids))
    .groupBy(members.organizationId);
  const countById = new Map(counts.map((c) => [c.id, c.n]));
  const branches = await conn.select().from(partyOrgs).where(inArray(partyOrgs.organizationId, ids)).orderBy(asc(partyOrgs.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    industry: r.industry,
    address: r.address,
    place: placeById.get(r.placeId) ?? { id: r.placeId, name: '', kind: 'community' },
    creditCode: r.creditCode,
    memberCount: countById.get(r.id) ?? 0,
    partyOrgs: branches
      .filter((b) => b.organizationId === r.id)
      .map((b) => ({
        id: b.id,
        name: b.name,
        level: b.level,
        secretaryName: b.secretaryName,
        contactPhone: b.contactPhoneCipher ? maskPhone(deps.vault.open(b.contactPhoneCipher)) : null,
      })),
  }));
}

export function organizationFilter(conn: Conn, caller: Caller, q: Omit<ListOrganizationsQuery, 'page' | 'pageSize'>, placePath?: string): SQL | undefined {
  const where: (SQL | undefined)[] = [visibleOrganizations(conn, caller)];
  if (q.kind) where.push(eq(organizations.kind, q.kind));
  if (placePath)
    where.push(
      inArray(
        organizations.placeId,
        conn
          .select({ id: places.id })
          .from(places)
          .where(like(places.path, `${placePath}%`)),
      ),
    );
  if (q.q) {
    const text = escapeLike(q.q);
    where.push(or(ilike(organizations.name, `%${text}%`), /^[a-z]+$/i.test(q.q) ? like(organizations.pinyin, `%${q.q.toLowerCase()}%`) : undefined));
  }
  return and(...where);
}

export async function listOrganizations(deps: AppDeps, caller: Caller, q: ListOrganizationsQuery): Promise<Page<OrganizationDto>> {
  const placePath = q.placeId ? (await visiblePlace(deps.db, caller, q.placeId)).path : undefined;
  const filter = organizationFilter(deps.db, caller, q, placePath);
  const [total] = await deps.db.select({ n: count() }).from(organizations).where(filter);
  const rows = await deps.db
    .select()
    .from(organizations)
    .where(filter)
    .orderBy(asc(organizations.name))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(deps.db, deps, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function listOrganizationsForExport(deps: AppDeps, caller: Caller, q: ListOrganizationsQuery, limit: number): Promise<OrganizationDto[]> {
  const placePath = q.placeId ? (await visiblePlace(deps.db, caller, q.placeId)).path : undefined;
  const rows = await deps.db
    .select()
    .from(organizations)
    .where(organizationFilter(deps.db, caller, q, placePath))
    .orderBy(asc(organizations.name))
    .limit(limit);
  return present(deps.db, deps, rows);
}

export async function visibleOrganization(conn: Conn, caller: Caller, id: number): Promise<OrgRow> {
  const [row] = await conn
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, id), visibleOrganizations(conn, caller)))
    .limit(1);
  if (!row) throw NotFound('organization');
  return row;
}

export async function getOrganization(deps: AppDeps, caller: Caller, id: number): Promise<OrganizationDto> {
  const [dto] = await present(deps.db, deps, [await visibleOrganization(deps.db, caller, id)]);
  if (!dto) throw NotFound('organization');
  return dto;
}

async function assertFree(tx: Conn, countyCode: string, input: Pick<OrganizationInput, 'name' | 'creditCode'>, exceptId = -1) {
  const [byName] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.countyCode, countyCode), eq(organizations.name, input.name), ne(organizations.id, exceptId)))
    .limit(1);
  if (byName) throw Conflict('organization.duplicateName', { name: input.name }, 'name');
  if (input.creditCode) {
    const [byCode] = await tx
      .select({ name: organizations.name })
      .from(organizations)
      .where(and(eq(organizations.creditCode, input.creditCode), ne(organizations.id, exceptId)))
      .limit(1);
    if (byCode) throw Conflict('organization.duplicateCredit', { name: byCode.name }, 'creditCode');
  }
}

async function placeForOrganization(tx: Conn, caller: Caller, placeId: number) {
  const place = await visiblePlace(tx, caller, placeId);
  if (place.kind === 'county' || place.kind === 'street') throw new DomainError(400, 'organization.placeKind', {}, 'placeId');
  return place;
}

export type Upserted = 'created' | 'updated' | 'unchanged';
/** `id`: update that record; `upsert`: an import, where the natural key finds the record to update. */
export type SaveOptions = { id?: number; upsert?: boolean };

/** Creates or, by name, updates a unit: the one write path for the form and the Excel import. */
export async function saveOrganization(tx: Tx, caller: Caller, input: OrganizationInput, opts: SaveOptions = {}): Promise<{ id: number; outcome: Upserted }> {
  const place = await placeForOrganization(tx, caller, input.placeId);
  let existing: OrgRow | undefined;
  if (opts.id) existing = await visibleOrganization(tx, caller, opts.id);
  else if (opts.upsert) {
    [existing] = await tx
      .select()
      .from(organizations)
      .where(and(eq(organizations.countyCode, place.countyCode), eq(organizations.name, input.name), visibleOrganizations(tx, caller)))
      .limit(1);
  }
  const values = {
    name: input.name,
    kind: input.kind,
    industry: input.industry,
    address: input.address,
    placeId: place.id,
    creditCode: input.creditCode ?? null,
    pinyin: pinyinKey(input.name),
  };
  if (existing) {
    if (sameValues(existing, values)) return { id: existing.id, outcome: 'unchanged' };
    await assertFree(tx, place.countyCode, input, existing.id);
    await tx
      .update(organizations)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(organizations.id, existing.id));
    if (!opts.upsert) await audit(tx, caller, { action: 'update', entity: 'organization', entityId: existing.id, summary: `修改单位 ${input.name}` });
    return { id: existing.id, outcome: 'updated' };
  }
  await assertFree(tx, place.countyCode, input);
  const [row] = await tx
    .insert(organizations)
    .values({ ...values, countyCode: place.countyCode })
    .returning({ id: organizations.id });
  if (!row) throw new Error('insert returned nothing');
  if (!opts.upsert) await audit(tx, caller, { action: 'create', entity: 'organization', entityId: row.id, summary: `新增单位 ${input.name}` });
  return { id: row.id, outcome: 'created' };
}

export async function addPartyOrg(tx: Tx, deps: AppDeps, caller: Caller, input: PartyOrgInput): Promise<number> {
  const org = await visibleOrganization(tx, caller, input.organizationId);
  const [dup] = await tx
    .select({ id: partyOrgs.id })
    .from(partyOrgs)
    .where(and(eq(partyOrgs.organizationId, org.id), eq(partyOrgs.name, input.name)))
    .limit(1);
  if (dup) throw Conflict('partyOrg.duplicateName', { name: input.name }, 'name');
  const [row] = await tx
    .insert(partyOrgs)
    .values({
      countyCode: org.countyCode,
      organizationId: org.id,
      name: input.name,
      level: input.level,
      secretaryName: input.secretaryName,
      contactPhoneCipher: input.contactPhone ? deps.vault.seal(input.contactPhone) : null,
    })
    .returning({ id: partyOrgs.id });
  if (!row) throw new Error('insert returned nothing');
  await audit(tx, caller, { action: 'create', entity: 'partyOrg', entityId: row.id, summary: `新增党组织 ${input.name}（${org.name}）` });
  return org.id;
}
