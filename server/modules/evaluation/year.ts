import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import { DEFAULT_WEIGHTS, type EvaluationWeights, type Grade, type MemberEvaluationDto } from '#contracts/evaluation.js';
import { rowsOf } from '../../db/client.js';
import type { Conn } from '../../db/client.js';
import { evaluationAppeals, evaluationYears, memberEvaluations, members, organizations, unitEvaluations } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import { memberNames } from '../people/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError, NotFound } from '../../platform/errors.js';
import { placeNames, placesInScope, underPlace } from '../../platform/scope.js';
import { communityOfPath } from '../places/index.js';
import { beijingDay } from '../pairing/index.js';
import { latestAppeals } from './appeals.js';
import { setGrade, visibleEvaluation } from './grades.js';
import { appealUntil, assertOpen, yearRow } from './years.js';
import { gradeCommunity, type Scored, scoreOf, type YearRecord } from './grading.js';

// 年度评价 of a county's members: gathered from the year's ledger, ratings and visits, graded per community.

type Row = typeof memberEvaluations.$inferSelect;

/** Each member's community: where their approved registration is, else where they live. */
async function communitiesOf(conn: Conn, countyCode: string): Promise<Map<number, number>> {
  const community = (await communityOfPath(conn, countyCode))('p.path');
  const rows = rowsOf(
    await conn.execute(sql`
      select m.id,
        coalesce(
          (select r.place_id from member_registrations r where r.member_id = m.id and r.status = 'approved' order by r.id desc limit 1),
          (select ${community} from places p where p.id = m.home_place_id)
        ) as community_id
      from members m where m.county_code = ${countyCode} and m.status = 'active'`),
  );
  return new Map(rows.filter((r) => r.community_id !== null).map((r) => [Number(r.id), Number(r.community_id)]));
}

/** The year's record of every member: ledger points, ratings, and monthly visits owed and made. */
async function yearRecords(conn: Conn, countyCode: string, year: number, today: string): Promise<Map<number, YearRecord>> {
  const records = new Map<number, YearRecord>();
  const of = (id: number) => {
    let r = records.get(id);
    if (!r) {
      r = { memberId: id, ledgerPoints: 0, ratings: [], visitsOwed: 0, visitsOnTime: 0 };
      records.set(id, r);
    }
    return r;
  };
  for (const e of rowsOf(
    await conn.execute(sql`
      select holder_id, sum(amount)::int as points from point_entries
      where county_code = ${countyCode} and holder_kind = 'member' and extract(year from occurred_on) = ${year}
        and (kind in ('earn', 'deduct') or (kind = 'reverse' and rule is not null))
      group by holder_id`),
  ))
    of(Number(e.holder_id)).ledgerPoints = Number(e.points);
  for (const r of rowsOf(
    await conn.execute(sql`
      select member_id, rating from service_records
      where county_code = ${countyCode} and member_id is not null and rating is not null
        and extract(year from occurred_at at time zone 'Asia/Shanghai') = ${year}`),
  ))
    of(Number(r.member_id)).ratings.push(Number(r.rating));
  for (const r of rowsOf(
    await conn.execute(sql`
      select target_id, score from resident_reviews where county_code = ${countyCode} and year = ${year} and target_kind = 'member'`),
  ))
    of(Number(r.target_id)).ratings.push(Number(r.score));
  // 每月必访: each month a key household was paired with the member (the current month once it is over).
  const lastMonth = today.slice(0, 4) === String(year) ? today.slice(0, 7) : `${year}-12`;
  const owed = rowsOf(
    await conn.execute(sql`
      select hp.member_id, hp.household_id, to_char(m, 'YYYY-MM') as month,
        exists (select 1 from visits v where v.member_id = hp.member_id and v.household_id = hp.household_id
                and to_char(v.date, 'YYYY-MM') = to_char(m, 'YYYY-MM')) as visited
      from household_pairings hp
      join households h on h.id = hp.household_id and jsonb_array_length(h.care_categories) > 0
      cross join lateral generate_series(
        greatest(date_trunc('month', hp.start_date::timestamp), make_date(${year}, 1, 1)::timestamp),
        least(coalesce(hp.end_date, make_date(${year}, 12, 31))::timestamp, make_date(${year}, 12, 31)::timestamp),
        interval '1 month') as m
      where hp.county_code = ${countyCode}`),
  );
  for (const o of owed) {
    const month = String(o.month);
    if (month > lastMonth || (month === lastMonth && lastMonth === today.slice(0, 7))) {
      // The month still running is owed only if already visited (a visit counts; the absence not yet).
      if (!o.visited) continue;
    }
    const r = of(Number(o.member_id));
    r.visitsOwed++;
    if (o.visited) r.visitsOnTime++;
  }
  return records;
}

