import { z } from 'zod';
import { Id, PageQuery } from './common.js';
import type { Label } from './labels.js';

// 双评价 — 年度评价: scores, grades (优秀 ≤ 30% per community) and the locked year.

export const GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, Label> = {
  excellent: { 'zh-CN': '优秀', en: 'Excellent' },
  good: { 'zh-CN': '良好', en: 'Good' },
  fair: { 'zh-CN': '一般', en: 'Fair' },
  poor: { 'zh-CN': '较差', en: 'Poor' },
};

/** How a score is reached; the org department may tune it before running a year. */
export const EvaluationWeights = z.strictObject({
  base: z.number().min(0).max(100).default(80),
  pointsFactor: z.number().min(0).max(5).default(0.2),
  bonusCap: z.number().min(0).max(50).default(15),
  reviewFactor: z.number().min(0).max(10).default(2.5),
  visitTarget: z.number().min(0).max(1).default(0.8),
  visitFactor: z.number().min(0).max(50).default(10),
  excellentFrom: z.number().min(0).max(150).default(90),
  excellentShare: z.number().min(0).max(0.3).default(0.3),
});
export type EvaluationWeights = z.infer<typeof EvaluationWeights>;
export const DEFAULT_WEIGHTS: EvaluationWeights = EvaluationWeights.parse({});

export const YearParams = z.strictObject({ year: z.coerce.number().int().min(2020).max(2100) });
export const RunYearInput = z.strictObject({ weights: EvaluationWeights.optional(), appealDays: z.coerce.number().int().min(0).max(60).optional() });

export const ScoreLineDto = z.object({ item: z.enum(['base', 'points', 'reviews', 'visits']), amount: z.number(), detail: z.string() });
export const AppealDto = z.object({
  id: z.number().int(),
  evaluationId: z.number().int(),
  member: z.object({ id: z.number().int(), name: z.string() }),
  reason: z.string(),
  status: z.enum(['open', 'upheld', 'rejected']),
  answer: z.string().nullable(),
  createdAt: z.string(),
  answeredAt: z.string().nullable(),
});
export type AppealDto = z.infer<typeof AppealDto>;
export const AppealInput = z.strictObject({ reason: z.string().trim().min(4).max(500) });
/** Upheld appeals name the new grade (within the cap); rejected ones say why. */
export const AnswerAppealInput = z.strictObject({ upheld: z.boolean(), answer: z.string().trim().min(2).max(500), grade: z.enum(GRADES).optional() });
export const ListAppealsQuery = PageQuery.extend({ status: z.enum(['open', 'upheld', 'rejected']).optional() });

export const MemberEvaluationDto = z.object({
  id: z.number().int(),
  year: z.number().int(),
  member: z.object({ id: z.number().int(), name: z.string() }),
  community: z.object({ id: z.number().int(), name: z.string() }),
  score: z.number(),
  grade: z.enum(GRADES),
  /** The grade as computed, before any adjustment. */
  computedGrade: z.enum(GRADES),
  adjustReason: z.string().nullable(),
  lines: z.array(ScoreLineDto),
  /** The member's latest appeal of this result, if any. */
  appeal: AppealDto.nullable(),
  /** Until when an appeal may be lodged (null once the year is locked or before it is run). */
  appealUntil: z.string().nullable(),
});
export type MemberEvaluationDto = z.infer<typeof MemberEvaluationDto>;
export const ListEvaluationsQuery = PageQuery.extend({ placeId: Id.optional(), grade: z.enum(GRADES).optional() });
export const YearStatusDto = z.object({
  year: z.number().int(),
  evaluated: z.number().int(),
  byGrade: z.record(z.string(), z.number().int()),
  lockedAt: z.string().nullable(),
  weights: EvaluationWeights.nullable(),
  ranAt: z.string().nullable(),
  appealDays: z.number().int(),
  openAppeals: z.number().int(),
  feedbackSentAt: z.string().nullable(),
});

