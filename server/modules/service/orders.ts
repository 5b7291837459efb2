import { and, asc, count, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import { type OrderCategory, type Role, ORDER_CATEGORY_LABELS } from '#contracts/labels.js';
import type { DispatchInput, ListOrdersQuery, OrderAction, OrderDetailDto, OrderDto, OrderInput, RateInput } from '#contracts/orders.js';
import type { Conn, Tx } from '../../db/client.js';
import {
  accounts,
  files,
  householdPairings,
  households,
  memberRegistrations,
  members,
  orderEvents,
  orderTimeLimits,
  organizations,
  residents,
  serviceOrders,
  serviceRecords,
  teamMembers,
  teams,
  unitRegistrations,
} from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { communityAdmins, notify, unitSecretaries } from '../../platform/notify.js';
import { escapeLike, placeNames, placesInScope, underPlace } from '../../platform/scope.js';
import { householdAddresses, visibleHousehold } from '../people/index.js';
import { communityOf } from '../places/index.js';
import { type Action, type Actor, advance, allowedActions, FlowError, type OrderState } from './flow.js';
import { memberFacts } from './members.js';

type Row = typeof serviceOrders.$inferSelect;

const ADMINS: readonly Role[] = ['communityAdmin', 'streetAdmin', 'orgAdmin'];
const WAITING = ['submitted', 'dispatched', 'open'] as const;
/** Hours to accept and to finish, unless the county set its own. */
const DEFAULT_LIMITS: Record<OrderCategory, [number, number]> = {
  repair: [24, 72],
  elderlyCare: [12, 48],
  medical: [12, 48],
  legal: [48, 168],
  education: [48, 168],
  psychology: [24, 168],
  environment: [48, 168],
  errand: [12, 24],
  other: [48, 168],
};

export async function limitsOf(conn: Conn, countyCode: string, category: OrderCategory): Promise<{ accept: number; finish: number }> {
  const [row] = await conn
    .select()
    .from(orderTimeLimits)
    .where(and(eq(orderTimeLimits.countyCode, countyCode), eq(orderTimeLimits.category, category)));
  const [accept, finish] = row ? [row.acceptHours, row.finishHours] : DEFAULT_LIMITS[category];
  return { accept, finish };
}

const hoursAfter = (at: Date, hours: number) => new Date(at.getTime() + hours * 3600_000);

/** The household of a resident's own account. */
async function householdOfResident(conn: Conn, caller: Caller): Promise<number | null> {
  if (!caller.residentId) return null;
  const [r] = await conn.select({ householdId: residents.householdId }).from(residents).where(eq(residents.id, caller.residentId));
  return r?.householdId ?? null;
}

const householdsInScope = (conn: Conn, caller: Caller) =>
  conn
    .select({ id: households.id })
    .from(households)
    .where(inArray(households.placeId, placesInScope(conn, caller)));

/** What the caller sees: admins and grid workers their places; a member the pool of their communities and their own; a resident their household's. */
async function visibility(conn: Conn, caller: Caller, view: ListOrdersQuery['view'] = 'all'): Promise<SQL> {
  if (caller.role === 'resident') return eq(serviceOrders.householdId, (await householdOfResident(conn, caller)) ?? -1);
  if (caller.role === 'member') {
    const me = await memberFacts(conn, caller);
    if (!me) return sql`false`;
    const pool = and(eq(serviceOrders.status, 'open'), inArray(serviceOrders.placeId, me.communities.length ? me.communities : [-1]));
    const mine = or(
      eq(serviceOrders.doerId, me.memberId),
      and(eq(serviceOrders.assigneeKind, 'member'), eq(serviceOrders.assigneeId, me.memberId)),
      me.organizationId ? and(eq(serviceOrders.assigneeKind, 'unit'), eq(serviceOrders.assigneeId, me.organizationId)) : undefined,
      me.teamIds.length ? and(eq(serviceOrders.assigneeKind, 'team'), inArray(serviceOrders.assigneeId, me.teamIds)) : undefined,
    );
    return (view === 'pool' ? pool : view === 'mine' ? mine : or(pool, mine)) ?? sql`false`;
  }
  if (caller.role === 'unitSecretary') {
    const unit = caller.organizationId ?? -1;
    const servedByUnit = conn
      .select({ id: unitRegistrations.placeId })
      .from(unitRegistrations)
      .where(and(eq(unitRegistrations.organizationId, unit), eq(unitRegistrations.status, 'confirmed')));
    const pool = and(eq(serviceOrders.status, 'open'), inArray(serviceOrders.placeId, servedByUnit));
    const mine = and(eq(serviceOrders.assigneeKind, 'unit'), eq(serviceOrders.assigneeId, unit));
    return (view === 'pool' ? pool : view === 'mine' ? mine : or(pool, mine)) ?? sql`false`;
  }
  // A grid worker's places lie below the community the order is filed under: match by the household.
  if (caller.role === 'gridWorker') return inArray(serviceOrders.householdId, householdsInScope(conn, caller));
  return inArray(serviceOrders.placeId, placesInScope(conn, caller));
}

async function actorOf(conn: Conn, caller: Caller, row: Row): Promise<Actor | null> {
  if (ADMINS.includes(caller.role)) return { kind: 'community' };
  if (caller.role === 'member') {
    const me = await memberFacts(conn, caller);
    return me ? { kind: 'member', memberId: me.memberId, teamIds: me.teamIds, organizationId: me.organizationId } : null;
  }
  if (caller.role === 'unitSecretary' && caller.organizationId) return { kind: 'unit', organizationId: caller.organizationId };
  if (caller.role === 'resident') {
    const householdId = await householdOfResident(conn, caller);
    return householdId === row.householdId ? { kind: 'household', householdId } : null;
  }
  return null;
}

const stateOf = (r: Row): OrderState => ({
  status: r.status,
  assignee: r.assigneeKind && r.assigneeId ? { kind: r.assigneeKind, id: r.assigneeId } : null,
  doerId: r.doerId,
  reopened: r.reopened,
  householdId: r.householdId,
});

const isOverdue = (r: Row, now: Date) =>
  r.dueAt !== null && r.dueAt < now && (WAITING.includes(r.status as (typeof WAITING)[number]) || r.status === 'accepted');

async function present(deps: AppDeps, caller: Caller, rows: Row[]): Promise<OrderDto[]> {
  if (!rows.length) return [];
  const conn = deps.db;
  const communityNames = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  const addresses = await householdAddresses(
    conn,
    rows.map((r) => r.householdId),
  );
  const memberIds = [...new Set(rows.flatMap((r) => [r.doerId ?? [], r.assigneeKind === 'member' ? (r.assigneeId ?? []) : []].flat()))];
  const memberNames = new Map(
    (memberIds.length ? await conn.select({ id: members.id, name: members.name }).from(members).where(inArray(members.id, memberIds)) : []).map((m) => [
      m.id,
      m.name,
    ]),
  );
  const teamIds = [...new Set(rows.flatMap((r) => (r.assigneeKind === 'team' && r.assigneeId ? [r.assigneeId] : [])))];
  const teamNames = new Map(
    (teamIds.length ? await conn.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, teamIds)) : []).map((t) => [t.id, t.name]),
  );
  const unitIds = [...new Set(rows.flatMap((r) => (r.assigneeKind === 'unit' && r.assigneeId ? [r.assigneeId] : [])))];
  const unitNames = new Map(
    (unitIds.length
      ? await conn.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, unitIds))
      : []
    ).map((o) => [o.id, o.name]),
  );
  const now = deps.clock();
  return Promise.all(
    rows.map(async (r) => {
      const actor = await actorOf(conn, caller, r);
      const names = { member: memberNames, unit: unitNames, team: teamNames };
      const assignee = r.assigneeKind && r.assigneeId ? { kind: r.assigneeKind, id: r.assigneeId, name: names[r.assigneeKind].get(r.assigneeId) ?? '' } : null;
      return {
        id: r.id,
        category: r.category,
        description: r.description,
        status: r.status,
        community: { id: r.placeId, name: communityNames.get(r.placeId) ?? '' },
        household: { id: r.householdId, address: addresses.get(r.householdId) ?? '' },
        onBehalf: r.onBehalf,
        assignee,
        doer: r.doerId ? { id: r.doerId, name: memberNames.get(r.doerId) ?? '' } : null,
        photos: r.photos,
        rating: r.rating !== null ? { score: r.rating, comment: r.ratingComment ?? '', flagged: r.ratingCounted === null } : null,
        reopened: r.reopened,
        overdue: isOverdue(r, now),
        dueAt: r.dueAt?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
        actions: actor ? allowedActions(stateOf(r), actor) : [],
      };
    }),
  );
}

