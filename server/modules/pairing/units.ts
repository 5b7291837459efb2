import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { UnitPairingDto, UnitPairingInput } from '#contracts/pairing.js';
import type { Conn } from '../../db/client.js';
import { organizations, unitPairings } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, Invalid, NotFound } from '../../platform/errors.js';
import { placeNames, placesInScope, visiblePlace } from '../../platform/scope.js';
import { visibleOrganization } from '../people/index.js';
import { beijingDay } from './cadence.js';

// 单位包联小区: each unit looks after one or more compounds (每个单位包联1个重点小区).

type Row = typeof unitPairings.$inferSelect;

async function present(conn: Conn, rows: Row[]): Promise<UnitPairingDto[]> {
  if (!rows.length) return [];
  const units = new Map(
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
    organization: { id: r.organizationId, name: units.get(r.organizationId) ?? '' },
    place: { id: r.placeId, name: names.get(r.placeId) ?? '' },
    startDate: r.startDate,
    endDate: r.endDate,
  }));
}

export async function pairUnit(deps: AppDeps, caller: Caller, input: UnitPairingInput): Promise<UnitPairingDto> {
  const row = await deps.db.transaction(async (tx) => {
    const compound = await visiblePlace(tx, caller, input.placeId);
    if (compound.kind !== 'compound' || compound.retiredAt) throw Invalid('pairing.compoundOnly', 'placeId');
    const unit = await visibleOrganization(tx, caller, input.organizationId);
    const [inserted] = await tx
      .insert(unitPairings)
      .values({
        countyCode: caller.countyCode,
        organizationId: unit.id,
        placeId: compound.id,
        startDate: input.startDate ?? beijingDay(deps.clock()),
        createdBy: caller.accountId,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) throw Conflict('pairing.duplicate', {}, 'placeId');
    await audit(tx, caller, { action: 'create', entity: 'pairing', entityId: inserted.id, summary: `单位包联小区：${unit.name} → ${compound.name}` });
    return inserted;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('pairing');
  return dto;
}

/** Live pairings by default; `all` adds the ended ones (the history), newest first after the live. */
export async function listUnitPairings(deps: AppDeps, caller: Caller, active: 'true' | 'all' = 'true'): Promise<UnitPairingDto[]> {
  const visible =
    caller.role === 'unitSecretary'
      ? eq(unitPairings.organizationId, caller.organizationId ?? -1)
      : inArray(unitPairings.placeId, placesInScope(deps.db, caller));
  const rows = await deps.db
    .select()
    .from(unitPairings)
    .where(and(visible, active === 'true' ? isNull(unitPairings.endDate) : undefined))
    .orderBy(sql`${unitPairings.endDate} is not null`, asc(unitPairings.startDate), asc(unitPairings.id));
  return present(deps.db, rows);
}

export async function endUnitPairing(deps: AppDeps, caller: Caller, id: number): Promise<UnitPairingDto> {
  const row = await deps.db.transaction(async (tx) => {
    const [ended] = await tx
      .update(unitPairings)
      .set({ endDate: beijingDay(deps.clock()) })
      .where(and(eq(unitPairings.id, id), isNull(unitPairings.endDate), inArray(unitPairings.placeId, placesInScope(tx, caller))))
      .returning();
    if (!ended) throw NotFound('pairing');
    await audit(tx, caller, { action: 'update', entity: 'pairing', entityId: id, summary: '结束单位包联' });
    return ended;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('pairing');
  return dto;
}
