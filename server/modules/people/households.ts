import { and, asc, count, eq, ilike, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { HouseholdDto, HouseholdInput, ListHouseholdsQuery, ListResidentsQuery, ResidentDto, ResidentInput } from '#contracts/people.js';
import type { Conn, Tx } from '../../db/client.js';
import { households, places, residents } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import { sameValues } from '../../platform/compare.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, NotFound } from '../../platform/errors.js';
import { sealIdNumber, sealPhone } from '../../platform/personal.js';
import { containing, visiblePlace } from '../../platform/scope.js';
import { pinyinKey } from '../places/index.js';
import { checkIdentity } from './identity.js';
import type { SaveOptions, Upserted } from './organizations.js';
import { addressOf, namesAlong } from './places.js';
import { visibleHouseholds } from './scope.js';

type HouseholdRow = typeof households.$inferSelect;
type ResidentRow = typeof residents.$inferSelect;

const HOUSEHOLD_PLACE_KINDS = new Set(['grid', 'building', 'unit']);

async function presentHouseholds(conn: Conn, rows: HouseholdRow[]): Promise<HouseholdDto[]> {
  if (!rows.length) return [];
  const placeRows = await conn
    .select({ id: places.id, path: places.path, name: places.name, kind: places.kind })
    .from(places)
    .where(
      inArray(
        places.id,
        rows.map((r) => r.placeId),
      ),
    );
  const placeById = new Map(placeRows.map((p) => [p.id, p]));
  const names = await namesAlong(
    conn,
    placeRows.map((p) => p.path),
  );
  const counts = await conn
    .select({ id: residents.householdId, n: count() })
    .from(residents)
    .where(
      inArray(
        residents.householdId,
        rows.map((r) => r.id),
      ),
    )
    .groupBy(residents.householdId);
  const countById = new Map(counts.map((c) => [c.id, c.n]));
  return rows.map((r) => {
    const place = placeById.get(r.placeId);
    return {
      id: r.id,
      place: place ? { id: place.id, name: place.name, kind: place.kind } : { id: r.placeId, name: '', kind: 'unit' },
      address: `${place ? addressOf(place.path, names) : ''} ${r.doorNo}`.trim(),
      doorNo: r.doorNo,
      label: r.label,
      careCategories: r.careCategories,
      residentCount: countById.get(r.id) ?? 0,
    };
  });
}

const placesUnder = (conn: Conn, path: string) =>
  conn
    .select({ id: places.id })
    .from(places)
    .where(like(places.path, `${path}%`));

export async function householdFilter(deps: AppDeps, caller: Caller, q: Omit<ListHouseholdsQuery, 'page' | 'pageSize'>): Promise<SQL | undefined> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [visibleHouseholds(conn, caller)];
  if (q.placeId) where.push(inArray(households.placeId, placesUnder(conn, (await visiblePlace(conn, caller, q.placeId)).path)));
  if (q.label) where.push(eq(households.label, q.label));
  if (q.care) where.push(sql`${households.careCategories} @> ${JSON.stringify([q.care])}::jsonb`);
  if (q.keyOnly === 'true') where.push(sql`jsonb_array_length(${households.careCategories}) > 0`);
  if (q.q) {
    // A door number, or the name of a place on the way (锦绣小区, 3号楼).
    const text = containing(q.q);
    const matching = conn
      .select({ id: places.id, path: places.path })
      .from(places)
      .where(and(ilike(places.name, text), eq(places.countyCode, caller.countyCode)));
    where.push(
      sql`(${households.doorNo} ilike ${text} or ${households.placeId} in (select p.id from places p join (${matching}) m on p.path like m.path || '%'))`,
    );
  }
  return and(...where);
}

