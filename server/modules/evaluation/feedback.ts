import { and, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { type FeedbackCardDto, GRADE_LABELS } from '#contracts/evaluation.js';
import { rowsOf } from '../../db/client.js';
import type { Conn } from '../../db/client.js';
import { accounts, evaluationYears, gridRoles, memberEvaluations, members, organizations, places } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError, NotFound } from '../../platform/errors.js';
import { writeExport } from '../../platform/excel/index.js';
import { notify, unitSecretaries } from '../../platform/notify.js';
import { placeNames, placesInScope } from '../../platform/scope.js';
import { yearRow } from './years.js';

// 反馈卡 and 评优: a member's year for their unit and the org department; honours from the results.

type Row = typeof memberEvaluations.$inferSelect;

/** Whose results the caller sees: admins those of their places, a unit secretary the unit's members, a member their own. */
function visibility(conn: Conn, caller: Caller): SQL {
  if (caller.role === 'member') return eq(memberEvaluations.memberId, caller.memberId ?? -1);
  if (caller.role === 'unitSecretary')
    return inArray(
      memberEvaluations.memberId,
      conn
        .select({ id: members.id })
        .from(members)
        .where(eq(members.organizationId, caller.organizationId ?? -1)),
    );
  return inArray(memberEvaluations.communityId, placesInScope(conn, caller));
}

/** 评优 of a year: computed from the results, the service hours and the grid roles. */
export async function honours(deps: AppDeps, caller: Caller, year: number) {
  const conn = deps.db;
  const volunteers = rowsOf(
    await conn.execute(sql`
      select e.member_id, m.name, e.community_id, e.score, coalesce(sum(r.hours), 0)::float as hours
      from member_evaluations e join members m on m.id = e.member_id
      left join service_records r on r.member_id = e.member_id and extract(year from r.occurred_at at time zone 'Asia/Shanghai') = ${year}
      where e.county_code = ${caller.countyCode} and e.year = ${year} and coalesce(e.adjusted_grade, e.computed_grade) = 'excellent'
        and e.community_id in (select id from places where path like ${`${caller.placePath}%`})
      group by e.member_id, m.name, e.community_id, e.score
      order by hours desc, e.score desc, e.member_id limit 10`),
  );
  const leaders = await conn
    .select({ memberId: memberEvaluations.memberId, name: members.name, score: memberEvaluations.score, place: places.name })
    .from(gridRoles)
    .innerJoin(memberEvaluations, and(eq(memberEvaluations.memberId, gridRoles.memberId), eq(memberEvaluations.year, year)))
    .innerJoin(members, eq(members.id, gridRoles.memberId))
    .innerJoin(places, eq(places.id, gridRoles.placeId))
    .where(
      and(
        eq(gridRoles.countyCode, caller.countyCode),
        inArray(gridRoles.role, ['buildingLeader', 'centralHousehold', 'groupLeader']),
        isNull(gridRoles.endDate),
        sql`coalesce(${memberEvaluations.adjustedGrade}, ${memberEvaluations.computedGrade}) in ('excellent', 'good')`,
        inArray(memberEvaluations.communityId, placesInScope(conn, caller)),
      ),
    )
    .orderBy(desc(memberEvaluations.score), memberEvaluations.memberId)
    .limit(10);
  const communities = await placeNames(
    conn,
    volunteers.map((v) => Number(v.community_id)),
  );
  return {
    volunteers: volunteers.map((v) => ({
      member: { id: Number(v.member_id), name: String(v.name) },
      community: communities.get(Number(v.community_id)) ?? '',
      hours: Math.round(Number(v.hours) * 10) / 10,
      score: Number(v.score),
    })),
    buildingLeaders: leaders.map((l) => ({ member: { id: l.memberId, name: l.name }, place: l.place, score: l.score })),
  };
}

async function cards(deps: AppDeps, caller: Caller, year: number, rows: Row[]): Promise<FeedbackCardDto[]> {
  if (!rows.length) return [];
  const conn = deps.db;
  const ids = rows.map((r) => r.memberId);
  const people = new Map(
    (
      await conn
        .select({ id: members.id, name: members.name, unit: organizations.name })
        .from(members)
        .leftJoin(organizations, eq(organizations.id, members.organizationId))
        .where(inArray(members.id, ids))
    ).map((p) => [p.id, p]),
  );
  const communities = await placeNames(
    conn,
    rows.map((r) => r.communityId),
  );
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const services = rowsOf(
    await conn.execute(sql`
      select member_id, source, count(*)::int as n, coalesce(sum(hours), 0)::float as hours from service_records
      where member_id in (${idList}) and extract(year from occurred_at at time zone 'Asia/Shanghai') = ${year}
      group by member_id, source`),
  );
  const points = new Map(
    rowsOf(
      await conn.execute(sql`
        select holder_id,
          coalesce(sum(amount) filter (where kind in ('earn', 'deduct') or (kind = 'reverse' and rule is not null)), 0)::int as earned,
          coalesce(-sum(amount) filter (where kind = 'redeem' or (kind = 'reverse' and source = 'redemption')), 0)::int as redeemed
        from point_entries where holder_kind = 'member' and holder_id in (${idList}) and extract(year from occurred_on) = ${year}
        group by holder_id`),
    ).map((p) => [Number(p.holder_id), { earned: Number(p.earned), redeemed: Number(p.redeemed) }]),
  );
  const honoured = await honours(deps, caller, year);
  const lockedAt = (await yearRow(conn, caller.countyCode, year))?.lockedAt?.toISOString() ?? null;
  return rows.map((r) => {
    const person = people.get(r.memberId);
    return {
      year,
      member: { id: r.memberId, name: person?.name ?? '', unit: person?.unit ?? '', community: communities.get(r.communityId) ?? '' },
      score: r.score,
      grade: r.adjustedGrade ?? r.computedGrade,
      adjustReason: r.adjustReason,
      lines: r.lines,
      services: services
        .filter((s) => Number(s.member_id) === r.memberId)
        .map((s) => ({ source: String(s.source), count: Number(s.n), hours: Math.round(Number(s.hours) * 10) / 10 })),
      points: points.get(r.memberId) ?? { earned: 0, redeemed: 0 },
      honours: [
        ...(honoured.volunteers.some((v) => v.member.id === r.memberId) ? ['最美志愿者'] : []),
        ...(honoured.buildingLeaders.some((v) => v.member.id === r.memberId) ? ['最美楼道长'] : []),
      ],
      lockedAt,
    };
  });
}

