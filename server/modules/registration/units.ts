import { and, count, desc, eq, ilike, inArray, like, or, type SQL } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { ListUnitRegistrationsQuery, UnitRegistrationDto, UnitRegistrationInput } from '#contracts/registration.js';
import type { Conn } from '../../db/client.js';
import { organizations, places, unitRegistrations } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { communityAdmins, notify } from '../../platform/notify.js';
import { fileInfos, storeFile } from '../../platform/files.js';
import { escapeLike, placesInScope, underPlace } from '../../platform/scope.js';
import { addResources } from '../resources/index.js';
import { mayRegisterAt } from './balancing.js';

type Row = typeof unitRegistrations.$inferSelect;

async function present(conn: Conn, rows: Row[]): Promise<UnitRegistrationDto[]> {
  if (!rows.length) return [];
  const orgs = await conn
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(rows.map((r) => r.organizationId))]));
  const communities = await conn
    .select({ id: places.id, name: places.name })
    .from(places)
    .where(inArray(places.id, [...new Set(rows.map((r) => r.placeId))]));
  const scans = await fileInfos(
    conn,
    rows.flatMap((r) => r.scanFileId ?? []),
  );
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const placeById = new Map(communities.map((p) => [p.id, p]));
  return rows.map((r) => ({
    id: r.id,
    organization: orgById.get(r.organizationId) ?? { id: r.organizationId, name: '' },
    place: placeById.get(r.placeId) ?? { id: r.placeId, name: '' },
    contacts: r.contacts,
    resources: r.resources,
    agreement: {
      startDate: r.agreementStart,
      endDate: r.agreementEnd,
      commitments: r.commitments,
      scan: (r.scanFileId && scans.get(r.scanFileId)) || null,
    },
    status: r.status,
    reason: r.reason,
    submittedAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
  }));
}

/** A unit secretary sees the unit's registrations; a community those made at it (and the levels above). */
function visible(conn: Conn, caller: Caller): SQL {
  if (caller.role === 'unitSecretary') return eq(unitRegistrations.organizationId, caller.organizationId ?? -1);
  return inArray(unitRegistrations.placeId, placesInScope(conn, caller));
}

export type UnitLedgerFilter = Omit<ListUnitRegistrationsQuery, 'page' | 'pageSize'>;

async function ledgerFilter(conn: Conn, caller: Caller, q: UnitLedgerFilter): Promise<SQL | undefined> {
  const where: (SQL | undefined)[] = [visible(conn, caller)];
  if (q.status) where.push(eq(unitRegistrations.status, q.status));
  if (q.placeId) where.push(await underPlace(conn, caller, unitRegistrations.placeId, q.placeId));
  if (q.q) {
    const byName = or(
      ilike(organizations.name, `%${escapeLike(q.q)}%`),
      /^[a-z]+$/i.test(q.q) ? like(organizations.pinyin, `%${q.q.toLowerCase()}%`) : undefined,
    );
    where.push(inArray(unitRegistrations.organizationId, conn.select({ id: organizations.id }).from(organizations).where(byName)));
  }
  return and(...where);
}

