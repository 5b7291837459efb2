import { and, count, desc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { PointEntryDto } from '#contracts/points.js';
import { rowsOf } from '../../db/client.js';
import type { Conn } from '../../db/client.js';
import { accounts, members, merchants, pointBalances, pointEntries } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { placesInScope, placesUnder, visiblePlace } from '../../platform/scope.js';
import { visibleMembers } from '../people/index.js';
import { beijingDay } from '../pairing/index.js';
import { post } from './balance.js';
import { merchantOf } from './merchants.js';

type Row = typeof pointEntries.$inferSelect;

async function present(conn: Conn, rows: Row[]): Promise<PointEntryDto[]> {
  if (!rows.length) return [];
  const ids = (kind: 'member' | 'merchant') => [...new Set(rows.filter((r) => r.holderKind === kind).map((r) => r.holderId))];
  const names = new Map<string, string>();
  const memberIds = ids('member');
  if (memberIds.length)
    for (const m of await conn.select({ id: members.id, name: members.name }).from(members).where(inArray(members.id, memberIds)))
      names.set(`member${m.id}`, m.name);
  const merchantIds = ids('merchant');
  if (merchantIds.length)
    for (const m of await conn.select({ id: merchants.id, name: merchants.name }).from(merchants).where(inArray(merchants.id, merchantIds)))
      names.set(`merchant${m.id}`, m.name);
  const byIds = [...new Set(rows.flatMap((r) => r.createdBy ?? []))];
  const by = new Map(
    byIds.length
      ? (await conn.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(inArray(accounts.id, byIds))).map((a) => [a.id, a.name])
      : [],
  );
  const reversed = new Map(
    (
      await conn
        .select({ id: pointEntries.id, of: pointEntries.reversesId })
        .from(pointEntries)
        .where(
          inArray(
            pointEntries.reversesId,
            rows.map((r) => r.id),
          ),
        )
    ).map((r) => [r.of, r.id]),
  );
  return rows.map((r) => ({
    id: r.id,
    holder: { kind: r.holderKind, id: r.holderId, name: names.get(`${r.holderKind}${r.holderId}`) ?? '' },
    kind: r.kind,
    amount: r.amount,
    rule: r.rule,
    source: r.source,
    sourceId: r.sourceId,
    note: r.note,
    reversesId: r.reversesId,
    reversedBy: reversed.get(r.id) ?? null,
    occurredOn: r.occurredOn,
    by: r.createdBy ? (by.get(r.createdBy) ?? '') : '系统',
    at: r.createdAt.toISOString(),
  }));
}

/** Whose entries the caller sees: a member their own, a merchant its own, admins those of their places. */
async function visibility(conn: Conn, caller: Caller): Promise<SQL> {
  if (caller.role === 'member') return and(eq(pointEntries.holderKind, 'member'), eq(pointEntries.holderId, caller.memberId ?? -1)) as SQL;
  if (caller.role === 'merchant') {
    const merchant = await merchantOf(conn, caller);
    return and(eq(pointEntries.holderKind, 'merchant'), eq(pointEntries.holderId, merchant.id)) as SQL;
  }
  return or(
    and(
      eq(pointEntries.holderKind, 'member'),
      inArray(pointEntries.holderId, conn.select({ id: members.id }).from(members).where(visibleMembers(conn, caller))),
    ),
    and(
      eq(pointEntries.holderKind, 'merchant'),
      inArray(
        pointEntries.holderId,
        conn
          .select({ id: merchants.id })
          .from(merchants)
          .where(inArray(merchants.placeId, placesInScope(conn, caller))),
      ),
    ),
  ) as SQL;
}

export async function listEntries(
  deps: AppDeps,
  caller: Caller,
  q: {
    memberId?: number | undefined;
    merchantId?: number | undefined;
    placeId?: number | undefined;
    kind?: Row['kind'] | undefined;
    from?: string | undefined;
    to?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Page<PointEntryDto>> {
  const conn = deps.db;
  if (q.from && q.to && q.from > q.to) throw Invalid('points.dateRange', 'from');
  const where: (SQL | undefined)[] = [eq(pointEntries.countyCode, caller.countyCode), await visibility(conn, caller)];
  if (q.memberId) where.push(eq(pointEntries.holderKind, 'member'), eq(pointEntries.holderId, q.memberId));
  if (q.merchantId) where.push(eq(pointEntries.holderKind, 'merchant'), eq(pointEntries.holderId, q.merchantId));
  if (q.placeId) {
    const place = await visiblePlace(conn, caller, q.placeId);
    where.push(
      eq(pointEntries.holderKind, 'member'),
      inArray(
        pointEntries.holderId,
        conn
          .select({ id: members.id })
          .from(members)
          .where(inArray(members.homePlaceId, placesUnder(conn, place.path))),
      ),
    );
  }
  if (q.kind) where.push(eq(pointEntries.kind, q.kind));
  if (q.from) where.push(gte(pointEntries.occurredOn, q.from));
  if (q.to) where.push(lte(pointEntries.occurredOn, q.to));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(pointEntries).where(filter);
  const rows = await conn
    .select()
    .from(pointEntries)
    .where(filter)
    .orderBy(desc(pointEntries.occurredOn), desc(pointEntries.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** 我的积分: the member's balance and this year's earning and spending. */
export async function myPoints(deps: AppDeps, caller: Caller) {
  if (!caller.memberId) throw new DomainError(403, 'registration.notMemberAccount');
  const year = beijingDay(deps.clock()).slice(0, 4);
  const [b] = await deps.db
    .select({ balance: pointBalances.balance })
    .from(pointBalances)
    .where(and(eq(pointBalances.holderKind, 'member'), eq(pointBalances.holderId, caller.memberId)));
  const [sums] = await deps.db
    .select({
      earned: sql<number>`coalesce(sum(case when ${pointEntries.kind} in ('earn', 'deduct') or (${pointEntries.kind} = 'reverse' and ${pointEntries.rule} is not null) then ${pointEntries.amount} else 0 end), 0)::int`,
      redeemed: sql<number>`coalesce(-sum(case when ${pointEntries.kind} = 'redeem' or (${pointEntries.kind} = 'reverse' and ${pointEntries.source} = 'redemption') then ${pointEntries.amount} else 0 end), 0)::int`,
    })
    .from(pointEntries)
    .where(
      and(
        eq(pointEntries.holderKind, 'member'),
        eq(pointEntries.holderId, caller.memberId),
        sql`extract(year from ${pointEntries.occurredOn}) = ${Number(year)}`,
      ),
    );
  return { balance: b?.balance ?? 0, earnedThisYear: Number(sums?.earned ?? 0), redeemedThisYear: Number(sums?.redeemed ?? 0) };
}

/**
 * 更正: an earning or deduction is corrected by its opposite entry, once, with a reason. A redemption is
 * reversed by its merchant instead. Points already spent cannot be taken back (the balance would go negative).
 */
export async function reverseEntry(deps: AppDeps, caller: Caller, id: number, reason: string): Promise<PointEntryDto> {
  const row = await deps.db.transaction(async (tx) => {
    const [entry] = await tx
      .select()
      .from(pointEntries)
      .where(and(eq(pointEntries.id, id), await visibility(tx, caller)));
    if (!entry) throw NotFound('pointEntry');
    if (entry.kind !== 'earn' && entry.kind !== 'deduct') throw Invalid('points.notReversible', 'id');
    await assertYearOpen(tx, caller.countyCode, Number(entry.occurredOn.slice(0, 4)));
    const made = await post(tx, {
      countyCode: entry.countyCode,
      holder: { kind: entry.holderKind, id: entry.holderId },
      kind: 'reverse',
      amount: -entry.amount,
      rule: entry.rule,
      source: entry.source,
      sourceId: entry.sourceId,
      reversesId: entry.id,
      note: `更正：${reason}`,
      occurredOn: entry.occurredOn,
      createdBy: caller.accountId,
    });
    if (!made) throw new DomainError(409, 'points.reversed');
    await audit(tx, caller, { action: 'update', entity: 'pointEntry', entityId: entry.id, summary: `积分更正 ${-entry.amount} 分：${reason}` });
    return made;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('pointEntry');
  return dto;
}

export async function isYearLocked(conn: Conn, countyCode: string, year: number): Promise<boolean> {
  const [row] = rowsOf(await conn.execute(sql`select locked_at from evaluation_years where county_code = ${countyCode} and year = ${year}`));
  return Boolean(row?.locked_at);
}

export async function assertYearOpen(conn: Conn, countyCode: string, year: number) {
  if (await isYearLocked(conn, countyCode, year)) throw new DomainError(409, 'points.yearClosed', { year });
}

/** 对账: every cached balance against the sum of its entries. */
export async function checkLedger(deps: AppDeps, caller: Caller) {
  const rows = rowsOf(
    await deps.db.execute(sql`
      select b.holder_kind, b.holder_id, b.balance, coalesce(s.total, 0) as total
      from point_balances b
      left join (select holder_kind, holder_id, sum(amount)::int as total from point_entries where county_code = ${caller.countyCode} group by holder_kind, holder_id) s
        on s.holder_kind = b.holder_kind and s.holder_id = b.holder_id
      where b.county_code = ${caller.countyCode}`),
  );
  const orphans = rowsOf(
    await deps.db.execute(sql`
      select e.holder_kind, e.holder_id, sum(e.amount)::int as total from point_entries e
      where e.county_code = ${caller.countyCode}
        and not exists (select 1 from point_balances b where b.holder_kind = e.holder_kind and b.holder_id = e.holder_id)
      group by e.holder_kind, e.holder_id having sum(e.amount) <> 0`),
  );
  const mismatches = [...rows.filter((r) => Number(r.balance) !== Number(r.total)), ...orphans.map((o) => ({ ...o, balance: 0 }))].map(
    (r: Record<string, unknown>) => ({
      kind: String(r.holder_kind),
      id: Number(r.holder_id),
      cached: Number(r.balance),
      sum: Number(r.total),
    }),
  );
  return { holders: rows.length, mismatches };
}
