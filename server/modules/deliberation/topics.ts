import { and, count, desc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { TopicDto } from '#contracts/deliberation.js';
import { ROLE_LABELS } from '#contracts/labels.js';
import type { Conn } from '../../db/client.js';
import { accounts, meetings, places, tasks, topics, agendaItems } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, Invalid, NotFound } from '../../platform/errors.js';
import { communityAdmins, notify } from '../../platform/notify.js';
import { containing, placeNames, placesInScope, underPlace, visiblePlace } from '../../platform/scope.js';
import { communityOf } from '../places/index.js';
import { maskName } from '../evaluation/index.js';

// 议题收集 and 议题确定: residents, grid workers and advisers raise topics; the community takes them up or not.

type Row = typeof topics.$inferSelect;
const STAFF = ['gridWorker', 'communityAdmin', 'streetAdmin', 'orgAdmin'];

export async function presentTopics(conn: Conn, rows: Row[]): Promise<TopicDto[]> {
  if (!rows.length) return [];
  const names = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  const proposers = new Map(
    (
      await conn
        .select({ id: accounts.id, name: accounts.displayName, role: accounts.role })
        .from(accounts)
        .where(inArray(accounts.id, [...new Set(rows.map((r) => r.proposedBy))]))
    ).map((a) => [a.id, a]),
  );
  const held = new Map(
    (
      await conn
        .select({ id: meetings.id, heldOn: meetings.heldOn })
        .from(meetings)
        .where(inArray(meetings.id, rows.flatMap((r) => r.meetingId ?? []).concat(-1)))
    ).map((m) => [m.id, m.heldOn]),
  );
  const progress = new Map(
    (
      await conn
        .select({ topicId: agendaItems.topicId, total: count(), done: sql<number>`count(*) filter (where ${tasks.status} = 'done')::int` })
        .from(tasks)
        .innerJoin(agendaItems, eq(agendaItems.id, tasks.agendaItemId))
        .where(
          inArray(
            agendaItems.topicId,
            rows.map((r) => r.id),
          ),
        )
        .groupBy(agendaItems.topicId)
    ).map((p) => [p.topicId, { total: p.total, done: Number(p.done) }]),
  );
  return rows.map((r) => {
    const who = proposers.get(r.proposedBy);
    // Residents' names are masked: a topic is read by the whole compound.
    const name = who ? (STAFF.includes(who.role) ? who.name : maskName(who.name)) : '';
    return {
      id: r.id,
      place: { id: r.placeId, name: names.get(r.placeId) ?? '' },
      title: r.title,
      description: r.description,
      proposer: { name, role: who ? ROLE_LABELS[who.role]['zh-CN'] : '' },
      status: r.status,
      meeting: r.meetingId ? { id: r.meetingId, heldOn: held.get(r.meetingId) ?? '' } : null,
      decision: r.decision,
      declineReason: r.declineReason,
      tasks: progress.get(r.id) ?? { total: 0, done: 0 },
      createdAt: r.createdAt.toISOString(),
    };
  });
}

/**
 * A resident or member raises a topic for their own community (or a compound in it); staff for any
 * community or compound they see.
 */
export async function proposeTopic(deps: AppDeps, caller: Caller, input: { placeId: number; title: string; description: string }): Promise<TopicDto> {
  const row = await deps.db.transaction(async (tx) => {
    const [place] = await tx
      .select()
      .from(places)
      .where(and(eq(places.id, input.placeId), eq(places.countyCode, caller.countyCode)));
    if (!place || !['community', 'compound'].includes(place.kind)) throw Invalid('topic.place', 'placeId');
    if (STAFF.includes(caller.role)) await visiblePlace(tx, caller, place.id);
    else {
      const own = await communityOf(tx, caller.placeId);
      if (!own || !place.path.startsWith(own.path)) throw Invalid('topic.place', 'placeId');
    }
    const [made] = await tx
      .insert(topics)
      .values({ countyCode: caller.countyCode, placeId: place.id, title: input.title, description: input.description, proposedBy: caller.accountId })
      .returning();
    if (!made) throw new Error('insert returned nothing');
    const community = await communityOf(tx, place.id);
    if (community) {
      await notify(tx, await communityAdmins(tx, community.id), {
        kind: 'topic.proposed',
        title: { 'zh-CN': `新议题：${input.title}`, en: `New topic: ${input.title}` },
        body: { 'zh-CN': place.name, en: place.name },
        link: '/deliberation',
      });
    }
    await audit(tx, caller, { action: 'create', entity: 'topic', entityId: made.id, summary: `提出议题：${input.title}` });
    return made;
  });
  const [dto] = await presentTopics(deps.db, [row]);
  if (!dto) throw NotFound('topic');
  return dto;
}

