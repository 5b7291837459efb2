import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PointRuleKind } from '#contracts/points.js';
import { rowsOf } from '../../db/client.js';
import type { Conn } from '../../db/client.js';
import { pointEntries } from '../../db/schema/index.js';
import type { AppDeps } from '../../platform/context.js';
import { beijingDay } from '../pairing/index.js';
import { lockedBalance, post } from './balance.js';
import { type RuleVersion, ruleOn, ruleVersions } from './rules.js';

// 积分自动结算: service records, visits and no-shows turn into ledger entries by the rule in force on the
// day they happened, within each rule's monthly cap. Re-running finds nothing new: a source earns once.

export type Earning = { memberId: number; rule: PointRuleKind; source: string; sourceId: number; day: string; units: number; title: string };

/** What a service record earns, by its kind and rating. Pure. */
export function earningsOf(r: { memberId: number; id: number; source: string; hours: number; rating: number | null; day: string; title: string }): Earning[] {
  const base = { memberId: r.memberId, source: 'service_record', sourceId: r.id, day: r.day, title: r.title };
  const main: Record<string, PointRuleKind> = { activity: 'activityHour', order: 'orderDone', wish: 'wishFulfilled', duty: 'dutyShift' };
  const rule = main[r.source];
  const out: Earning[] = rule ? [{ ...base, rule, units: rule === 'activityHour' ? r.hours : 1 }] : [];
  if (r.rating !== null && r.rating >= 4) out.push({ ...base, rule: 'goodRating', units: 1 });
  if (r.rating !== null && r.rating <= 2) out.push({ ...base, rule: 'badRating', units: 1 });
  return out;
}

/**
 * The amount an earning gets: the rule's points times its units (hours round to whole points), cut to
 * what is left of the month's cap. Deductions are never capped. Pure.
 */
export function amountOf(rule: RuleVersion, units: number, usedThisMonth: number): { amount: number; capped: boolean } {
  const full = Math.round(rule.points * units);
  if (rule.points <= 0 || rule.monthlyCap === null) return { amount: full, capped: false };
  const left = Math.max(0, rule.monthlyCap - usedThisMonth);
  return full > left ? { amount: left, capped: true } : { amount: full, capped: false };
}

