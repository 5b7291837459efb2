import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Answer, EmergencyDto } from '#contracts/emergency.js';
import { rowsOf } from '../../db/client.js';
import type { Conn } from '../../db/client.js';
import { accounts, emergencies, emergencyCalls, emergencyLogs, members, places } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, NotFound } from '../../platform/errors.js';
import { notify } from '../../platform/notify.js';
import { deepestIn, placeNames, visiblePlace } from '../../platform/scope.js';

// 应急动员 (一键切换): places switch into emergency mode; every member registered or living there is called at
// once and answers from the phone; the command view calls the roll by grid; switching back closes it.

type Row = typeof emergencies.$inferSelect;

/** Two sets of places overlap when one contains the other. Pure. */
export const overlaps = (a: readonly string[], b: readonly string[]) => a.some((p) => b.some((q) => p.startsWith(q) || q.startsWith(p)));

async function present(conn: Conn, rows: Row[]): Promise<EmergencyDto[]> {
  if (!rows.length) return [];
  const names = await placeNames(
    conn,
    rows.flatMap((r) => r.placeIds),
  );
  const starters = new Map(
    (
      await conn
        .select({ id: accounts.id, name: accounts.displayName })
        .from(accounts)
        .where(inArray(accounts.id, [...new Set(rows.map((r) => r.startedBy))]))
    ).map((a) => [a.id, a.name]),
  );
  const tallies = rowsOf(
    await conn.execute(sql`
      select emergency_id, answer, count(*)::int as n from emergency_calls
      where emergency_id in (${sql.join(
        rows.map((r) => sql`${r.id}`),
        sql`, `,
      )}) and answer is not null group by emergency_id, answer`),
  );
  return rows.map((r) => {
    const of = (answer: Answer) => Number(tallies.find((t) => Number(t.emergency_id) === r.id && t.answer === answer)?.n ?? 0);
    return {
      id: r.id,
      places: r.placeIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      reason: r.reason,
      startedBy: starters.get(r.startedBy) ?? '',
      startedAt: r.startedAt.toISOString(),
      endedAt: r.endedAt?.toISOString() ?? null,
      summary: r.summary,
      called: r.called,
      answers: { now: of('now'), later: of('later'), cannot: of('cannot') },
    };
  });
}

/**
 * 一键切换: refused when any of the places is already (or lies inside, or contains) a place in emergency.
 * The call is two set-based statements — the called members, then their notices — so ten thousand
 * members are reached in one round trip each.
 */
