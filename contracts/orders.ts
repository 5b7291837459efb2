import { z } from 'zod';
import { Id, PageQuery, Text } from './common.js';
import { ORDER_CATEGORIES, ORDER_STATUSES } from './labels.js';

// 双服务 — 服务工单: 居民点单 → 社区派单 → 党员接单 → 群众评单.

export const ORDER_ACTIONS = ['dispatch', 'pool', 'claim', 'accept', 'decline', 'note', 'finish', 'rate', 'reopen', 'cancel'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];
/** 派单 to one member, a unit registered at the community, or one of its volunteer teams. */
export const ASSIGNEE_KINDS = ['member', 'unit', 'team'] as const;

/** Photos are uploaded first (POST /api/orders/photos) and referred to by id. */
const Photos = z.array(Id).max(6).default([]);

export const OrderInput = z.strictObject({
  category: z.enum(ORDER_CATEGORIES),
  description: Text(500),
  /** A grid worker or community admin submitting for a household (代点单); a resident's own household otherwise. */
  householdId: Id.optional(),
  photos: Photos,
});
export type OrderInput = z.infer<typeof OrderInput>;

export const DispatchInput = z.strictObject({ to: z.strictObject({ kind: z.enum(ASSIGNEE_KINDS), id: Id }) });
export type DispatchInput = z.infer<typeof DispatchInput>;
export const ReasonInput = z.strictObject({ reason: Text(200) });
export const NoteInput = z.strictObject({ text: Text(500), photos: Photos });
export type NoteInput = z.infer<typeof NoteInput>;
export const FinishInput = z.strictObject({ text: z.string().trim().max(500).default(''), photos: Photos });
export const RateInput = z.strictObject({ score: z.coerce.number().int().min(1).max(5), comment: z.string().trim().max(300).default('') });
export type RateInput = z.infer<typeof RateInput>;

const Ref = z.object({ id: z.number().int(), name: z.string() });

export const OrderEventDto = z.object({
  at: z.string(),
  actor: z.string(),
  action: z.enum(['submit', ...ORDER_ACTIONS, 'escalate']),
  status: z.enum(ORDER_STATUSES),
  text: z.string(),
  photos: z.array(z.number().int()),
});
export type OrderEventDto = z.infer<typeof OrderEventDto>;

export const OrderDto = z.object({
  id: z.number().int(),
  category: z.enum(ORDER_CATEGORIES),
  description: z.string(),
  status: z.enum(ORDER_STATUSES),
  community: Ref,
  household: z.object({ id: z.number().int(), address: z.string() }),
  /** Submitted by a grid worker or the community for the household. */
  onBehalf: z.boolean(),
  assignee: z.object({ kind: z.enum(ASSIGNEE_KINDS), id: z.number().int(), name: z.string() }).nullable(),
  doer: Ref.nullable(),
  photos: z.array(z.number().int()),
  rating: z.object({ score: z.number().int(), comment: z.string(), flagged: z.boolean() }).nullable(),
  reopened: z.boolean(),
  /** Past its time limit to be accepted or finished (configurable per category). */
  overdue: z.boolean(),
  dueAt: z.string().nullable(),
  createdAt: z.string(),
  /** What the caller may do now: the buttons to show. */
  actions: z.array(z.enum(ORDER_ACTIONS)),
});
export type OrderDto = z.infer<typeof OrderDto>;

export const OrderDetailDto = OrderDto.extend({ timeline: z.array(OrderEventDto) });
export type OrderDetailDto = z.infer<typeof OrderDetailDto>;

export const ListOrdersQuery = PageQuery.extend({
  status: z.enum(ORDER_STATUSES).optional(),
  category: z.enum(ORDER_CATEGORIES).optional(),
  /** A community or street in scope. */
  placeId: Id.optional(),
  /** Only orders past their time limit. */
  overdue: z.enum(['true', 'false']).optional(),
  /** Only rated orders whose rating waits for the community's look. */
  flagged: z.enum(['true', 'false']).optional(),
  /**
   * For a member: `pool` = open orders they may claim, `mine` = dispatched to them or done by them.
   * For a resident: always their household's.
   */
  view: z.enum(['all', 'pool', 'mine']).default('all'),
  q: z.string().trim().max(50).default(''),
});
export type ListOrdersQuery = z.infer<typeof ListOrdersQuery>;

export const MatchDto = z.object({
  member: Ref,
  score: z.number(),
  reasons: z.array(z.object({ 'zh-CN': z.string(), en: z.string() })),
});
export type MatchDto = z.infer<typeof MatchDto>;

export const PhotoDto = z.object({ id: z.number().int(), name: z.string(), size: z.number().int() });

/** A community's (or street's, county's) service summary for a period. */
export const OrderSummaryQuery = z.strictObject({
  placeId: Id.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type OrderSummaryQuery = z.infer<typeof OrderSummaryQuery>;
export const OrderSummaryDto = z.object({
  total: z.number().int(),
  byStatus: z.array(z.object({ status: z.enum(ORDER_STATUSES), count: z.number().int() })),
  byCategory: z.array(z.object({ category: z.enum(ORDER_CATEGORIES), count: z.number().int() })),
  /** Hours from submission to acceptance, and from acceptance to finish, on average. */
  avgHoursToAccept: z.number().nullable(),
  avgHoursToFinish: z.number().nullable(),
  /** Share of counted ratings of 4 or 5 stars. */
  satisfaction: z.number().nullable(),
  ratings: z.number().int(),
  overdue: z.number().int(),
  /** Ratings waiting for the community's look before they count. */
  flaggedRatings: z.number().int(),
});
export type OrderSummaryDto = z.infer<typeof OrderSummaryDto>;
export const ReviewRatingInput = z.strictObject({ count: z.boolean(), note: z.string().trim().max(200).default('') });

// 服务记录: every finished order, fulfilled wish, attended activity and duty shift of a member.
export const SERVICE_SOURCES = ['order', 'wish', 'activity', 'duty'] as const;
export const ServiceRecordDto = z.object({
  id: z.number().int(),
  source: z.enum(SERVICE_SOURCES),
  sourceId: z.number().int(),
  title: z.string(),
  hours: z.number(),
  rating: z.number().int().nullable(),
  place: z.object({ id: z.number().int(), name: z.string() }),
  occurredAt: z.string(),
});
export type ServiceRecordDto = z.infer<typeof ServiceRecordDto>;
export const ServiceRecordsQuery = z.strictObject({
  /** Another member's records (admins of where they live, their unit's secretary); without it, the caller's own. */
  memberId: Id.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const ServiceRecordsDto = z.object({ items: z.array(ServiceRecordDto), hours: z.number(), count: z.number().int() });
export type ServiceRecordsDto = z.infer<typeof ServiceRecordsDto>;

/** Time limits per category (hours to accept, hours to finish), set by the org department. */
export const TimeLimitDto = z.object({ category: z.enum(ORDER_CATEGORIES), acceptHours: z.number().int(), finishHours: z.number().int() });
export const TimeLimitInput = z.strictObject({
  category: z.enum(ORDER_CATEGORIES),
  acceptHours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  finishHours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90),
});
export type TimeLimitInput = z.infer<typeof TimeLimitInput>;
