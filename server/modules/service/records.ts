import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { ServiceRecordDto, ServiceRecordsDto } from '#contracts/orders.js';
import type { Conn } from '../../db/client.js';
import { places, serviceRecords } from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError } from '../../platform/errors.js';
import { getMember } from '../people/index.js';

/** A member's service records in a period (Beijing calendar days), newest first. */
export async function serviceRecordsOf(
  conn: Conn,
  memberId: number,
  period: { from?: Date | undefined; to?: Date | undefined } = {},
): Promise<ServiceRecordDto[]> {
  const rows = await conn
    .select({ r: serviceRecords, place: places.name })
    .from(serviceRecords)
    .innerJoin(places, eq(places.id, serviceRecords.placeId))
    .where(
      and(
        eq(serviceRecords.memberId, memberId),
        period.from ? gte(serviceRecords.occurredAt, period.from) : undefined,
        period.to ? lt(serviceRecords.occurredAt, period.to) : undefined,
      ),
    )
    .orderBy(desc(serviceRecords.occurredAt), desc(serviceRecords.id));
  return rows.map(({ r, place }) => ({
    id: r.id,
    source: r.source,
    sourceId: r.sourceId,
    title: r.title,
    hours: r.hours,
    rating: r.rating,
    place: { id: r.placeId, name: place },
    occurredAt: r.occurredAt.toISOString(),
  }));
}

export async function listServiceRecords(
  deps: AppDeps,
  caller: Caller,
  q: { memberId?: number | undefined; from?: string | undefined; to?: string | undefined },
): Promise<ServiceRecordsDto> {
  let memberId = caller.memberId;
  if (q.memberId && q.memberId !== caller.memberId) {
    if (caller.role === 'member' || caller.role === 'resident') throw new DomainError(403, 'forbidden');
    memberId = (await getMember(deps, caller, q.memberId)).id;
  }
  if (!memberId) throw new DomainError(403, 'registration.notMemberAccount');
  const items = await serviceRecordsOf(deps.db, memberId, {
    from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : undefined,
    to: q.to ? new Date(Date.parse(`${q.to}T00:00:00+08:00`) + 86_400_000) : undefined,
  });
  return { items, hours: Math.round(items.reduce((sum, r) => sum + r.hours, 0) * 100) / 100, count: items.length };
}
