import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DashboardDto, FigureDto } from '#contracts/dashboard.js';
import { GRADES } from '#contracts/evaluation.js';
import { rowsOf } from '../../db/client.js';
import { evaluationYears, places } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError, Invalid } from '../../platform/errors.js';
import { percentText, writeExport } from '../../platform/excel/index.js';
import { visiblePlace } from '../../platform/scope.js';
import { listTasks, listTopics } from '../deliberation/index.js';
import { listEvaluations } from '../evaluation/index.js';
import { listCases } from '../mediation/index.js';
import { beijingDay, dueList, keyHouseholds } from '../pairing/index.js';
import { listMemberRegistrations, listUnitRegistrations } from '../registration/index.js';
import { listOrders, listWishes } from '../service/index.js';

// 数据看板: every count is the `total` of the very list it links to, read through the same service
// function with the same filters — so a figure and its list cannot disagree.

type Count = (q: { page: number; pageSize: number }) => Promise<{ total: number }>;

const LEVELS = ['county', 'street', 'community'];
const one = { page: 1, pageSize: 1 };

export async function dashboard(
  deps: AppDeps,
  caller: Caller,
  q: { placeId?: number | undefined; from?: string | undefined; to?: string | undefined },
): Promise<DashboardDto> {
  const conn = deps.db;
  const today = beijingDay(deps.clock());
  const from = q.from ?? `${today.slice(0, 4)}-01-01`;
  const to = q.to ?? today;
  if (from > to) throw Invalid('points.dateRange', 'from');
  if (Date.parse(to) - Date.parse(from) > 3 * 366 * 86_400_000) throw Invalid('dashboard.range', 'from');
  const place = await visiblePlace(conn, caller, q.placeId ?? caller.placeId);
  if (!LEVELS.includes(place.kind)) throw new DomainError(400, 'dashboard.level', {}, 'placeId');
  const placeId = place.id;
  const p = String(placeId);

  const [ranYear] = await conn
    .select({ year: evaluationYears.year })
    .from(evaluationYears)
    .where(and(eq(evaluationYears.countyCode, caller.countyCode), sql`${evaluationYears.ranAt} is not null`))
    .orderBy(sql`${evaluationYears.year} desc`)
    .limit(1);

  const figure = async (key: string, group: FigureDto['group'], path: string, query: Record<string, string>, count: Count): Promise<FigureDto> => ({
    key,
    group,
    value: (await count(one)).total,
    link: { path, query },
  });
  const figures: FigureDto[] = [];
  const add = async (...args: Parameters<typeof figure>) => figures.push(await figure(...args));

  for (const status of ['approved', 'submitted'] as const)
    await add(`members.${status}`, 'registration', '/registrations/members', { status, placeId: p }, (pg) =>
      listMemberRegistrations(deps, caller, { ...pg, status, placeId, q: '' }),
    );
  for (const status of ['confirmed', 'submitted'] as const)
    await add(`units.${status}`, 'registration', '/registrations/units', { status, placeId: p }, (pg) =>
      listUnitRegistrations(deps, caller, { ...pg, status, placeId, q: '' }),
    );
  for (const status of ['submitted', 'open', 'accepted', 'rated'] as const)
    await add(`orders.${status}`, 'service', '/orders', { status, placeId: p }, (pg) =>
      listOrders(deps, caller, { ...pg, status, placeId, view: 'all', q: '' }),
    );
  await add('orders.overdue', 'service', '/orders', { overdue: 'true', placeId: p }, (pg) =>
    listOrders(deps, caller, { ...pg, overdue: 'true', placeId, view: 'all', q: '' }),
  );
  for (const status of ['open', 'fulfilled', 'thanked'] as const)
    await add(`wishes.${status}`, 'service', '/wishes', { status, placeId: p }, (pg) => listWishes(deps, caller, { ...pg, status, placeId, mine: 'false' }));
  await add('key.all', 'pairing', '/pairings/key-households', { placeId: p }, (pg) => keyHouseholds(deps, caller, { ...pg, placeId, q: '' }));
  for (const covered of ['true', 'false'] as const)
    await add(`key.covered.${covered}`, 'pairing', '/pairings/key-households', { covered, placeId: p }, (pg) =>
      keyHouseholds(deps, caller, { ...pg, covered, placeId, q: '' }),
    );
  // 走访按时率: households owing an overdue visit, the list of the overdue visits themselves.
  figures.push({
    key: 'visits.overdue',
    group: 'pairing',
    value: (await dueList(deps, caller, { placeId, overdue: 'true' })).length,
    link: { path: '/visits/due', query: { overdue: 'true', placeId: p } },
  });
  if (ranYear) {
    for (const grade of GRADES)
      await add(`grades.${grade}`, 'evaluation', `/evaluations/${ranYear.year}/members`, { grade, placeId: p }, (pg) =>
        listEvaluations(deps, caller, ranYear.year, { ...pg, grade, placeId }),
      );
  }
  await add('topics.proposed', 'governance', '/topics', { status: 'proposed', placeId: p }, (pg) =>
    listTopics(deps, caller, { ...pg, status: 'proposed', placeId, mine: 'false' }),
  );
  await add('tasks.open', 'governance', '/tasks', { status: 'open', placeId: p }, (pg) => listTasks(deps, caller, { ...pg, status: 'open', placeId }));
  await add('tasks.overdue', 'governance', '/tasks', { overdue: 'true', placeId: p }, (pg) => listTasks(deps, caller, { ...pg, overdue: 'true', placeId }));
  for (const status of ['intake', 'mediating'] as const)
    await add(`mediation.${status}`, 'governance', '/mediation/cases', { status, placeId: p }, (pg) => listCases(deps, caller, { ...pg, status, placeId }));

  const under = `${place.path}%`;
  const monthly = rowsOf(
    await conn.execute(sql`
      select to_char(o.created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*)::int as submitted,
        count(*) filter (where o.status in ('finished', 'rated'))::int as finished
      from service_orders o join places pl on pl.id = o.place_id
      where pl.path like ${under} and (o.created_at at time zone 'Asia/Shanghai')::date between ${from} and ${to}
      group by 1 order by 1`),
  );
  const [quality] = rowsOf(
    await conn.execute(sql`
      select count(o.rating)::int as rated, avg(o.rating)::float as average,
        percentile_cont(0.5) within group (order by extract(epoch from o.accepted_at - o.created_at) / 3600) as to_accept,
        percentile_cont(0.5) within group (order by extract(epoch from o.finished_at - o.created_at) / 3600) as to_finish
      from service_orders o join places pl on pl.id = o.place_id
      where pl.path like ${under} and (o.created_at at time zone 'Asia/Shanghai')::date between ${from} and ${to}`),
  );
  const [points] = rowsOf(
    await conn.execute(sql`
      select coalesce(sum(e.amount) filter (where e.kind in ('earn', 'deduct') or (e.kind = 'reverse' and e.rule is not null)), 0)::int as issued,
        coalesce(-sum(e.amount) filter (where e.kind = 'redeem' or (e.kind = 'reverse' and e.source = 'redemption')), 0)::int as redeemed
      from point_entries e join members m on m.id = e.holder_id join places pl on pl.id = m.home_place_id
      where e.holder_kind = 'member' and pl.path like ${under} and e.occurred_on between ${from} and ${to}`),
  );
  const children = await conn
    .select({ id: places.id, name: places.name, kind: places.kind, path: places.path })
    .from(places)
    .where(and(eq(places.parentId, place.id), isNull(places.retiredAt)))
    .orderBy(asc(places.code));
  const childRows = children.length
    ? rowsOf(
        await conn.execute(sql`
          select c.id,
            (select count(*)::int from member_registrations r join places rp on rp.id = r.place_id where r.status = 'approved' and rp.path like c.path || '%') as registered,
            (select count(*)::int from service_orders o join places op on op.id = o.place_id where op.path like c.path || '%'
               and (o.created_at at time zone 'Asia/Shanghai')::date between ${from} and ${to}) as orders,
            (select count(*)::int from households h join places hp on hp.id = h.place_id where hp.path like c.path || '%' and jsonb_array_length(h.care_categories) > 0) as key,
            (select count(*)::int from households h join places hp on hp.id = h.place_id where hp.path like c.path || '%' and jsonb_array_length(h.care_categories) > 0
               and exists (select 1 from household_pairings x where x.household_id = h.id and x.end_date is null)) as covered
          from places c where c.parent_id = ${place.id} and c.retired_at is null`),
      )
    : [];
  const byChild = new Map(childRows.map((r) => [Number(r.id), r]));
  const round1 = (n: unknown) => (n === null || n === undefined ? null : Math.round(Number(n) * 10) / 10);
  const gradeFigures = figures.filter((f) => f.group === 'evaluation');
  return {
    place: { id: place.id, name: place.name, kind: place.kind },
    from,
    to,
    figures,
    ordersByMonth: monthly.map((m) => ({ month: String(m.month), submitted: Number(m.submitted), finished: Number(m.finished) })),
    satisfaction: { rated: Number(quality?.rated ?? 0), average: round1(quality?.average) },
    hours: { toAccept: round1(quality?.to_accept), toFinish: round1(quality?.to_finish) },
    points: { issued: Number(points?.issued ?? 0), redeemed: Number(points?.redeemed ?? 0) },
    grades: { year: ranYear?.year ?? null, byGrade: Object.fromEntries(gradeFigures.map((f) => [f.key.slice('grades.'.length), f.value])) },
    children: children.map((c) => {
      const r = byChild.get(c.id);
      return {
        place: { id: c.id, name: c.name, kind: c.kind },
        membersRegistered: Number(r?.registered ?? 0),
        orders: Number(r?.orders ?? 0),
        keyHouseholds: Number(r?.key ?? 0),
        covered: Number(r?.covered ?? 0),
      };
    }),
  };
}

/** The places-below table of a dashboard as .xlsx, stamped and audited like every export. */
export async function exportChildren(deps: AppDeps, caller: Caller, q: { placeId?: number | undefined; from?: string | undefined; to?: string | undefined }) {
  const board = await dashboard(deps, caller, q);
  const at = deps.clock();
  const file = await writeExport({
    title: `${board.place.name} 下级对比（${board.from} 至 ${board.to}）`,
    stamp: { by: caller.displayName, at },
    columns: ['地区', '报到党员', '工单', '重点户', '已包联', '包联率'].map((header) => ({ header })),
    rows: board.children.map((c) => [c.place.name, c.membersRegistered, c.orders, c.keyHouseholds, c.covered, percentText(c.covered, c.keyHouseholds)]),
  });
  await audit(deps.db, caller, { action: 'export', entity: 'dashboard', summary: `导出看板下级对比：${board.place.name}` });
  return { file, name: `${board.place.name}-下级对比-${at.toISOString().slice(0, 10)}.xlsx` };
}