export async function listUnitRegistrations(deps: AppDeps, caller: Caller, q: ListUnitRegistrationsQuery): Promise<Page<UnitRegistrationDto>> {
  const filter = await ledgerFilter(deps.db, caller, q);
  const [total] = await deps.db.select({ n: count() }).from(unitRegistrations).where(filter);
  const rows = await deps.db
    .select()
    .from(unitRegistrations)
    .where(filter)
    .orderBy(desc(unitRegistrations.createdAt), desc(unitRegistrations.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(deps.db, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function unitRegistrationsForExport(deps: AppDeps, caller: Caller, q: UnitLedgerFilter, limit: number): Promise<UnitRegistrationDto[]> {
  const rows = await deps.db
    .select()
    .from(unitRegistrations)
    .where(await ledgerFilter(deps.db, caller, q))
    .orderBy(desc(unitRegistrations.createdAt), desc(unitRegistrations.id))
    .limit(limit);
  return present(deps.db, rows);
}

/** 组织报到: the secretary registers the unit at a community; its admins are told. */
export async function submitUnitRegistration(deps: AppDeps, caller: Caller, input: UnitRegistrationInput): Promise<UnitRegistrationDto> {
  if (!caller.organizationId) throw new DomainError(403, 'forbidden');
  if (input.agreement.endDate < input.agreement.startDate) throw Invalid('registration.agreementDates', 'agreement.endDate');
  const organizationId = caller.organizationId;
  const row = await deps.db.transaction(async (tx) => {
    const [community] = await tx
      .select()
      .from(places)
      .where(and(eq(places.id, input.placeId), eq(places.countyCode, caller.countyCode), eq(places.kind, 'community')))
      .limit(1);
    if (!community) throw new DomainError(404, 'notFound', { entity: 'place', entityZh: '社区' }, 'placeId');
    if (community.retiredAt) throw Invalid('place.parentRetired', 'placeId');
    // 精准报到: where the unit sits, or a community the county assigned it to.
    if (!(await mayRegisterAt(tx, organizationId, community.id))) throw Invalid('registration.notAssigned', 'placeId');
    const [live] = await tx
      .select({ id: unitRegistrations.id })
      .from(unitRegistrations)
      .where(
        and(
          eq(unitRegistrations.organizationId, organizationId),
          eq(unitRegistrations.placeId, community.id),
          inArray(unitRegistrations.status, ['submitted', 'confirmed']),
        ),
      )
      .limit(1);
    if (live) throw Conflict('registration.duplicate', { name: community.name }, 'placeId');
    const [inserted] = await tx
      .insert(unitRegistrations)
      .values({
        countyCode: caller.countyCode,
        organizationId,
        placeId: community.id,
        contacts: input.contacts,
        resources: input.resources,
        agreementStart: input.agreement.startDate,
        agreementEnd: input.agreement.endDate,
        commitments: input.agreement.commitments,
        submittedBy: caller.accountId,
      })
      .returning();
    if (!inserted) throw new Error('insert returned nothing');
    const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId));
    await notify(tx, await communityAdmins(tx, community.id), {
      kind: 'registration.unitSubmitted',
      title: { 'zh-CN': '新的单位报到待确认', en: 'A unit registration awaits confirmation' },
      body: { 'zh-CN': `${org?.name ?? ''} 申请到${community.name}报到`, en: `${org?.name ?? ''} registers at ${community.name}` },
      link: '/registrations/units',
    });
    await audit(tx, caller, {
      action: 'create',
      entity: 'unitRegistration',
      entityId: inserted.id,
      summary: `单位报到：${org?.name ?? ''} → ${community.name}`,
    });
    return inserted;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('unitRegistration');
  return dto;
}

/**
 * Confirms or returns a submitted registration. The UPDATE only matches a still-submitted row, so of
 * two admins deciding at once exactly one succeeds and the other is told it was already decided.
 */
export async function decideUnitRegistration(deps: AppDeps, caller: Caller, id: number, decision: { confirm: true } | { confirm: false; reason: string }) {
  const row = await deps.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(unitRegistrations)
      .where(and(eq(unitRegistrations.id, id), visible(tx, caller)))
      .limit(1);
    if (!current) throw NotFound('unitRegistration');
    const [decided] = await tx
      .update(unitRegistrations)
      .set({
        status: decision.confirm ? 'confirmed' : 'returned',
        reason: decision.confirm ? null : decision.reason,
        decidedBy: caller.accountId,
        decidedAt: deps.clock(),
      })
      .where(and(eq(unitRegistrations.id, id), eq(unitRegistrations.status, 'submitted')))
      .returning();
    if (!decided) throw Conflict('registration.alreadyDecided');
    // What the unit offers joins the community's resource list (资源清单).
    if (decision.confirm) {
      await addResources(tx, {
        countyCode: decided.countyCode,
        placeId: decided.placeId,
        owner: { organizationId: decided.organizationId },
        source: 'unitRegistration',
        sourceId: decided.id,
        items: decided.resources,
      });
    }
    const [community] = await tx.select({ name: places.name }).from(places).where(eq(places.id, decided.placeId));
    await notify(tx, [{ accountId: decided.submittedBy, countyCode: decided.countyCode }], {
      kind: decision.confirm ? 'registration.unitConfirmed' : 'registration.unitReturned',
      title: decision.confirm
        ? { 'zh-CN': '单位报到已确认', en: 'Unit registration confirmed' }
        : { 'zh-CN': '单位报到被退回', en: 'Unit registration returned' },
      body: decision.confirm
        ? { 'zh-CN': `${community?.name ?? ''}已确认贵单位报到`, en: `${community?.name ?? ''} confirmed your unit's registration` }
        : { 'zh-CN': `${community?.name ?? ''}退回了报到：${decision.reason}`, en: `${community?.name ?? ''} returned the registration: ${decision.reason}` },
      link: '/registrations/units',
    });
    await audit(tx, caller, {
      action: 'update',
      entity: 'unitRegistration',
      entityId: id,
      summary: decision.confirm ? '确认单位报到' : `退回单位报到：${decision.reason}`,
    });
    return decided;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('unitRegistration');
  return dto;
}

type Upload = { name: string; content: Buffer; mime: string };

/**
 * 共建协议 scan: the unit's own secretary uploads it (again, to replace it) while the registration is
 * live. Whose it is is checked before the upload is read, and no transaction waits on the upload.
 */
export async function attachAgreementScan(deps: AppDeps, caller: Caller, id: number, read: () => Promise<Upload>) {
  const own = and(eq(unitRegistrations.id, id), eq(unitRegistrations.organizationId, caller.organizationId ?? -1));
  const [mine] = await deps.db.select({ id: unitRegistrations.id }).from(unitRegistrations).where(own).limit(1);
  if (!mine) throw NotFound('unitRegistration');
  const upload = await read();
  const row = await deps.db.transaction(async (tx) => {
    const scanFileId = await storeFile(tx, caller, upload);
    const [updated] = await tx
      .update(unitRegistrations)
      .set({ scanFileId })
      .where(and(own, inArray(unitRegistrations.status, ['submitted', 'confirmed'])))
      .returning();
    if (!updated) throw Conflict('registration.alreadyDecided');
    await audit(tx, caller, { action: 'update', entity: 'unitRegistration', entityId: id, summary: `上传共建协议扫描件 ${upload.name}` });
    return updated;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('unitRegistration');
  return dto;
}

/** The scan's file id, for whoever may see the registration. */
export async function agreementScanOf(deps: AppDeps, caller: Caller, id: number): Promise<number> {
  const [row] = await deps.db
    .select({ scanFileId: unitRegistrations.scanFileId })
    .from(unitRegistrations)
    .where(and(eq(unitRegistrations.id, id), visible(deps.db, caller)))
    .limit(1);
  if (!row?.scanFileId) throw NotFound('file');
  return row.scanFileId;
}
