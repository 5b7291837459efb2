import { and, asc, count, eq, inArray, like, or, type SQL } from 'drizzle-orm';
import type { ListTeamsQuery, TeamDto, TeamInput, ThemeDto, ThemeInput } from '#contracts/activities.js';
import type { Page } from '#contracts/common.js';
import type { Conn } from '../../db/client.js';
import { memberRegistrations, members, monthlyThemes, places, teamMembers, teams } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, Invalid, NotFound } from '../../platform/errors.js';
import { placesInScope, underPlace, visiblePlace, placeNames } from '../../platform/scope.js';

type Row = typeof teams.$inferSelect;

async function present(conn: Conn, rows: Row[]): Promise<TeamDto[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const people = await conn
    .select({ teamId: teamMembers.teamId, id: members.id, name: members.name })
    .from(teamMembers)
    .innerJoin(members, eq(members.id, teamMembers.memberId))
    .where(inArray(teamMembers.teamId, ids))
    .orderBy(asc(members.pinyin));
  const namesOfPlaces = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  return rows.map((r) => {
    const crew = people.filter((p) => p.teamId === r.id).map(({ id, name }) => ({ id, name }));
    const leader = crew.find((p) => p.id === r.leaderId) ?? null;
    return { id: r.id, place: { id: r.placeId, name: namesOfPlaces.get(r.placeId) ?? '' }, name: r.name, specialty: r.specialty, leader, members: crew };
  });
}

/** 志愿服务队: members who live or registered in the place's community, led by one of them. */
export async function createTeam(deps: AppDeps, caller: Caller, input: TeamInput): Promise<TeamDto> {
  const row = await deps.db.transaction(async (tx) => {
    const place = await visiblePlace(tx, caller, input.placeId);
    const crew = [...new Set([...input.memberIds, ...(input.leaderId ? [input.leaderId] : [])])];
    if (crew.length) {
      const local = await tx
        .select({ id: members.id })
        .from(members)
        .leftJoin(places, eq(places.id, members.homePlaceId))
        .where(
          and(
            inArray(members.id, crew),
            or(
              like(places.path, `${place.path}%`),
              inArray(
                members.id,
                tx
                  .select({ id: memberRegistrations.memberId })
                  .from(memberRegistrations)
                  .innerJoin(places, eq(places.id, memberRegistrations.placeId))
                  .where(and(eq(memberRegistrations.status, 'approved'), like(places.path, `${place.path}%`))),
              ),
            ),
          ),
        );
      if (local.length !== crew.length) throw Invalid('team.memberElsewhere', 'memberIds');
    }
    const [inserted] = await tx
      .insert(teams)
      .values({ countyCode: caller.countyCode, placeId: place.id, name: input.name, specialty: input.specialty, leaderId: input.leaderId ?? null })
      .onConflictDoNothing()
      .returning();
    if (!inserted) throw Conflict('team.duplicate', { name: input.name }, 'name');
    if (crew.length) await tx.insert(teamMembers).values(crew.map((memberId) => ({ teamId: inserted.id, memberId })));
    await audit(tx, caller, { action: 'create', entity: 'team', entityId: inserted.id, summary: `组建服务队 ${input.name}` });
    return inserted;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('team');
  return dto;
}

export async function listTeams(deps: AppDeps, caller: Caller, q: ListTeamsQuery): Promise<Page<TeamDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [inArray(teams.placeId, placesInScope(conn, caller))];
  if (q.placeId) where.push(await underPlace(conn, caller, teams.placeId, q.placeId));
  if (q.specialty) where.push(eq(teams.specialty, q.specialty));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(teams).where(filter);
  const rows = await conn
    .select()
    .from(teams)
    .where(filter)
    .orderBy(asc(teams.name))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** 一月一主题: the county's themes of a year. */
export async function themesOf(deps: AppDeps, caller: Caller, year: number): Promise<ThemeDto[]> {
  return deps.db
    .select({ month: monthlyThemes.month, theme: monthlyThemes.theme })
    .from(monthlyThemes)
    .where(and(eq(monthlyThemes.countyCode, caller.countyCode), like(monthlyThemes.month, `${year}-%`)))
    .orderBy(asc(monthlyThemes.month));
}

export async function setTheme(deps: AppDeps, caller: Caller, input: ThemeInput): Promise<ThemeDto> {
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(monthlyThemes)
      .values({ countyCode: caller.countyCode, month: input.month, theme: input.theme })
      .onConflictDoUpdate({ target: [monthlyThemes.countyCode, monthlyThemes.month], set: { theme: input.theme } });
    await audit(tx, caller, { action: 'update', entity: 'theme', summary: `${input.month} 主题：${input.theme}` });
  });
  return input;
}
