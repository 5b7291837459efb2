import { z } from 'zod';
import { Id, IsoDateString, PageQuery, Text } from './common.js';
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
  agreement: z.object({ startDate: z.string(), endDate: z.string(), commitments: z.string() }),
  status: z.enum(REGISTRATION_STATUSES),
  reason: z.string().nullable(),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type UnitRegistrationDto = z.infer<typeof UnitRegistrationDto>;

export const ListUnitRegistrationsQuery = PageQuery.extend({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  placeId: Id.optional(),
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

export const TicketHouseholdsQuery = z.strictObject({ ticket: z.string().max(500), q: z.string().trim().max(30).default('') });

export const MemberRegistrationInput = z.strictObject({
  ticket: z.string().max(500),
  householdId: Id,
  talents: z.array(z.enum(TALENT_CLASSES)).max(8).default([]),
  intentions: z.string().trim().max(200).default(''),
  resources: z.string().trim().max(200).default(''),
  freeTime: z.string().trim().max(100).default(''),
});
export type MemberRegistrationInput = z.infer<typeof MemberRegistrationInput>;

export const MemberRegistrationDto = z.object({
  id: z.number().int(),
  member: z.object({ id: z.number().int(), name: z.string() }),
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

export const ListMemberRegistrationsQuery = PageQuery.extend({ status: z.enum(MEMBER_REGISTRATION_STATUSES).optional() });
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

export const UnregisteredMemberDto = z.object({
  id: z.number().int(),
  name: z.string(),
  phone: z.string().nullable(),
  home: z.string().nullable(),
});
export type UnregisteredMemberDto = z.infer<typeof UnregisteredMemberDto>;
