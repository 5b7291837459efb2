import { and, eq, gte, inArray, isNotNull, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { ORDER_CATEGORIES, ORDER_CATEGORY_LABELS, ORDER_STATUS_LABELS, ORDER_STATUSES } from '#contracts/labels.js';
import type { ListOrdersQuery, OrderSummaryDto, OrderSummaryQuery, TimeLimitInput } from '#contracts/orders.js';
import { rowsOf } from '../../db/client.js';
import { orderTimeLimits, places, serviceOrders, serviceRecords } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { beijingTime, writeExport } from '../../platform/excel/index.js';
import { Conflict, NotFound } from '../../platform/errors.js';
import { communityAdmins, notify } from '../../platform/notify.js';
import { visiblePlace, withinScope } from '../../platform/scope.js';
import { limitsOf, listOrders, visibleOrder } from './orders.js';

// The community's view over its orders: summary, export, flagged ratings, overdue escalation.

const round1 = (n: number) => Math.round(n * 10) / 10;

export async function orderSummary(deps: AppDeps, caller: Caller, q: OrderSummaryQuery): Promise<OrderSummaryDto> {
  const conn = deps.db;
  const under = q.placeId ? (await visiblePlace(conn, caller, q.placeId)).path : caller.placePath;
  const where: (SQL | undefined)[] = [
    inArray(
      serviceOrders.placeId,
      conn
        .select({ id: places.id })
        .from(places)
        .where(and(withinScope(caller, places.path), sql`${places.path} like ${`${under}%`}`)),
    ),
    q.from ? gte(serviceOrders.createdAt, new Date(`${q.from}T00:00:00+08:00`)) : undefined,
    q.to ? lt(serviceOrders.createdAt, new Date(Date.parse(`${q.to}T00:00:00+08:00`) + 86_400_000)) : undefined,
  ];
  const filter = and(...where);
  const now = deps.clock();
  const [facts] = rowsOf(
    await conn.execute(sql`
      select count(*)::int as total,
        avg(extract(epoch from (accepted_at - created_at)) / 3600) filter (where accepted_at is not null) as to_accept,
        avg(extract(epoch from (finished_at - accepted_at)) / 3600) filter (where finished_at is not null and accepted_at is not null) as to_finish,
        count(*) filter (where rating is not null and rating_counted) ::int as ratings,
        count(*) filter (where rating >= 4 and rating_counted)::int as satisfied,
        count(*) filter (where due_at < ${now.toISOString()}::timestamptz and status in ('submitted','dispatched','open','accepted'))::int as overdue,
        count(*) filter (where rating is not null and rating_counted is null)::int as flagged
      from ${serviceOrders} where ${filter}`),
  );
  const grouped = async (column: typeof serviceOrders.status | typeof serviceOrders.category) =>
    new Map(
      (await conn.select({ key: column, n: sql<number>`count(*)::int` }).from(serviceOrders).where(filter).groupBy(column)).map((r) => [r.key, Number(r.n)]),
    );
  const statuses = await grouped(serviceOrders.status);
  const categories = await grouped(serviceOrders.category);
  const num = (v: unknown) => (v === null || v === undefined ? null : round1(Number(v)));
  const ratings = Number(facts?.ratings ?? 0);
  return {
    total: Number(facts?.total ?? 0),
    byStatus: ORDER_STATUSES.map((status) => ({ status, count: statuses.get(status) ?? 0 })),
    byCategory: ORDER_CATEGORIES.map((category) => ({ category, count: categories.get(category) ?? 0 })).filter((c) => c.count > 0),
    avgHoursToAccept: num(facts?.to_accept),
    avgHoursToFinish: num(facts?.to_finish),
    satisfaction: ratings ? round1((Number(facts?.satisfied ?? 0) * 100) / ratings) / 100 : null,
    ratings,
    overdue: Number(facts?.overdue ?? 0),
    flaggedRatings: Number(facts?.flagged ?? 0),
  };
}

export async function exportOrders(deps: AppDeps, caller: Caller, q: Omit<ListOrdersQuery, 'page' | 'pageSize'>) {
  const rows = [];
  for (let page = 1; ; page++) {
    const batch = await listOrders(deps, caller, { ...q, page, pageSize: 200 });
    rows.push(...batch.items);
    if (batch.items.length < 200 || rows.length >= 50_000) break;
  }
  const at = deps.clock();
  const file = await writeExport({
    title: '服务工单台账',
    stamp: { by: caller.displayName, at },
    columns: ['编号', '提交时间', '社区', '户', '类别', '需求', '状态', '派给', '接单党员', '评分', '评价', '超时', '代点单'].map((header) => ({ header })),
    rows: rows.map((o) => [
      o.id,
      beijingTime(new Date(o.createdAt)),
      o.community.name,
      o.household.address,
      ORDER_CATEGORY_LABELS[o.category]['zh-CN'],
      o.description,
      ORDER_STATUS_LABELS[o.status]['zh-CN'],
      o.assignee?.name ?? '',
      o.doer?.name ?? '',
      o.rating?.score ?? null,
      o.rating?.comment ?? '',
      o.overdue ? '是' : '',
      o.onBehalf ? '是' : '',
    ]),
  });
  await audit(deps.db, caller, { action: 'export', entity: 'order', summary: `导出服务工单 ${rows.length} 条` });
  return { file, name: `服务工单台账-${at.toISOString().slice(0, 10)}.xlsx` };
}

/** The community looks at a flagged rating (e.g. a member rating their own household's order) and lets it count or not. */
export async function reviewRating(deps: AppDeps, caller: Caller, id: number, decision: { count: boolean; note: string }) {
  await deps.db.transaction(async (tx) => {
    const order = await visibleOrder(deps, tx, caller, id);
    const [done] = await tx
      .update(serviceOrders)
      .set({ ratingCounted: decision.count, version: order.version + 1 })
      .where(and(eq(serviceOrders.id, id), isNotNull(serviceOrders.rating), isNull(serviceOrders.ratingCounted)))
      .returning();
    if (!done) throw Conflict('order.ratingNotPending');
    if (decision.count && done.doerId) {
      await tx
        .update(serviceRecords)
        .set({ rating: done.rating })
        .where(and(eq(serviceRecords.source, 'order'), eq(serviceRecords.sourceId, id), eq(serviceRecords.memberId, done.doerId)));
    }
    await audit(tx, caller, {
      action: 'update',
      entity: 'order',
      entityId: id,
      summary: `${decision.count ? '认可' : '不计入'}存疑评价${decision.note ? `：${decision.note}` : ''}`,
    });
  });
  const [row] = await deps.db.select().from(serviceOrders).where(eq(serviceOrders.id, id));
  if (!row) throw NotFound('order');
}

/**
 * 超时督办: tells each community of its orders past their time limit, once per order and stage. The
 * conditional UPDATE claims each order, so two app servers sweeping at once never both send.
 */
export async function escalateOverdue(deps: AppDeps): Promise<number> {
  const now = deps.clock();
  return deps.db.transaction(async (tx) => {
    const claimed = await tx
      .update(serviceOrders)
      .set({ escalatedAt: now })
      .where(
        and(lt(serviceOrders.dueAt, now), inArray(serviceOrders.status, ['submitted', 'dispatched', 'open', 'accepted']), isNull(serviceOrders.escalatedAt)),
      )
      .returning({ id: serviceOrders.id, placeId: serviceOrders.placeId, countyCode: serviceOrders.countyCode, description: serviceOrders.description });
    for (const order of claimed) {
      await notify(tx, await communityAdmins(tx, order.placeId), {
        kind: 'order.overdue',
        title: { 'zh-CN': '工单超时，请督办', en: 'A request is overdue' },
        body: { 'zh-CN': order.description.slice(0, 40), en: order.description.slice(0, 40) },
        link: `/orders/${order.id}`,
      });
    }
    return claimed.length;
  });
}

/** The time limits of every category: the county's own where set, the defaults elsewhere. */
export async function timeLimits(deps: AppDeps, caller: Caller) {
  return Promise.all(ORDER_CATEGORIES.map(async (category) => ({ category, ...(await limitsOf(deps.db, caller.countyCode, category)) }))).then((rows) =>
    rows.map((r) => ({ category: r.category, acceptHours: r.accept, finishHours: r.finish })),
  );
}

/** Sets a category's limits from now on; orders already waiting keep the deadline they were given. */
export async function setTimeLimit(deps: AppDeps, caller: Caller, input: TimeLimitInput) {
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(orderTimeLimits)
      .values({ countyCode: caller.countyCode, category: input.category, acceptHours: input.acceptHours, finishHours: input.finishHours })
      .onConflictDoUpdate({
        target: [orderTimeLimits.countyCode, orderTimeLimits.category],
        set: { acceptHours: input.acceptHours, finishHours: input.finishHours },
      });
    await audit(tx, caller, {
      action: 'update',
      entity: 'order',
      summary: `时限：${ORDER_CATEGORY_LABELS[input.category]['zh-CN']} 接单 ${input.acceptHours} 小时、完成 ${input.finishHours} 小时`,
    });
  });
  return timeLimits(deps, caller);
}
