import { and, asc, count, desc, eq, gte, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { CommitmentDto, ListProjectsQuery, NeedListDto, ProjectDto, ProjectInput } from '#contracts/projects.js';
import type { Conn, Tx } from '../../db/client.js';
import {
  accounts,
  memberRegistrations,
  needLists,
  organizations,
  projects,
  resources,
  serviceOrders,
  teams,
  unitRegistrations,
} from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { notify, unitSecretaries } from '../../platform/notify.js';
import { placesInScope, underPlace, visiblePlace, placeNames } from '../../platform/scope.js';
import { memberFacts } from './members.js';
import { areasOf } from './wishes.js';

type Row = typeof projects.$inferSelect;
const inScope = (conn: Conn, caller: Caller) => placesInScope(conn, caller);

/** Admins see their places' projects; a unit its own and every open one; a member those of their communities. */
async function visibility(conn: Conn, caller: Caller): Promise<SQL> {
  if (caller.role === 'unitSecretary') {
    return or(eq(projects.status, 'open'), and(eq(projects.ownerKind, 'unit'), eq(projects.ownerId, caller.organizationId ?? -1))) ?? sql`false`;
  }
  if (caller.role === 'member') {
    const me = await memberFacts(conn, caller);
    return me?.communities.length ? inArray(projects.placeId, me.communities) : sql`false`;
  }
  return inArray(projects.placeId, inScope(conn, caller));
}

async function visibleProject(conn: Conn, caller: Caller, id: number): Promise<Row> {
  const [row] = await conn
    .select()
    .from(projects)
    .where(and(eq(projects.id, id), await visibility(conn, caller)))
    .limit(1);
  if (!row) throw NotFound('project');
  return row;
}

async function present(conn: Conn, rows: Row[]): Promise<ProjectDto[]> {
  if (!rows.length) return [];
  const needIds = [...new Set(rows.flatMap((r) => r.needIds))];
  const resourceIds = [...new Set(rows.flatMap((r) => r.resourceIds))];
  const needs = new Map(
    (needIds.length
      ? await conn
          .select({ id: serviceOrders.id, category: serviceOrders.category, description: serviceOrders.description })
          .from(serviceOrders)
          .where(inArray(serviceOrders.id, needIds))
      : []
    ).map((n) => [n.id, n]),
  );
  const offered = new Map(
    (resourceIds.length
      ? await conn.select({ id: resources.id, description: resources.description }).from(resources).where(inArray(resources.id, resourceIds))
      : []
    ).map((r) => [r.id, r]),
  );
  const unitIds = rows.flatMap((r) => (r.ownerKind === 'unit' && r.ownerId ? [r.ownerId] : []));
  const teamIds = rows.flatMap((r) => (r.ownerKind === 'team' && r.ownerId ? [r.ownerId] : []));
  const names = {
    unit: new Map(
      (unitIds.length
        ? await conn.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, unitIds))
        : []
      ).map((o) => [o.id, o.name]),
    ),
    team: new Map(
      (teamIds.length ? await conn.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, teamIds)) : []).map((t) => [t.id, t.name]),
    ),
  };
  const namesOfPlaces = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  return rows.map((r) => ({
    id: r.id,
    place: { id: r.placeId, name: namesOfPlaces.get(r.placeId) ?? '' },
    title: r.title,
    plan: r.plan,
    startDate: r.startDate,
    endDate: r.endDate,
    status: r.status,
    outcome: r.outcome,
    owner: r.ownerKind && r.ownerId ? { kind: r.ownerKind, id: r.ownerId, name: names[r.ownerKind].get(r.ownerId) ?? '' } : null,
    needs: r.needIds.flatMap((id) => needs.get(id) ?? []),
    resources: r.resourceIds.flatMap((id) => offered.get(id) ?? []),
    createdAt: r.createdAt.toISOString(),
  }));
}

async function one(conn: Conn, row: Row) {
  const [dto] = await present(conn, [row]);
  if (!dto) throw NotFound('project');
  return dto;
}

/** A unit serves where it is registered (confirmed); a team where it was formed. */
async function checkOwner(tx: Tx, placeId: number, owner: { kind: 'unit' | 'team'; id: number }) {
  const [ok] =
    owner.kind === 'unit'
      ? await tx
          .select({ id: unitRegistrations.id })
          .from(unitRegistrations)
          .where(and(eq(unitRegistrations.organizationId, owner.id), eq(unitRegistrations.placeId, placeId), eq(unitRegistrations.status, 'confirmed')))
          .limit(1)
      : await tx
          .select({ id: teams.id })
          .from(teams)
          .where(and(eq(teams.id, owner.id), eq(teams.placeId, placeId)));
  if (!ok) throw Invalid('project.ownerElsewhere', 'owner.id');
}

