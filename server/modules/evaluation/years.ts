import { and, eq } from 'drizzle-orm';
import type { Conn } from '../../db/client.js';
import { evaluationYears } from '../../db/schema/index.js';
import { DomainError } from '../../platform/errors.js';

// A county's evaluation year: when it was run, with which weights, the appeal window, and its lock.

export async function yearRow(conn: Conn, countyCode: string, year: number) {
  const [row] = await conn
    .select()
    .from(evaluationYears)
    .where(and(eq(evaluationYears.countyCode, countyCode), eq(evaluationYears.year, year)));
  return row ?? null;
}

export async function assertOpen(conn: Conn, countyCode: string, year: number) {
  if ((await yearRow(conn, countyCode, year))?.lockedAt) throw new DomainError(409, 'points.yearClosed', { year });
}

/** Until when a result may be appealed: the run plus the window, while the year is open. */
export const appealUntil = (row: { ranAt: Date | null; lockedAt: Date | null; appealDays: number } | null) =>
  row?.ranAt && !row.lockedAt ? new Date(row.ranAt.getTime() + row.appealDays * 86_400_000) : null;
