import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { ActivityDto, ActivityInput, ActivityQrDto, AttendeeDto, CheckResultDto, ListActivitiesQuery } from '#contracts/activities.js';
import type { Page } from '#contracts/common.js';
import type { Conn } from '../../db/client.js';
import { activities, activitySignups, members, serviceRecords, teams } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { escapeLike, placesInScope, underPlace, visiblePlace, placeNames } from '../../platform/scope.js';
import { codeIsValid, currentCode, hoursServed, withinCheckWindow } from './checkin.js';
import { memberFacts } from './members.js';

type Row = typeof activities.$inferSelect;
const ORGANISERS = ['communityAdmin', 'streetAdmin', 'orgAdmin'];

/** Admins see activities held in their places; a member those of their communities and teams. */
async function visibility(conn: Conn, caller: Caller): Promise<SQL> {
  if (caller.role === 'member') {
    const me = await memberFacts(conn, caller);
    if (!me) return sql`false`;
    return (
      or(
        me.communities.length ? inArray(activities.placeId, me.communities) : undefined,
        me.teamIds.length ? inArray(activities.teamId, me.teamIds) : undefined,
      ) ?? sql`false`
    );
  }
  return inArray(activities.placeId, placesInScope(conn, caller));
}

async function visibleActivity(conn: Conn, caller: Caller, id: number): Promise<Row> {
  const [row] = await conn
    .select()
    .from(activities)
    .where(and(eq(activities.id, id), await visibility(conn, caller)))
    .limit(1);
  if (!row) throw NotFound('activity');
  return row;
}

async function present(conn: Conn, caller: Caller, rows: Row[]): Promise<ActivityDto[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const namesOfPlaces = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  const teamIds = [...new Set(rows.flatMap((r) => r.teamId ?? []))];
  const teamNames = new Map(
    (teamIds.length ? await conn.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, teamIds)) : []).map((t) => [t.id, t.name]),
  );
  const counts = new Map(
    (
      await conn
        .select({ id: activitySignups.activityId, n: count() })
        .from(activitySignups)
        .where(inArray(activitySignups.activityId, ids))
        .groupBy(activitySignups.activityId)
    ).map((c) => [c.id, c.n]),
  );
  const mine = caller.memberId
    ? new Map(
        (
          await conn
            .select()
            .from(activitySignups)
            .where(and(inArray(activitySignups.activityId, ids), eq(activitySignups.memberId, caller.memberId)))
        ).map((s) => [s.activityId, s]),
      )
    : new Map<number, typeof activitySignups.$inferSelect>();
  return rows.map((r) => {
    const s = mine.get(r.id);
    return {
      id: r.id,
      place: { id: r.placeId, name: namesOfPlaces.get(r.placeId) ?? '' },
      title: r.title,
      theme: r.theme,
      location: r.location,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      capacity: r.capacity,
      signedUp: counts.get(r.id) ?? 0,
      pointsPerHour: r.pointsPerHour,
      team: r.teamId ? { id: r.teamId, name: teamNames.get(r.teamId) ?? '' } : null,
      description: r.description,
      status: r.status,
      mine: s
        ? {
            signedUpAt: s.createdAt.toISOString(),
            checkInAt: s.checkInAt?.toISOString() ?? null,
            checkOutAt: s.checkOutAt?.toISOString() ?? null,
            hours: s.hours,
          }
        : null,
    };
  });
}

async function one(conn: Conn, caller: Caller, row: Row): Promise<ActivityDto> {
  const [dto] = await present(conn, caller, [row]);
  if (!dto) throw NotFound('activity');
  return dto;
}

export async function createActivity(deps: AppDeps, caller: Caller, input: ActivityInput): Promise<ActivityDto> {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt) throw Invalid('activity.endsBeforeStart', 'endsAt');
  const row = await deps.db.transaction(async (tx) => {
    const place = await visiblePlace(tx, caller, input.placeId);
    if (place.retiredAt) throw Invalid('place.parentRetired', 'placeId');
    if (input.teamId) {
      const [team] = await tx
        .select({ id: teams.id })
        .from(teams)
        .where(and(eq(teams.id, input.teamId), inArray(teams.placeId, placesInScope(tx, caller))));
      if (!team) throw new DomainError(404, 'notFound', { entity: 'team', entityZh: '服务队' }, 'teamId');
    }
    const [inserted] = await tx
      .insert(activities)
      .values({
        countyCode: caller.countyCode,
        placeId: place.id,
        teamId: input.teamId ?? null,
        title: input.title,
        theme: input.theme,
        location: input.location,
        description: input.description,
        startsAt,
        endsAt,
        capacity: input.capacity,
        pointsPerHour: input.pointsPerHour,
        createdBy: caller.accountId,
      })
      .returning();
    if (!inserted) throw new Error('insert returned nothing');
    await audit(tx, caller, { action: 'create', entity: 'activity', entityId: inserted.id, summary: `发布活动 ${input.title}` });
    return inserted;
  });
  return one(deps.db, caller, row);
}