export async function visibleOrder(_deps: AppDeps, conn: Conn, caller: Caller, id: number): Promise<Row> {
  const [row] = await conn
    .select()
    .from(serviceOrders)
    .where(and(eq(serviceOrders.id, id), await visibility(conn, caller)))
    .limit(1);
  if (!row) throw NotFound('order');
  return row;
}

/** Photos must be the caller's own uploads. */
async function ownPhotos(conn: Conn, caller: Caller, ids: number[]) {
  if (!ids.length) return;
  const mine = await conn
    .select({ id: files.id })
    .from(files)
    .where(and(inArray(files.id, ids), eq(files.uploadedBy, caller.accountId)));
  if (mine.length !== new Set(ids).size) throw Invalid('order.photoNotYours', 'photos');
}

/** 居民点单: a resident for their household, or a grid worker / community admin for one in their places (代点单). */
/**
 * Files a need for a household whose right to be served the caller has already been checked (their
 * own household, one in their places, or one they visited as its paired member).
 */
export async function fileNeed(
  tx: Tx,
  deps: AppDeps,
  caller: Caller,
  input: { category: OrderCategory; description: string; householdId: number; photos: number[] },
  opts: { onBehalf: boolean },
): Promise<Row> {
  const householdId = input.householdId;
  const [home] = await tx.select({ placeId: households.placeId }).from(households).where(eq(households.id, householdId));
  const community = home ? await communityOf(tx, home.placeId) : null;
  if (!community) throw NotFound('community');
  await ownPhotos(tx, caller, input.photos);
  const now = deps.clock();
  const limits = await limitsOf(tx, caller.countyCode, input.category);
  const [inserted] = await tx
    .insert(serviceOrders)
    .values({
      countyCode: caller.countyCode,
      placeId: community.id,
      householdId,
      category: input.category,
      description: input.description,
      photos: input.photos,
      submittedBy: caller.accountId,
      onBehalf: opts.onBehalf,
      dueAt: hoursAfter(now, limits.accept),
    })
    .returning();
  if (!inserted) throw new Error('insert returned nothing');
  await tx.insert(orderEvents).values({
    countyCode: caller.countyCode,
    orderId: inserted.id,
    actorId: caller.accountId,
    action: 'submit',
    status: 'submitted',
    text: input.description,
    photos: input.photos,
  });
  await notify(tx, await communityAdmins(tx, community.id), {
    kind: 'order.submitted',
    title: { 'zh-CN': '新的居民需求待派单', en: 'A new request awaits dispatch' },
    body: {
      'zh-CN': `${ORDER_CATEGORY_LABELS[input.category]['zh-CN']}：${input.description.slice(0, 40)}`,
      en: `${ORDER_CATEGORY_LABELS[input.category].en}: ${input.description.slice(0, 40)}`,
    },
    link: `/orders/${inserted.id}`,
  });
  return inserted;
}

