import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { EvaluationWeights, Grade } from '#contracts/evaluation.js';
import type { EntryKind, PointRuleKind } from '#contracts/points.js';
import { accounts } from './accounts.js';
import { members, organizations, residents } from './people.js';
import { countyCode, createdAt, id, places } from './places.js';

// 积分规则: versions by the date they apply from; the one in force on a day is the latest started by then.
export const pointRules = pgTable(
  'point_rules',
  {
    id: id(),
    countyCode: countyCode(),
    kind: text('kind').$type<PointRuleKind>().notNull(),
    points: integer('points').notNull(),
    monthlyCap: integer('monthly_cap'),
    effectiveFrom: date('effective_from').notNull(),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('point_rules_uq').on(t.countyCode, t.kind, t.effectiveFrom)],
);

// 兑换商户 (积分超市、药店、理发店…)
export const merchants = pgTable(
  'merchants',
  {
    id: id(),
    countyCode: countyCode(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    address: text('address').notNull().default(''),
    accountId: bigint('account_id', { mode: 'number' }).references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('merchants_account_uq').on(t.accountId)],
);

export const merchantItems = pgTable(
  'merchant_items',
  {
    id: id(),
    merchantId: bigint('merchant_id', { mode: 'number' })
      .notNull()
      .references(() => merchants.id),
    name: text('name').notNull(),
    points: integer('points').notNull(),
    stock: integer('stock').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('merchant_items_merchant_idx').on(t.merchantId), check('merchant_items_stock_ck', sql`${t.stock} >= 0`)],
);

// 积分台账: append-only. Corrections are reversing entries; a source earns once.
export const pointEntries = pgTable(
  'point_entries',
  {
    id: id(),
    countyCode: countyCode(),
    holderKind: text('holder_kind').$type<'member' | 'merchant'>().notNull(),
    holderId: bigint('holder_id', { mode: 'number' }).notNull(),
    kind: text('kind').$type<EntryKind>().notNull(),
    amount: integer('amount').notNull(),
    rule: text('rule').$type<PointRuleKind>(),
    ruleId: bigint('rule_id', { mode: 'number' }).references(() => pointRules.id),
    /** What it comes from: a service record, a visit, a sign-up (no-show), a redemption, or an entry reversed. */
    source: text('source').notNull(),
    sourceId: bigint('source_id', { mode: 'number' }),
    reversesId: bigint('reverses_id', { mode: 'number' }),
    note: text('note').notNull().default(''),
    occurredOn: date('occurred_on').notNull(),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('point_entries_earn_uq').on(t.source, t.sourceId, t.holderKind, t.holderId, t.rule).where(sql`kind in ('earn', 'deduct')`),
    uniqueIndex('point_entries_reverses_uq').on(t.reversesId),
    index('point_entries_holder_idx').on(t.holderKind, t.holderId, t.occurredOn),
  ],
);

/** The balance cache, changed in the same transaction as the entries; never below zero. */
export const pointBalances = pgTable(
  'point_balances',
  {
    countyCode: countyCode(),
    holderKind: text('holder_kind').$type<'member' | 'merchant'>().notNull(),
    holderId: bigint('holder_id', { mode: 'number' }).notNull(),
    balance: integer('balance').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.holderKind, t.holderId] }), check('point_balances_nonnegative_ck', sql`${t.balance} >= 0`)],
);

// 兑换码: one-time, two minutes.
export const redeemCodes = pgTable(
  'redeem_codes',
  {
    id: id(),
    countyCode: countyCode(),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => members.id),
    code: text('code').notNull(),
    token: text('token').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('redeem_codes_live_uq').on(t.countyCode, t.code).where(sql`used_at is null`), uniqueIndex('redeem_codes_token_uq').on(t.token)],
);