export async function startEmergency(deps: AppDeps, caller: Caller, input: { placeIds: number[]; reason: string }): Promise<EmergencyDto> {
  const row = await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`emergency:${caller.countyCode}`}))`);
    const chosen = [];
    for (const id of [...new Set(input.placeIds)]) chosen.push(await visiblePlace(tx, caller, id));
    const paths = chosen.map((p) => p.path);
    const live = await tx
      .select()
      .from(emergencies)
      .where(and(eq(emergencies.countyCode, caller.countyCode), isNull(emergencies.endedAt)));
    const clash = live.find((e) => overlaps(e.placePaths, paths));
    if (clash) throw Conflict('emergency.already', { reason: clash.reason }, 'placeIds');
    const [made] = await tx
      .insert(emergencies)
      .values({
        countyCode: caller.countyCode,
        placeIds: chosen.map((p) => p.id),
        placePaths: paths,
        reason: input.reason,
        startedBy: caller.accountId,
        startedAt: deps.clock(),
      })
      .returning();
    if (!made) throw new Error('insert returned nothing');
    const under = sql.join(
      paths.map((p) => sql`p.path like ${`${p}%`}`),
      sql` or `,
    );
    await tx.execute(sql`
      insert into emergency_calls (emergency_id, member_id)
      select ${made.id}, m.id from members m
      where m.county_code = ${caller.countyCode} and m.status = 'active' and (
        exists (select 1 from member_registrations r join places p on p.id = r.place_id
                where r.member_id = m.id and r.status = 'approved' and (${under}))
        or exists (select 1 from places p where p.id = m.home_place_id and (${under})))`);
    const [n] = rowsOf(await tx.execute(sql`select count(*)::int as n from emergency_calls where emergency_id = ${made.id}`));
    const title = JSON.stringify({ 'zh-CN': `应急动员：${input.reason}`, en: `Emergency call: ${input.reason}` });
    const body = JSON.stringify({ 'zh-CN': '请立即回复能否到岗', en: 'Please answer at once whether you can come' });
    await tx.execute(sql`
      insert into notifications (county_code, account_id, kind, title, body, link)
      select a.county_code, a.id, 'emergency.call', ${title}::jsonb, ${body}::jsonb, ${`/m/emergency/${made.id}`}
      from emergency_calls c join accounts a on a.member_id = c.member_id where c.emergency_id = ${made.id}`);
    const [saved] = await tx
      .update(emergencies)
      .set({ called: Number(n?.n ?? 0) })
      .where(eq(emergencies.id, made.id))
      .returning();
    await audit(tx, caller, {
      action: 'create',
      entity: 'emergency',
      entityId: made.id,
      summary: `启动应急动员：${input.reason}（${chosen.map((p) => p.name).join('、')}）`,
    });
    return saved ?? made;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('emergency');
  return dto;
}

/** An emergency the caller commands: one covering, or inside, their places. */
async function visibleEmergency(conn: Conn, caller: Caller, id: number): Promise<Row> {
  const [row] = await conn
    .select()
    .from(emergencies)
    .where(and(eq(emergencies.id, id), eq(emergencies.countyCode, caller.countyCode)));
  if (!row || !overlaps(row.placePaths, [caller.placePath])) throw NotFound('emergency');
  return row;
}

export async function listEmergencies(deps: AppDeps, caller: Caller, active: 'true' | 'false' | 'all') {
  const rows = await deps.db
    .select()
    .from(emergencies)
    .where(
      and(
        eq(emergencies.countyCode, caller.countyCode),
        active === 'true' ? isNull(emergencies.endedAt) : active === 'false' ? sql`${emergencies.endedAt} is not null` : undefined,
      ),
    )
    .orderBy(desc(emergencies.id))
    .limit(200);
  return present(
    deps.db,
    rows.filter((r) => overlaps(r.placePaths, [caller.placePath])),
  );
}

export async function getEmergency(deps: AppDeps, caller: Caller, id: number) {
  const [dto] = await present(deps.db, [await visibleEmergency(deps.db, caller, id)]);
  if (!dto) throw NotFound('emergency');
  return dto;
}

/** 回复: a called member answers while the emergency lasts; answering again changes the answer. */
export async function answer(deps: AppDeps, caller: Caller, id: number, input: { answer: Answer; note: string }) {
  if (!caller.memberId) throw new DomainError(403, 'registration.notMemberAccount');
  const memberId = caller.memberId;
  return deps.db.transaction(async (tx) => {
    const [call] = await tx
      .select({ endedAt: emergencies.endedAt })
      .from(emergencyCalls)
      .innerJoin(emergencies, eq(emergencies.id, emergencyCalls.emergencyId))
      .where(and(eq(emergencyCalls.emergencyId, id), eq(emergencyCalls.memberId, memberId)));
    if (!call) throw NotFound('emergency');
    if (call.endedAt) throw Conflict('emergency.closed');
    await tx
      .update(emergencyCalls)
      .set({ answer: input.answer, note: input.note, answeredAt: deps.clock() })
      .where(and(eq(emergencyCalls.emergencyId, id), eq(emergencyCalls.memberId, memberId)));
    return myCalls(tx, memberId, id);
  });
}

/** The emergencies calling the member (live ones, or one by id), with their answer and task. */
export async function myCalls(conn: Conn, memberId: number, id?: number) {
  const rows = await conn
    .select({ e: emergencies, answer: emergencyCalls.answer, task: emergencyCalls.task })
    .from(emergencyCalls)
    .innerJoin(emergencies, eq(emergencies.id, emergencyCalls.emergencyId))
    .where(and(eq(emergencyCalls.memberId, memberId), id ? eq(emergencies.id, id) : isNull(emergencies.endedAt)))
    .orderBy(desc(emergencies.id));
  const names = await placeNames(
    conn,
    rows.flatMap((r) => r.e.placeIds),
  );
  return rows.map((r) => ({
    id: r.e.id,
    reason: r.e.reason,
    places: r.e.placeIds.map((p) => names.get(p) ?? ''),
    startedAt: r.e.startedAt.toISOString(),
    answer: r.answer,
    task: r.task,
  }));
}

async function live(conn: Conn, caller: Caller, id: number) {
  const row = await visibleEmergency(conn, caller, id);
  if (row.endedAt) throw Conflict('emergency.closed');
  return row;
}

/** 分派: called members get a task (a post, a street to walk); they are told. */
export async function assign(deps: AppDeps, caller: Caller, id: number, input: { memberIds: number[]; task: string }) {
  await deps.db.transaction(async (tx) => {
    const row = await live(tx, caller, id);
    const updated = await tx
      .update(emergencyCalls)
      .set({ task: input.task })
      .where(and(eq(emergencyCalls.emergencyId, row.id), inArray(emergencyCalls.memberId, input.memberIds)))
      .returning({ memberId: emergencyCalls.memberId });
    if (updated.length !== new Set(input.memberIds).size) throw new DomainError(400, 'emergency.notCalled', {}, 'memberIds');
    const recipients = await tx
      .select({ accountId: accounts.id, countyCode: accounts.countyCode })
      .from(accounts)
      .where(inArray(accounts.memberId, input.memberIds));
    await notify(tx, recipients, {
      kind: 'emergency.task',
      title: { 'zh-CN': `应急任务：${input.task}`, en: `Emergency task: ${input.task}` },
      body: { 'zh-CN': row.reason, en: row.reason },
      link: `/m/emergency/${row.id}`,
    });
    await tx.insert(emergencyLogs).values({ emergencyId: row.id, text: `分派 ${updated.length} 人：${input.task}`, by: caller.displayName });
    await audit(tx, caller, { action: 'update', entity: 'emergency', entityId: row.id, summary: `分派应急任务：${input.task}` });
  });
  return rollCall(deps, caller, id);
}

export async function addLog(deps: AppDeps, caller: Caller, id: number, text: string) {
  await deps.db.transaction(async (tx) => {
    const row = await live(tx, caller, id);
    await tx.insert(emergencyLogs).values({ emergencyId: row.id, text, by: caller.displayName });
  });
  return rollCall(deps, caller, id);
}

/** 切回常态: closes the emergency with a summary; answers after this are refused. */
export async function endEmergency(deps: AppDeps, caller: Caller, id: number, summary: string) {
  const row = await deps.db.transaction(async (tx) => {
    const found = await live(tx, caller, id);
    const [ended] = await tx
      .update(emergencies)
      .set({ endedAt: deps.clock(), endedBy: caller.accountId, summary })
      .where(and(eq(emergencies.id, found.id), isNull(emergencies.endedAt)))
      .returning();
    if (!ended) throw Conflict('emergency.closed');
    await audit(tx, caller, { action: 'update', entity: 'emergency', entityId: found.id, summary: `结束应急动员：${summary}` });
    return ended;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('emergency');
  return dto;
}

/** 点名: who was called, by grid (of their home), with answers, silences and tasks, and the log. */
export async function rollCall(deps: AppDeps, caller: Caller, id: number) {
  const conn = deps.db;
  const row = await visibleEmergency(conn, caller, id);
  const called = await conn
    .select({ id: members.id, name: members.name, path: places.path, answer: emergencyCalls.answer, note: emergencyCalls.note, task: emergencyCalls.task })
    .from(emergencyCalls)
    .innerJoin(members, eq(members.id, emergencyCalls.memberId))
    .leftJoin(places, eq(places.id, members.homePlaceId))
    .where(eq(emergencyCalls.emergencyId, row.id));
  const grids = await conn
    .select({ id: places.id, name: places.name, parentId: places.parentId })
    .from(places)
    .where(
      and(
        eq(places.countyCode, caller.countyCode),
        eq(places.kind, 'grid'),
        sql`(${sql.join(
          row.placePaths.map((p) => sql`${places.path} like ${`${p}%`}`),
          sql` or `,
        )})`,
      ),
    );
  const gridIds = new Set(grids.map((g) => g.id));
  const parents = await placeNames(
    conn,
    grids.flatMap((g) => g.parentId ?? []),
  );
  const gridName = new Map(grids.map((g) => [g.id, `${(g.parentId && parents.get(g.parentId)) || ''} ${g.name}`.trim()]));
  const byGrid = new Map<number | null, { called: number; now: number; later: number; cannot: number; silent: number }>();
  const list = called.map((m) => {
    const grid = m.path ? (deepestIn(m.path, gridIds) ?? null) : null;
    const g = byGrid.get(grid) ?? { called: 0, now: 0, later: 0, cannot: 0, silent: 0 };
    g.called++;
    if (m.answer) g[m.answer]++;
    else g.silent++;
    byGrid.set(grid, g);
    return { id: m.id, name: m.name, grid: grid ? (gridName.get(grid) ?? '') : '', answer: m.answer, note: m.note, task: m.task };
  });
  const log = await conn.select().from(emergencyLogs).where(eq(emergencyLogs.emergencyId, row.id)).orderBy(desc(emergencyLogs.id));
  return {
    grids: [...byGrid.entries()]
      .map(([gridId, g]) => ({ grid: { id: gridId, name: gridId ? (gridName.get(gridId) ?? '') : '未划网格' }, ...g }))
      .sort((a, b) => b.silent - a.silent || a.grid.name.localeCompare(b.grid.name, 'zh-CN')),
    members: list.sort((a, b) => Number(a.answer !== null) - Number(b.answer !== null) || a.name.localeCompare(b.name, 'zh-CN')),
    log: log.map((l) => ({ text: l.text, by: l.by, at: l.at.toISOString() })),
  };
}
