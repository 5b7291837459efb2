import fc from 'fast-check';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointBalances, pointEntries } from '../../db/schema/index.js';
import { DomainError } from '../../platform/errors.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { amountOf, earningsOf } from './earn.js';
import { type Holder, post } from './balance.js';
import { ruleOn } from './rules.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Op = { kind: 'earn'; amount: number } | { kind: 'spend'; amount: number } | { kind: 'reverse'; index: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('earn' as const), amount: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('spend' as const), amount: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('reverse' as const), index: fc.nat({ max: 10 }) }),
);

let nextHolder = 1_000_000;

describe('积分台账 properties', () => {
  it('keeps every balance equal to the sum of its entries and never below zero, whatever interleaves', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(op, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), async (rounds) => {
        const holder: Holder = { kind: 'member', id: nextHolder++ };
        const spends: number[] = [];
        let source = 0;
        const run = async (o: Op) => {
          const base = { countyCode: '140322', holder, occurredOn: '2026-11-01' };
          try {
            await t.db.transaction(async (tx) => {
              if (o.kind === 'earn') await post(tx, { ...base, kind: 'earn', amount: o.amount, rule: 'orderDone', source: 'prop', sourceId: ++source });
              if (o.kind === 'spend') {
                const e = await post(tx, { ...base, kind: 'redeem', amount: -o.amount, source: 'prop-spend', sourceId: ++source });
                if (e) spends.push(e.id);
              }
              if (o.kind === 'reverse') {
                const id = spends[o.index % Math.max(1, spends.length)];
                if (id === undefined) return;
                const [e] = await tx.select().from(pointEntries).where(eq(pointEntries.id, id));
                if (e) await post(tx, { ...base, kind: 'reverse', amount: -e.amount, source: 'prop-reverse', reversesId: e.id });
              }
            });
          } catch (err) {
            // Refusals are the point: too little balance, or a second reversal. Anything else fails the run.
            if (!(err instanceof DomainError) || !['points.insufficient', 'points.reversed'].includes(err.code)) throw err;
          }
        };
        for (const round of rounds) await Promise.all(round.map(run));
        const [cached] = await t.db
          .select({ balance: pointBalances.balance })
          .from(pointBalances)
          .where(and(eq(pointBalances.holderKind, 'member'), eq(pointBalances.holderId, holder.id)));
        const [sum] = await t.db
          .select({ n: sql<number>`coalesce(sum(${pointEntries.amount}), 0)::int` })
          .from(pointEntries)
          .where(and(eq(pointEntries.holderKind, 'member'), eq(pointEntries.holderId, holder.id)));
        expect(cached?.balance ?? 0).toBe(Number(sum?.n ?? 0));
        expect(cached?.balance ?? 0).toBeGreaterThanOrEqual(0);
        const [twice] = await t.db
          .select({ n: sql<number>`count(*)::int` })
          .from(pointEntries)
          .where(and(eq(pointEntries.holderId, holder.id), sql`${pointEntries.reversesId} is not null`))
          .groupBy(pointEntries.reversesId)
          .having(sql`count(*) > 1`);
        expect(twice).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });
});

describe('earning rules (pure)', () => {
  it('never gives more than the month’s cap, and never caps a deduction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 40 }),
        (points, cap, units) => {
          const rule = { id: null, kind: 'activityHour' as const, points, monthlyCap: cap, effectiveFrom: null };
          let used = 0;
          for (const u of units) {
            const { amount } = amountOf(rule, u, used);
            expect(amount).toBeGreaterThanOrEqual(0);
            used += amount;
          }
          expect(used).toBeLessThanOrEqual(cap);
          expect(amountOf({ ...rule, points: -points }, 1, 10_000).amount).toBe(-points);
        },
      ),
    );
  });

  it('uses the rule version in force on the day, and the default before any', () => {
    const versions = [
      { id: 1, kind: 'orderDone' as const, points: 5, monthlyCap: null, effectiveFrom: '2026-06-01' },
      { id: 2, kind: 'orderDone' as const, points: 7, monthlyCap: null, effectiveFrom: '2027-01-01' },
    ];
    expect(ruleOn(versions, 'orderDone', '2026-05-31').points).toBe(3);
    expect(ruleOn(versions, 'orderDone', '2026-06-01').points).toBe(5);
    expect(ruleOn(versions, 'orderDone', '2026-12-31').points).toBe(5);
    expect(ruleOn(versions, 'orderDone', '2027-03-01').points).toBe(7);
  });

  it('earns a good rating on top of the order, and deducts a bad one', () => {
    const record = { memberId: 1, id: 9, source: 'order', hours: 2, day: '2026-11-01', title: 't' };
    expect(earningsOf({ ...record, rating: 5 }).map((e) => e.rule)).toEqual(['orderDone', 'goodRating']);
    expect(earningsOf({ ...record, rating: 1 }).map((e) => e.rule)).toEqual(['orderDone', 'badRating']);
    expect(earningsOf({ ...record, rating: 3 }).map((e) => e.rule)).toEqual(['orderDone']);
    expect(earningsOf({ ...record, source: 'activity', rating: null })).toMatchObject([{ rule: 'activityHour', units: 2 }]);
  });
});