export const redemptions = pgTable(
  'redemptions',
  {
    id: id(),
    countyCode: countyCode(),
    merchantId: bigint('merchant_id', { mode: 'number' })
      .notNull()
      .references(() => merchants.id),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => members.id),
    codeId: bigint('code_id', { mode: 'number' })
      .notNull()
      .references(() => redeemCodes.id),
    items: jsonb('items').$type<{ itemId: number; name: string; points: number; qty: number }[]>().notNull(),
    total: integer('total').notNull(),
    status: text('status').$type<'done' | 'reversed'>().notNull().default('done'),
    reverseReason: text('reverse_reason'),
    reversedAt: timestamp('reversed_at', { withTimezone: true }),
    createdBy: bigint('created_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('redemptions_code_uq').on(t.codeId), index('redemptions_merchant_idx').on(t.merchantId, t.createdAt)],
);

// 年度评价: a county's year, locked by the org department once graded; nothing of a locked year changes.
export const evaluationYears = pgTable(
  'evaluation_years',
  {
    countyCode: countyCode(),
    year: integer('year').notNull(),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: bigint('locked_by', { mode: 'number' }).references(() => accounts.id),
    /** The weights the year was last run with. */
    weights: jsonb('weights').$type<EvaluationWeights>(),
    ranAt: timestamp('ran_at', { withTimezone: true }),
    /** Days after the run during which members may appeal. */
    appealDays: integer('appeal_days').notNull().default(15),
    feedbackSentAt: timestamp('feedback_sent_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.year] })],
);

// 党员年度评价: the computed score with its lines, the grade, and any written adjustment by the community.
export const memberEvaluations = pgTable(
  'member_evaluations',
  {
    id: id(),
    countyCode: countyCode(),
    year: integer('year').notNull(),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => members.id),
    communityId: bigint('community_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    score: numeric('score', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    computedGrade: text('computed_grade').$type<Grade>().notNull(),
    adjustedGrade: text('adjusted_grade').$type<Grade>(),
    adjustReason: text('adjust_reason'),
    adjustedBy: bigint('adjusted_by', { mode: 'number' }).references(() => accounts.id),
    lines: jsonb('lines').$type<{ item: 'base' | 'points' | 'reviews' | 'visits'; amount: number; detail: string }[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('member_evaluations_uq').on(t.countyCode, t.year, t.memberId), index('member_evaluations_community_idx').on(t.communityId, t.year)],
);

// 申诉: a member questions their result within the window; the community answers, upholding (with a new grade) or not.
export const evaluationAppeals = pgTable(
  'evaluation_appeals',
  {
    id: id(),
    countyCode: countyCode(),
    evaluationId: bigint('evaluation_id', { mode: 'number' })
      .notNull()
      .references(() => memberEvaluations.id),
    reason: text('reason').notNull(),
    status: text('status').$type<'open' | 'upheld' | 'rejected'>().notNull().default('open'),
    answer: text('answer'),
    answeredBy: bigint('answered_by', { mode: 'number' }).references(() => accounts.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('evaluation_appeals_open_uq').on(t.evaluationId).where(sql`status = 'open'`)],
);

// 群众评议: a resident rates a member or unit that served their household or is paired with it, once a year each.
export const residentReviews = pgTable(
  'resident_reviews',
  {
    id: id(),
    countyCode: countyCode(),
    year: integer('year').notNull(),
    residentId: bigint('resident_id', { mode: 'number' })
      .notNull()
      .references(() => residents.id),
    /** The reviewer's compound (or community), for the campaign's progress by compound. */
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    targetKind: text('target_kind').$type<'member' | 'unit'>().notNull(),
    targetId: bigint('target_id', { mode: 'number' }).notNull(),
    score: integer('score').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('resident_reviews_uq').on(t.year, t.residentId, t.targetKind, t.targetId),
    index('resident_reviews_target_idx').on(t.targetKind, t.targetId, t.year),
    check('resident_reviews_score_ck', sql`${t.score} between 1 and 5`),
  ],
);

// 年终评议: the county's review campaign of a year, open between two dates.
export const reviewCampaigns = pgTable(
  'review_campaigns',
  {
    countyCode: countyCode(),
    year: integer('year').notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    createdBy: bigint('created_by', { mode: 'number' }).references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.countyCode, t.year] })],
);

// 公示 comments: residents and members remark on a place's notice of a period; the community may hide one.
export const noticeComments = pgTable(
  'notice_comments',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    /** The period the notice covers, 'YYYY-Qn'. */
    period: text('period').notNull(),
    accountId: bigint('account_id', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    text: text('text').notNull(),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenBy: bigint('hidden_by', { mode: 'number' }).references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('notice_comments_place_idx').on(t.placeId, t.period)],
);

// 单位年度评价: units graded county-wide under the same 30% cap.
export const unitEvaluations = pgTable(
  'unit_evaluations',
  {
    id: id(),
    countyCode: countyCode(),
    year: integer('year').notNull(),
    organizationId: bigint('organization_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    score: numeric('score', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    grade: text('grade').$type<Grade>().notNull(),
    lines: jsonb('lines').$type<{ item: 'base' | 'points' | 'reviews' | 'visits'; amount: number; detail: string }[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('unit_evaluations_uq').on(t.countyCode, t.year, t.organizationId)],
);