export async function submitOrder(deps: AppDeps, caller: Caller, input: OrderInput): Promise<OrderDto> {
  const row = await deps.db.transaction(async (tx) => {
    const own = caller.role === 'resident' ? await householdOfResident(tx, caller) : null;
    if (caller.role === 'resident' && !own) throw new DomainError(403, 'forbidden');
    if (caller.role !== 'resident' && !input.householdId) throw Invalid('order.householdRequired', 'householdId');
    const householdId = own ?? (await visibleHousehold(tx, caller, input.householdId ?? 0)).id;
    return fileNeed(tx, deps, caller, { ...input, householdId }, { onBehalf: caller.role !== 'resident' });
  });
  const [dto] = await present(deps, caller, [row]);
  if (!dto) throw NotFound('order');
  return dto;
}

export async function listOrders(deps: AppDeps, caller: Caller, q: ListOrdersQuery): Promise<Page<OrderDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [await visibility(conn, caller, q.view)];
  if (q.status) where.push(eq(serviceOrders.status, q.status));
  if (q.category) where.push(eq(serviceOrders.category, q.category));
  if (q.placeId) where.push(await underPlace(conn, caller, serviceOrders.placeId, q.placeId));
  if (q.overdue === 'true') {
    where.push(and(isNotNull(serviceOrders.dueAt), lt(serviceOrders.dueAt, deps.clock()), inArray(serviceOrders.status, [...WAITING, 'accepted'])));
  }
  if (q.flagged === 'true') where.push(and(isNotNull(serviceOrders.rating), isNull(serviceOrders.ratingCounted)));
  if (q.q) where.push(ilike(serviceOrders.description, `%${escapeLike(q.q)}%`));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(serviceOrders).where(filter);
  const rows = await conn
    .select()
    .from(serviceOrders)
    .where(filter)
    .orderBy(desc(serviceOrders.createdAt), desc(serviceOrders.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(deps, caller, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** Ids of the caller's orders, newest first, for other systems reading in bulk (Open311: 90 days, 1000 at most). */
export async function listOrderIds(
  deps: AppDeps,
  caller: Caller,
  q: { category?: OrderCategory | undefined; from?: Date | undefined; to?: Date | undefined },
): Promise<number[]> {
  const now = deps.clock();
  const rows = await deps.db
    .select({ id: serviceOrders.id })
    .from(serviceOrders)
    .where(
      and(
        await visibility(deps.db, caller),
        q.category ? eq(serviceOrders.category, q.category) : undefined,
        gte(serviceOrders.createdAt, q.from ?? new Date(now.getTime() - 90 * 86_400_000)),
        q.to ? lt(serviceOrders.createdAt, q.to) : undefined,
      ),
    )
    .orderBy(desc(serviceOrders.id))
    .limit(1000);
  return rows.map((r) => r.id);
}

export async function getOrder(deps: AppDeps, caller: Caller, id: number): Promise<OrderDetailDto> {
  const row = await visibleOrder(deps, deps.db, caller, id);
  const [dto] = await present(deps, caller, [row]);
  if (!dto) throw NotFound('order');
  const events = await deps.db
    .select({ e: orderEvents, actor: accounts.displayName })
    .from(orderEvents)
    .leftJoin(accounts, eq(accounts.id, orderEvents.actorId))
    .where(eq(orderEvents.orderId, id))
    .orderBy(asc(orderEvents.id));
  return {
    ...dto,
    timeline: events.map(({ e, actor }) => ({
      at: e.createdAt.toISOString(),
      actor: actor ?? '',
      action: e.action as OrderDetailDto['timeline'][number]['action'],
      status: e.status,
      text: e.text,
      photos: e.photos,
    })),
  };
}

export type ActInput =
  | { kind: 'dispatch'; to: DispatchInput['to'] }
  | { kind: 'pool' | 'claim' | 'accept' }
  | { kind: 'decline' | 'reopen' | 'cancel'; reason: string }
  | { kind: 'note' | 'finish'; text: string; photos: number[] }
  | ({ kind: 'rate' } & RateInput);

const flowErrors = { 'order.wrongState': 409, 'order.alreadyTaken': 409, 'order.reopenedOnce': 409, 'order.notYours': 403 } as const;

/**
 * One step of the flow. The row is read, the step checked by the state machine, and the UPDATE only
 * lands on the version read: of fifty members accepting one open order at once, exactly one wins.
 */
export async function actOnOrder(deps: AppDeps, caller: Caller, id: number, input: ActInput): Promise<OrderDto> {
  const row = await deps.db.transaction(async (tx) => {
    const current = await visibleOrder(deps, tx, caller, id).catch(async (e: unknown) => {
      // An open order leaves the pool once taken: a member who tapped it late hears that, not "not found".
      if ((input.kind === 'accept' || input.kind === 'claim') && (await takenInMyCommunity(tx, caller, id))) throw Conflict('order.alreadyTaken');
      throw e;
    });
    const actor = await actorOf(tx, caller, current);
    if (!actor) throw new DomainError(403, 'order.notYours');
    let next: OrderState;
    try {
      next = advance(stateOf(current), actor, toAction(input));
    } catch (e) {
      if (e instanceof FlowError) throw new DomainError(flowErrors[e.code], e.code);
      throw e;
    }
    if (input.kind === 'dispatch') await checkAssignee(tx, current, input.to);
    if (input.kind === 'note' || input.kind === 'finish') await ownPhotos(tx, caller, input.photos);
    const now = deps.clock();
    const limits = await limitsOf(tx, current.countyCode, current.category);
    const rating = input.kind === 'rate' ? await ratingOf(tx, current, input) : {};
    const [updated] = await tx
      .update(serviceOrders)
      .set({
        status: next.status,
        assigneeKind: next.assignee?.kind ?? null,
        assigneeId: next.assignee?.id ?? null,
        doerId: next.doerId,
        reopened: next.reopened,
        dueAt:
          next.status === 'accepted'
            ? hoursAfter(now, limits.finish)
            : input.kind === 'reopen'
              ? hoursAfter(now, limits.accept)
              : WAITING.includes(next.status as (typeof WAITING)[number])
                ? current.dueAt
                : null,
        // A new stage with a new time limit: it may be escalated again.
        ...(input.kind === 'accept' || input.kind === 'reopen' ? { escalatedAt: null } : {}),
        ...(input.kind === 'accept' ? { acceptedAt: now } : {}),
        ...(input.kind === 'finish' ? { finishedAt: now } : {}),
        ...rating,
        version: current.version + 1,
        updatedAt: now,
      })
      .where(and(eq(serviceOrders.id, id), eq(serviceOrders.version, current.version)))
      .returning();
    // Someone else changed it between our read and write: say what happened to them.
    if (!updated) throw Conflict(input.kind === 'accept' || input.kind === 'claim' ? 'order.alreadyTaken' : 'order.changed');
    await tx.insert(orderEvents).values({
      countyCode: current.countyCode,
      orderId: id,
      actorId: caller.accountId,
      action: input.kind,
      status: next.status,
      text: 'reason' in input ? input.reason : 'text' in input ? input.text : input.kind === 'rate' ? `${input.score}★ ${input.comment}`.trim() : '',
      photos: 'photos' in input ? input.photos : [],
    });
    await afterStep(tx, updated, input, now);
    return updated;
  });
  const [dto] = await present(deps, caller, [row]);
  if (!dto) throw NotFound('order');
  return dto;
}

async function takenInMyCommunity(conn: Conn, caller: Caller, id: number): Promise<boolean> {
  const communities =
    caller.role === 'unitSecretary'
      ? (
          await conn
            .select({ id: unitRegistrations.placeId })
            .from(unitRegistrations)
            .where(and(eq(unitRegistrations.organizationId, caller.organizationId ?? -1), eq(unitRegistrations.status, 'confirmed')))
        ).map((r) => r.id)
      : ((await memberFacts(conn, caller))?.communities ?? []);
  if (!communities.length) return false;
  const [row] = await conn
    .select({ id: serviceOrders.id })
    .from(serviceOrders)
    .where(
      and(
        eq(serviceOrders.id, id),
        inArray(serviceOrders.placeId, communities),
        inArray(serviceOrders.status, ['dispatched', 'accepted', 'finished', 'rated']),
      ),
    );
  return row !== undefined;
}

function toAction(input: ActInput): Action {
  if (input.kind === 'dispatch') return { kind: 'dispatch', to: input.to };
  return { kind: input.kind } as Action;
}

/** 派单 stays within the community: a member who lives or registered there, or a unit registered there. */
async function checkAssignee(tx: Tx, order: Row, to: DispatchInput['to']) {
  if (to.kind === 'member') {
    const [m] = await tx.select({ homePlaceId: members.homePlaceId }).from(members).where(eq(members.id, to.id));
    const home = m?.homePlaceId ? await communityOf(tx, m.homePlaceId) : null;
    const [registered] = await tx
      .select({ id: memberRegistrations.id })
      .from(memberRegistrations)
      .where(and(eq(memberRegistrations.memberId, to.id), eq(memberRegistrations.placeId, order.placeId), eq(memberRegistrations.status, 'approved')))
      .limit(1);
    if (!m || (home?.id !== order.placeId && !registered)) throw Invalid('order.assigneeElsewhere', 'to.id');
    return;
  }
  if (to.kind === 'team') {
    const [team] = await tx
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.id, to.id), eq(teams.placeId, order.placeId)));
    if (!team) throw Invalid('order.assigneeElsewhere', 'to.id');
    return;
  }
  const [unit] = await tx
    .select({ id: unitRegistrations.id })
    .from(unitRegistrations)
    .where(and(eq(unitRegistrations.organizationId, to.id), eq(unitRegistrations.placeId, order.placeId), eq(unitRegistrations.status, 'confirmed')))
    .limit(1);
  if (!unit) throw Invalid('order.assigneeElsewhere', 'to.id');
}