export async function createProject(deps: AppDeps, caller: Caller, input: ProjectInput): Promise<ProjectDto> {
  if (input.endDate < input.startDate) throw Invalid('registration.agreementDates', 'endDate');
  const row = await deps.db.transaction(async (tx) => {
    const place = await visiblePlace(tx, caller, input.placeId);
    if (place.kind !== 'community') throw Invalid('post.communityOnly', 'placeId');
    if (input.owner) await checkOwner(tx, place.id, input.owner);
    if (input.needIds.length) {
      const found = await tx
        .select({ id: serviceOrders.id })
        .from(serviceOrders)
        .where(and(inArray(serviceOrders.id, input.needIds), eq(serviceOrders.placeId, place.id)));
      if (found.length !== new Set(input.needIds).size) throw Invalid('project.needElsewhere', 'needIds');
    }
    if (input.resourceIds.length) {
      const found = await tx
        .select({ id: resources.id })
        .from(resources)
        .where(and(inArray(resources.id, input.resourceIds), eq(resources.placeId, place.id)));
      if (found.length !== new Set(input.resourceIds).size) throw Invalid('project.resourceElsewhere', 'resourceIds');
    }
    const [inserted] = await tx
      .insert(projects)
      .values({
        countyCode: caller.countyCode,
        placeId: place.id,
        title: input.title,
        plan: input.plan,
        startDate: input.startDate,
        endDate: input.endDate,
        status: input.owner ? 'planned' : 'open',
        ownerKind: input.owner?.kind ?? null,
        ownerId: input.owner?.id ?? null,
        needIds: input.needIds,
        resourceIds: input.resourceIds,
        createdBy: caller.accountId,
      })
      .returning();
    if (!inserted) throw new Error('insert returned nothing');
    if (input.owner?.kind === 'unit') await tellUnit(tx, input.owner.id, inserted.title, place.name);
    await audit(tx, caller, { action: 'create', entity: 'project', entityId: inserted.id, summary: `项目 ${input.title}` });
    return inserted;
  });
  return one(deps.db, row);
}

async function tellUnit(tx: Tx, organizationId: number, title: string, placeName: string) {
  await notify(tx, await unitSecretaries(tx, [organizationId]), {
    kind: 'project.assigned',
    title: { 'zh-CN': '共建项目', en: 'A co-building project' },
    body: { 'zh-CN': `${placeName}：${title}`, en: `${placeName}: ${title}` },
    link: '/projects',
  });
}

/** 按需认领: a unit registered at the community claims an open project; of two at once, one wins. */
export async function claimProject(deps: AppDeps, caller: Caller, id: number): Promise<ProjectDto> {
  if (!caller.organizationId) throw new DomainError(403, 'forbidden');
  const organizationId = caller.organizationId;
  const row = await deps.db.transaction(async (tx) => {
    const project = await visibleProject(tx, caller, id);
    await checkOwner(tx, project.placeId, { kind: 'unit', id: organizationId });
    const [claimed] = await tx
      .update(projects)
      .set({ ownerKind: 'unit', ownerId: organizationId, status: 'planned' })
      .where(and(eq(projects.id, id), eq(projects.status, 'open')))
      .returning();
    if (!claimed) throw Conflict('project.taken');
    await audit(tx, caller, { action: 'update', entity: 'project', entityId: id, summary: `认领项目 ${claimed.title}` });
    return claimed;
  });
  return one(deps.db, row);
}

/** Progress and outcome, by the community or the owning unit. */
export async function progressProject(deps: AppDeps, caller: Caller, id: number, input: { status: 'active' | 'done' | 'cancelled'; outcome: string }) {
  const row = await deps.db.transaction(async (tx) => {
    const project = await visibleProject(tx, caller, id);
    if (caller.role === 'unitSecretary' && !(project.ownerKind === 'unit' && project.ownerId === caller.organizationId))
      throw new DomainError(403, 'forbidden');
    if (project.status === 'done' || project.status === 'cancelled' || project.status === 'open') throw Conflict('project.wrongState');
    const [updated] = await tx.update(projects).set({ status: input.status, outcome: input.outcome }).where(eq(projects.id, id)).returning();
    await audit(tx, caller, { action: 'update', entity: 'project', entityId: id, summary: `项目 ${project.title}：${input.status}` });
    return updated ?? project;
  });
  return one(deps.db, row);
}

