import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Page } from '#contracts/common.js';
import type { MeetingDto, MeetingKind, MeetingRecordInput } from '#contracts/deliberation.js';
import { rowsOf } from '../../db/client.js';
import type { Conn } from '../../db/client.js';
import { accounts, agendaItems, meetings, tasks, topics } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, Invalid, NotFound } from '../../platform/errors.js';
import { notify, unitSecretaries } from '../../platform/notify.js';
import { placeNames, placesInScope, placesUnder, underPlace, visiblePlace } from '../../platform/scope.js';
import { beijingDay } from '../pairing/index.js';
import { tellProposer } from './topics.js';

// 开展协商: a meeting is planned with its agenda, then recorded — attendees, discussion, and per item the
// decision, the votes and the tasks it sets. A 联席会议 drafts its agenda from the open problems.

type Row = typeof meetings.$inferSelect;

async function present(conn: Conn, rows: Row[]): Promise<MeetingDto[]> {
  if (!rows.length) return [];
  const names = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  const items = await conn
    .select()
    .from(agendaItems)
    .where(
      inArray(
        agendaItems.meetingId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(agendaItems.id));
  return rows.map((r) => ({
    id: r.id,
    place: { id: r.placeId, name: names.get(r.placeId) ?? '' },
    kind: r.kind,
    heldOn: r.heldOn,
    title: r.title,
    status: r.status,
    attendees: r.attendees,
    discussion: r.discussion,
    items: items
      .filter((i) => i.meetingId === r.id)
      .map((i) => ({
        id: i.id,
        topicId: i.topicId,
        text: i.text,
        origin: i.origin,
        decision: i.decision,
        votes: i.votesFor === null ? null : { for: i.votesFor, against: i.votesAgainst ?? 0, abstain: i.votesAbstain ?? 0 },
      })),
  }));
}

/**
 * 联席会议 agenda: what the community could not settle alone — requests overdue past escalation, needs
 * nobody took within a week, and decisions' tasks past their deadline.
 */
async function openProblems(conn: Conn, placePath: string, today: string): Promise<{ text: string; origin: string }[]> {
  const [counts] = rowsOf(
    await conn.execute(sql`
      select
        (select count(*)::int from service_orders o join places p on p.id = o.place_id
          where p.path like ${`${placePath}%`} and o.escalated_at is not null and o.status in ('submitted', 'dispatched', 'open', 'accepted')) as escalated,
        (select count(*)::int from service_orders o join places p on p.id = o.place_id
          where p.path like ${`${placePath}%`} and o.doer_id is null and o.status in ('submitted', 'dispatched', 'open')
            and o.created_at < ${today}::date - interval '7 days') as unclaimed,
        (select count(*)::int from tasks t join places p on p.id = t.place_id
          where p.path like ${`${placePath}%`} and t.status = 'open' and t.deadline < ${today}::date) as late_tasks`),
  );
  const items: { text: string; origin: string }[] = [];
  if (Number(counts?.escalated)) items.push({ text: `${counts?.escalated} 件群众需求超时未办结，研究协调办理`, origin: 'escalatedOrders' });
  if (Number(counts?.unclaimed)) items.push({ text: `${counts?.unclaimed} 件需求一周以上无人认领，商定认领单位`, origin: 'unclaimedNeeds' });
  if (Number(counts?.late_tasks)) items.push({ text: `${counts?.late_tasks} 项议定事项逾期未完成，督促落实`, origin: 'lateTasks' });
  if (!items.length) items.push({ text: '通报本月双报到双服务情况，研究下月重点工作', origin: 'routine' });
  return items;
}

export async function planMeeting(
  deps: AppDeps,
  caller: Caller,
  input: { placeId: number; kind: MeetingKind; heldOn: string; title: string; topicIds: number[] },
): Promise<MeetingDto> {
  const row = await deps.db.transaction(async (tx) => {
    const place = await visiblePlace(tx, caller, input.placeId);
    const allowed = input.kind === 'joint' ? ['county', 'community'] : ['community', 'compound'];
    if (!allowed.includes(place.kind)) throw Invalid('meeting.place', 'placeId');
    if (input.kind === 'deliberation' && !input.topicIds.length) throw Invalid('meeting.noTopics', 'topicIds');
    const [meeting] = await tx
      .insert(meetings)
      .values({ countyCode: caller.countyCode, placeId: place.id, kind: input.kind, heldOn: input.heldOn, title: input.title, createdBy: caller.accountId })
      .returning();
    if (!meeting) throw new Error('insert returned nothing');
    if (input.kind === 'deliberation') {
      const chosen = await tx
        .update(topics)
        .set({ status: 'selected', meetingId: meeting.id, updatedAt: deps.clock() })
        .where(and(inArray(topics.id, input.topicIds), eq(topics.status, 'proposed'), inArray(topics.placeId, placesUnder(tx, place.path))))
        .returning();
      if (chosen.length !== new Set(input.topicIds).size) throw Conflict('topic.notOpen', {}, 'topicIds');
      await tx.insert(agendaItems).values(chosen.map((t) => ({ meetingId: meeting.id, topicId: t.id, text: t.title })));
      for (const t of chosen)
        await tellProposer(tx, t, { 'zh-CN': `已列入 ${input.heldOn} 的议事会议程`, en: `On the agenda of the meeting on ${input.heldOn}` });
    } else {
      const problems = await openProblems(tx, place.path, beijingDay(deps.clock()));
      await tx.insert(agendaItems).values(problems.map((p) => ({ meetingId: meeting.id, text: p.text, origin: p.origin })));
      // The paired and registered units' secretaries are invited.
      const units = tx.select({ id: sql<number>`organization_id` }).from(sql`unit_registrations`).where(sql`place_id = ${place.id} and status = 'confirmed'`);
      await notify(tx, await unitSecretaries(tx, units), {
        kind: 'meeting.joint',
        title: { 'zh-CN': `联席会议通知：${input.title}`, en: `Joint meeting: ${input.title}` },
        body: { 'zh-CN': `${input.heldOn}，${place.name}`, en: `${input.heldOn}, ${place.name}` },
        link: `/deliberation/meetings/${meeting.id}`,
      });
    }
    await audit(tx, caller, {
      action: 'create',
      entity: 'meeting',
      entityId: meeting.id,
      summary: `${input.kind === 'joint' ? '联席会议' : '议事会'}：${input.title}`,
    });
    return meeting;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('meeting');
  return dto;
}

async function visibleMeeting(conn: Conn, caller: Caller, id: number): Promise<Row> {
  const [row] = await conn
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), inArray(meetings.placeId, placesInScope(conn, caller))));
  if (!row) throw NotFound('meeting');
  return row;
}

