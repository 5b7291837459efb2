import { and, asc, count, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { ListPostsQuery, PostDto, PostInput, RosterInput, ShiftDto } from '#contracts/wishes.js';
import type { Conn } from '../../db/client.js';
import { dutyShifts, members, postHolders, posts, serviceRecords } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { placesInScope, visiblePlace, placeNames } from '../../platform/scope.js';
import { memberFacts } from './members.js';

// 设岗定责: a community defines posts, members claim them, the community keeps a weekly duty roster.

type Row = typeof posts.$inferSelect;

async function visibility(conn: Conn, caller: Caller): Promise<SQL> {
  if (caller.role === 'member') {
    const me = await memberFacts(conn, caller);
    return me?.communities.length ? inArray(posts.placeId, me.communities) : sql`false`;
  }
  return inArray(posts.placeId, placesInScope(conn, caller));
}

async function visiblePost(conn: Conn, caller: Caller, id: number): Promise<Row> {
  const [row] = await conn
    .select()
    .from(posts)
    .where(and(eq(posts.id, id), await visibility(conn, caller)))
    .limit(1);
  if (!row) throw NotFound('post');
  return row;
}

async function present(conn: Conn, caller: Caller, rows: Row[]): Promise<PostDto[]> {
  if (!rows.length) return [];
  const holders = await conn
    .select({ postId: postHolders.postId, id: members.id, name: members.name })
    .from(postHolders)
    .innerJoin(members, eq(members.id, postHolders.memberId))
    .where(
      inArray(
        postHolders.postId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(postHolders.createdAt));
  const namesOfPlaces = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  return rows.map((r) => {
    const held = holders.filter((h) => h.postId === r.id).map(({ id, name }) => ({ id, name }));
    return {
      id: r.id,
      place: { id: r.placeId, name: namesOfPlaces.get(r.placeId) ?? '' },
      postClass: r.postClass,
      name: r.name,
      duties: r.duties,
      slots: r.slots,
      holders: held,
      mine: caller.memberId !== null && held.some((h) => h.id === caller.memberId),
    };
  });
}

async function one(conn: Conn, caller: Caller, row: Row) {
  const [dto] = await present(conn, caller, [row]);
  if (!dto) throw NotFound('post');
  return dto;
}

export async function createPost(deps: AppDeps, caller: Caller, input: PostInput): Promise<PostDto> {
  const row = await deps.db.transaction(async (tx) => {
    const place = await visiblePlace(tx, caller, input.placeId);
    if (place.kind !== 'community') throw Invalid('post.communityOnly', 'placeId');
    const [inserted] = await tx
      .insert(posts)
      .values({ countyCode: caller.countyCode, placeId: place.id, postClass: input.postClass, name: input.name, duties: input.duties, slots: input.slots })
      .onConflictDoNothing()
      .returning();
    if (!inserted) throw Conflict('post.duplicate', { name: input.name }, 'name');
    await audit(tx, caller, { action: 'create', entity: 'post', entityId: inserted.id, summary: `设岗 ${input.name}` });
    return inserted;
  });
  return one(deps.db, caller, row);
}

export async function listPosts(deps: AppDeps, caller: Caller, q: ListPostsQuery): Promise<Page<PostDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [await visibility(conn, caller)];
  if (q.placeId) where.push(eq(posts.placeId, (await visiblePlace(conn, caller, q.placeId)).id));
  if (q.postClass) where.push(eq(posts.postClass, q.postClass));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(posts).where(filter);
  const rows = await conn
    .select()
    .from(posts)
    .where(filter)
    .orderBy(asc(posts.postClass), asc(posts.name))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, caller, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function getPost(deps: AppDeps, caller: Caller, id: number): Promise<PostDto> {
  return one(deps.db, caller, await visiblePost(deps.db, caller, id));
}

/** 认岗: a member of the community takes a post while it has a free slot (the post row is locked while counting). */
export async function claimPost(deps: AppDeps, caller: Caller, id: number): Promise<PostDto> {
  if (!caller.memberId) throw new DomainError(403, 'forbidden');
  const memberId = caller.memberId;
  const row = await deps.db.transaction(async (tx) => {
    await visiblePost(tx, caller, id);
    const [post] = await tx.select().from(posts).where(eq(posts.id, id)).for('update');
    if (!post) throw NotFound('post');
    const [held] = await tx.select({ n: count() }).from(postHolders).where(eq(postHolders.postId, id));
    if ((held?.n ?? 0) >= post.slots) throw Conflict('post.full', { slots: post.slots });
    const [inserted] = await tx.insert(postHolders).values({ postId: id, memberId }).onConflictDoNothing().returning({ postId: postHolders.postId });
    if (!inserted) throw Conflict('post.alreadyHeld');
    return post;
  });
  return one(deps.db, caller, row);
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A week's roster replaces the week's earlier one; only the post's holders can be on it. */
export async function setRoster(deps: AppDeps, caller: Caller, id: number, input: RosterInput): Promise<ShiftDto[]> {
  if (new Date(`${input.weekStart}T00:00:00Z`).getUTCDay() !== 1) throw Invalid('post.weekStartsMonday', 'weekStart');
  const weekEnd = addDays(input.weekStart, 6);
  await deps.db.transaction(async (tx) => {
    const post = await visiblePost(tx, caller, id);
    const holders = new Set((await tx.select({ id: postHolders.memberId }).from(postHolders).where(eq(postHolders.postId, id))).map((h) => h.id));
    input.shifts.forEach((s, i) => {
      if (s.date < input.weekStart || s.date > weekEnd) throw Invalid('post.shiftOutsideWeek', `shifts.${i}.date`);
      if (!holders.has(s.memberId)) throw Invalid('post.notHolder', `shifts.${i}.memberId`);
    });
    await tx
      .delete(dutyShifts)
      .where(and(eq(dutyShifts.postId, id), gte(dutyShifts.date, input.weekStart), lte(dutyShifts.date, weekEnd), sql`${dutyShifts.doneAt} is null`));
    if (input.shifts.length) {
      await tx
        .insert(dutyShifts)
        .values(input.shifts.map((s) => ({ countyCode: post.countyCode, postId: id, memberId: s.memberId, date: s.date })))
        .onConflictDoNothing();
    }
    await audit(tx, caller, { action: 'update', entity: 'post', entityId: id, summary: `排班 ${post.name} ${input.weekStart}` });
  });
  return roster(deps, caller, id, input.weekStart);
}

export async function roster(deps: AppDeps, caller: Caller, id: number, weekStart: string): Promise<ShiftDto[]> {
  await visiblePost(deps.db, caller, id);
  const rows = await deps.db
    .select({ s: dutyShifts, name: members.name })
    .from(dutyShifts)
    .innerJoin(members, eq(members.id, dutyShifts.memberId))
    .where(and(eq(dutyShifts.postId, id), gte(dutyShifts.date, weekStart), lte(dutyShifts.date, addDays(weekStart, 6))))
    .orderBy(asc(dutyShifts.date), asc(members.pinyin));
  return rows.map(({ s, name }) => ({ id: s.id, date: s.date, member: { id: s.memberId, name }, done: s.doneAt !== null }));
}

/** A shift done (confirmed by the community) becomes the member's service record, once. */
export async function markShiftDone(deps: AppDeps, caller: Caller, postId: number, shiftId: number): Promise<ShiftDto> {
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    const post = await visiblePost(tx, caller, postId);
    const [shift] = await tx
      .update(dutyShifts)
      .set({ doneAt: now })
      .where(and(eq(dutyShifts.id, shiftId), eq(dutyShifts.postId, postId), sql`${dutyShifts.doneAt} is null`))
      .returning();
    if (!shift) throw Conflict('post.shiftDone');
    const [member] = await tx.select({ organizationId: members.organizationId }).from(members).where(eq(members.id, shift.memberId));
    await tx
      .insert(serviceRecords)
      .values({
        countyCode: post.countyCode,
        memberId: shift.memberId,
        organizationId: member?.organizationId ?? null,
        placeId: post.placeId,
        source: 'duty',
        sourceId: shift.id,
        title: `${post.name} ${shift.date}`,
        occurredAt: new Date(`${shift.date}T12:00:00+08:00`),
      })
      .onConflictDoNothing();
  });
  const [row] = await deps.db
    .select({ s: dutyShifts, name: members.name })
    .from(dutyShifts)
    .innerJoin(members, eq(members.id, dutyShifts.memberId))
    .where(eq(dutyShifts.id, shiftId));
  if (!row) throw NotFound('post');
  return { id: row.s.id, date: row.s.date, member: { id: row.s.memberId, name: row.name }, done: true };
}