/** 评单: a member rating their own household's order is flagged for the community to look at first. */
async function ratingOf(tx: Tx, order: Row, input: RateInput) {
  const [doer] = order.doerId ? await tx.select({ householdId: members.householdId }).from(members).where(eq(members.id, order.doerId)) : [];
  // The household the doer looks after (双包联) rating them is as close as rating oneself.
  const [paired] = order.doerId
    ? await tx
        .select({ id: householdPairings.id })
        .from(householdPairings)
        .where(and(eq(householdPairings.memberId, order.doerId), eq(householdPairings.householdId, order.householdId), isNull(householdPairings.endDate)))
        .limit(1)
    : [];
  const flag = doer?.householdId === order.householdId ? 'selfRating' : paired ? 'pairedRater' : null;
  return { rating: input.score, ratingComment: input.comment, ratingFlag: flag, ratingCounted: flag ? null : true };
}

/** Notices, and the service record a rated order leaves for its doer (双评价 turns these into points). */
async function afterStep(tx: Tx, order: Row, input: ActInput, now: Date) {
  const residentsOf = () =>
    tx
      .select({ accountId: accounts.id, countyCode: accounts.countyCode })
      .from(accounts)
      .innerJoin(residents, eq(residents.id, accounts.residentId))
      .where(eq(residents.householdId, order.householdId));
  const link = `/m/orders/${order.id}`;
  const label = ORDER_CATEGORY_LABELS[order.category];
  if (input.kind === 'dispatch') {
    const to =
      input.to.kind === 'member'
        ? await tx.select({ accountId: accounts.id, countyCode: accounts.countyCode }).from(accounts).where(eq(accounts.memberId, input.to.id))
        : input.to.kind === 'team'
          ? await tx
              .select({ accountId: accounts.id, countyCode: accounts.countyCode })
              .from(accounts)
              .innerJoin(teamMembers, eq(teamMembers.memberId, accounts.memberId))
              .where(eq(teamMembers.teamId, input.to.id))
          : await unitSecretaries(tx, [input.to.id]);
    await notify(tx, to, {
      kind: 'order.dispatched',
      title: { 'zh-CN': '社区给您派了一单', en: 'The community dispatched a request to you' },
      body: { 'zh-CN': `${label['zh-CN']}：${order.description.slice(0, 40)}`, en: `${label.en}: ${order.description.slice(0, 40)}` },
      link,
    });
  } else if (input.kind === 'accept') {
    await notify(tx, await residentsOf(), {
      kind: 'order.accepted',
      title: { 'zh-CN': '您的需求已有党员接单', en: 'A member took your request' },
      body: { 'zh-CN': order.description.slice(0, 40), en: order.description.slice(0, 40) },
      link,
    });
  } else if (input.kind === 'finish') {
    await notify(tx, await residentsOf(), {
      kind: 'order.finished',
      title: { 'zh-CN': '服务已完成，请评价', en: 'Done: please rate the service' },
      body: { 'zh-CN': order.description.slice(0, 40), en: order.description.slice(0, 40) },
      link,
    });
  } else if (input.kind === 'decline' || input.kind === 'reopen') {
    await notify(tx, await communityAdmins(tx, order.placeId), {
      kind: `order.${input.kind}d`,
      title:
        input.kind === 'decline'
          ? { 'zh-CN': '派单被退回，请重新派单', en: 'A dispatched request was declined' }
          : { 'zh-CN': '居民对服务不满意，需求已重新打开', en: 'A resident reopened a request' },
      body: { 'zh-CN': input.reason, en: input.reason },
      link: `/orders/${order.id}`,
    });
  } else if (input.kind === 'rate' && order.doerId) {
    const [doer] = await tx.select({ organizationId: members.organizationId }).from(members).where(eq(members.id, order.doerId));
    const hours = order.acceptedAt ? Math.min(24, Math.round(((now.getTime() - order.acceptedAt.getTime()) / 3600_000) * 100) / 100) : 0;
    await tx
      .insert(serviceRecords)
      .values({
        countyCode: order.countyCode,
        memberId: order.doerId,
        organizationId: doer?.organizationId ?? null,
        placeId: order.placeId,
        source: 'order',
        sourceId: order.id,
        title: `${label['zh-CN']}：${order.description.slice(0, 40)}`,
        hours: Math.min(hours, 8),
        rating: order.ratingFlag ? null : order.rating,
        occurredAt: order.finishedAt ?? now,
      })
      .onConflictDoUpdate({
        target: [serviceRecords.source, serviceRecords.sourceId, serviceRecords.memberId],
        targetWhere: sql`member_id is not null`,
        set: { rating: order.ratingFlag ? null : order.rating },
      });
  }
}

export type { OrderAction };