async function pending(conn: Conn, countyCode: string, limit: number, now: Date): Promise<Earning[]> {
  const records = rowsOf(
    await conn.execute(sql`
      select r.id, r.member_id, r.source, r.hours, r.rating, r.occurred_at, r.title from service_records r
      where r.county_code = ${countyCode} and r.member_id is not null
        and (not exists (select 1 from point_entries e where e.kind in ('earn', 'deduct') and e.source = 'service_record' and e.source_id = r.id and e.holder_kind = 'member' and e.holder_id = r.member_id and e.rule not in ('goodRating', 'badRating'))
          or (r.rating is not null and (r.rating >= 4 or r.rating <= 2) and not exists (select 1 from point_entries e where e.kind in ('earn', 'deduct') and e.source = 'service_record' and e.source_id = r.id and e.holder_kind = 'member' and e.holder_id = r.member_id and e.rule in ('goodRating', 'badRating'))))
      order by r.occurred_at limit ${limit}`),
  );
  const fromRecords = records.flatMap((r) =>
    earningsOf({
      id: Number(r.id),
      memberId: Number(r.member_id),
      source: String(r.source),
      hours: Number(r.hours),
      rating: r.rating === null ? null : Number(r.rating),
      day: beijingDay(new Date(String(r.occurred_at))),
      title: String(r.title),
    }),
  );
  const visitRows = rowsOf(
    await conn.execute(sql`
      select v.id, v.member_id, v.date from visits v
      where v.county_code = ${countyCode} and not v.flagged
        and not exists (select 1 from point_entries e where e.kind in ('earn', 'deduct') and e.source = 'visit' and e.source_id = v.id)
      order by v.date limit ${limit}`),
  );
  const fromVisits = visitRows.map((v) => ({
    memberId: Number(v.member_id),
    rule: 'visitOnTime' as const,
    source: 'visit',
    sourceId: Number(v.id),
    day: String(v.date).slice(0, 10),
    units: 1,
    title: '走访联系户',
  }));
  // 报名未到: signed up, never checked in, and the activity ended a day ago.
  const noShows = rowsOf(
    await conn.execute(sql`
      select s.id, s.member_id, a.ends_at, a.title from activity_signups s join activities a on a.id = s.activity_id
      where s.county_code = ${countyCode} and s.check_in_at is null and a.ends_at < ${now.toISOString()}::timestamptz - interval '1 day'
        and not exists (select 1 from point_entries e where e.kind in ('earn', 'deduct') and e.source = 'signup' and e.source_id = s.id)
      limit ${limit}`),
  );
  const fromNoShows = noShows.map((s) => ({
    memberId: Number(s.member_id),
    rule: 'noShow' as const,
    source: 'signup',
    sourceId: Number(s.id),
    day: beijingDay(new Date(String(s.ends_at))),
    units: 1,
    title: `报名未参加：${String(s.title)}`,
  }));
  // Each source type filtered its own already-earned rows; a record half-earned (rating came later) still
  // lists its main earning, which the unique index then skips.
  return [...fromRecords, ...fromVisits, ...fromNoShows].sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * Runs one county's earning: a transaction per batch, serialised per county by an advisory lock so two
 * app servers never count a cap twice. Returns how many entries were written.
 */
export async function earnPoints(deps: Pick<AppDeps, 'db' | 'clock'>, countyCode: string, opts: { batch?: number } = {}): Promise<number> {
  const batch = opts.batch ?? 2000;
  let written = 0;
  for (;;) {
    const n = await deps.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`points.earn:${countyCode}`}))`);
      const todo = await pending(tx, countyCode, batch, deps.clock());
      if (!todo.length) return 0;
      const versions = await ruleVersions(tx, countyCode);
      const used = new Map<string, number>();
      const monthKey = (e: Earning) => `${e.memberId}:${e.rule}:${e.day.slice(0, 7)}`;
      const months = [...new Set(todo.map((e) => e.day.slice(0, 7)))];
      const members = [...new Set(todo.map((e) => e.memberId))];
      for (const u of await tx
        .select({
          memberId: pointEntries.holderId,
          rule: pointEntries.rule,
          month: sql<string>`to_char(${pointEntries.occurredOn}, 'YYYY-MM')`,
          n: sql<number>`coalesce(sum(${pointEntries.amount}), 0)::int`,
        })
        .from(pointEntries)
        .where(
          and(
            eq(pointEntries.holderKind, 'member'),
            inArray(pointEntries.holderId, members),
            inArray(sql`to_char(${pointEntries.occurredOn}, 'YYYY-MM')`, months),
            inArray(pointEntries.kind, ['earn', 'reverse']),
            sql`${pointEntries.rule} is not null`,
          ),
        )
        .groupBy(pointEntries.holderId, pointEntries.rule, sql`to_char(${pointEntries.occurredOn}, 'YYYY-MM')`)) {
        used.set(`${u.memberId}:${u.rule}:${u.month}`, Number(u.n));
      }
      let count = 0;
      for (const e of todo) {
        const rule = ruleOn(versions, e.rule, e.day);
        const key = monthKey(e);
        let { amount, capped } = amountOf(rule, e.units, used.get(key) ?? 0);
        let note = capped ? `${e.title}（已达本月上限）` : e.title;
        if (amount < 0) {
          // A deduction takes what there is; the balance never goes below zero.
          const balance = await lockedBalance(tx, countyCode, { kind: 'member', id: e.memberId });
          if (balance < -amount) {
            note = `${e.title}（应扣 ${-amount} 分，余额不足按 ${balance} 分扣）`;
            amount = -balance;
          }
        }
        const row = await post(tx, {
          countyCode,
          holder: { kind: 'member', id: e.memberId },
          kind: rule.points < 0 ? 'deduct' : 'earn',
          amount,
          rule: e.rule,
          ruleId: rule.id,
          source: e.source,
          sourceId: e.sourceId,
          note,
          occurredOn: e.day,
        });
        if (row) {
          count++;
          if (amount > 0) used.set(key, (used.get(key) ?? 0) + amount);
        }
      }
      return count;
    });
    written += n;
    if (n === 0) return written;
  }
}

/** Every county with something to earn: for the sweep. */
export async function earnAll(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<number> {
  const counties = rowsOf(await deps.db.execute(sql`select distinct county_code from service_records union select distinct county_code from visits`));
  let n = 0;
  for (const c of counties) n += await earnPoints(deps, String(c.county_code));
  return n;
}