export async function listActivities(deps: AppDeps, caller: Caller, q: ListActivitiesQuery): Promise<Page<ActivityDto>> {
  const conn = deps.db;
  const now = deps.clock();
  const where: (SQL | undefined)[] = [await visibility(conn, caller)];
  if (q.when === 'upcoming') where.push(gte(activities.endsAt, now));
  if (q.when === 'past') where.push(lt(activities.endsAt, now));
  if (q.placeId) where.push(await underPlace(conn, caller, activities.placeId, q.placeId));
  if (q.q) where.push(or(ilike(activities.title, `%${escapeLike(q.q)}%`), ilike(activities.theme, `%${escapeLike(q.q)}%`)));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(activities).where(filter);
  const rows = await conn
    .select()
    .from(activities)
    .where(filter)
    .orderBy(q.when === 'past' ? desc(activities.startsAt) : asc(activities.startsAt), asc(activities.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, caller, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function getActivity(deps: AppDeps, caller: Caller, id: number) {
  return one(deps.db, caller, await visibleActivity(deps.db, caller, id));
}

/** 报名: within capacity even when many sign up at once (the activity row is locked while counting). */
export async function signUp(deps: AppDeps, caller: Caller, id: number): Promise<ActivityDto> {
  if (!caller.memberId) throw new DomainError(403, 'forbidden');
  const memberId = caller.memberId;
  const row = await deps.db.transaction(async (tx) => {
    await visibleActivity(tx, caller, id);
    const [locked] = await tx.select().from(activities).where(eq(activities.id, id)).for('update');
    if (!locked) throw NotFound('activity');
    if (locked.status !== 'published' || locked.endsAt < deps.clock()) throw Conflict('activity.closed');
    const [taken] = await tx.select({ n: count() }).from(activitySignups).where(eq(activitySignups.activityId, id));
    if ((taken?.n ?? 0) >= locked.capacity) throw Conflict('activity.full', { capacity: locked.capacity });
    const [inserted] = await tx
      .insert(activitySignups)
      .values({ countyCode: locked.countyCode, activityId: id, memberId })
      .onConflictDoNothing()
      .returning({ id: activitySignups.id });
    if (!inserted) throw Conflict('activity.alreadySignedUp');
    return locked;
  });
  return one(deps.db, caller, row);
}

/** The organiser's screen: the current code, as text and as a QR code of the phone link. */
export async function activityQr(deps: AppDeps, caller: Caller, id: number, origin: string): Promise<ActivityQrDto> {
  if (!ORGANISERS.includes(caller.role)) throw new DomainError(403, 'forbidden');
  const row = await visibleActivity(deps.db, caller, id);
  const { code, expiresAt } = currentCode(deps.vault, row.id, deps.clock());
  const url = `${origin}/m/activities/${row.id}/check?code=${code}`;
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { code, url, svg, expiresAt: expiresAt.toISOString() };
}

/** 签到 then 签退 with the code on the organiser's screen; hours become a service record at check-out. */
export async function check(deps: AppDeps, caller: Caller, id: number, code: string): Promise<CheckResultDto> {
  if (!caller.memberId) throw new DomainError(403, 'forbidden');
  const memberId = caller.memberId;
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const activity = await visibleActivity(tx, caller, id);
    if (!codeIsValid(deps.vault, id, code.toUpperCase(), now)) throw Invalid('activity.codeExpired', 'code');
    if (!withinCheckWindow(now, activity.startsAt, activity.endsAt)) throw Conflict('activity.outsideWindow');
    const [signup] = await tx
      .select()
      .from(activitySignups)
      .where(and(eq(activitySignups.activityId, id), eq(activitySignups.memberId, memberId)));
    if (!signup) throw Conflict('activity.notSignedUp');
    if (!signup.checkInAt) {
      const [done] = await tx
        .update(activitySignups)
        .set({ checkInAt: now })
        .where(and(eq(activitySignups.id, signup.id), isNull(activitySignups.checkInAt)))
        .returning();
      if (!done) throw Conflict('activity.alreadyCheckedIn');
      return { action: 'checkIn' as const, at: now.toISOString(), hours: 0 };
    }
    if (signup.checkOutAt) throw Conflict('activity.alreadyCheckedOut');
    const hours = hoursServed(signup.checkInAt, now, activity.startsAt, activity.endsAt);
    const [done] = await tx
      .update(activitySignups)
      .set({ checkOutAt: now, hours })
      .where(and(eq(activitySignups.id, signup.id), isNull(activitySignups.checkOutAt)))
      .returning();
    if (!done) throw Conflict('activity.alreadyCheckedOut');
    const [member] = await tx.select({ organizationId: members.organizationId }).from(members).where(eq(members.id, memberId));
    await tx
      .insert(serviceRecords)
      .values({
        countyCode: activity.countyCode,
        memberId,
        organizationId: member?.organizationId ?? null,
        placeId: activity.placeId,
        source: 'activity',
        sourceId: activity.id,
        title: activity.title,
        hours,
        occurredAt: activity.startsAt,
      })
      .onConflictDoNothing();
    return { action: 'checkOut' as const, at: now.toISOString(), hours };
  });
}

export async function attendees(deps: AppDeps, caller: Caller, id: number): Promise<AttendeeDto[]> {
  if (!ORGANISERS.includes(caller.role)) throw new DomainError(403, 'forbidden');
  await visibleActivity(deps.db, caller, id);
  const rows = await deps.db
    .select({ s: activitySignups, name: members.name })
    .from(activitySignups)
    .innerJoin(members, eq(members.id, activitySignups.memberId))
    .where(eq(activitySignups.activityId, id))
    .orderBy(asc(activitySignups.createdAt));
  return rows.map(({ s, name }) => ({
    member: { id: s.memberId, name },
    signedUpAt: s.createdAt.toISOString(),
    checkInAt: s.checkInAt?.toISOString() ?? null,
    checkOutAt: s.checkOutAt?.toISOString() ?? null,
    hours: s.hours,
  }));
}
