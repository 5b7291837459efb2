import { and, avg, count, eq, inArray, sql } from 'drizzle-orm';
import type { MatchDto } from '#contracts/orders.js';
import { households, members, places, serviceOrders } from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError } from '../../platform/errors.js';
import { idsOfPath } from '../places/index.js';
import { rankMembers } from './match.js';
import { membersServing } from './members.js';
import { visibleOrder } from './orders.js';

/** 精准匹配: the members of the order's community (living or registered there), ranked for it, for the dispatcher. */
export async function matchesForOrder(deps: AppDeps, caller: Caller, id: number): Promise<MatchDto[]> {
  if (!['communityAdmin', 'streetAdmin', 'orgAdmin'].includes(caller.role)) throw new DomainError(403, 'forbidden');
  const conn = deps.db;
  const order = await visibleOrder(deps, conn, caller, id);
  const [community] = await conn.select({ path: places.path, depth: places.depth }).from(places).where(eq(places.id, order.placeId));
  const [home] = await conn
    .select({ path: places.path })
    .from(households)
    .innerJoin(places, eq(places.id, households.placeId))
    .where(eq(households.id, order.householdId));
  if (!community || !home) return [];
  const kinds = await conn
    .select({ id: places.id, kind: places.kind })
    .from(places)
    .where(inArray(places.id, idsOfPath(home.path)));
  const kindById = new Map(kinds.map((k) => [k.id, k.kind]));
  const candidates = await conn
    .select({ id: members.id, name: members.name, talents: members.talents, freeTime: members.freeTime, path: places.path })
    .from(members)
    .leftJoin(places, eq(places.id, members.homePlaceId))
    .where(and(eq(members.status, 'active'), membersServing(conn, { id: order.placeId, path: community.path })));
  if (!candidates.length) return [];
  const ids = candidates.map((c) => c.id);
  const loads = new Map(
    (
      await conn
        .select({ id: serviceOrders.doerId, n: count() })
        .from(serviceOrders)
        .where(and(inArray(serviceOrders.doerId, ids), eq(serviceOrders.status, 'accepted')))
        .groupBy(serviceOrders.doerId)
    ).map((r) => [r.id, r.n]),
  );
  const ratings = new Map(
    (
      await conn
        .select({ id: serviceOrders.doerId, r: avg(serviceOrders.rating) })
        .from(serviceOrders)
        .where(and(inArray(serviceOrders.doerId, ids), eq(serviceOrders.status, 'rated'), sql`${serviceOrders.ratingFlag} is null`))
        .groupBy(serviceOrders.doerId)
    ).map((r) => [r.id, r.r === null ? null : Number(r.r)]),
  );
  const ranked = rankMembers(
    {
      category: order.category,
      path: home.path,
      kinds: idsOfPath(home.path).map((pid) => kindById.get(pid) ?? 'unit'),
      communityDepth: community.depth,
    },
    candidates.map((c) => ({
      memberId: c.id,
      name: c.name,
      talents: c.talents,
      homePath: c.path,
      freeTime: c.freeTime,
      load: loads.get(c.id) ?? 0,
      rating: ratings.get(c.id) ?? null,
    })),
    deps.clock(),
  );
  return ranked.map((m) => ({ member: { id: m.memberId, name: m.name }, score: m.score, reasons: m.reasons }));
}
