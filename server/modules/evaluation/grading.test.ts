import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, GRADES } from '#contracts/evaluation.js';
import { gradeCommunity, type Scored, scoreOf } from './grading.js';

const w = DEFAULT_WEIGHTS;
const scored = (scores: number[]): Scored[] => scores.map((score, i) => ({ memberId: i + 1, score, lines: [] }));
const rank = (g: string) => GRADES.length - GRADES.indexOf(g as (typeof GRADES)[number]);

describe('年度评价 grading', () => {
  it('never grades more than 30% of a community 优秀, treats equal scores alike, and never ranks a higher score lower', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 40, max: 110 }), { minLength: 1, maxLength: 60 }), (scores) => {
        const s = scored(scores);
        const grades = gradeCommunity(s, w);
        const excellent = [...grades.values()].filter((g) => g === 'excellent').length;
        expect(excellent).toBeLessThanOrEqual(Math.floor(scores.length * 0.3));
        for (const a of s)
          for (const b of s) {
            if (a.score === b.score) expect(grades.get(a.memberId)).toBe(grades.get(b.memberId));
            if (a.score > b.score) expect(rank(grades.get(a.memberId) ?? 'poor')).toBeGreaterThanOrEqual(rank(grades.get(b.memberId) ?? 'poor'));
          }
        for (const m of s) if (grades.get(m.memberId) === 'excellent') expect(m.score).toBeGreaterThanOrEqual(w.excellentFrom);
      }),
    );
  });

  it('grades communities of 1, 3 and 7 members under the cap', () => {
    expect([...gradeCommunity(scored([99]), w).values()]).toEqual(['good']);
    expect([...gradeCommunity(scored([99, 95, 85]), w).values()]).toEqual(['good', 'good', 'good']);
    expect([...gradeCommunity(scored([99, 95, 93, 85, 70, 65, 50]), w).values()]).toEqual(['excellent', 'excellent', 'good', 'good', 'fair', 'fair', 'poor']);
    // A tie where the cap falls: neither of the two at 95 fits beside the 99, so both are 良好.
    expect([...gradeCommunity(scored([99, 95, 95, 85, 70, 65, 50]), w).values()]).toEqual(['excellent', 'good', 'good', 'good', 'fair', 'fair', 'poor']);
  });

  it('shows how a score is reached, line by line, from the base 80', () => {
    const s = scoreOf({ memberId: 1, ledgerPoints: 60, ratings: [5, 4, 5], visitsOwed: 10, visitsOnTime: 9 }, w);
    expect(s.lines.map((l) => [l.item, l.amount])).toEqual([
      ['base', 80],
      ['points', 12],
      ['reviews', 4.2],
      ['visits', 1],
    ]);
    expect(s.score).toBe(97.2);
    expect(scoreOf({ memberId: 2, ledgerPoints: 500, ratings: [], visitsOwed: 0, visitsOnTime: 0 }, w).score).toBe(95);
    expect(scoreOf({ memberId: 3, ledgerPoints: -10, ratings: [1], visitsOwed: 4, visitsOnTime: 0 }, w).score).toBe(65);
  });
});
