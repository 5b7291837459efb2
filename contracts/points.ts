import { z } from 'zod';
import { Id, IsoDateString, PageQuery, Text } from './common.js';
import type { Label } from './labels.js';

// 双评价 — 积分: rules, the append-only ledger, merchants and redemption (积分兑换).

/** What earns or deducts points; each has a rule with an amount and an optional monthly cap. */
export const POINT_RULE_KINDS = [
  'activityHour', // 参加活动（每小时）
  'orderDone', // 完成工单
  'goodRating', // 群众好评
  'visitOnTime', // 按时走访
  'wishFulfilled', // 认领微心愿
  'dutyShift', // 岗位值守
  'noShow', // 报名未到
  'badRating', // 群众差评
] as const;
export type PointRuleKind = (typeof POINT_RULE_KINDS)[number];

export const POINT_RULE_LABELS: Record<PointRuleKind, Label> = {
  activityHour: { 'zh-CN': '参加活动（每小时）', en: 'Activity (per hour)' },
  orderDone: { 'zh-CN': '完成服务工单', en: 'Order done' },
  goodRating: { 'zh-CN': '群众好评', en: 'Good rating' },
  visitOnTime: { 'zh-CN': '走访联系户', en: 'Household visit' },
  wishFulfilled: { 'zh-CN': '认领微心愿', en: 'Wish fulfilled' },
  dutyShift: { 'zh-CN': '岗位值守', en: 'Duty shift' },
  noShow: { 'zh-CN': '报名未参加', en: 'No-show after sign-up' },
  badRating: { 'zh-CN': '群众差评', en: 'Bad rating' },
};

/** The county's defaults before the org department sets its own (盂县-style: small, frequent rewards). */
export const DEFAULT_POINT_RULES: Record<PointRuleKind, { points: number; monthlyCap: number | null }> = {
  activityHour: { points: 2, monthlyCap: 20 },
  orderDone: { points: 3, monthlyCap: 30 },
  goodRating: { points: 1, monthlyCap: 10 },
  visitOnTime: { points: 2, monthlyCap: 10 },
  wishFulfilled: { points: 3, monthlyCap: 15 },
  dutyShift: { points: 2, monthlyCap: 16 },
  noShow: { points: -2, monthlyCap: null },
  badRating: { points: -2, monthlyCap: null },
};

export const PointRuleDto = z.object({
  kind: z.enum(POINT_RULE_KINDS),
  points: z.number().int(),
  monthlyCap: z.number().int().nullable(),
  effectiveFrom: z.string().nullable(),
});
export type PointRuleDto = z.infer<typeof PointRuleDto>;
export const PointRulesDto = z.object({ current: z.array(PointRuleDto), scheduled: z.array(PointRuleDto) });

/** A rule change applies from a date (today or later), never to what was already earned. */
export const PointRuleInput = z.strictObject({
  kind: z.enum(POINT_RULE_KINDS),
  points: z.coerce.number().int().min(-50).max(50),
  monthlyCap: z.coerce.number().int().min(1).max(1000).nullable().default(null),
  effectiveFrom: IsoDateString,
});

