import { and, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { accounts, householdPairings, households, notifications, visits } from '../../db/schema/index.js';
import type { AppDeps } from '../../platform/context.js';
import { notify } from '../../platform/notify.js';
import { beijingDay, dueVisits } from './cadence.js';

const KIND = 'visit.overdue';

/**
 * 走访提醒: tells each member with an overdue visit, at most once a day. The day's notice is claimed by a
 * conditional insert per member, so two app servers sweeping at once send it once.
 */
export async function remindOverdueVisits(deps: AppDeps): Promise<number> {
  const now = deps.clock();
  const today = beijingDay(now);
  const from = new Date(Date.parse(`${today}T00:00:00+08:00`) - 75 * 86_400_000).toISOString().slice(0, 10);
  const live = await deps.db
    .select({
      memberId: householdPairings.memberId,
      householdId: householdPairings.householdId,
      since: householdPairings.startDate,
      care: households.careCategories,
    })
    .from(householdPairings)
    .innerJoin(households, eq(households.id, householdPairings.householdId))
    .where(isNull(householdPairings.endDate));
  if (!live.length) return 0;
  const seen = new Map<number, string[]>();
  for (const v of await deps.db.select({ id: visits.householdId, date: visits.date }).from(visits).where(gte(visits.date, from))) {
    seen.set(v.id, [...(seen.get(v.id) ?? []), v.date]);
  }
  const late = new Map<number, number>();
  for (const p of live) {
    const overdue = dueVisits({ key: p.care.length > 0, visits: seen.get(p.householdId) ?? [], needs: [], today, since: p.since }).some((d) => d.overdue);
    if (overdue) late.set(p.memberId, (late.get(p.memberId) ?? 0) + 1);
  }
  if (!late.size) return 0;
  const dayStart = new Date(`${today}T00:00:00+08:00`);
  let sent = 0;
  const recipients = await deps.db
    .select({ accountId: accounts.id, countyCode: accounts.countyCode, memberId: accounts.memberId })
    .from(accounts)
    .where(inArray(accounts.memberId, [...late.keys()]));
  for (const r of recipients) {
    await deps.db.transaction(async (tx) => {
      // Serialise per account so a second server sees the first one's notice.
      await tx.execute(sql`select pg_advisory_xact_lock(${r.accountId})`);
      const [already] = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.accountId, r.accountId), eq(notifications.kind, KIND), gte(notifications.createdAt, dayStart)))
        .limit(1);
      if (already) return;
      const n = late.get(r.memberId ?? -1) ?? 0;
      await notify(tx, [r], {
        kind: KIND,
        title: { 'zh-CN': '有联系户走访已超期', en: 'A visit to your household is overdue' },
        body: { 'zh-CN': `${n} 户联系户走访已超期，请尽快走访`, en: `${n} of your households are overdue for a visit` },
        link: '/m/visits',
      });
      sent++;
    });
  }
  return sent;
}