/** 反馈卡: a member's year, for their unit's party organisation and the org department. */
export const FeedbackCardDto = z.object({
  year: z.number().int(),
  member: z.object({ id: z.number().int(), name: z.string(), unit: z.string(), community: z.string() }),
  score: z.number(),
  grade: z.enum(GRADES),
  adjustReason: z.string().nullable(),
  lines: z.array(ScoreLineDto),
  services: z.array(z.object({ source: z.string(), count: z.number().int(), hours: z.number() })),
  points: z.object({ earned: z.number().int(), redeemed: z.number().int() }),
  honours: z.array(z.string()),
  lockedAt: z.string().nullable(),
});
export type FeedbackCardDto = z.infer<typeof FeedbackCardDto>;
export const FeedbackQuery = z.strictObject({ organizationId: Id.optional() });

/** 评优: 最美志愿者 (most service hours among 优秀) and 最美楼道长 (best-scored 楼栋长/党员中心户 members). */
export const HonoursDto = z.object({
  volunteers: z.array(z.object({ member: z.object({ id: z.number().int(), name: z.string() }), community: z.string(), hours: z.number(), score: z.number() })),
  buildingLeaders: z.array(z.object({ member: z.object({ id: z.number().int(), name: z.string() }), place: z.string(), score: z.number() })),
});
export const AdjustGradeInput = z.strictObject({ grade: z.enum(GRADES), reason: z.string().trim().min(4).max(300) });

// 群众评议
export const ReviewTargetDto = z.object({
  kind: z.enum(['member', 'unit']),
  id: z.number().int(),
  name: z.string(),
  /** Why this resident may review them: they served the household, or are paired with it or its compound. */
  why: z.array(z.enum(['served', 'paired', 'unitPaired'])),
  review: z.object({ score: z.number().int(), comment: z.string() }).nullable(),
});
export const ReviewInput = z.strictObject({
  targetKind: z.enum(['member', 'unit']),
  targetId: Id,
  score: z.coerce.number().int().min(1).max(5),
  comment: z.string().trim().max(300).default(''),
});
export const CampaignInput = z.strictObject({ opensOn: z.iso.date(), closesOn: z.iso.date() });
export const CampaignDto = z.object({
  year: z.number().int(),
  opensOn: z.string(),
  closesOn: z.string(),
  progress: z.array(
    z.object({
      place: z.object({ id: z.number().int(), name: z.string() }),
      households: z.number().int(),
      reviewing: z.number().int(),
      reviews: z.number().int(),
      average: z.number().nullable(),
    }),
  ),
});

// 公示
export const NOTICE_CONSENTS = ['full', 'masked', 'hidden'] as const;
export const NoticeQuery = z.strictObject({
  period: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/)
    .optional(),
});
export const NoticeDto = z.object({
  place: z.object({ id: z.number().int(), name: z.string(), kind: z.string() }),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  members: z.array(z.object({ name: z.string(), unit: z.string(), services: z.number().int(), hours: z.number(), points: z.number().int() })),
  /** Members who asked not to be named, counted in the totals only. */
  unnamed: z.number().int(),
  units: z.array(z.object({ name: z.string(), services: z.number().int(), hours: z.number() })),
  totals: z.object({ services: z.number().int(), hours: z.number(), points: z.number().int() }),
  comments: z.array(z.object({ id: z.number().int(), author: z.string(), text: z.string(), at: z.string(), hidden: z.boolean() })),
});
export const NoticeCommentInput = z.strictObject({ period: z.string().regex(/^\d{4}-Q[1-4]$/), text: z.string().trim().min(2).max(300) });
export const ConsentInput = z.strictObject({ noticeConsent: z.enum(NOTICE_CONSENTS) });

// 单位年度评价 and 季度服务纪实
export const UnitEvaluationDto = z.object({
  id: z.number().int(),
  year: z.number().int(),
  organization: z.object({ id: z.number().int(), name: z.string() }),
  score: z.number(),
  grade: z.enum(GRADES),
  lines: z.array(ScoreLineDto),
});
export const QuarterQuery = z.strictObject({ year: z.coerce.number().int().min(2020).max(2100), quarter: z.coerce.number().int().min(1).max(4) });
export const QuarterlyRecordDto = z.object({
  organization: z.object({ id: z.number().int(), name: z.string() }),
  period: z.string(),
  members: z.number().int(),
  serving: z.number().int(),
  services: z.array(z.object({ source: z.string(), count: z.number().int(), hours: z.number() })),
  compounds: z.array(z.string()),
  communities: z.array(z.string()),
  points: z.number().int(),
  topMembers: z.array(z.object({ name: z.string(), services: z.number().int(), hours: z.number() })),
});
