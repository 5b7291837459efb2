import { z } from 'zod';
import { Id, IsoDateString, PageQuery, Phone, Text } from './common.js';
import { IdNumber } from './people.js';
import { MEMBER_REGISTRATION_STATUSES, REGISTRATION_STATUSES, RESOURCE_KINDS, TALENT_CLASSES } from './labels.js';

// 双报到 — 组织报到: a unit's party organisation registers at a community.

export const OfferedResource = z.strictObject({ kind: z.enum(RESOURCE_KINDS), description: Text(200) });

export const UnitRegistrationInput = z.strictObject({
  /** The community registered at: where the unit sits, or one the county assigned. */
  placeId: Id,
  contacts: Text(200),
  resources: z.array(OfferedResource).max(20).default([]),
  /** 共建协议 */
  agreement: z.strictObject({ startDate: IsoDateString, endDate: IsoDateString, commitments: Text(2000) }),
});
export type UnitRegistrationInput = z.infer<typeof UnitRegistrationInput>;

export const ReturnRegistrationInput = z.strictObject({ reason: Text(200) });
export type ReturnRegistrationInput = z.infer<typeof ReturnRegistrationInput>;

export const UnitRegistrationDto = z.object({
  id: z.number().int(),
  organization: z.object({ id: z.number().int(), name: z.string() }),
  place: z.object({ id: z.number().int(), name: z.string() }),
  contacts: z.string(),
  resources: z.array(z.object({ kind: z.enum(RESOURCE_KINDS), description: z.string() })),
  agreement: z.object({
    startDate: z.string(),
    endDate: z.string(),
    commitments: z.string(),
    /** The signed agreement's scan, once uploaded. */
    scan: z.object({ name: z.string(), size: z.number().int(), uploadedAt: z.string() }).nullable(),
  }),
  status: z.enum(REGISTRATION_STATUSES),
  reason: z.string().nullable(),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type UnitRegistrationDto = z.infer<typeof UnitRegistrationDto>;

export const ListUnitRegistrationsQuery = PageQuery.extend({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  /** Any place in scope: a community, or a street for all its communities. */
  placeId: Id.optional(),
  /** Unit name, or its pinyin initials. */
  q: z.string().trim().max(50).default(''),
});
export type ListUnitRegistrationsQuery = z.infer<typeof ListUnitRegistrationsQuery>;

// 个人报到: a member registers at their home community from the QR poster.

export const CommunityCardDto = z.object({ id: z.number().int(), name: z.string(), street: z.string(), county: z.string() });
export type CommunityCardDto = z.infer<typeof CommunityCardDto>;

export const IdentifyInput = z.strictObject({
  communityId: Id,
  name: Text(20),
  phone: z
    .string()
    .trim()
    .regex(/^1[3-9]\d{9}$/),
  /** The last six characters of the ID number. */
  idLast6: z
    .string()
    .trim()
    .regex(/^\d{5}[\dXx]$/)
    .transform((s) => s.toUpperCase()),
});
export type IdentifyInput = z.infer<typeof IdentifyInput>;

/** A short-lived ticket proving who is registering; the phone page sends it back with the form. */
export const TicketDto = z.object({ ticket: z.string(), name: z.string(), community: CommunityCardDto, expiresAt: z.string() });
export type TicketDto = z.infer<typeof TicketDto>;

export const TicketHouseholdsQuery = z.strictObject({ ticket: z.string().max(2000), q: z.string().trim().max(30).default('') });

export const MemberRegistrationInput = z.strictObject({
  ticket: z.string().max(2000),
  householdId: Id,
  talents: z.array(z.enum(TALENT_CLASSES)).max(8).default([]),
  intentions: z.string().trim().max(200).default(''),
  resources: z.string().trim().max(200).default(''),
  freeTime: z.string().trim().max(100).default(''),
});
export type MemberRegistrationInput = z.infer<typeof MemberRegistrationInput>;

export const MemberRegistrationDto = z.object({
  id: z.number().int(),
  /** null while an applicant not on the roster waits for approval. */
  member: z.object({ id: z.number().int().nullable(), name: z.string() }),
  /** Set when the member was not on the roster and applied (申请报到). */
  applicant: z.object({ idNumber: z.string(), phone: z.string(), organizationName: z.string() }).nullable(),
  organization: z.string(),
  place: z.object({ id: z.number().int(), name: z.string() }),
  householdAddress: z.string(),
  talents: z.array(z.enum(TALENT_CLASSES)),
  intentions: z.string(),
  resources: z.string(),
  freeTime: z.string(),
  status: z.enum(MEMBER_REGISTRATION_STATUSES),
  reason: z.string().nullable(),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type MemberRegistrationDto = z.infer<typeof MemberRegistrationDto>;

export const ListMemberRegistrationsQuery = PageQuery.extend({
  status: z.enum(MEMBER_REGISTRATION_STATUSES).optional(),
  /** Any place in scope: a community, or a street for all its communities. */
  placeId: Id.optional(),
  organizationId: Id.optional(),
  /** Member name, or its pinyin initials. */
  q: z.string().trim().max(50).default(''),
  /** Submitted on or after / on or before (YYYY-MM-DD). */
  from: IsoDateString.optional(),
  to: IsoDateString.optional(),
});
export type ListMemberRegistrationsQuery = z.infer<typeof ListMemberRegistrationsQuery>;

// 报到台账: coverage by community, and each unit's members not yet registered (漏报).
export const CoverageRowDto = z.object({
  place: z.object({ id: z.number().int(), name: z.string() }),
  street: z.string(),
  members: z.number().int(),
  membersRegistered: z.number().int(),
  units: z.number().int(),
  unitsRegistered: z.number().int(),
});
export type CoverageRowDto = z.infer<typeof CoverageRowDto>;

export const CoverageQuery = z.strictObject({ placeId: Id.optional() });

export const UnregisteredMemberDto = z.object({
  id: z.number().int(),
  name: z.string(),
  phone: z.string().nullable(),
  home: z.string().nullable(),
  /** Only members with a phone account can be reminded in the app; the rest go on the printed list. */
  hasAccount: z.boolean(),
  lastRemindedAt: z.string().nullable(),
});
export type UnregisteredMemberDto = z.infer<typeof UnregisteredMemberDto>;

/** Without memberIds: every member on the list. A member reminded in the last 24 hours is skipped. */
export const RemindInput = z.strictObject({ memberIds: z.array(Id).min(1).max(2000).optional() });
export type RemindInput = z.infer<typeof RemindInput>;
export const RemindResultDto = z.object({ notified: z.number().int(), withoutAccount: z.number().int(), skipped: z.number().int() });
export type RemindResultDto = z.infer<typeof RemindResultDto>;

// 申请报到: a member not on the imported roster applies; the community checks and approves.
export const ApplyInput = z.strictObject({
  communityId: Id,
  name: Text(20),
  phone: Phone,
  idNumber: IdNumber,
  /** The work unit as the member names it; matched to the county's units on approval. */
  organizationName: Text(60),
});
export type ApplyInput = z.infer<typeof ApplyInput>;

// The member's own registrations, on the phone.
export const MyRegistrationDto = z.object({
  id: z.number().int(),
  place: z.object({ id: z.number().int(), name: z.string() }),
  householdAddress: z.string(),
  status: z.enum(MEMBER_REGISTRATION_STATUSES),
  reason: z.string().nullable(),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type MyRegistrationDto = z.infer<typeof MyRegistrationDto>;

// 扎堆 → 精准报到: where registrations pile up, and where each unit would help balance the load.
export const BalanceQuery = z.strictObject({
  /** Only units sitting under this place (a street or community). */
  placeId: Id.optional(),
  q: z.string().trim().max(50).default(''),
});
export const Reason = z.object({ 'zh-CN': z.string(), en: z.string() });
export const BalanceCommunityDto = z.object({
  place: z.object({ id: z.number().int(), name: z.string() }),
  street: z.string(),
  households: z.number().int(),
  keyHouseholds: z.number().int(),
  registeredMembers: z.number().int(),
  registeredUnits: z.number().int(),
  /** Registered members per 100 households. */
  load: z.number(),
  /** crowded: far above the county median (扎堆); thin: far below it. */
  flag: z.enum(['crowded', 'thin']).nullable(),
});
export type BalanceCommunityDto = z.infer<typeof BalanceCommunityDto>;
export const BalanceCandidateDto = z.object({
  place: z.object({ id: z.number().int(), name: z.string() }),
  street: z.string(),
  /** 0-100: higher balances better. */
  score: z.number(),
  reasons: z.array(Reason),
});
export const BalanceSuggestionDto = z.object({
  organization: z.object({ id: z.number().int(), name: z.string() }),
  /** The community the unit sits in. */
  home: z.object({ id: z.number().int(), name: z.string() }),
  /** Communities the unit is registered at (confirmed) or assigned to. */
  registeredAt: z.array(z.object({ id: z.number().int(), name: z.string() })),
  assignedTo: z.array(z.object({ id: z.number().int(), name: z.string() })),
  /** True when the unit's communities are all 扎堆. */
  crowded: z.boolean(),
  candidates: z.array(BalanceCandidateDto),
});
export type BalanceSuggestionDto = z.infer<typeof BalanceSuggestionDto>;
export const BalanceDto = z.object({
  medianLoad: z.number(),
  communities: z.array(BalanceCommunityDto),
  suggestions: z.array(BalanceSuggestionDto),
});
export type BalanceDto = z.infer<typeof BalanceDto>;
/** The org department assigns a unit to a community; the unit's secretary is told to register there. */
export const ApplyBalanceInput = z.strictObject({ organizationId: Id, placeId: Id, reason: z.string().trim().max(500).default('') });
export type ApplyBalanceInput = z.infer<typeof ApplyBalanceInput>;
export const AssignmentDto = z.object({
  id: z.number().int(),
  organization: z.object({ id: z.number().int(), name: z.string() }),
  place: z.object({ id: z.number().int(), name: z.string() }),
  reason: z.string(),
  assignedAt: z.string(),
});
export type AssignmentDto = z.infer<typeof AssignmentDto>;

// 党员半年报告: a member's half year, printed for their own party branch.
/** Without year and half: the current half year. */
export const HalfYearQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  half: z.coerce.number().int().min(1).max(2).optional(),
});
export const HalfYearReportDto = z.object({
  member: z.object({
    id: z.number().int(),
    name: z.string(),
    organization: z.string(),
    partyOrg: z.string(),
    home: z.string().nullable(),
    talents: z.array(z.enum(TALENT_CLASSES)),
  }),
  period: z.object({ year: z.number().int(), half: z.number().int(), from: z.string(), to: z.string() }),
  /** Registrations submitted or decided in the period. */
  registrations: z.array(MyRegistrationDto),
  /** Service records of the period (orders, activities, visits); filled as 双服务 and 双包联 land. */
  services: z.array(z.object({ date: z.string(), kind: z.string(), title: z.string(), hours: z.number() })),
  /** Points of the period, once 双评价's ledger lands. */
  points: z.object({ earned: z.number(), spent: z.number() }).nullable(),
  generatedAt: z.string(),
});
export type HalfYearReportDto = z.infer<typeof HalfYearReportDto>;
