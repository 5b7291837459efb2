import { and, eq, inArray, or } from 'drizzle-orm';
import type { Conn } from '../../db/client.js';
import { memberRegistrations, members, teamMembers } from '../../db/schema/index.js';
import { placesUnder } from '../../platform/scope.js';
import type { Caller } from '../../platform/caller.js';
import { communityOf } from '../places/index.js';

export type MemberFacts = { memberId: number; organizationId: number | null; communities: number[]; teamIds: number[] };

/** The caller's member record: their unit, and the communities they may serve (home and registered). */
export async function memberFacts(conn: Conn, caller: Caller): Promise<MemberFacts | null> {
  if (!caller.memberId) return null;
  const [m] = await conn
    .select({ organizationId: members.organizationId, homePlaceId: members.homePlaceId })
    .from(members)
    .where(eq(members.id, caller.memberId));
  if (!m) return null;
  const registered = await conn
    .select({ placeId: memberRegistrations.placeId })
    .from(memberRegistrations)
    .where(and(eq(memberRegistrations.memberId, caller.memberId), eq(memberRegistrations.status, 'approved')));
  const home = m.homePlaceId ? await communityOf(conn, m.homePlaceId) : null;
  const communities = [...new Set([...registered.map((r) => r.placeId), ...(home ? [home.id] : [])])];
  const teams = await conn.select({ teamId: teamMembers.teamId }).from(teamMembers).where(eq(teamMembers.memberId, caller.memberId));
  return { memberId: caller.memberId, organizationId: m.organizationId, communities, teamIds: teams.map((t) => t.teamId) };
}

/** Members who may serve a community: living in it, or registered there. */
export function membersServing(conn: Conn, community: { id: number; path: string }) {
  return or(
    inArray(members.homePlaceId, placesUnder(conn, community.path)),
    inArray(
      members.id,
      conn
        .select({ id: memberRegistrations.memberId })
        .from(memberRegistrations)
        .where(and(eq(memberRegistrations.placeId, community.id), eq(memberRegistrations.status, 'approved'))),
    ),
  );
}