export async function feedbackCard(deps: AppDeps, caller: Caller, year: number, memberId: number): Promise<FeedbackCardDto> {
  const rows = await deps.db
    .select()
    .from(memberEvaluations)
    .where(
      and(
        eq(memberEvaluations.year, year),
        eq(memberEvaluations.memberId, memberId),
        eq(memberEvaluations.countyCode, caller.countyCode),
        visibility(deps.db, caller),
      ),
    );
  const [card] = await cards(deps, caller, year, rows);
  if (!card) throw NotFound('evaluation');
  await audit(deps.db, caller, { action: 'view', entity: 'evaluation', entityId: rows[0]?.id ?? null, summary: `查看反馈卡：${card.member.name}` });
  return card;
}

/** The cards of a unit (a secretary's own by default), at most 500 at a time, for printing. */
export async function feedbackCards(deps: AppDeps, caller: Caller, year: number, organizationId?: number): Promise<FeedbackCardDto[]> {
  const conn = deps.db;
  const unit = caller.role === 'unitSecretary' ? caller.organizationId : organizationId;
  const rows = await conn
    .select()
    .from(memberEvaluations)
    .where(
      and(
        eq(memberEvaluations.year, year),
        eq(memberEvaluations.countyCode, caller.countyCode),
        visibility(conn, caller),
        unit ? inArray(memberEvaluations.memberId, conn.select({ id: members.id }).from(members).where(eq(members.organizationId, unit))) : undefined,
      ),
    )
    .orderBy(desc(memberEvaluations.score))
    .limit(500);
  return cards(deps, caller, year, rows);
}

export async function exportFeedback(deps: AppDeps, caller: Caller, year: number, organizationId?: number) {
  const rows = await feedbackCards(deps, caller, year, organizationId);
  const at = deps.clock();
  const file = await writeExport({
    title: `${year} 年度在职党员反馈卡`,
    stamp: { by: caller.displayName, at },
    columns: ['姓名', '工作单位', '报到社区', '得分', '等次', '服务次数', '服务时长（小时）', '年度积分', '已兑换', '荣誉', '调整说明'].map((header) => ({
      header,
    })),
    rows: rows.map((c) => [
      c.member.name,
      c.member.unit,
      c.member.community,
      c.score,
      GRADE_LABELS[c.grade]['zh-CN'],
      c.services.reduce((n, s) => n + s.count, 0),
      Math.round(c.services.reduce((n, s) => n + s.hours, 0) * 10) / 10,
      c.points.earned,
      c.points.redeemed,
      c.honours.join('、'),
      c.adjustReason ?? '',
    ]),
  });
  await audit(deps.db, caller, { action: 'export', entity: 'evaluation', summary: `导出 ${year} 年度反馈卡 ${rows.length} 张` });
  return { file, name: `${year}年度反馈卡-${at.toISOString().slice(0, 10)}.xlsx` };
}

/**
 * 反馈卡送达: once the year is locked, every unit with evaluated members and the org department are told
 * their cards are ready. Sent once.
 */
export async function sendFeedback(deps: Pick<AppDeps, 'db' | 'clock'>, caller: Caller, year: number) {
  return deps.db.transaction(async (tx) => {
    const row = await yearRow(tx, caller.countyCode, year);
    if (!row?.lockedAt) throw new DomainError(409, 'evaluation.notLocked', { year });
    const [claimed] = await tx
      .update(evaluationYears)
      .set({ feedbackSentAt: deps.clock() })
      .where(and(eq(evaluationYears.countyCode, caller.countyCode), eq(evaluationYears.year, year), isNull(evaluationYears.feedbackSentAt)))
      .returning();
    if (!claimed) throw new DomainError(409, 'evaluation.feedbackSent', { year });
    const units = tx
      .selectDistinct({ id: members.organizationId })
      .from(memberEvaluations)
      .innerJoin(members, eq(members.id, memberEvaluations.memberId))
      .where(and(eq(memberEvaluations.countyCode, caller.countyCode), eq(memberEvaluations.year, year)));
    const secretaries = await unitSecretaries(tx, units);
    const orgAdmins = await tx
      .select({ accountId: accounts.id, countyCode: accounts.countyCode })
      .from(accounts)
      .where(and(eq(accounts.countyCode, caller.countyCode), eq(accounts.role, 'orgAdmin')));
    await notify(tx, [...secretaries, ...orgAdmins], {
      kind: 'evaluation.feedback',
      title: { 'zh-CN': `${year} 年度在职党员反馈卡已送达`, en: `The ${year} feedback cards are ready` },
      body: { 'zh-CN': '请查看本单位党员在社区的年度表现，作为评先评优的参考', en: 'See how your members served their communities this year' },
      link: `/evaluation/feedback?year=${year}`,
    });
    await audit(tx, caller, { action: 'update', entity: 'evaluation', summary: `送达 ${year} 年度反馈卡（${secretaries.length} 个单位）` });
    return { units: secretaries.length };
  });
}