/**
 * Runs the year: scores every active member with a community, grades each community under the cap,
 * and keeps any grade a community adjusted (with its reason). Refused once the year is locked.
 */
export async function runYear(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  caller: Caller,
  year: number,
  weights: EvaluationWeights = DEFAULT_WEIGHTS,
  appealDays?: number,
) {
  const today = beijingDay(deps.clock());
  if (year > Number(today.slice(0, 4))) throw new DomainError(400, 'evaluation.futureYear', { year }, 'year');
  await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`evaluation:${caller.countyCode}:${year}`}))`);
    await assertOpen(tx, caller.countyCode, year);
    const community = await communitiesOf(tx, caller.countyCode);
    const records = await yearRecords(tx, caller.countyCode, year, today);
    const byCommunity = new Map<number, Scored[]>();
    for (const [memberId, communityId] of community) {
      const s = scoreOf(records.get(memberId) ?? { memberId, ledgerPoints: 0, ratings: [], visitsOwed: 0, visitsOnTime: 0 }, weights);
      byCommunity.set(communityId, [...(byCommunity.get(communityId) ?? []), s]);
    }
    const rows: (typeof memberEvaluations.$inferInsert)[] = [];
    for (const [communityId, scored] of byCommunity) {
      const grades = gradeCommunity(scored, weights);
      for (const s of scored) {
        rows.push({
          countyCode: caller.countyCode,
          year,
          memberId: s.memberId,
          communityId,
          score: s.score,
          computedGrade: grades.get(s.memberId) ?? 'poor',
          lines: s.lines,
        });
      }
    }
    for (let i = 0; i < rows.length; i += 1000) {
      await tx
        .insert(memberEvaluations)
        .values(rows.slice(i, i + 1000))
        .onConflictDoUpdate({
          target: [memberEvaluations.countyCode, memberEvaluations.year, memberEvaluations.memberId],
          set: {
            communityId: sql`excluded.community_id`,
            score: sql`excluded.score`,
            computedGrade: sql`excluded.computed_grade`,
            lines: sql`excluded.lines`,
          },
        });
    }
    await gradeUnits(tx, caller.countyCode, year, records, weights);
    await tx
      .insert(evaluationYears)
      .values({ countyCode: caller.countyCode, year, weights, ranAt: deps.clock(), ...(appealDays === undefined ? {} : { appealDays }) })
      .onConflictDoUpdate({
        target: [evaluationYears.countyCode, evaluationYears.year],
        set: { weights, ranAt: deps.clock(), ...(appealDays === undefined ? {} : { appealDays }) },
      });
    await audit(tx, caller, { action: 'update', entity: 'evaluation', summary: `${year} 年度评价：评定 ${rows.length} 名党员` });
  });
  return yearStatus(deps, caller, year);
}

/**
 * 单位年度评价: a unit's record is its members' (their average points, their visits) plus residents'
 * reviews of the unit; units are graded county-wide under the same 30% cap.
 */
async function gradeUnits(tx: Conn, countyCode: string, year: number, records: Map<number, YearRecord>, weights: EvaluationWeights) {
  const units = new Map<number, YearRecord & { members: number }>();
  for (const m of await tx
    .select({ id: members.id, organizationId: members.organizationId })
    .from(members)
    .where(and(eq(members.countyCode, countyCode), eq(members.status, 'active'), sql`${members.organizationId} is not null`))) {
    const orgId = m.organizationId ?? 0;
    const u = units.get(orgId) ?? { memberId: orgId, ledgerPoints: 0, ratings: [], visitsOwed: 0, visitsOnTime: 0, members: 0 };
    const r = records.get(m.id);
    u.members++;
    u.ledgerPoints += r?.ledgerPoints ?? 0;
    u.visitsOwed += r?.visitsOwed ?? 0;
    u.visitsOnTime += r?.visitsOnTime ?? 0;
    units.set(orgId, u);
  }
  for (const r of rowsOf(
    await tx.execute(sql`select target_id, score from resident_reviews where county_code = ${countyCode} and year = ${year} and target_kind = 'unit'`),
  ))
    units.get(Number(r.target_id))?.ratings.push(Number(r.score));
  const scored = [...units.values()].map((u) => {
    const s = scoreOf({ ...u, ledgerPoints: Math.round(u.ledgerPoints / Math.max(1, u.members)) }, weights);
    const points = s.lines.find((l) => l.item === 'points');
    if (points)
      points.detail = `党员人均年度积分 ${Math.round(u.ledgerPoints / Math.max(1, u.members))} × ${weights.pointsFactor}（${u.members} 名党员，上限 ±${weights.bonusCap}）`;
    return s;
  });
  const grades = gradeCommunity(scored, weights);
  const rows = scored.map((s) => ({
    countyCode,
    year,
    organizationId: s.memberId,
    score: s.score,
    grade: grades.get(s.memberId) ?? ('poor' as const),
    lines: s.lines,
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await tx
      .insert(unitEvaluations)
      .values(rows.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: [unitEvaluations.countyCode, unitEvaluations.year, unitEvaluations.organizationId],
        set: { score: sql`excluded.score`, grade: sql`excluded.grade`, lines: sql`excluded.lines` },
      });
  }
}

export async function listUnitEvaluations(deps: AppDeps, caller: Caller, year: number) {
  const conn = deps.db;
  const rows = await conn
    .select({ e: unitEvaluations, name: organizations.name })
    .from(unitEvaluations)
    .innerJoin(organizations, eq(organizations.id, unitEvaluations.organizationId))
    .where(
      and(
        eq(unitEvaluations.countyCode, caller.countyCode),
        eq(unitEvaluations.year, year),
        caller.role === 'unitSecretary' ? eq(organizations.id, caller.organizationId ?? -1) : inArray(organizations.placeId, placesInScope(conn, caller)),
      ),
    )
    .orderBy(desc(unitEvaluations.score), asc(organizations.name))
    .limit(1000);
  return rows.map(({ e, name }) => ({ id: e.id, year: e.year, organization: { id: e.organizationId, name }, score: e.score, grade: e.grade, lines: e.lines }));
}

export async function yearStatus(deps: Pick<AppDeps, 'db' | 'clock'>, caller: Caller, year: number) {
  const conn = deps.db;
  const row = await yearRow(conn, caller.countyCode, year);
  const grades = await conn
    .select({ grade: sql<Grade>`coalesce(${memberEvaluations.adjustedGrade}, ${memberEvaluations.computedGrade})`, n: count() })
    .from(memberEvaluations)
    .where(
      and(
        eq(memberEvaluations.countyCode, caller.countyCode),
        eq(memberEvaluations.year, year),
        inArray(memberEvaluations.communityId, placesInScope(conn, caller)),
      ),
    )
    .groupBy(sql`1`);
  const [open] = await conn
    .select({ n: count() })
    .from(evaluationAppeals)
    .innerJoin(memberEvaluations, eq(memberEvaluations.id, evaluationAppeals.evaluationId))
    .where(and(eq(memberEvaluations.year, year), eq(evaluationAppeals.status, 'open'), inArray(memberEvaluations.communityId, placesInScope(conn, caller))));
  return {
    year,
    evaluated: grades.reduce((n, g) => n + g.n, 0),
    byGrade: Object.fromEntries(grades.map((g) => [g.grade, g.n])),
    lockedAt: row?.lockedAt?.toISOString() ?? null,
    weights: row?.weights ?? null,
    ranAt: row?.ranAt?.toISOString() ?? null,
    appealDays: row?.appealDays ?? 15,
    openAppeals: open?.n ?? 0,
    feedbackSentAt: row?.feedbackSentAt?.toISOString() ?? null,
  };
}

export async function present(conn: Conn, rows: Row[]): Promise<MemberEvaluationDto[]> {
  if (!rows.length) return [];
  const years = new Map<string, Date | null>();
  for (const r of rows) {
    const key = `${r.countyCode}:${r.year}`;
    if (!years.has(key)) years.set(key, appealUntil(await yearRow(conn, r.countyCode, r.year)));
  }
  const appeals = await latestAppeals(
    conn,
    rows.map((r) => r.id),
  );
  const names = await memberNames(
    conn,
    rows.map((r) => r.memberId),
  );
  const communities = await placeNames(
    conn,
    rows.map((r) => r.communityId),
  );
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    member: { id: r.memberId, name: names.get(r.memberId) ?? '' },
    community: { id: r.communityId, name: communities.get(r.communityId) ?? '' },
    score: r.score,
    grade: r.adjustedGrade ?? r.computedGrade,
    computedGrade: r.computedGrade,
    adjustReason: r.adjustReason,
    lines: r.lines,
    appeal: appeals.get(r.id) ?? null,
    appealUntil: years.get(`${r.countyCode}:${r.year}`)?.toISOString() ?? null,
  }));
}

export async function listEvaluations(
  deps: AppDeps,
  caller: Caller,
  year: number,
  q: { placeId?: number | undefined; grade?: Grade | undefined; page: number; pageSize: number },
): Promise<Page<MemberEvaluationDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [
    eq(memberEvaluations.countyCode, caller.countyCode),
    eq(memberEvaluations.year, year),
    inArray(memberEvaluations.communityId, placesInScope(conn, caller)),
  ];
  if (q.placeId) where.push(await underPlace(conn, caller, memberEvaluations.communityId, q.placeId));
  if (q.grade) where.push(sql`coalesce(${memberEvaluations.adjustedGrade}, ${memberEvaluations.computedGrade}) = ${q.grade}`);
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(memberEvaluations).where(filter);
  const rows = await conn
    .select()
    .from(memberEvaluations)
    .where(filter)
    .orderBy(asc(memberEvaluations.communityId), desc(memberEvaluations.score), asc(memberEvaluations.memberId))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** A member's own result, entry by entry. */
export async function myEvaluation(deps: AppDeps, caller: Caller, year: number): Promise<MemberEvaluationDto> {
  if (!caller.memberId) throw new DomainError(403, 'registration.notMemberAccount');
  const rows = await deps.db
    .select()
    .from(memberEvaluations)
    .where(and(eq(memberEvaluations.memberId, caller.memberId), eq(memberEvaluations.year, year)));
  const [dto] = await present(deps.db, rows);
  if (!dto) throw NotFound('evaluation');
  return dto;
}

/**
 * 调整等次: the community changes a grade with a written reason (audited). 优秀 still fits under the
 * community's 30% cap; a locked year refuses.
 */
export async function adjustGrade(deps: AppDeps, caller: Caller, year: number, id: number, input: { grade: Grade; reason: string }) {
  const row = await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`evaluation:${caller.countyCode}:${year}`}))`);
    await assertOpen(tx, caller.countyCode, year);
    return setGrade(tx, caller, await visibleEvaluation(tx, caller, year, id), input);
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('evaluation');
  return dto;
}

