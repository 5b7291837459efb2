import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import { accounts, members, noticeComments, places } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { placesInScope } from '../../platform/scope.js';
import { beijingDay } from '../pairing/index.js';

// 公示栏: a community's or compound's quarter of service and points, names shown as each member chose.

/** 'YYYY-Qn' of a day, and a quarter's first and last day. Pure. */
export const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
export function quarterRange(period: string): { from: string; to: string } {
  const year = Number(period.slice(0, 4));
  const q = Number(period.slice(6));
  const startMonth = (q - 1) * 3 + 1;
  const last = new Date(Date.UTC(year, startMonth + 2, 0)).getUTCDate();
  return { from: `${year}-${String(startMonth).padStart(2, '0')}-01`, to: `${year}-${String(startMonth + 2).padStart(2, '0')}-${last}` };
}

/** 王建国 → 王*国, 李娜 → 李*: enough for neighbours who know them, not a full name for strangers. Pure. */
export const maskName = (name: string) => {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
};

const ADMINS = ['communityAdmin', 'streetAdmin', 'orgAdmin'];

async function noticePlace(deps: AppDeps, caller: Caller, id: number) {
  const [place] = await deps.db
    .select()
    .from(places)
    .where(and(eq(places.id, id), eq(places.countyCode, caller.countyCode), inArray(places.kind, ['community', 'compound'])));
  if (!place) throw NotFound('place');
  return place;
}

export async function notice(deps: AppDeps, caller: Caller, id: number, period?: string) {
  const place = await noticePlace(deps, caller, id);
  const chosen = period ?? quarterOf(beijingDay(deps.clock()));
  const { from, to } = quarterRange(chosen);
  const conn = deps.db;
  const byMember = rowsOf(
    await conn.execute(sql`
      select r.member_id, m.name, m.notice_consent, coalesce(o.name, '') as unit, count(*)::int as services, coalesce(sum(r.hours), 0)::float as hours,
        (select coalesce(sum(e.amount), 0)::int from point_entries e where e.holder_kind = 'member' and e.holder_id = r.member_id
           and e.occurred_on between ${from} and ${to} and (e.kind in ('earn', 'deduct') or (e.kind = 'reverse' and e.rule is not null))) as points
      from service_records r join members m on m.id = r.member_id left join organizations o on o.id = m.organization_id
      join places p on p.id = r.place_id
      where p.path like ${`${place.path}%`} and (r.occurred_at at time zone 'Asia/Shanghai')::date between ${from} and ${to}
      group by r.member_id, m.name, m.notice_consent, o.name
      order by points desc, services desc, r.member_id`),
  );
  const byUnit = rowsOf(
    await conn.execute(sql`
      select o.name, count(*)::int as services, coalesce(sum(r.hours), 0)::float as hours
      from service_records r join organizations o on o.id = r.organization_id join places p on p.id = r.place_id
      where p.path like ${`${place.path}%`} and (r.occurred_at at time zone 'Asia/Shanghai')::date between ${from} and ${to}
      group by o.id, o.name order by services desc, o.name`),
  );
  const named = byMember.filter((m) => m.notice_consent !== 'hidden');
  const admin = ADMINS.includes(caller.role);
  const comments = await conn
    .select({
      id: noticeComments.id,
      author: accounts.displayName,
      role: accounts.role,
      text: noticeComments.text,
      at: noticeComments.createdAt,
      hiddenAt: noticeComments.hiddenAt,
    })
    .from(noticeComments)
    .innerJoin(accounts, eq(accounts.id, noticeComments.accountId))
    .where(and(eq(noticeComments.placeId, place.id), eq(noticeComments.period, chosen), admin ? undefined : isNull(noticeComments.hiddenAt)))
    .orderBy(asc(noticeComments.id));
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    place: { id: place.id, name: place.name, kind: place.kind },
    period: chosen,
    from,
    to,
    members: named.map((m) => ({
      name: m.notice_consent === 'full' ? String(m.name) : maskName(String(m.name)),
      unit: String(m.unit),
      services: Number(m.services),
      hours: round(Number(m.hours)),
      points: Number(m.points),
    })),
    unnamed: byMember.length - named.length,
    units: byUnit.map((u) => ({ name: String(u.name), services: Number(u.services), hours: round(Number(u.hours)) })),
    totals: {
      services: byMember.reduce((n, m) => n + Number(m.services), 0),
      hours: round(byMember.reduce((n, m) => n + Number(m.hours), 0)),
      points: byMember.reduce((n, m) => n + Number(m.points), 0),
    },
    comments: comments.map((c) => ({
      id: c.id,
      author: ADMINS.includes(c.role) ? c.author : maskName(c.author),
      text: c.text,
      at: c.at.toISOString(),
      hidden: c.hiddenAt !== null,
    })),
  };
}

/** Residents and members remark on a notice; a period still to come cannot be remarked on. */
export async function commentOnNotice(deps: AppDeps, caller: Caller, id: number, input: { period: string; text: string }) {
  const place = await noticePlace(deps, caller, id);
  if (input.period > quarterOf(beijingDay(deps.clock()))) throw Invalid('notice.futurePeriod', 'period');
  await deps.db.transaction(async (tx) => {
    const [made] = await tx
      .insert(noticeComments)
      .values({ countyCode: caller.countyCode, placeId: place.id, period: input.period, accountId: caller.accountId, text: input.text })
      .returning({ id: noticeComments.id });
    await audit(tx, caller, { action: 'create', entity: 'notice', entityId: made?.id ?? null, summary: `公示留言：${place.name} ${input.period}` });
  });
  return notice(deps, caller, id, input.period);
}

/** The community hides a comment (it stays, marked, for the record). */
export async function hideComment(deps: AppDeps, caller: Caller, commentId: number) {
  await deps.db.transaction(async (tx) => {
    const [hidden] = await tx
      .update(noticeComments)
      .set({ hiddenAt: deps.clock(), hiddenBy: caller.accountId })
      .where(and(eq(noticeComments.id, commentId), inArray(noticeComments.placeId, placesInScope(tx, caller)), isNull(noticeComments.hiddenAt)))
      .returning();
    if (!hidden) throw NotFound('comment');
    await audit(tx, caller, { action: 'update', entity: 'notice', entityId: commentId, summary: '隐藏公示留言' });
  });
  return { ok: true as const };
}

/** A member's own choice of how they appear on notices. */
export async function setConsent(deps: AppDeps, caller: Caller, noticeConsent: 'full' | 'masked' | 'hidden') {
  if (!caller.memberId) throw new DomainError(403, 'registration.notMemberAccount');
  const memberId = caller.memberId;
  await deps.db.transaction(async (tx) => {
    await tx.update(members).set({ noticeConsent }).where(eq(members.id, memberId));
    await audit(tx, caller, { action: 'update', entity: 'member', entityId: memberId, summary: `公示署名设置：${noticeConsent}` });
  });
  return { noticeConsent };
}

export async function getConsent(deps: AppDeps, caller: Caller) {
  if (!caller.memberId) throw new DomainError(403, 'registration.notMemberAccount');
  const [row] = await deps.db.select({ noticeConsent: members.noticeConsent }).from(members).where(eq(members.id, caller.memberId));
  return { noticeConsent: row?.noticeConsent ?? ('masked' as const) };
}
