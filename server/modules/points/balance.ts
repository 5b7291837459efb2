import { and, eq, sql } from 'drizzle-orm';
import type { EntryKind, PointRuleKind } from '#contracts/points.js';
import type { Conn } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { pointBalances, pointEntries } from '../../db/schema/index.js';
import { Conflict } from '../../platform/errors.js';

// 积分台账: the one way points move. An entry and the balance it changes are written together, and a
// balance that would drop below zero refuses the whole move, whatever runs at the same time.

export type Holder = { kind: 'member' | 'merchant'; id: number };

export type NewEntry = {
  countyCode: string;
  holder: Holder;
  kind: EntryKind;
  amount: number;
  rule?: PointRuleKind | null;
  ruleId?: number | null;
  source: string;
  sourceId?: number | null;
  reversesId?: number | null;
  note?: string;
  occurredOn: string;
  createdBy?: number | null;
};

/**
 * Adds `delta` to a holder's balance; a debit only when the balance covers it (the row lock makes
 * concurrent debits queue, and each sees the balance the one before left). Returns the new balance.
 */
export async function moveBalance(conn: Conn, countyCode: string, holder: Holder, delta: number): Promise<number> {
  if (delta >= 0) {
    const [row] = rowsOf(
      await conn.execute(sql`
        insert into ${pointBalances} as b (county_code, holder_kind, holder_id, balance)
        values (${countyCode}, ${holder.kind}, ${holder.id}, ${delta})
        on conflict (holder_kind, holder_id) do update set balance = b.balance + excluded.balance
        returning b.balance`),
    );
    return Number(row?.balance ?? delta);
  }
  const [row] = await conn
    .update(pointBalances)
    .set({ balance: sql`${pointBalances.balance} + ${delta}` })
    .where(and(eq(pointBalances.holderKind, holder.kind), eq(pointBalances.holderId, holder.id), sql`${pointBalances.balance} + ${delta} >= 0`))
    .returning({ balance: pointBalances.balance });
  if (!row) throw Conflict('points.insufficient', { balance: await balanceOf(conn, holder), need: -delta });
  return row.balance;
}

export async function balanceOf(conn: Conn, holder: Holder): Promise<number> {
  const [row] = await conn
    .select({ balance: pointBalances.balance })
    .from(pointBalances)
    .where(and(eq(pointBalances.holderKind, holder.kind), eq(pointBalances.holderId, holder.id)));
  return row?.balance ?? 0;
}

/** The balance, locked until the transaction ends: for a deduction that must not overdraw. */
export async function lockedBalance(conn: Conn, countyCode: string, holder: Holder): Promise<number> {
  await moveBalance(conn, countyCode, holder, 0);
  const [row] = rowsOf(
    await conn.execute(sql`select balance from ${pointBalances} where holder_kind = ${holder.kind} and holder_id = ${holder.id} for update`),
  );
  return Number(row?.balance ?? 0);
}

/**
 * Writes an entry and moves the balance by its amount. An earning whose source already earned under
 * the same rule is skipped (returns null): earning is idempotent.
 */
export async function post(conn: Conn, entry: NewEntry): Promise<typeof pointEntries.$inferSelect | null> {
  const [row] = await conn
    .insert(pointEntries)
    .values({
      countyCode: entry.countyCode,
      holderKind: entry.holder.kind,
      holderId: entry.holder.id,
      kind: entry.kind,
      amount: entry.amount,
      rule: entry.rule ?? null,
      ruleId: entry.ruleId ?? null,
      source: entry.source,
      sourceId: entry.sourceId ?? null,
      reversesId: entry.reversesId ?? null,
      note: entry.note ?? '',
      occurredOn: entry.occurredOn,
      createdBy: entry.createdBy ?? null,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) {
    if (entry.reversesId) throw Conflict('points.reversed');
    return null;
  }
  if (row.amount !== 0) await moveBalance(conn, entry.countyCode, entry.holder, row.amount);
  return row;
}
