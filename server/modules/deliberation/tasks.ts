import { and, asc, count, desc, eq, gte, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { TaskDto } from '#contracts/deliberation.js';
import type { Conn } from '../../db/client.js';
import { agendaItems, meetings, places, tasks, topics } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, NotFound } from '../../platform/errors.js';
import { placeNames, placesInScope, placesUnder, underPlace } from '../../platform/scope.js';
import { beijingDay } from '../pairing/index.js';
import { tellProposer } from './topics.js';

// 决策监督: each decision's tasks, supervised until done; when a topic's tasks are all done, so is the topic.

type Row = typeof tasks.$inferSelect;
const _ADMINS = ['communityAdmin', 'streetAdmin', 'orgAdmin', 'gridWorker'];

async function present(conn: Conn, rows: Row[], today: string): Promise<TaskDto[]> {
  if (!rows.length) return [];
  const names = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  const sources = new Map(
    (
      await conn
        .select({ id: agendaItems.id, meetingId: agendaItems.meetingId, topicId: agendaItems.topicId, text: agendaItems.text, kind: meetings.kind })
        .from(agendaItems)
        .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
        .where(inArray(agendaItems.id, [...new Set(rows.map((r) => r.agendaItemId))]))
    ).map((s) => [s.id, s]),
  );
  return rows.map((r) => {
    const s = sources.get(r.agendaItemId);
    return {
      id: r.id,
      place: { id: r.placeId, name: names.get(r.placeId) ?? '' },
      title: r.title,
      owner: { kind: r.ownerKind, id: r.ownerId, name: r.ownerName },
      deadline: r.deadline,
      status: r.status,
      progress: r.progress,
      overdue: r.status === 'open' && r.deadline < today,
      source: { kind: s?.kind ?? 'deliberation', meetingId: s?.meetingId ?? 0, topicId: s?.topicId ?? null, text: s?.text ?? '' },
      updates: r.updates,
    };
  });
}

/** Staff see their places' tasks; a member the ones they own; a unit secretary the unit's. */
function visibility(conn: Conn, caller: Caller): SQL {
  if (caller.role === 'member') return and(eq(tasks.ownerKind, 'member'), eq(tasks.ownerId, caller.memberId ?? -1)) as SQL;
  if (caller.role === 'unitSecretary') return and(eq(tasks.ownerKind, 'unit'), eq(tasks.ownerId, caller.organizationId ?? -1)) as SQL;
  return inArray(tasks.placeId, placesInScope(conn, caller));
}

export async function listTasks(
  deps: AppDeps,
  caller: Caller,
  q: { placeId?: number | undefined; status?: 'open' | 'done' | undefined; overdue?: 'true' | 'false' | undefined; page: number; pageSize: number },
): Promise<Page<TaskDto>> {
  const conn = deps.db;
  const today = beijingDay(deps.clock());
  const where: (SQL | undefined)[] = [eq(tasks.countyCode, caller.countyCode), visibility(conn, caller)];
  if (q.placeId) where.push(await underPlace(conn, caller, tasks.placeId, q.placeId));
  if (q.status) where.push(eq(tasks.status, q.status));
  if (q.overdue === 'true') where.push(eq(tasks.status, 'open'), lt(tasks.deadline, today));
  if (q.overdue === 'false') where.push(or(eq(tasks.status, 'done'), gte(tasks.deadline, today)));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(tasks).where(filter);
  const rows = await conn
    .select()
    .from(tasks)
    .where(filter)
    .orderBy(sql`${tasks.status} = 'open' desc`, asc(tasks.deadline), desc(tasks.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, rows, today), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/**
 * 进度: the owner (or the community) posts progress; 100% finishes the task, and a topic whose tasks are
 * all finished is done, its proposer told.
 */
export async function updateTask(deps: AppDeps, caller: Caller, id: number, input: { text: string; progress: number }): Promise<TaskDto> {
  const today = beijingDay(deps.clock());
  const row = await deps.db.transaction(async (tx) => {
    const [task] = await tx
      .select()
      .from(tasks)
      .where(and(eq(tasks.id, id), visibility(tx, caller)));
    if (!task) throw NotFound('task');
    if (task.status === 'done') throw Conflict('task.done');
    const update = { text: input.text, progress: input.progress, by: caller.displayName, at: deps.clock().toISOString() };
    const [saved] = await tx
      .update(tasks)
      .set({ progress: input.progress, status: input.progress >= 100 ? 'done' : 'open', updates: [...task.updates, update] })
      .where(and(eq(tasks.id, task.id), eq(tasks.status, 'open')))
      .returning();
    if (!saved) throw Conflict('task.done');
    const [item] = await tx.select({ topicId: agendaItems.topicId }).from(agendaItems).where(eq(agendaItems.id, task.agendaItemId));
    if (saved.status === 'done' && item?.topicId) {
      const [left] = await tx
        .select({ n: count() })
        .from(tasks)
        .innerJoin(agendaItems, eq(agendaItems.id, tasks.agendaItemId))
        .where(and(eq(agendaItems.topicId, item.topicId), eq(tasks.status, 'open')));
      if (!left?.n) {
        const [done] = await tx
          .update(topics)
          .set({ status: 'done', updatedAt: deps.clock() })
          .where(and(eq(topics.id, item.topicId), eq(topics.status, 'decided')))
          .returning();
        if (done) await tellProposer(tx, done, { 'zh-CN': '议定事项已全部办结', en: 'Everything decided has been done' });
      }
    }
    await audit(tx, caller, { action: 'update', entity: 'task', entityId: task.id, summary: `议定事项进度 ${input.progress}%：${input.text}` });
    return saved;
  });
  const [dto] = await present(deps.db, [row], today);
  if (!dto) throw NotFound('task');
  return dto;
}

/** 公开栏: a place's decided topics with their tasks and progress — public within the county. */
export async function board(deps: AppDeps, caller: Caller, placeId: number) {
  const conn = deps.db;
  const [place] = await conn
    .select({ id: places.id, name: places.name, path: places.path })
    .from(places)
    .where(and(eq(places.id, placeId), eq(places.countyCode, caller.countyCode)));
  if (!place) throw NotFound('place');
  const decided = await conn
    .select({ id: topics.id, title: topics.title, status: topics.status, decision: topics.decision, meetingId: topics.meetingId, heldOn: meetings.heldOn })
    .from(topics)
    .innerJoin(meetings, eq(meetings.id, topics.meetingId))
    .where(and(inArray(topics.status, ['decided', 'done']), inArray(topics.placeId, placesUnder(conn, place.path))))
    .orderBy(desc(meetings.heldOn), desc(topics.id))
    .limit(50);
  const work = decided.length
    ? await conn
        .select({ topicId: agendaItems.topicId, t: tasks })
        .from(tasks)
        .innerJoin(agendaItems, eq(agendaItems.id, tasks.agendaItemId))
        .where(
          inArray(
            agendaItems.topicId,
            decided.map((d) => d.id),
          ),
        )
        .orderBy(asc(tasks.id))
    : [];
  return {
    place: { id: place.id, name: place.name },
    items: decided.map((d) => ({
      topic: { id: d.id, title: d.title, status: d.status },
      decision: d.decision ?? '',
      decidedOn: d.heldOn,
      tasks: work
        .filter((w) => w.topicId === d.id)
        .map(({ t }) => ({ title: t.title, owner: t.ownerName, deadline: t.deadline, progress: t.progress, status: t.status })),
    })),
  };
}
