import { and, eq } from 'drizzle-orm';
import type { ImportKind } from '#contracts/labels.js';
import { HouseholdInput, MemberInput, OrganizationInput, ResidentInput } from '#contracts/people.js';
import type { z } from 'zod';
import type { Tx } from '../../db/client.js';
import { households, organizations, partyOrgs, places } from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError } from '../../platform/errors.js';
import type { CellValue } from '../../platform/excel/index.js';
import { saveHousehold, saveMember, saveOrganization, saveResident, type Upserted } from '../people/index.js';

type Values = Record<string, CellValue>;

const text = (v: CellValue | undefined) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const keys = (v: CellValue | undefined) => (Array.isArray(v) ? v : undefined);

/** Drops absent cells so the input schema's defaults apply. */
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Place codes repeat down a ledger: one lookup per code per import. */
export type RowCache = Map<string, number>;

async function placeIdByCode(tx: Tx, caller: Caller, code: string | undefined, field: string, cache?: RowCache) {
  if (!code) return undefined;
  const cached = cache?.get(code);
  if (cached) return cached;
  const [row] = await tx
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.countyCode, caller.countyCode), eq(places.code, code)))
    .limit(1);
  if (!row) throw new DomainError(404, 'notFound', { entity: 'place', entityZh: `地点编码 ${code}` }, field);
  cache?.set(code, row.id);
  return row.id;
}

async function householdId(tx: Tx, caller: Caller, code: string | undefined, door: string | undefined, field: string, cache: RowCache) {
  const placeId = await placeIdByCode(tx, caller, code, field, cache);
  if (!placeId || !door) return undefined;
  const [row] = await tx
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.placeId, placeId), eq(households.doorNo, door)))
    .limit(1);
  if (!row) throw new DomainError(404, 'notFound', { entity: 'household', entityZh: `户 ${code} ${door}` }, field);
  return row.id;
}

async function organizationIds(tx: Tx, caller: Caller, orgName: string | undefined, branchName: string | undefined) {
  if (!orgName) return {};
  const [org] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.countyCode, caller.countyCode), eq(organizations.name, orgName)))
    .limit(1);
  if (!org) throw new DomainError(404, 'notFound', { entity: 'organization', entityZh: `单位“${orgName}”` }, 'organizationId');
  if (!branchName) return { organizationId: org.id };
  const [branch] = await tx
    .select({ id: partyOrgs.id })
    .from(partyOrgs)
    .where(and(eq(partyOrgs.organizationId, org.id), eq(partyOrgs.name, branchName)))
    .limit(1);
  if (!branch) throw new DomainError(400, 'partyOrg.notInOrganization', {}, 'partyOrgId');
  return { organizationId: org.id, partyOrgId: branch.id };
}

/** Parses with the same schema the API uses, so an import row and a form obey one set of rules. */
function parse<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): z.output<S> {
  const result = schema.safeParse(defined(raw));
  if (!result.success) throw result.error;
  return result.data;
}

/** One row: resolve the codes and names it refers to, then the same save the forms use (as an upsert). */
export async function importRow(tx: Tx, deps: AppDeps, caller: Caller, kind: ImportKind, v: Values, cache: RowCache): Promise<Upserted> {
  const upsert = { upsert: true };
  switch (kind) {
    case 'organizations': {
      const placeId = await placeIdByCode(tx, caller, text(v.placeCode), 'placeId', cache);
      const input = parse(OrganizationInput, {
        name: text(v.name),
        kind: text(v.kind),
        industry: text(v.industry),
        address: text(v.address),
        placeId,
        creditCode: text(v.creditCode),
      });
      return (await saveOrganization(tx, caller, input, upsert)).outcome;
    }
    case 'members': {
      const home = await householdId(tx, caller, text(v.homePlaceCode), text(v.homeDoorNo), 'householdId', cache);
      const org = await organizationIds(tx, caller, text(v.organization), text(v.partyOrg));
      const input = parse(MemberInput, {
        name: text(v.name),
        idNumber: text(v.idNumber),
        gender: text(v.gender),
        birthDate: text(v.birthDate),
        ethnicity: text(v.ethnicity),
        education: text(v.education),
        phone: text(v.phone),
        ...org,
        memberType: text(v.memberType),
        status: text(v.status),
        joinedAt: text(v.joinedAt),
        fullAt: text(v.fullAt),
        householdId: home,
        talents: keys(v.talents),
        intentions: text(v.intentions),
        freeTime: text(v.freeTime),
      });
      return (await saveMember(tx, deps, caller, input, upsert)).outcome;
    }
    case 'households': {
      const placeId = await placeIdByCode(tx, caller, text(v.placeCode), 'placeId', cache);
      const input = parse(HouseholdInput, { placeId, doorNo: text(v.doorNo), label: text(v.label), careCategories: keys(v.careCategories) });
      return (await saveHousehold(tx, caller, input, upsert)).outcome;
    }
    case 'residents': {
      const home = await householdId(tx, caller, text(v.placeCode), text(v.doorNo), 'householdId', cache);
      const input = parse(ResidentInput, {
        householdId: home,
        name: text(v.name),
        idNumber: text(v.idNumber),
        gender: text(v.gender),
        birthDate: text(v.birthDate),
        relation: text(v.relation),
        phone: text(v.phone),
      });
      return (await saveResident(tx, deps, caller, input, upsert)).outcome;
    }
  }
}