/** 锁定年度: the org department approves the year; nothing of it changes afterwards. */
export async function lockYear(deps: Pick<AppDeps, 'db' | 'clock'>, caller: Caller, year: number) {
  await deps.db.transaction(async (tx) => {
    const row = await yearRow(tx, caller.countyCode, year);
    if (!row?.ranAt) throw new DomainError(409, 'evaluation.notRun', { year });
    if (row.lockedAt) throw new DomainError(409, 'points.yearClosed', { year });
    const [open] = rowsOf(
      await tx.execute(sql`
        select count(*)::int as n from evaluation_appeals a join member_evaluations e on e.id = a.evaluation_id
        where e.county_code = ${caller.countyCode} and e.year = ${year} and a.status = 'open'`),
    );
    if (Number(open?.n ?? 0) > 0) throw new DomainError(409, 'evaluation.openAppeals', { count: Number(open?.n) });
    await tx
      .update(evaluationYears)
      .set({ lockedAt: deps.clock(), lockedBy: caller.accountId })
      .where(and(eq(evaluationYears.countyCode, caller.countyCode), eq(evaluationYears.year, year)));
    await audit(tx, caller, { action: 'update', entity: 'evaluation', summary: `审定并锁定 ${year} 年度评价` });
  });
  return yearStatus(deps, caller, year);
}
