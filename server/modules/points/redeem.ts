import { randomBytes, randomInt } from 'node:crypto';
import { and, count, desc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { RedemptionDto } from '#contracts/points.js';
import type { Conn } from '../../db/client.js';
import { merchantItems, merchants, pointEntries, redeemCodes, redemptions } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import { memberNames } from '../people/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { writeExport } from '../../platform/excel/index.js';
import { placesInScope } from '../../platform/scope.js';
import { beijingDay } from '../pairing/index.js';
import { balanceOf, post } from './balance.js';
import { merchantOf, visibleMerchant } from './merchants.js';

// 积分兑换: a member shows a one-time code, the merchant takes it with the items; points move in one
// transaction, and the merchant may take a redemption back once, within a day.

const CODE_TTL_MS = 2 * 60_000;
const REVERSE_WINDOW_MS = 24 * 3600_000;

/** Opens a code for the member: six digits and a QR token, two minutes; any earlier unused code lapses. */
export async function openCode(deps: AppDeps, caller: Caller) {
  if (!caller.memberId) throw new DomainError(403, 'registration.notMemberAccount');
  const memberId = caller.memberId;
  const now = deps.clock();
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const token = randomBytes(18).toString('base64url');
    const row = await deps.db.transaction(async (tx) => {
      await tx
        .delete(redeemCodes)
        .where(
          and(
            eq(redeemCodes.countyCode, caller.countyCode),
            isNull(redeemCodes.usedAt),
            or(eq(redeemCodes.memberId, memberId), lt(redeemCodes.expiresAt, now)),
            sql`not exists (select 1 from ${redemptions} r where r.code_id = ${redeemCodes.id})`,
          ),
        );
      const [inserted] = await tx
        .insert(redeemCodes)
        .values({ countyCode: caller.countyCode, memberId, code, token, expiresAt: new Date(now.getTime() + CODE_TTL_MS) })
        .onConflictDoNothing()
        .returning();
      return inserted;
    });
    if (row)
      return { code: row.code, token: row.token, expiresAt: row.expiresAt.toISOString(), balance: await balanceOf(deps.db, { kind: 'member', id: memberId }) };
  }
  throw new DomainError(409, 'points.codeBusy');
}

/** Why a code cannot be taken: used, expired or unknown. */
async function codeTrouble(conn: Conn, caller: Caller, text: string): Promise<DomainError> {
  const [row] = await conn
    .select({ usedAt: redeemCodes.usedAt })
    .from(redeemCodes)
    .where(and(eq(redeemCodes.countyCode, caller.countyCode), or(eq(redeemCodes.code, text), eq(redeemCodes.token, text))))
    .orderBy(desc(redeemCodes.id))
    .limit(1);
  if (!row) return Invalid('redeem.codeUnknown', 'code');
  return Conflict(row.usedAt ? 'redeem.codeUsed' : 'redeem.codeExpired', {}, 'code');
}

async function present(conn: Conn, rows: (typeof redemptions.$inferSelect)[]): Promise<RedemptionDto[]> {
  if (!rows.length) return [];
  const names = await memberNames(
    conn,
    rows.map((r) => r.memberId),
  );
  const shops = new Map(
    (
      await conn
        .select({ id: merchants.id, name: merchants.name })
        .from(merchants)
        .where(inArray(merchants.id, [...new Set(rows.map((r) => r.merchantId))]))
    ).map((m) => [m.id, m.name]),
  );
  return rows.map((r) => ({
    id: r.id,
    merchant: { id: r.merchantId, name: shops.get(r.merchantId) ?? '' },
    member: { id: r.memberId, name: names.get(r.memberId) ?? '' },
    items: r.items,
    total: r.total,
    status: r.status,
    reverseReason: r.reverseReason,
    at: r.createdAt.toISOString(),
  }));
}

/**
 * The merchant takes a code with the items chosen. One transaction: the code is claimed (a second phone
 * with the same code waits, then finds it used), stock drops, the member's balance pays (never below
 * zero) and the merchant's grows. Anything refused leaves the code, stock and points as they were.
 */