/** Staff see the topics of their places; residents and members the ones they raised. */
function visibility(conn: Conn, caller: Caller): SQL {
  return STAFF.includes(caller.role) ? inArray(topics.placeId, placesInScope(conn, caller)) : eq(topics.proposedBy, caller.accountId);
}

export async function visibleTopic(conn: Conn, caller: Caller, id: number): Promise<Row> {
  const [row] = await conn
    .select()
    .from(topics)
    .where(and(eq(topics.id, id), visibility(conn, caller)));
  if (!row) throw NotFound('topic');
  return row;
}

export async function listTopics(
  deps: AppDeps,
  caller: Caller,
  q: { placeId?: number | undefined; status?: Row['status'] | undefined; mine: 'true' | 'false'; q?: string | undefined; page: number; pageSize: number },
): Promise<Page<TopicDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [eq(topics.countyCode, caller.countyCode), visibility(conn, caller)];
  if (q.mine === 'true') where.push(eq(topics.proposedBy, caller.accountId));
  if (q.placeId) where.push(await underPlace(conn, caller, topics.placeId, q.placeId));
  if (q.status) where.push(eq(topics.status, q.status));
  if (q.q) where.push(like(topics.title, containing(q.q)));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(topics).where(filter);
  const rows = await conn
    .select()
    .from(topics)
    .where(filter)
    .orderBy(sql`${topics.status} = 'proposed' desc`, desc(topics.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await presentTopics(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** 不予采纳: with a reason the proposer is told. Only a topic not yet decided. */
export async function declineTopic(deps: AppDeps, caller: Caller, id: number, reason: string): Promise<TopicDto> {
  const row = await deps.db.transaction(async (tx) => {
    const topic = await visibleTopic(tx, caller, id);
    if (topic.status !== 'proposed' && topic.status !== 'selected') throw Conflict('topic.notOpen', {}, 'id');
    const [declined] = await tx
      .update(topics)
      .set({ status: 'declined', declineReason: reason, meetingId: null, updatedAt: deps.clock() })
      .where(and(eq(topics.id, topic.id), inArray(topics.status, ['proposed', 'selected'])))
      .returning();
    if (!declined) throw Conflict('topic.notOpen', {}, 'id');
    if (topic.meetingId) await tx.delete(agendaItems).where(and(eq(agendaItems.meetingId, topic.meetingId), eq(agendaItems.topicId, topic.id)));
    await tellProposer(tx, declined, { 'zh-CN': `您提出的议题未被采纳：${reason}`, en: `Your topic was not taken up: ${reason}` });
    await audit(tx, caller, { action: 'update', entity: 'topic', entityId: topic.id, summary: `议题不予采纳：${reason}` });
    return declined;
  });
  const [dto] = await presentTopics(deps.db, [row]);
  if (!dto) throw NotFound('topic');
  return dto;
}

export async function tellProposer(tx: Conn, topic: Row, body: { 'zh-CN': string; en: string }) {
  const [who] = await tx.select({ accountId: accounts.id, countyCode: accounts.countyCode }).from(accounts).where(eq(accounts.id, topic.proposedBy));
  if (!who) return;
  await notify(tx, [who], {
    kind: 'topic.update',
    title: { 'zh-CN': `议题「${topic.title}」有新进展`, en: `News of your topic “${topic.title}”` },
    body,
    link: '/m/topics',
  });
}