export async function getMeeting(deps: AppDeps, caller: Caller, id: number): Promise<MeetingDto> {
  const [dto] = await present(deps.db, [await visibleMeeting(deps.db, caller, id)]);
  if (!dto) throw NotFound('meeting');
  return dto;
}

export async function listMeetings(
  deps: AppDeps,
  caller: Caller,
  q: { placeId?: number | undefined; kind?: MeetingKind | undefined; page: number; pageSize: number },
): Promise<Page<MeetingDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [inArray(meetings.placeId, placesInScope(conn, caller))];
  if (q.placeId) where.push(await underPlace(conn, caller, meetings.placeId, q.placeId));
  if (q.kind) where.push(eq(meetings.kind, q.kind));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(meetings).where(filter);
  const rows = await conn
    .select()
    .from(meetings)
    .where(filter)
    .orderBy(desc(meetings.heldOn), desc(meetings.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/**
 * 会议记录: once per meeting, on or after its day. Every agenda item gets its decision; a topic becomes
 * decided (a topic already decided cannot be decided again), and its tasks go to their owners.
 */
export async function recordMeeting(deps: AppDeps, caller: Caller, id: number, input: z.infer<typeof MeetingRecordInput>): Promise<MeetingDto> {
  const today = beijingDay(deps.clock());
  const row = await deps.db.transaction(async (tx) => {
    const meeting = await visibleMeeting(tx, caller, id);
    if (meeting.heldOn > today) throw Invalid('meeting.notYet', 'heldOn');
    const [claimed] = await tx
      .update(meetings)
      .set({ status: 'held', attendees: input.attendees, discussion: input.discussion, recordedAt: deps.clock() })
      .where(and(eq(meetings.id, meeting.id), eq(meetings.status, 'planned')))
      .returning();
    if (!claimed) throw Conflict('meeting.recorded');
    const items = await tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id));
    const given = new Map(input.items.map((i) => [i.itemId, i]));
    if (items.some((i) => !given.has(i.id)) || input.items.some((i) => !items.some((x) => x.id === i.itemId))) throw Invalid('meeting.items', 'items');
    for (const item of items) {
      const record = given.get(item.id);
      if (!record) continue;
      await tx
        .update(agendaItems)
        .set({ decision: record.decision, votesFor: record.votesFor, votesAgainst: record.votesAgainst, votesAbstain: record.votesAbstain })
        .where(eq(agendaItems.id, item.id));
      for (const t of record.tasks) {
        if (t.deadline < meeting.heldOn) throw Invalid('task.deadline', 'items');
      }
      if (record.tasks.length) {
        await tx.insert(tasks).values(
          record.tasks.map((t) => ({
            countyCode: caller.countyCode,
            placeId: meeting.placeId,
            agendaItemId: item.id,
            title: t.title,
            ownerKind: t.owner.kind,
            ownerId: t.owner.id ?? null,
            ownerName: t.owner.name,
            deadline: t.deadline,
          })),
        );
        await tellOwners(tx, record.tasks);
      }
      if (item.topicId) {
        const [decided] = await tx
          .update(topics)
          .set({ status: record.tasks.length ? 'decided' : 'done', decision: record.decision, updatedAt: deps.clock() })
          .where(and(eq(topics.id, item.topicId), eq(topics.status, 'selected')))
          .returning();
        if (!decided) throw Conflict('topic.decided');
        await tellProposer(tx, decided, { 'zh-CN': `议事会决议：${record.decision}`, en: `The meeting decided: ${record.decision}` });
      }
    }
    await audit(tx, caller, {
      action: 'update',
      entity: 'meeting',
      entityId: meeting.id,
      summary: `会议记录：${meeting.title}（${input.attendees.length} 人参加）`,
    });
    return claimed;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('meeting');
  return dto;
}

async function tellOwners(tx: Conn, list: { owner: { kind: string; id?: number | undefined } }[]) {
  const memberIds = list.flatMap((t) => (t.owner.kind === 'member' && t.owner.id ? [t.owner.id] : []));
  const unitIds = list.flatMap((t) => (t.owner.kind === 'unit' && t.owner.id ? [t.owner.id] : []));
  const recipients = [
    ...(memberIds.length
      ? await tx.select({ accountId: accounts.id, countyCode: accounts.countyCode }).from(accounts).where(inArray(accounts.memberId, memberIds))
      : []),
    ...(unitIds.length ? await unitSecretaries(tx, unitIds) : []),
  ];
  await notify(tx, recipients, {
    kind: 'task.assigned',
    title: { 'zh-CN': '您有新的议定事项', en: 'A decision needs you' },
    body: { 'zh-CN': '请按期办理并更新进度', en: 'Please see it done by the deadline and post progress' },
    link: '/m/tasks',
  });
}
