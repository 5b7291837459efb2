import { and, asc, eq } from 'drizzle-orm';
import { DEFAULT_POINT_RULES, POINT_RULE_KINDS, POINT_RULE_LABELS, type PointRuleDto, type PointRuleKind } from '#contracts/points.js';
import type { Conn } from '../../db/client.js';
import { pointRules } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Invalid } from '../../platform/errors.js';
import { beijingDay } from '../pairing/index.js';

// 积分规则: a change applies from a date, today or later, so what was earned before never changes.

export type RuleVersion = { id: number | null; kind: PointRuleKind; points: number; monthlyCap: number | null; effectiveFrom: string | null };

/** The rule in force on a day: the latest version started by then, or the default. Pure. */
export function ruleOn(versions: readonly RuleVersion[], kind: PointRuleKind, day: string): RuleVersion {
  let best: RuleVersion | undefined;
  for (const v of versions) {
    if (v.kind !== kind || !v.effectiveFrom || v.effectiveFrom > day) continue;
    if (!best?.effectiveFrom || v.effectiveFrom > best.effectiveFrom) best = v;
  }
  return best ?? { id: null, kind, ...DEFAULT_POINT_RULES[kind], effectiveFrom: null };
}

export async function ruleVersions(conn: Conn, countyCode: string): Promise<RuleVersion[]> {
  return conn
    .select({ id: pointRules.id, kind: pointRules.kind, points: pointRules.points, monthlyCap: pointRules.monthlyCap, effectiveFrom: pointRules.effectiveFrom })
    .from(pointRules)
    .where(eq(pointRules.countyCode, countyCode))
    .orderBy(asc(pointRules.effectiveFrom));
}

const dto = (v: RuleVersion): PointRuleDto => ({ kind: v.kind, points: v.points, monthlyCap: v.monthlyCap, effectiveFrom: v.effectiveFrom });

export async function listRules(deps: AppDeps, caller: Caller) {
  const today = beijingDay(deps.clock());
  const versions = await ruleVersions(deps.db, caller.countyCode);
  return {
    current: POINT_RULE_KINDS.map((k) => dto(ruleOn(versions, k, today))),
    scheduled: versions.filter((v) => v.effectiveFrom && v.effectiveFrom > today).map(dto),
  };
}

/** Sets a rule from a date. Earning rules earn, deductions deduct: the sign follows the kind. */
export async function setRule(
  deps: AppDeps,
  caller: Caller,
  input: { kind: PointRuleKind; points: number; monthlyCap: number | null; effectiveFrom: string },
  isLocked: (conn: Conn, countyCode: string, year: number) => Promise<boolean>,
) {
  const today = beijingDay(deps.clock());
  if (input.effectiveFrom < today) throw Invalid('points.rulePast', 'effectiveFrom');
  const deducts = input.kind === 'noShow' || input.kind === 'badRating';
  if (deducts ? input.points > 0 : input.points < 0) throw Invalid(deducts ? 'points.ruleSignDeduct' : 'points.ruleSignEarn', 'points');
  await deps.db.transaction(async (tx) => {
    if (await isLocked(tx, caller.countyCode, Number(input.effectiveFrom.slice(0, 4)))) throw Invalid('points.yearClosed', 'effectiveFrom');
    const values = { points: input.points, monthlyCap: input.monthlyCap, createdBy: caller.accountId };
    await tx
      .insert(pointRules)
      .values({ countyCode: caller.countyCode, kind: input.kind, effectiveFrom: input.effectiveFrom, ...values })
      .onConflictDoUpdate({ target: [pointRules.countyCode, pointRules.kind, pointRules.effectiveFrom], set: values });
    await audit(tx, caller, {
      action: 'update',
      entity: 'pointRule',
      summary: `积分规则「${POINT_RULE_LABELS[input.kind]['zh-CN']}」自 ${input.effectiveFrom} 起为 ${input.points} 分${input.monthlyCap ? `，每月上限 ${input.monthlyCap}` : ''}`,
    });
  });
  return listRules(deps, caller);
}

/** Scheduled (future) versions may be withdrawn before they start. */
export async function withdrawRule(deps: AppDeps, caller: Caller, kind: PointRuleKind, effectiveFrom: string) {
  if (effectiveFrom <= beijingDay(deps.clock())) throw Invalid('points.rulePast', 'effectiveFrom');
  await deps.db.transaction(async (tx) => {
    await tx
      .delete(pointRules)
      .where(and(eq(pointRules.countyCode, caller.countyCode), eq(pointRules.kind, kind), eq(pointRules.effectiveFrom, effectiveFrom)));
    await audit(tx, caller, { action: 'delete', entity: 'pointRule', summary: `撤回 ${effectiveFrom} 起的积分规则「${POINT_RULE_LABELS[kind]['zh-CN']}」` });
  });
  return listRules(deps, caller);
}