export async function listProjects(deps: AppDeps, caller: Caller, q: ListProjectsQuery): Promise<Page<ProjectDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [await visibility(conn, caller)];
  if (q.status) where.push(eq(projects.status, q.status));
  if (q.placeId) where.push(await underPlace(conn, caller, projects.placeId, q.placeId));
  if (q.year) where.push(and(gte(projects.startDate, `${q.year}-01-01`), lt(projects.startDate, `${q.year + 1}-01-01`)));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(projects).where(filter);
  const rows = await conn
    .select()
    .from(projects)
    .where(filter)
    .orderBy(desc(projects.startDate), desc(projects.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** 每个单位每年至少一个共建项目: every unit sitting in the caller's places, with its projects of the year (fewest first). */
export async function commitments(deps: AppDeps, caller: Caller, year: number): Promise<CommitmentDto[]> {
  const conn = deps.db;
  const counted = conn
    .select({ ownerId: projects.ownerId, n: sql<number>`count(*)::int`.as('n') })
    .from(projects)
    .where(
      and(
        eq(projects.ownerKind, 'unit'),
        ne(projects.status, 'cancelled'),
        gte(projects.startDate, `${year}-01-01`),
        lt(projects.startDate, `${year + 1}-01-01`),
      ),
    )
    .groupBy(projects.ownerId)
    .as('counted');
  const rows = await conn
    .select({ id: organizations.id, name: organizations.name, n: counted.n })
    .from(organizations)
    .leftJoin(counted, eq(counted.ownerId, organizations.id))
    .where(caller.role === 'unitSecretary' ? eq(organizations.id, caller.organizationId ?? -1) : inArray(organizations.placeId, inScope(conn, caller)))
    .orderBy(sql`coalesce(${counted.n}, 0)`, asc(organizations.pinyin));
  return rows.map((r) => ({ organization: { id: r.id, name: r.name }, projects: Number(r.n ?? 0) }));
}

const monthRange = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${(y ?? 0) + 1}-01` : `${y}-${String((m ?? 0) + 1).padStart(2, '0')}`;
  return { from: new Date(`${month}-01T00:00:00+08:00`), to: new Date(`${next}-01T00:00:00+08:00`) };
};

/** 需求清单 of a month: the community's needs raised that month (not cancelled), with the area only. */
export async function needList(deps: AppDeps, caller: Caller, placeId: number, month: string): Promise<NeedListDto> {
  const conn = deps.db;
  const place = await visiblePlace(conn, caller, placeId);
  if (place.kind !== 'community') throw Invalid('post.communityOnly', 'placeId');
  const { from, to } = monthRange(month);
  const rows = await conn
    .select()
    .from(serviceOrders)
    .where(and(eq(serviceOrders.placeId, place.id), gte(serviceOrders.createdAt, from), lt(serviceOrders.createdAt, to), ne(serviceOrders.status, 'cancelled')))
    .orderBy(asc(serviceOrders.createdAt));
  const areas = await areasOf(
    conn,
    rows.map((r) => r.householdId),
  );
  const [published] = await conn
    .select({ at: needLists.publishedAt })
    .from(needLists)
    .where(and(eq(needLists.placeId, place.id), eq(needLists.month, month)));
  return {
    place: { id: place.id, name: place.name },
    month,
    publishedAt: published?.at.toISOString() ?? null,
    needs: rows.map((r) => ({
      id: r.id,
      category: r.category,
      description: r.description,
      area: areas.get(r.householdId) ?? '',
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

/** 发布需求清单: once a month; the units registered there and the members registered there are told. */
export async function publishNeedList(deps: AppDeps, caller: Caller, placeId: number, month: string): Promise<NeedListDto> {
  const list = await needList(deps, caller, placeId, month);
  await deps.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(needLists)
      .values({ countyCode: caller.countyCode, placeId, month, orderIds: list.needs.map((n) => n.id), publishedBy: caller.accountId })
      .onConflictDoNothing()
      .returning({ id: needLists.id });
    if (!inserted) throw Conflict('needList.published', { month });
    const units = tx
      .select({ id: unitRegistrations.organizationId })
      .from(unitRegistrations)
      .where(and(eq(unitRegistrations.placeId, placeId), eq(unitRegistrations.status, 'confirmed')));
    const registered = tx
      .select({ id: memberRegistrations.memberId })
      .from(memberRegistrations)
      .where(and(eq(memberRegistrations.placeId, placeId), eq(memberRegistrations.status, 'approved')));
    const secretaries = await unitSecretaries(tx, units);
    const memberAccounts = await tx
      .select({ accountId: accounts.id, countyCode: accounts.countyCode })
      .from(accounts)
      .where(inArray(accounts.memberId, registered));
    const notice = {
      kind: 'needList.published',
      title: { 'zh-CN': `${list.place.name}${month}需求清单已发布`, en: `${list.place.name} published its needs for ${month}` },
      body: { 'zh-CN': `共 ${list.needs.length} 项需求，欢迎认领`, en: `${list.needs.length} needs to claim` },
    };
    // Units work in the console; members on their phones, where the pool of open requests is.
    await notify(tx, secretaries, { ...notice, link: '/projects' });
    await notify(tx, memberAccounts, { ...notice, link: '/m/orders?tab=pool' });
    await audit(tx, caller, { action: 'create', entity: 'needList', summary: `发布需求清单 ${list.place.name} ${month}` });
  });
  return needList(deps, caller, placeId, month);
}
