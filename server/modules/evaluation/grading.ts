import type { EvaluationWeights, Grade } from '#contracts/evaluation.js';

// 年度评价: a score from the base plus the year's record, and grades with 优秀 capped per community.

export type YearRecord = {
  memberId: number;
  /** Net points of the year's earning and deduction entries (redemptions do not count). */
  ledgerPoints: number;
  /** Residents' ratings of the member's services this year (1..5). */
  ratings: number[];
  /** Visits owed to the member's households this year, and those made on time. */
  visitsOwed: number;
  visitsOnTime: number;
};

export type ScoreLine = { item: 'base' | 'points' | 'reviews' | 'visits'; amount: number; detail: string };
export type Scored = { memberId: number; score: number; lines: ScoreLine[] };

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * 基准分 + 加分 − 减分: base, plus the year's points (scaled, capped), plus the residents' average rating
 * against a neutral 3, plus visit compliance against the expected share. Every line says how it was reached.
 */
export function scoreOf(r: YearRecord, w: EvaluationWeights): Scored {
  const lines: ScoreLine[] = [{ item: 'base', amount: w.base, detail: `基准分 ${w.base}` }];
  const fromPoints = Math.max(-w.bonusCap, Math.min(w.bonusCap, r.ledgerPoints * w.pointsFactor));
  lines.push({ item: 'points', amount: round1(fromPoints), detail: `年度积分 ${r.ledgerPoints} × ${w.pointsFactor}（上限 ±${w.bonusCap}）` });
  if (r.ratings.length) {
    const avg = r.ratings.reduce((a, b) => a + b, 0) / r.ratings.length;
    lines.push({ item: 'reviews', amount: round1((avg - 3) * w.reviewFactor), detail: `群众评价 ${r.ratings.length} 次，平均 ${round1(avg)} 分` });
  }
  if (r.visitsOwed > 0) {
    const share = r.visitsOnTime / r.visitsOwed;
    lines.push({
      item: 'visits',
      amount: round1((share - w.visitTarget) * w.visitFactor),
      detail: `应访 ${r.visitsOwed} 次，按时 ${r.visitsOnTime} 次（${Math.round(share * 100)}%，目标 ${Math.round(w.visitTarget * 100)}%）`,
    });
  }
  const score = round1(
    Math.max(
      0,
      lines.reduce((n, l) => n + l.amount, 0),
    ),
  );
  return { memberId: r.memberId, score, lines };
}

/** The grade a score earns before the cap: 良好 from 80, 一般 from 60, 较差 below. 优秀 needs the cap's room too. */
export function gradeByScore(score: number, w: EvaluationWeights): Grade {
  if (score >= w.excellentFrom) return 'excellent';
  if (score >= 80) return 'good';
  if (score >= 60) return 'fair';
  return 'poor';
}

/**
 * Grades one community's members. 优秀 goes to the highest scores that reach `excellentFrom`, at most
 * floor(30% × members). Tie rule: members tied on the score where the cap falls are treated alike — if
 * they do not all fit, none of them is 优秀 (they are 良好), so the cap is never exceeded and no tie is
 * broken by chance or by name. A community of 1 or 3 members therefore has no 优秀 (30% is less than one).
 */
export function gradeCommunity(scored: readonly Scored[], w: EvaluationWeights): Map<number, Grade> {
  const cap = Math.floor(scored.length * w.excellentShare + 1e-9);
  const grades = new Map<number, Grade>();
  const candidates = scored.filter((s) => gradeByScore(s.score, w) === 'excellent').sort((a, b) => b.score - a.score);
  const excellent = new Set<number>();
  let i = 0;
  while (i < candidates.length) {
    const tied = candidates.filter((c) => c.score === candidates[i]?.score);
    if (excellent.size + tied.length > cap) break;
    for (const t of tied) excellent.add(t.memberId);
    i += tied.length;
  }
  for (const s of scored) {
    const byScore = gradeByScore(s.score, w);
    grades.set(s.memberId, byScore === 'excellent' && !excellent.has(s.memberId) ? 'good' : byScore);
  }
  return grades;
}
