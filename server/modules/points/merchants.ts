import { and, asc, count, eq, inArray, like, type SQL } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { ItemDto, MerchantDto } from '#contracts/points.js';
import type { Conn } from '../../db/client.js';
import { accounts, merchantItems, merchants, pointBalances } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { containing, placeNames, placesInScope, underPlace, visiblePlace } from '../../platform/scope.js';

// 兑换商户 and their catalogues (积分超市、药店、理发店、早餐店…).

type Row = typeof merchants.$inferSelect;

/** The merchant a 商户 account works for. */
export async function merchantOf(conn: Conn, caller: Caller): Promise<Row> {
  const [row] = await conn.select().from(merchants).where(eq(merchants.accountId, caller.accountId));
  if (!row) throw new DomainError(403, 'points.notMerchant');
  return row;
}

async function present(conn: Conn, rows: Row[]): Promise<MerchantDto[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const names = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  const balances = new Map(
    (
      await conn
        .select({ id: pointBalances.holderId, balance: pointBalances.balance })
        .from(pointBalances)
        .where(and(eq(pointBalances.holderKind, 'merchant'), inArray(pointBalances.holderId, ids)))
    ).map((b) => [b.id, b.balance]),
  );
  const items = new Map(
    (
      await conn
        .select({ id: merchantItems.merchantId, n: count() })
        .from(merchantItems)
        .where(and(inArray(merchantItems.merchantId, ids), eq(merchantItems.active, true)))
        .groupBy(merchantItems.merchantId)
    ).map((i) => [i.id, i.n]),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as MerchantDto['kind'],
    place: { id: r.placeId, name: names.get(r.placeId) ?? '' },
    address: r.address,
    accountId: r.accountId,
    balance: balances.get(r.id) ?? 0,
    items: items.get(r.id) ?? 0,
  }));
}

/** A merchant the caller may see: in their places, or their own. */
export async function visibleMerchant(conn: Conn, caller: Caller, id: number): Promise<Row> {
  if (caller.role === 'merchant') {
    const own = await merchantOf(conn, caller);
    if (own.id !== id) throw NotFound('merchant');
    return own;
  }
  const [row] = await conn
    .select()
    .from(merchants)
    .where(
      and(
        eq(merchants.id, id),
        caller.role === 'member' ? eq(merchants.countyCode, caller.countyCode) : inArray(merchants.placeId, placesInScope(conn, caller)),
      ),
    );
  if (!row) throw NotFound('merchant');
  return row;
}

export async function listMerchants(
  deps: AppDeps,
  caller: Caller,
  q: { placeId?: number | undefined; q?: string | undefined; page: number; pageSize: number },
): Promise<Page<MerchantDto>> {
  const conn = deps.db;
  // Members see every merchant of the county: the 15-minute circle crosses community lines.
  const where: (SQL | undefined)[] = [
    eq(merchants.countyCode, caller.countyCode),
    caller.role === 'member' ? undefined : inArray(merchants.placeId, placesInScope(conn, caller)),
    caller.role === 'merchant' ? eq(merchants.accountId, caller.accountId) : undefined,
  ];
  if (q.placeId) where.push(await underPlace(conn, caller, merchants.placeId, q.placeId));
  if (q.q) where.push(like(merchants.name, containing(q.q)));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(merchants).where(filter);
  const rows = await conn
    .select()
    .from(merchants)
    .where(filter)
    .orderBy(asc(merchants.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function saveMerchant(
  deps: AppDeps,
  caller: Caller,
  input: { name: string; kind: string; placeId: number; address: string; accountId?: number | undefined },
  id?: number,
): Promise<MerchantDto> {
  const row = await deps.db.transaction(async (tx) => {
    const place = await visiblePlace(tx, caller, input.placeId);
    if (input.accountId !== undefined) {
      const [account] = await tx
        .select({ id: accounts.id, role: accounts.role })
        .from(accounts)
        .where(and(eq(accounts.id, input.accountId), eq(accounts.countyCode, caller.countyCode)));
      if (account?.role !== 'merchant') throw Invalid('points.merchantAccount', 'accountId');
    }
    const values = { name: input.name, kind: input.kind, placeId: place.id, address: input.address, accountId: input.accountId ?? null };
    const [saved] = id
      ? await tx
          .update(merchants)
          .set(values)
          .where(eq(merchants.id, (await visibleMerchant(tx, caller, id)).id))
          .returning()
      : await tx
          .insert(merchants)
          .values({ countyCode: caller.countyCode, ...values })
          .onConflictDoNothing()
          .returning();
    if (!saved) throw Conflict('points.accountTaken', {}, 'accountId');
    await audit(tx, caller, { action: id ? 'update' : 'create', entity: 'merchant', entityId: saved.id, summary: `兑换商户：${saved.name}` });
    return saved;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('merchant');
  return dto;
}

const itemDto = (r: typeof merchantItems.$inferSelect): ItemDto => ({
  id: r.id,
  merchantId: r.merchantId,
  name: r.name,
  points: r.points,
  stock: r.stock,
  active: r.active,
});

export async function listItems(deps: AppDeps, caller: Caller, merchantId: number): Promise<ItemDto[]> {
  const merchant = await visibleMerchant(deps.db, caller, merchantId);
  const rows = await deps.db
    .select()
    .from(merchantItems)
    .where(and(eq(merchantItems.merchantId, merchant.id), caller.role === 'member' ? eq(merchantItems.active, true) : undefined))
    .orderBy(asc(merchantItems.points), asc(merchantItems.id));
  return rows.map(itemDto);
}

/** The merchant keeps its own catalogue; the community may too. */
export async function saveItem(
  deps: AppDeps,
  caller: Caller,
  merchantId: number,
  input: { name: string; points: number; stock: number; active: boolean },
  itemId?: number,
): Promise<ItemDto> {
  return deps.db.transaction(async (tx) => {
    const merchant = await visibleMerchant(tx, caller, merchantId);
    const [row] = itemId
      ? await tx
          .update(merchantItems)
          .set(input)
          .where(and(eq(merchantItems.id, itemId), eq(merchantItems.merchantId, merchant.id)))
          .returning()
      : await tx
          .insert(merchantItems)
          .values({ merchantId: merchant.id, ...input })
          .returning();
    if (!row) throw NotFound('merchantItem');
    await audit(tx, caller, {
      action: itemId ? 'update' : 'create',
      entity: 'merchantItem',
      entityId: row.id,
      summary: `${merchant.name}：${row.name} ${row.points} 分，库存 ${row.stock}`,
    });
    return itemDto(row);
  });
}