export async function listHouseholds(deps: AppDeps, caller: Caller, q: ListHouseholdsQuery): Promise<Page<HouseholdDto>> {
  const filter = await householdFilter(deps, caller, q);
  const [total] = await deps.db.select({ n: count() }).from(households).where(filter);
  const rows = await deps.db
    .select()
    .from(households)
    .where(filter)
    .orderBy(asc(households.placeId), asc(households.doorNo))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await presentHouseholds(deps.db, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function householdsForExport(deps: AppDeps, caller: Caller, q: Omit<ListHouseholdsQuery, 'page' | 'pageSize'>, limit: number) {
  const rows = await deps.db
    .select()
    .from(households)
    .where(await householdFilter(deps, caller, q))
    .orderBy(asc(households.placeId), asc(households.doorNo))
    .limit(limit);
  return presentHouseholds(deps.db, rows);
}

export async function visibleHousehold(conn: Conn, caller: Caller, id: number): Promise<HouseholdRow> {
  const [row] = await conn
    .select()
    .from(households)
    .where(and(eq(households.id, id), visibleHouseholds(conn, caller)))
    .limit(1);
  if (!row) throw NotFound('household');
  return row;
}

export async function getHousehold(deps: AppDeps, caller: Caller, id: number): Promise<HouseholdDto> {
  const [dto] = await presentHouseholds(deps.db, [await visibleHousehold(deps.db, caller, id)]);
  if (!dto) throw NotFound('household');
  return dto;
}

/** Creates or updates a household, keyed by place and door number. */
export async function saveHousehold(tx: Tx, caller: Caller, input: HouseholdInput, opts: SaveOptions = {}): Promise<{ id: number; outcome: Upserted }> {
  const place = await visiblePlace(tx, caller, input.placeId);
  if (!HOUSEHOLD_PLACE_KINDS.has(place.kind)) throw new DomainError(400, 'household.placeKind', {}, 'placeId');
  const [atDoor] = await tx
    .select()
    .from(households)
    .where(and(eq(households.placeId, place.id), eq(households.doorNo, input.doorNo)))
    .limit(1);
  const target = opts.id ? await visibleHousehold(tx, caller, opts.id) : atDoor;
  if (atDoor && (opts.id ? atDoor.id !== opts.id : !opts.upsert)) throw Conflict('household.duplicateDoor', { doorNo: input.doorNo }, 'doorNo');
  const values = { placeId: place.id, doorNo: input.doorNo, label: input.label, careCategories: [...input.careCategories].sort() };
  if (target) {
    if (sameValues(target, values)) return { id: target.id, outcome: 'unchanged' };
    await tx
      .update(households)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(households.id, target.id));
    if (!opts.upsert) await audit(tx, caller, { action: 'update', entity: 'household', entityId: target.id, summary: `修改户 ${place.name} ${input.doorNo}` });
    return { id: target.id, outcome: 'updated' };
  }
  const [row] = await tx
    .insert(households)
    .values({ ...values, countyCode: place.countyCode })
    .returning({ id: households.id });
  if (!row) throw new Error('insert returned nothing');
  if (!opts.upsert) await audit(tx, caller, { action: 'create', entity: 'household', entityId: row.id, summary: `新增户 ${place.name} ${input.doorNo}` });
  return { id: row.id, outcome: 'created' };
}

export function householdInputOf(row: HouseholdRow): HouseholdInput {
  return { placeId: row.placeId, doorNo: row.doorNo, label: row.label, careCategories: row.careCategories };
}

// 居民

async function presentResidents(conn: Conn, rows: ResidentRow[]): Promise<ResidentDto[]> {
  if (!rows.length) return [];
  const homes = await presentHouseholds(
    conn,
    await conn
      .select()
      .from(households)
      .where(
        inArray(
          households.id,
          rows.map((r) => r.householdId),
        ),
      ),
  );
  const homeById = new Map(homes.map((h) => [h.id, h]));
  return rows.map((r) => ({
    id: r.id,
    householdId: r.householdId,
    address: homeById.get(r.householdId)?.address ?? '',
    name: r.name,
    gender: r.gender,
    birthDate: r.birthDate,
    relation: r.relation,
    phone: r.phoneMask,
    idNumber: r.idMask,
  }));
}

const visibleResidents = (conn: Conn, caller: Caller) =>
  inArray(residents.householdId, conn.select({ id: households.id }).from(households).where(visibleHouseholds(conn, caller)));

export async function residentFilter(deps: AppDeps, caller: Caller, q: Omit<ListResidentsQuery, 'page' | 'pageSize'>): Promise<SQL | undefined> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [visibleResidents(conn, caller)];
  if (q.householdId) where.push(eq(residents.householdId, q.householdId));
  if (q.placeId) {
    const place = await visiblePlace(conn, caller, q.placeId);
    where.push(
      inArray(
        residents.householdId,
        conn
          .select({ id: households.id })
          .from(households)
          .where(inArray(households.placeId, placesUnder(conn, place.path))),
      ),
    );
  }
  if (q.q) {
    if (/^1\d{10}$/.test(q.q)) where.push(eq(residents.phoneHash, deps.vault.fingerprint(q.q)));
    else if (/^\d{17}[\dXx]$/.test(q.q)) where.push(eq(residents.idHash, deps.vault.fingerprint(q.q.toUpperCase())));
    else if (/^[a-z]+$/i.test(q.q)) where.push(like(residents.pinyin, `%${q.q.toLowerCase()}%`));
    else where.push(ilike(residents.name, containing(q.q)));
  }
  return and(...where);
}

