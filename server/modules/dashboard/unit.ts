import { and, eq, sql } from 'drizzle-orm';
import type { FigureDto } from '#contracts/dashboard.js';
import { rowsOf } from '../../db/client.js';
import { unitEvaluations } from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Invalid } from '../../platform/errors.js';
import { listMembers, visibleOrganization } from '../people/index.js';
import { beijingDay } from '../pairing/index.js';
import { listMemberRegistrations } from '../registration/index.js';

// 单位看板: how a unit's members register, serve and are graded — its secretary's overview.

export async function unitDashboard(deps: AppDeps, caller: Caller, q: { organizationId?: number | undefined; year?: number | undefined }) {
  const conn = deps.db;
  const id = caller.role === 'unitSecretary' ? caller.organizationId : q.organizationId;
  if (!id) throw Invalid('dashboard.unit', 'organizationId');
  const unit = await visibleOrganization(conn, caller, id);
  const year = q.year ?? Number(beijingDay(deps.clock()).slice(0, 4));
  const o = String(unit.id);
  const one = { page: 1, pageSize: 1 };
  const figures: FigureDto[] = [
    {
      key: 'members.all',
      group: 'registration',
      value: (await listMembers(deps, caller, { ...one, organizationId: unit.id, q: '', sort: 'name' })).total,
      link: { path: '/members', query: { organizationId: o } },
    },
  ];
  for (const status of ['approved', 'submitted'] as const) {
    figures.push({
      key: `members.${status}`,
      group: 'registration',
      value: (await listMemberRegistrations(deps, caller, { ...one, status, organizationId: unit.id, q: '' })).total,
      link: { path: '/registrations/members', query: { status, organizationId: o } },
    });
  }
  const services = rowsOf(
    await conn.execute(sql`
      select r.source, count(*)::int as n, coalesce(sum(r.hours), 0)::float as hours from service_records r join members m on m.id = r.member_id
      where m.organization_id = ${unit.id} and extract(year from r.occurred_at at time zone 'Asia/Shanghai') = ${year} group by r.source order by r.source`),
  );
  const [points] = rowsOf(
    await conn.execute(sql`
      select coalesce(sum(e.amount), 0)::int as n from point_entries e join members m on m.id = e.holder_id
      where e.holder_kind = 'member' and m.organization_id = ${unit.id} and extract(year from e.occurred_on) = ${year}
        and (e.kind in ('earn', 'deduct') or (e.kind = 'reverse' and e.rule is not null))`),
  );
  const grades = rowsOf(
    await conn.execute(sql`
      select coalesce(e.adjusted_grade, e.computed_grade) as grade, count(*)::int as n from member_evaluations e join members m on m.id = e.member_id
      where m.organization_id = ${unit.id} and e.year = ${year} group by 1`),
  );
  const [own] = await conn
    .select({ grade: unitEvaluations.grade, score: unitEvaluations.score })
    .from(unitEvaluations)
    .where(and(eq(unitEvaluations.organizationId, unit.id), eq(unitEvaluations.year, year)));
  return {
    organization: { id: unit.id, name: unit.name },
    year,
    figures,
    services: services.map((s) => ({ source: String(s.source), count: Number(s.n), hours: Math.round(Number(s.hours) * 10) / 10 })),
    points: Number(points?.n ?? 0),
    grade: own ? { grade: own.grade, score: own.score } : null,
    membersByGrade: Object.fromEntries(grades.map((g) => [String(g.grade), Number(g.n)])),
  };
}
