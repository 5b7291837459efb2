import { and, eq, isNull, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import { places, unitPairings, unitRegistrations } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { writeExport } from '../../platform/excel/index.js';
import { visibleOrganization } from '../people/index.js';
import { quarterRange } from './notices.js';

// 季度服务纪实: what a unit and its members did in the communities in a quarter.

const SOURCE_LABELS: Record<string, string> = { order: '服务工单', wish: '微心愿', activity: '志愿活动', duty: '岗位值守' };

export async function quarterlyRecord(deps: AppDeps, caller: Caller, organizationId: number, year: number, quarter: number) {
  const conn = deps.db;
  const unit = await visibleOrganization(conn, caller, organizationId);
  const period = `${year}-Q${quarter}`;
  const { from, to } = quarterRange(period);
  const inPeriod = sql`(r.occurred_at at time zone 'Asia/Shanghai')::date between ${from} and ${to}`;
  const services = rowsOf(
    await conn.execute(sql`
      select r.source, count(*)::int as n, coalesce(sum(r.hours), 0)::float as hours from service_records r
      join members m on m.id = r.member_id where m.organization_id = ${unit.id} and ${inPeriod} group by r.source order by r.source`),
  );
  const top = rowsOf(
    await conn.execute(sql`
      select m.name, count(*)::int as n, coalesce(sum(r.hours), 0)::float as hours from service_records r
      join members m on m.id = r.member_id where m.organization_id = ${unit.id} and ${inPeriod}
      group by m.id, m.name order by n desc, hours desc, m.id limit 10`),
  );
  const [counts] = rowsOf(
    await conn.execute(sql`
      select count(*)::int as members,
        count(*) filter (where exists (select 1 from service_records r where r.member_id = m.id and ${inPeriod}))::int as serving
      from members m where m.organization_id = ${unit.id} and m.status = 'active'`),
  );
  const [points] = rowsOf(
    await conn.execute(sql`
      select coalesce(sum(e.amount), 0)::int as n from point_entries e join members m on m.id = e.holder_id
      where e.holder_kind = 'member' and m.organization_id = ${unit.id} and e.occurred_on between ${from} and ${to}
        and (e.kind in ('earn', 'deduct') or (e.kind = 'reverse' and e.rule is not null))`),
  );
  const compounds = await conn
    .select({ name: places.name })
    .from(unitPairings)
    .innerJoin(places, eq(places.id, unitPairings.placeId))
    .where(and(eq(unitPairings.organizationId, unit.id), isNull(unitPairings.endDate)));
  const communities = await conn
    .selectDistinct({ name: places.name })
    .from(unitRegistrations)
    .innerJoin(places, eq(places.id, unitRegistrations.placeId))
    .where(and(eq(unitRegistrations.organizationId, unit.id), eq(unitRegistrations.status, 'confirmed')));
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    organization: { id: unit.id, name: unit.name },
    period,
    members: Number(counts?.members ?? 0),
    serving: Number(counts?.serving ?? 0),
    services: services.map((s) => ({ source: String(s.source), count: Number(s.n), hours: round(Number(s.hours)) })),
    compounds: compounds.map((c) => c.name),
    communities: communities.map((c) => c.name),
    points: Number(points?.n ?? 0),
    topMembers: top.map((t) => ({ name: String(t.name), services: Number(t.n), hours: round(Number(t.hours)) })),
  };
}

export async function exportQuarterly(deps: AppDeps, caller: Caller, organizationId: number, year: number, quarter: number) {
  const r = await quarterlyRecord(deps, caller, organizationId, year, quarter);
  const at = deps.clock();
  const file = await writeExport({
    title: `${r.organization.name} ${r.period} 季度服务纪实`,
    stamp: { by: caller.displayName, at },
    columns: ['项目', '次数', '时长（小时）'].map((header) => ({ header })),
    rows: [
      ...r.services.map((s) => [SOURCE_LABELS[s.source] ?? s.source, s.count, s.hours]),
      ['参与服务党员', `${r.serving} / ${r.members}`, ''],
      ['党员获得积分', r.points, ''],
      ['报到社区', r.communities.join('、'), ''],
      ['包联小区', r.compounds.join('、'), ''],
    ],
  });
  await audit(deps.db, caller, { action: 'export', entity: 'organization', entityId: r.organization.id, summary: `导出季度服务纪实 ${r.period}` });
  return { file, name: `季度服务纪实-${r.organization.name}-${r.period}.xlsx` };
}