export async function listResidents(deps: AppDeps, caller: Caller, q: ListResidentsQuery): Promise<Page<ResidentDto>> {
  const filter = await residentFilter(deps, caller, q);
  const [total] = await deps.db.select({ n: count() }).from(residents).where(filter);
  const rows = await deps.db
    .select()
    .from(residents)
    .where(filter)
    .orderBy(asc(residents.householdId), asc(residents.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await presentResidents(deps.db, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function residentsForExport(deps: AppDeps, caller: Caller, q: Omit<ListResidentsQuery, 'page' | 'pageSize'>, limit: number) {
  const rows = await deps.db
    .select()
    .from(residents)
    .where(await residentFilter(deps, caller, q))
    .orderBy(asc(residents.householdId), asc(residents.id))
    .limit(limit);
  return presentResidents(deps.db, rows);
}

export async function visibleResident(conn: Conn, caller: Caller, id: number): Promise<ResidentRow> {
  const [row] = await conn
    .select()
    .from(residents)
    .where(and(eq(residents.id, id), visibleResidents(conn, caller)))
    .limit(1);
  if (!row) throw NotFound('resident');
  return row;
}

export async function getResident(deps: AppDeps, caller: Caller, id: number): Promise<ResidentDto> {
  const [dto] = await presentResidents(deps.db, [await visibleResident(deps.db, caller, id)]);
  if (!dto) throw NotFound('resident');
  return dto;
}

/** Creates or updates a resident, keyed by ID number when there is one, else by household and name. */
export async function saveResident(
  tx: Tx,
  deps: AppDeps,
  caller: Caller,
  input: ResidentInput,
  opts: SaveOptions = {},
): Promise<{ id: number; outcome: Upserted }> {
  const home = await visibleHousehold(tx, caller, input.householdId);
  const facts = input.idNumber ? checkIdentity({ idNumber: input.idNumber, gender: input.gender, birthDate: input.birthDate }, deps.clock()) : null;
  const idHash = input.idNumber ? deps.vault.fingerprint(input.idNumber) : null;
  const [sameId] = idHash ? await tx.select().from(residents).where(eq(residents.idHash, idHash)).limit(1) : [];
  if (sameId && opts.id !== undefined && sameId.id !== opts.id) throw Conflict('resident.duplicateId', { name: sameId.name }, 'idNumber');
  if (sameId && opts.id === undefined && !opts.upsert) throw Conflict('resident.duplicateId', { name: sameId.name }, 'idNumber');
  if (sameId && opts.id === undefined) {
    const visible = await tx
      .select({ id: residents.id })
      .from(residents)
      .where(and(eq(residents.id, sameId.id), visibleResidents(tx, caller)));
    if (!visible.length) throw Conflict('resident.duplicateId', { name: '' }, 'idNumber');
  }
  const [sameName] =
    !sameId && !opts.id
      ? await tx
          .select()
          .from(residents)
          .where(and(eq(residents.householdId, home.id), eq(residents.name, input.name)))
          .limit(1)
      : [];
  const target = opts.id ? await visibleResident(tx, caller, opts.id) : (sameId ?? sameName);
  const values = {
    householdId: home.id,
    name: input.name,
    pinyin: pinyinKey(input.name),
    gender: facts?.gender ?? input.gender ?? null,
    birthDate: facts?.birthDate ?? input.birthDate ?? null,
    relation: input.relation,
  };
  const personal = {
    ...(input.idNumber ? sealIdNumber(deps.vault, input.idNumber) : { idCipher: null, idHash: null, idMask: null }),
    ...sealPhone(deps.vault, input.phone),
  };
  if (target) {
    const phoneSame = (target.phoneHash ?? null) === (input.phone ? deps.vault.fingerprint(input.phone) : null);
    if (phoneSame && (target.idHash ?? null) === idHash && sameValues(target, values)) return { id: target.id, outcome: 'unchanged' };
    await tx
      .update(residents)
      .set({ ...values, ...personal, updatedAt: new Date() })
      .where(eq(residents.id, target.id));
    if (!opts.upsert) await audit(tx, caller, { action: 'update', entity: 'resident', entityId: target.id, summary: `修改居民 ${input.name}` });
    return { id: target.id, outcome: 'updated' };
  }
  const [row] = await tx
    .insert(residents)
    .values({ ...values, ...personal, countyCode: home.countyCode })
    .returning({ id: residents.id });
  if (!row) throw new Error('insert returned nothing');
  if (!opts.upsert) await audit(tx, caller, { action: 'create', entity: 'resident', entityId: row.id, summary: `新增居民 ${input.name}` });
  return { id: row.id, outcome: 'created' };
}

export function residentInputOf(row: ResidentRow, deps: AppDeps): ResidentInput {
  return {
    householdId: row.householdId,
    name: row.name,
    idNumber: row.idCipher ? deps.vault.open(row.idCipher) : undefined,
    gender: row.gender ?? undefined,
    birthDate: row.birthDate ?? undefined,
    relation: row.relation,
    phone: row.phoneCipher ? deps.vault.open(row.phoneCipher) : undefined,
  };
}

export async function revealResident(deps: AppDeps, caller: Caller, id: number, field: 'phone' | 'idNumber') {
  return deps.db.transaction(async (tx) => {
    const row = await visibleResident(tx, caller, id);
    const sealed = field === 'phone' ? row.phoneCipher : row.idCipher;
    await audit(tx, caller, {
      action: 'reveal',
      entity: 'resident',
      entityId: id,
      summary: `查看居民 ${row.name} 的完整${field === 'phone' ? '手机号' : '身份证号'}`,
    });
    return { value: sealed ? deps.vault.open(sealed) : null };
  });
}

/** Households below a place, for pickers that have no scoped caller (the QR registration page). */
export async function householdsUnder(conn: Conn, placePath: string, q: string, limit: number): Promise<{ id: number; address: string }[]> {
  const text = containing(q);
  const rows = await conn
    .select()
    .from(households)
    .where(
      and(
        inArray(households.placeId, placesUnder(conn, placePath)),
        q
          ? sql`(${households.doorNo} ilike ${text} or ${households.placeId} in (select id from places where name ilike ${text} and path like ${`${placePath}%`}))`
          : undefined,
      ),
    )
    .orderBy(asc(households.placeId), asc(households.doorNo))
    .limit(limit);
  return (await presentHouseholds(conn, rows)).map((h) => ({ id: h.id, address: h.address }));
}

/** Addresses of the given households, by id. */
export async function householdAddresses(conn: Conn, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await conn
    .select()
    .from(households)
    .where(inArray(households.id, [...new Set(ids)]));
  return new Map((await presentHouseholds(conn, rows)).map((h) => [h.id, h.address]));
}
