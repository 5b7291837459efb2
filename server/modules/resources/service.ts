import { and, count, desc, eq, ilike, inArray, isNotNull, or, type SQL } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { ResourceKind } from '#contracts/labels.js';
import type { ListResourcesQuery, ResourceDto } from '#contracts/resources.js';
import type { Conn, Tx } from '../../db/client.js';
import { members, organizations, places, resources } from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { escapeLike, placesInScope, underPlace } from '../../platform/scope.js';

type Source = 'unitRegistration' | 'memberRegistration';

/** Adds a confirmed registration's offers to the community's resource list; adding again changes nothing. */
export async function addResources(
  tx: Tx,
  entry: {
    countyCode: string;
    placeId: number;
    owner: { organizationId: number } | { memberId: number };
    source: Source;
    sourceId: number;
    items: { kind: ResourceKind; description: string }[];
  },
) {
  if (!entry.items.length) return;
  await tx
    .insert(resources)
    .values(
      entry.items.map((item, position) => ({
        countyCode: entry.countyCode,
        placeId: entry.placeId,
        kind: item.kind,
        description: item.description,
        ...entry.owner,
        source: entry.source,
        sourceId: entry.sourceId,
        position,
      })),
    )
    .onConflictDoNothing();
}

/** Admins see the resources offered to places in their scope; a unit secretary the unit's own. */
function visible(conn: Conn, caller: Caller): SQL {
  if (caller.role === 'unitSecretary') return eq(resources.organizationId, caller.organizationId ?? -1);
  return inArray(resources.placeId, placesInScope(conn, caller));
}

export async function listResources(deps: AppDeps, caller: Caller, q: ListResourcesQuery): Promise<Page<ResourceDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [visible(conn, caller)];
  if (q.kind) where.push(eq(resources.kind, q.kind));
  if (q.owner) where.push(isNotNull(q.owner === 'unit' ? resources.organizationId : resources.memberId));
  if (q.placeId) where.push(await underPlace(conn, caller, resources.placeId, q.placeId));
  if (q.q) {
    const text = `%${escapeLike(q.q)}%`;
    where.push(
      or(
        ilike(resources.description, text),
        inArray(resources.organizationId, conn.select({ id: organizations.id }).from(organizations).where(ilike(organizations.name, text))),
        inArray(resources.memberId, conn.select({ id: members.id }).from(members).where(ilike(members.name, text))),
      ),
    );
  }
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(resources).where(filter);
  const rows = await conn
    .select({
      r: resources,
      place: places.name,
      unit: organizations.name,
      member: members.name,
    })
    .from(resources)
    .innerJoin(places, eq(places.id, resources.placeId))
    .leftJoin(organizations, eq(organizations.id, resources.organizationId))
    .leftJoin(members, eq(members.id, resources.memberId))
    .where(filter)
    .orderBy(desc(resources.createdAt), desc(resources.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map(({ r, place, unit, member }) => ({
      id: r.id,
      kind: r.kind,
      description: r.description,
      owner: r.organizationId
        ? { kind: 'unit' as const, id: r.organizationId, name: unit ?? '' }
        : { kind: 'member' as const, id: r.memberId ?? 0, name: member ?? '' },
      place: { id: r.placeId, name: place },
      source: r.source,
      createdAt: r.createdAt.toISOString(),
    })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}
