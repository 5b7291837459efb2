import { z } from 'zod';
import { Id, IsoDateString, PageQuery, Text } from './common.js';
import { CARE_CATEGORIES, HOUSEHOLD_LABELS } from './labels.js';

// 双包联: units ↔ compounds, members ↔ households, visits and their cadences.

export const VISIT_KINDS = ['routine', 'festival', 'need'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

const Ref = z.object({ id: z.number().int(), name: z.string() });

export const HouseholdPairingInput = z.strictObject({ memberId: Id, householdId: Id, startDate: IsoDateString.optional() });
export type HouseholdPairingInput = z.infer<typeof HouseholdPairingInput>;
/** `force`: end it even though visits under it are overdue (the answer says how many first). */
export const EndPairingInput = z.strictObject({ reason: Text(200), force: z.boolean().default(false) });
export const HouseholdPairingDto = z.object({
  id: z.number().int(),
  member: Ref,
  household: z.object({ id: z.number().int(), address: z.string(), label: z.enum(HOUSEHOLD_LABELS), care: z.array(z.enum(CARE_CATEGORIES)) }),
  startDate: z.string(),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
});
export type HouseholdPairingDto = z.infer<typeof HouseholdPairingDto>;
export const ListPairingsQuery = PageQuery.extend({
  placeId: Id.optional(),
  memberId: Id.optional(),
  householdId: Id.optional(),
  active: z.enum(['true', 'false']).default('true'),
});
export type ListPairingsQuery = z.infer<typeof ListPairingsQuery>;

export const UnitPairingInput = z.strictObject({ organizationId: Id, placeId: Id, startDate: IsoDateString.optional() });
export type UnitPairingInput = z.infer<typeof UnitPairingInput>;
export const UnitPairingDto = z.object({
  id: z.number().int(),
  organization: Ref,
  place: Ref,
  startDate: z.string(),
  endDate: z.string().nullable(),
});
export type UnitPairingDto = z.infer<typeof UnitPairingDto>;

export const SuggestionQuery = z.strictObject({ placeId: Id });
export const SuggestedPairDto = z.object({
  household: z.object({ id: z.number().int(), address: z.string(), care: z.array(z.enum(CARE_CATEGORIES)) }),
  member: Ref,
  score: z.number(),
  reasons: z.array(z.object({ 'zh-CN': z.string(), en: z.string() })),
});
export const SuggestionsDto = z.object({
  pairs: z.array(SuggestedPairDto),
  /** Key households no member could take within the cap. */
  uncovered: z.array(z.object({ id: z.number().int(), address: z.string() })),
  cap: z.number().int(),
  members: z.number().int(),
});
export type SuggestionsDto = z.infer<typeof SuggestionsDto>;
export const AcceptSuggestionsInput = z.strictObject({
  pairs: z
    .array(z.strictObject({ householdId: Id, memberId: Id }))
    .min(1)
    .max(5000),
});
export const AcceptedDto = z.object({ created: z.number().int(), skipped: z.number().int() });

export const VisitInput = z.strictObject({
  householdId: Id,
  date: IsoDateString,
  kind: z.enum(VISIT_KINDS),
  notes: z.string().trim().max(1000).default(''),
  photos: z.array(Id).max(6).default([]),
  /** Required when the member is not paired with the household; such visits are flagged. */
  reason: z.string().trim().max(200).optional(),
  /** A problem found that becomes a need (服务工单) in the same step. */
  need: z.strictObject({ category: z.string().max(30), description: Text(500) }).optional(),
});
export type VisitInput = z.infer<typeof VisitInput>;
export const VisitDto = z.object({
  id: z.number().int(),
  household: z.object({ id: z.number().int(), address: z.string() }),
  member: Ref,
  date: z.string(),
  kind: z.enum(VISIT_KINDS),
  notes: z.string(),
  photos: z.array(z.number().int()),
  flagged: z.boolean(),
  reason: z.string().nullable(),
  needOrderId: z.number().int().nullable(),
});
export type VisitDto = z.infer<typeof VisitDto>;
export const ListVisitsQuery = PageQuery.extend({ householdId: Id.optional(), memberId: Id.optional(), placeId: Id.optional() });

export const DueDto = z.object({
  household: z.object({ id: z.number().int(), address: z.string(), care: z.array(z.enum(CARE_CATEGORIES)) }),
  member: Ref.nullable(),
  lastVisit: z.string().nullable(),
  dues: z.array(
    z.object({
      kind: z.enum(['monthly', 'festival', 'need']),
      dueBy: z.string(),
      overdue: z.boolean(),
      label: z.object({ 'zh-CN': z.string(), en: z.string() }),
    }),
  ),
});
export type DueDto = z.infer<typeof DueDto>;
/** For a member, every paired household is listed, those owing nothing with an empty `dues`. */
export const DueQuery = z.strictObject({ placeId: Id.optional(), overdue: z.enum(['true', 'false']).default('false') });

/** Households a member may visit off their pairings: in the communities they serve, by door, building or compound. */
export const VisitableQuery = z.strictObject({ q: z.string().trim().min(1).max(40) });
export const VisitableDto = z.object({ id: z.number().int(), address: z.string(), label: z.enum(HOUSEHOLD_LABELS), paired: z.boolean() });
export type VisitableDto = z.infer<typeof VisitableDto>;

/** The org department's rules: a member's households at most, and which care categories are paired first. */
export const PairingRulesDto = z.object({ maxHouseholdsPerMember: z.number().int(), priorityCare: z.array(z.enum(CARE_CATEGORIES)) });
export const PairingRulesInput = z.strictObject({
  maxHouseholdsPerMember: z.coerce.number().int().min(1).max(20),
  priorityCare: z.array(z.enum(CARE_CATEGORIES)).max(6).default([]),
});

/** 重点户台账: key households with who looks after them, the last visit and open needs. */
export const KeyHouseholdsQuery = PageQuery.extend({
  placeId: Id.optional(),
  care: z.enum(CARE_CATEGORIES).optional(),
  covered: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(50).default(''),
});
export type KeyHouseholdsQuery = z.infer<typeof KeyHouseholdsQuery>;
export const KeyHouseholdDto = z.object({
  household: z.object({ id: z.number().int(), address: z.string(), label: z.enum(HOUSEHOLD_LABELS), care: z.array(z.enum(CARE_CATEGORIES)) }),
  members: z.array(Ref),
  lastVisit: z.string().nullable(),
  openNeeds: z.number().int(),
  verifiedAt: z.string().nullable(),
  verifiedBy: z.string().nullable(),
});
export type KeyHouseholdDto = z.infer<typeof KeyHouseholdDto>;
/** 复核: someone confirms (or corrects) a household's label and care categories. */
export const VerifyHouseholdInput = z.strictObject({ label: z.enum(HOUSEHOLD_LABELS), care: z.array(z.enum(CARE_CATEGORIES)).max(6) });

/** 包联覆盖: per community in scope (or below a place), key households covered and visits on time. */
/** `by`: one row per community (default) or per grid; households outside any grid count on their community's row. */
export const CoverageQuery = z.strictObject({ placeId: Id.optional(), by: z.enum(['community', 'grid']).default('community') });
export const PairingCoverageRowDto = z.object({
  place: Ref,
  kind: z.enum(['community', 'grid']),
  street: z.string(),
  /** The community's name (for a community row, its own). */
  community: z.string(),
  keyHouseholds: z.number().int(),
  covered: z.number().int(),
  /** Key households owing no overdue visit. */
  onTime: z.number().int(),
  overdue: z.number().int(),
});
export type PairingCoverageRowDto = z.infer<typeof PairingCoverageRowDto>;
