import { and, eq, inArray, sql } from 'drizzle-orm';
import { DEFAULT_WEIGHTS, GRADE_LABELS, type Grade } from '#contracts/evaluation.js';
import { rowsOf } from '../../db/client.js';
import type { Conn } from '../../db/client.js';
import { memberEvaluations } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import { Conflict, NotFound } from '../../platform/errors.js';
import { placesInScope } from '../../platform/scope.js';
import { yearRow } from './years.js';

type Row = typeof memberEvaluations.$inferSelect;

export async function visibleEvaluation(conn: Conn, caller: Caller, year: number, id: number): Promise<Row> {
  const [found] = await conn
    .select()
    .from(memberEvaluations)
    .where(and(eq(memberEvaluations.id, id), eq(memberEvaluations.year, year), inArray(memberEvaluations.communityId, placesInScope(conn, caller))));
  if (!found) throw NotFound('evaluation');
  return found;
}

/** Sets a grade with its reason inside the caller's transaction (which holds the year's lock). */
export async function setGrade(tx: Conn, caller: Caller, found: Row, input: { grade: Grade; reason: string }): Promise<Row> {
  const year = found.year;
  if (input.grade === 'excellent' && (found.adjustedGrade ?? found.computedGrade) !== 'excellent') {
    const [n] = rowsOf(
      await tx.execute(sql`
        select count(*)::int as members,
          count(*) filter (where coalesce(adjusted_grade, computed_grade) = 'excellent')::int as excellent
        from member_evaluations where community_id = ${found.communityId} and year = ${year} and county_code = ${caller.countyCode}`),
    );
    const weights = (await yearRow(tx, caller.countyCode, year))?.weights ?? DEFAULT_WEIGHTS;
    const cap = Math.floor(Number(n?.members ?? 0) * weights.excellentShare + 1e-9);
    if (Number(n?.excellent ?? 0) + 1 > cap) throw Conflict('evaluation.capFull', { cap }, 'grade');
  }
  const [saved] = await tx
    .update(memberEvaluations)
    .set({ adjustedGrade: input.grade === found.computedGrade ? null : input.grade, adjustReason: input.reason, adjustedBy: caller.accountId })
    .where(eq(memberEvaluations.id, found.id))
    .returning();
  await audit(tx, caller, {
    action: 'update',
    entity: 'evaluation',
    entityId: found.id,
    summary: `${year} 年度等次调整为「${GRADE_LABELS[input.grade]['zh-CN']}」：${input.reason}`,
  });
  return saved ?? found;
}