export async function redeem(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  caller: Caller,
  input: { code: string; items: { itemId: number; qty: number }[] },
): Promise<RedemptionDto> {
  const now = deps.clock();
  const row = await deps.db.transaction(async (tx) => {
    const merchant = await merchantOf(tx, caller);
    const [code] = await tx
      .update(redeemCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(redeemCodes.countyCode, caller.countyCode),
          /^\d{6}$/.test(input.code) ? eq(redeemCodes.code, input.code) : eq(redeemCodes.token, input.code),
          isNull(redeemCodes.usedAt),
          gte(redeemCodes.expiresAt, now),
        ),
      )
      .returning();
    if (!code) throw await codeTrouble(tx, caller, input.code);
    const wanted = new Map<number, number>();
    for (const i of input.items) wanted.set(i.itemId, (wanted.get(i.itemId) ?? 0) + i.qty);
    const lines: RedemptionDto['items'] = [];
    for (const [itemId, qty] of wanted) {
      const [item] = await tx
        .update(merchantItems)
        .set({ stock: sql`${merchantItems.stock} - ${qty}` })
        .where(and(eq(merchantItems.id, itemId), eq(merchantItems.merchantId, merchant.id), eq(merchantItems.active, true), gte(merchantItems.stock, qty)))
        .returning();
      if (!item) {
        const [known] = await tx
          .select({ name: merchantItems.name, stock: merchantItems.stock })
          .from(merchantItems)
          .where(and(eq(merchantItems.id, itemId), eq(merchantItems.merchantId, merchant.id), eq(merchantItems.active, true)));
        if (!known) throw Invalid('redeem.itemUnknown', 'items');
        throw Conflict('redeem.outOfStock', { name: known.name, stock: known.stock }, 'items');
      }
      lines.push({ itemId, name: item.name, points: item.points, qty });
    }
    const total = lines.reduce((n, l) => n + l.points * l.qty, 0);
    const [made] = await tx
      .insert(redemptions)
      .values({
        countyCode: caller.countyCode,
        merchantId: merchant.id,
        memberId: code.memberId,
        codeId: code.id,
        items: lines,
        total,
        createdBy: caller.accountId,
      })
      .returning();
    if (!made) throw new Error('insert returned nothing');
    const day = beijingDay(now);
    const what = lines.map((l) => `${l.name}×${l.qty}`).join('、');
    await post(tx, {
      countyCode: caller.countyCode,
      holder: { kind: 'member', id: code.memberId },
      kind: 'redeem',
      amount: -total,
      source: 'redemption',
      sourceId: made.id,
      note: `${merchant.name}：${what}`,
      occurredOn: day,
      createdBy: caller.accountId,
    });
    await post(tx, {
      countyCode: caller.countyCode,
      holder: { kind: 'merchant', id: merchant.id },
      kind: 'receive',
      amount: total,
      source: 'redemption',
      sourceId: made.id,
      note: what,
      occurredOn: day,
      createdBy: caller.accountId,
    });
    await audit(tx, caller, { action: 'create', entity: 'redemption', entityId: made.id, summary: `积分兑换 ${total} 分：${what}` });
    return made;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('redemption');
  return dto;
}

/** 撤销兑换: by the merchant that took it, once, within a day, with a reason; points and stock go back. */
export async function reverseRedemption(deps: AppDeps, caller: Caller, id: number, reason: string): Promise<RedemptionDto> {
  const now = deps.clock();
  const row = await deps.db.transaction(async (tx) => {
    const merchant = await merchantOf(tx, caller);
    const [found] = await tx
      .select()
      .from(redemptions)
      .where(and(eq(redemptions.id, id), eq(redemptions.merchantId, merchant.id)));
    if (!found) throw NotFound('redemption');
    if (now.getTime() - found.createdAt.getTime() > REVERSE_WINDOW_MS) throw Conflict('redeem.reverseWindow');
    const [done] = await tx
      .update(redemptions)
      .set({ status: 'reversed', reverseReason: reason, reversedAt: now })
      .where(and(eq(redemptions.id, found.id), eq(redemptions.status, 'done')))
      .returning();
    if (!done) throw Conflict('redeem.reversed');
    for (const l of found.items) {
      await tx
        .update(merchantItems)
        .set({ stock: sql`${merchantItems.stock} + ${l.qty}` })
        .where(eq(merchantItems.id, l.itemId));
    }
    const originals = await tx
      .select()
      .from(pointEntries)
      .where(and(eq(pointEntries.source, 'redemption'), eq(pointEntries.sourceId, found.id), inArray(pointEntries.kind, ['redeem', 'receive'])));
    for (const e of originals) {
      await post(tx, {
        countyCode: e.countyCode,
        holder: { kind: e.holderKind, id: e.holderId },
        kind: 'reverse',
        amount: -e.amount,
        source: 'redemption',
        sourceId: found.id,
        reversesId: e.id,
        note: `撤销兑换：${reason}`,
        occurredOn: beijingDay(now),
        createdBy: caller.accountId,
      });
    }
    await audit(tx, caller, { action: 'update', entity: 'redemption', entityId: found.id, summary: `撤销兑换 ${found.total} 分：${reason}` });
    return done;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('redemption');
  return dto;
}

const monthRange = (month: string) => {
  const start = new Date(`${month}-01T00:00:00+08:00`);
  const [y, m] = month.split('-').map(Number);
  const end = new Date(`${m === 12 ? (y ?? 0) + 1 : y}-${String(m === 12 ? 1 : (m ?? 0) + 1).padStart(2, '0')}-01T00:00:00+08:00`);
  return { start, end };
};

export async function listRedemptions(
  deps: AppDeps,
  caller: Caller,
  q: { merchantId?: number | undefined; month?: string | undefined; page: number; pageSize: number },
): Promise<Page<RedemptionDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [eq(redemptions.countyCode, caller.countyCode)];
  if (caller.role === 'merchant') where.push(eq(redemptions.merchantId, (await merchantOf(conn, caller)).id));
  else if (caller.role === 'member') where.push(eq(redemptions.memberId, caller.memberId ?? -1));
  else
    where.push(
      inArray(
        redemptions.merchantId,
        conn
          .select({ id: merchants.id })
          .from(merchants)
          .where(inArray(merchants.placeId, placesInScope(conn, caller))),
      ),
    );
  if (q.merchantId) where.push(eq(redemptions.merchantId, q.merchantId));
  if (q.month) {
    const { start, end } = monthRange(q.month);
    where.push(gte(redemptions.createdAt, start), lt(redemptions.createdAt, end));
  }
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(redemptions).where(filter);
  const rows = await conn
    .select()
    .from(redemptions)
    .where(filter)
    .orderBy(desc(redemptions.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** 月度结算单: what a merchant took in a month, net of reversals, by item. */
export async function statement(deps: AppDeps, caller: Caller, merchantId: number, month: string) {
  const merchant = await visibleMerchant(deps.db, caller, merchantId);
  const { start, end } = monthRange(month);
  const rows = await deps.db
    .select()
    .from(redemptions)
    .where(and(eq(redemptions.merchantId, merchant.id), gte(redemptions.createdAt, start), lt(redemptions.createdAt, end)));
  const done = rows.filter((r) => r.status === 'done');
  const byItem = new Map<string, { name: string; qty: number; points: number }>();
  for (const r of done)
    for (const l of r.items) {
      const it = byItem.get(l.name) ?? { name: l.name, qty: 0, points: 0 };
      it.qty += l.qty;
      it.points += l.qty * l.points;
      byItem.set(l.name, it);
    }
  return {
    merchant: { id: merchant.id, name: merchant.name },
    month,
    redemptions: done.length,
    reversed: rows.length - done.length,
    points: done.reduce((n, r) => n + r.total, 0),
    byItem: [...byItem.values()].sort((a, b) => b.points - a.points),
  };
}

export async function exportStatement(deps: AppDeps, caller: Caller, merchantId: number, month: string) {
  const s = await statement(deps, caller, merchantId, month);
  const at = deps.clock();
  const file = await writeExport({
    title: `${s.merchant.name} ${month} 积分兑换结算单`,
    stamp: { by: caller.displayName, at },
    columns: ['商品', '数量', '积分'].map((header) => ({ header })),
    rows: [...s.byItem.map((i) => [i.name, i.qty, i.points]), ['合计', s.byItem.reduce((n, i) => n + i.qty, 0), s.points]],
  });
  await audit(deps.db, caller, { action: 'export', entity: 'redemption', summary: `导出结算单 ${s.merchant.name} ${month}` });
  return { file, name: `积分兑换结算单-${s.merchant.name}-${month}.xlsx` };
}
