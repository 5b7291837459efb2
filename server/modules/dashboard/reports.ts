import { sql } from 'drizzle-orm';
import type { ReportDto } from '#contracts/dashboard.js';
import { rowsOf } from '../../db/client.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError } from '../../platform/errors.js';
import { writeExport } from '../../platform/excel/index.js';
import { visiblePlace } from '../../platform/scope.js';

// 月报 / 年报: a level's month or year in the figures the field articles use
// ("78个单位到社区报到，3400名党员…包联142个小区…解决问题213件").

/** A period's first and last day: 'YYYY' or 'YYYY-MM'. Pure. */
export function periodRange(period: string): { from: string; to: string } {
  if (period.length === 4) return { from: `${period}-01-01`, to: `${period}-12-31` };
  const [y, m] = period.split('-').map(Number);
  const last = new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}` };
}

export async function report(deps: AppDeps, caller: Caller, q: { placeId?: number | undefined; period: string }): Promise<ReportDto> {
  const place = await visiblePlace(deps.db, caller, q.placeId ?? caller.placeId);
  if (!['county', 'street', 'community'].includes(place.kind)) throw new DomainError(400, 'dashboard.level', {}, 'placeId');
  const { from, to } = periodRange(q.period);
  const under = `${place.path}%`;
  // Columns are this file's constants; the dates go as parameters.
  const inPeriod = (column: string) => sql`(${sql.raw(column)} at time zone 'Asia/Shanghai')::date between ${from} and ${to}`;
  const [r] = rowsOf(
    await deps.db.execute(sql`
      select
        (select count(distinct u.organization_id)::int from unit_registrations u join places p on p.id = u.place_id where u.status = 'confirmed' and p.path like ${under}) as units,
        (select count(distinct r.member_id)::int from member_registrations r join places p on p.id = r.place_id where r.status = 'approved' and p.path like ${under}) as members,
        (select count(distinct r.member_id)::int from member_registrations r join places p on p.id = r.place_id where r.status = 'approved' and p.path like ${under} and ${inPeriod('r.created_at')}) as members_new,
        (select count(distinct up.place_id)::int from unit_pairings up join places p on p.id = up.place_id where up.end_date is null and p.path like ${under}) as compounds_paired,
        (select count(distinct up.organization_id)::int from unit_pairings up join places p on p.id = up.place_id where up.end_date is null and p.path like ${under}) as units_pairing,
        (select count(*)::int from service_orders o join places p on p.id = o.place_id where p.path like ${under} and ${inPeriod('o.created_at')}) as needs,
        (select count(*)::int from resources x join places p on p.id = x.place_id where p.path like ${under}) as resources,
        (select count(*)::int from projects x join places p on p.id = x.place_id where p.path like ${under}) as projects,
        (select count(*)::int from service_records s join places p on p.id = s.place_id where p.path like ${under} and ${inPeriod('s.occurred_at')}) as services,
        (select coalesce(sum(s.hours), 0)::float from service_records s join places p on p.id = s.place_id where p.path like ${under} and ${inPeriod('s.occurred_at')}) as hours,
        (select count(*)::int from service_orders o join places p on p.id = o.place_id where p.path like ${under} and o.status in ('finished', 'rated') and ${inPeriod('o.finished_at')}) as solved,
        (select count(*)::int from wishes w join places p on p.id = w.place_id where p.path like ${under} and w.status in ('fulfilled', 'thanked')) as wishes,
        (select count(*)::int from households h join places p on p.id = h.place_id where p.path like ${under} and jsonb_array_length(h.care_categories) > 0) as key_households,
        (select count(*)::int from households h join places p on p.id = h.place_id where p.path like ${under} and jsonb_array_length(h.care_categories) > 0
           and exists (select 1 from household_pairings x where x.household_id = h.id and x.end_date is null)) as covered,
        (select count(*)::int from visits v join households h on h.id = v.household_id join places p on p.id = h.place_id where p.path like ${under} and v.date between ${from} and ${to}) as visits,
        (select coalesce(-sum(e.amount), 0)::int from point_entries e join redemptions d on d.id = e.source_id and e.source = 'redemption'
           join merchants mc on mc.id = d.merchant_id join places p on p.id = mc.place_id
           where e.holder_kind = 'member' and p.path like ${under} and e.occurred_on between ${from} and ${to}) as redeemed,
        (select avg(o.rating)::float from service_orders o join places p on p.id = o.place_id where p.path like ${under} and o.rating is not null and ${inPeriod('o.created_at')}) as satisfaction,
        (select count(*)::int from topics t join places p on p.id = t.place_id where p.path like ${under} and t.status in ('decided', 'done') and ${inPeriod('t.updated_at')}) as topics,
        (select count(*)::int from mediation_cases m join places p on p.id = m.place_id where p.path like ${under} and m.status in ('agreed', 'closed') and ${inPeriod('m.created_at')}) as mediated`),
  );
  const n = (k: string) => Number(r?.[k] ?? 0);
  const lines = [
    ['units', '到社区报到的单位', n('units'), '个'],
    ['members', '报到的在职党员', n('members'), '名'],
    ['membersNew', '其中本期新报到', n('members_new'), '名'],
    ['unitsPairing', '包联小区的单位', n('units_pairing'), '个'],
    ['compoundsPaired', '被包联的小区', n('compounds_paired'), '个'],
    ['needs', '收集群众需求', n('needs'), '件'],
    ['resources', '资源清单', n('resources'), '项'],
    ['projects', '项目清单', n('projects'), '个'],
    ['services', '开展服务', n('services'), '次'],
    ['hours', '服务时长', Math.round(n('hours') * 10) / 10, '小时'],
    ['solved', '解决群众急难愁盼问题', n('solved'), '件'],
    ['wishes', '实现微心愿', n('wishes'), '个'],
    ['keyHouseholds', '重点户', n('key_households'), '户'],
    ['covered', '其中有党员包联', n('covered'), '户'],
    ['visits', '入户走访', n('visits'), '次'],
    ['redeemed', '兑换积分', n('redeemed'), '分'],
    ['satisfaction', '群众满意度（平均评分）', Math.round(n('satisfaction') * 10) / 10, '分'],
    ['topics', '协商议事形成决议', n('topics'), '项'],
    ['mediated', '化解矛盾纠纷', n('mediated'), '起'],
  ] as const;
  return {
    place: { id: place.id, name: place.name, kind: place.kind },
    period: q.period,
    from,
    to,
    lines: lines.map(([key, label, value, unit]) => ({ key, label, value, unit })),
  };
}

export async function exportReport(deps: AppDeps, caller: Caller, q: { placeId?: number | undefined; period: string }) {
  const r = await report(deps, caller, q);
  const at = deps.clock();
  const title = `${r.place.name} ${r.period.length === 4 ? `${r.period} 年度` : `${r.period} 月度`}“四双”工作报表`;
  const file = await writeExport({
    title,
    stamp: { by: caller.displayName, at },
    columns: ['项目', '数量', '单位'].map((header) => ({ header })),
    rows: r.lines.map((l) => [l.label, l.value, l.unit]),
  });
  await audit(deps.db, caller, { action: 'export', entity: 'report', summary: `导出${title}` });
  return { file, name: `${title}.xlsx` };
}
