import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Conn } from '../../db/client.js';
import { households, members, organizations } from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import { placesInScope } from '../../platform/scope.js';

// A member belongs to two hierarchies: the unit sees its members, the community the members living in it.

export function visibleMembers(conn: Conn, caller: Caller): SQL {
  if (caller.role === 'orgAdmin') return eq(members.countyCode, caller.countyCode);
  if (caller.role === 'unitSecretary') return eq(members.organizationId, caller.organizationId ?? -1);
  return inArray(members.homePlaceId, placesInScope(conn, caller));
}

export function visibleOrganizations(conn: Conn, caller: Caller): SQL {
  if (caller.role === 'unitSecretary') return eq(organizations.id, caller.organizationId ?? -1);
  return inArray(organizations.placeId, placesInScope(conn, caller));
}

export function visibleHouseholds(conn: Conn, caller: Caller): SQL {
  if (caller.role === 'unitSecretary') return sql`false`;
  return inArray(households.placeId, placesInScope(conn, caller));
}
