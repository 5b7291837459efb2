import { z } from 'zod';
import { Id, IsoDateString, Phone, PageQuery, Text } from './common.js';
import type { Label } from './labels.js';

// 矛盾纠纷调解 (天镇县 "五心"调解): intake, mediators, sessions, outcome, follow-up, satisfaction.

export const MEDIATION_CATEGORIES = ['neighbour', 'family', 'property', 'tenancy', 'labour', 'other'] as const;
export const MEDIATION_CATEGORY_LABELS: Record<(typeof MEDIATION_CATEGORIES)[number], Label> = {
  neighbour: { 'zh-CN': '邻里纠纷', en: 'Neighbours' },
  family: { 'zh-CN': '家庭矛盾', en: 'Family' },
  property: { 'zh-CN': '物业纠纷', en: 'Property management' },
  tenancy: { 'zh-CN': '租赁纠纷', en: 'Tenancy' },
  labour: { 'zh-CN': '劳资纠纷', en: 'Wages and work' },
  other: { 'zh-CN': '其他', en: 'Other' },
};
export const MEDIATION_STATUSES = ['intake', 'mediating', 'agreed', 'referred', 'failed', 'closed'] as const;
export type MediationStatus = (typeof MEDIATION_STATUSES)[number];

export const Party = z.strictObject({ name: Text(30), phone: Phone.optional(), role: z.string().trim().max(30).default('') });
export const CaseInput = z.strictObject({
  placeId: Id,
  category: z.enum(MEDIATION_CATEGORIES),
  parties: z.array(Party).min(2).max(10),
  description: Text(2000),
});
export const AssignInput = z.strictObject({ mediatorIds: z.array(Id).min(1).max(5) });
export const SessionInput = z.strictObject({ date: IsoDateString, notes: Text(2000) });
/** 调解结果: an agreement (its terms), a referral (to whom), or no agreement. */
export const OutcomeInput = z.strictObject({ outcome: z.enum(['agreed', 'referred', 'failed']), detail: Text(1000) });
export const FollowUpInput = z.strictObject({ date: IsoDateString, notes: Text(1000), satisfaction: z.coerce.number().int().min(1).max(5) });

export const CaseDto = z.object({
  id: z.number().int(),
  place: z.object({ id: z.number().int(), name: z.string() }),
  category: z.enum(MEDIATION_CATEGORIES),
  status: z.enum(MEDIATION_STATUSES),
  /** Only for the case's community and its mediators; others see null. */
  detail: z
    .object({
      parties: z.array(z.object({ name: z.string(), phone: z.string(), role: z.string() })),
      description: z.string(),
      sessions: z.array(z.object({ date: z.string(), notes: z.string(), by: z.string() })),
      outcome: z.enum(['agreed', 'referred', 'failed']).nullable(),
      outcomeDetail: z.string().nullable(),
      followUp: z.object({ date: z.string(), notes: z.string(), satisfaction: z.number().int() }).nullable(),
    })
    .nullable(),
  mediators: z.array(z.object({ id: z.number().int(), name: z.string() })),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
});
export type CaseDto = z.infer<typeof CaseDto>;
export const ListCasesQuery = PageQuery.extend({
  placeId: Id.optional(),
  status: z.enum(MEDIATION_STATUSES).optional(),
  category: z.enum(MEDIATION_CATEGORIES).optional(),
});