export const ENTRY_KINDS = ['earn', 'deduct', 'redeem', 'receive', 'reverse'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const PointEntryDto = z.object({
  id: z.number().int(),
  holder: z.object({ kind: z.enum(['member', 'merchant']), id: z.number().int(), name: z.string() }),
  kind: z.enum(ENTRY_KINDS),
  amount: z.number().int(),
  rule: z.enum(POINT_RULE_KINDS).nullable(),
  source: z.string(),
  sourceId: z.number().int().nullable(),
  note: z.string(),
  reversesId: z.number().int().nullable(),
  reversedBy: z.number().int().nullable(),
  occurredOn: z.string(),
  by: z.string(),
  at: z.string(),
});
export type PointEntryDto = z.infer<typeof PointEntryDto>;
export const LedgerQuery = PageQuery.extend({
  memberId: Id.optional(),
  merchantId: Id.optional(),
  placeId: Id.optional(),
  kind: z.enum(ENTRY_KINDS).optional(),
  from: IsoDateString.optional(),
  to: IsoDateString.optional(),
});
export const ReverseEntryInput = z.strictObject({ reason: Text(200) });
export const MyPointsDto = z.object({ balance: z.number().int(), earnedThisYear: z.number().int(), redeemedThisYear: z.number().int() });
export const LedgerCheckDto = z.object({
  holders: z.number().int(),
  mismatches: z.array(z.object({ kind: z.string(), id: z.number().int(), cached: z.number().int(), sum: z.number().int() })),
});

export const MERCHANT_KINDS = ['supermarket', 'pharmacy', 'barber', 'breakfast', 'other'] as const;
export const MERCHANT_KIND_LABELS: Record<(typeof MERCHANT_KINDS)[number], Label> = {
  supermarket: { 'zh-CN': '超市', en: 'Supermarket' },
  pharmacy: { 'zh-CN': '药店', en: 'Pharmacy' },
  barber: { 'zh-CN': '理发店', en: 'Barber' },
  breakfast: { 'zh-CN': '早餐店', en: 'Breakfast shop' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

export const MerchantInput = z.strictObject({
  name: Text(60),
  kind: z.enum(MERCHANT_KINDS),
  placeId: Id,
  address: z.string().trim().max(120).default(''),
  /** The merchant's own login (an account of role 商户), when it has one. */
  accountId: Id.optional(),
});
export const MerchantDto = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(MERCHANT_KINDS),
  place: z.object({ id: z.number().int(), name: z.string() }),
  address: z.string(),
  accountId: z.number().int().nullable(),
  balance: z.number().int(),
  items: z.number().int(),
});
export type MerchantDto = z.infer<typeof MerchantDto>;
export const ListMerchantsQuery = PageQuery.extend({ placeId: Id.optional(), q: z.string().trim().max(40).optional() });

export const ItemInput = z.strictObject({
  name: Text(60),
  points: z.coerce.number().int().min(1).max(10_000),
  stock: z.coerce.number().int().min(0).max(100_000),
  active: z.boolean().default(true),
});
export const ItemDto = z.object({
  id: z.number().int(),
  merchantId: z.number().int(),
  name: z.string(),
  points: z.number().int(),
  stock: z.number().int(),
  active: z.boolean(),
});
export type ItemDto = z.infer<typeof ItemDto>;

/** 兑换码: six digits and a QR token, valid two minutes, used once. */
export const RedeemCodeDto = z.object({ code: z.string(), token: z.string(), expiresAt: z.string(), balance: z.number().int() });
export const RedeemInput = z.strictObject({
  /** The six digits typed, or the token scanned from the QR. */
  code: z.string().trim().min(6).max(64),
  items: z
    .array(z.strictObject({ itemId: Id, qty: z.coerce.number().int().min(1).max(99) }))
    .min(1)
    .max(20),
});
export const RedemptionDto = z.object({
  id: z.number().int(),
  merchant: z.object({ id: z.number().int(), name: z.string() }),
  member: z.object({ id: z.number().int(), name: z.string() }),
  items: z.array(z.object({ itemId: z.number().int(), name: z.string(), points: z.number().int(), qty: z.number().int() })),
  total: z.number().int(),
  status: z.enum(['done', 'reversed']),
  reverseReason: z.string().nullable(),
  at: z.string(),
});
export type RedemptionDto = z.infer<typeof RedemptionDto>;
export const ListRedemptionsQuery = PageQuery.extend({
  merchantId: Id.optional(),
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
});
export const StatementQuery = z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });
export const StatementDto = z.object({
  merchant: z.object({ id: z.number().int(), name: z.string() }),
  month: z.string(),
  redemptions: z.number().int(),
  reversed: z.number().int(),
  points: z.number().int(),
  byItem: z.array(z.object({ name: z.string(), qty: z.number().int(), points: z.number().int() })),
});
