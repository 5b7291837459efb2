import { z } from 'zod';
import { Id, PageQuery, Phone, Text } from './common.js';

import {
  CARE_CATEGORIES,
  EDUCATIONS,
  GENDERS,
  HOUSEHOLD_LABELS,
  MEMBER_STATUSES,
  MEMBER_TYPES,
  ORG_KINDS,
  PARTY_ORG_LEVELS,
  PLACE_KINDS,
  RELATIONS,
  TALENT_CLASSES,
} from './labels.js';

// People and households: 单位、党组织、在职党员、户、居民.

/** 18-character resident ID; the checksum, birth date and gender are checked by the server. */
export const IdNumber = z
  .string()
  .trim()
  .regex(/^\d{17}[\dXx]$/)
  .transform((s) => s.toUpperCase());
export const IsoDate = z.iso.date();

const PlaceRef = z.object({ id: z.number().int(), name: z.string(), kind: z.enum(PLACE_KINDS) });
const Ref = z.object({ id: z.number().int(), name: z.string() });

// 单位
export const OrganizationDto = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(ORG_KINDS),
  industry: z.string(),
  address: z.string(),
  place: PlaceRef,
  creditCode: z.string().nullable(),
  memberCount: z.number().int(),
  partyOrgs: z.array(
    z.object({ id: z.number().int(), name: z.string(), level: z.enum(PARTY_ORG_LEVELS), secretaryName: z.string(), contactPhone: z.string().nullable() }),
  ),
});
export type OrganizationDto = z.infer<typeof OrganizationDto>;

export const ListOrganizationsQuery = PageQuery.extend({
  q: z.string().trim().max(50).default(''),
  kind: z.enum(ORG_KINDS).optional(),
  placeId: Id.optional(),
});
export type ListOrganizationsQuery = z.infer<typeof ListOrganizationsQuery>;

export const OrganizationInput = z.strictObject({
  name: Text(60),
  kind: z.enum(ORG_KINDS),
  industry: z.string().trim().max(40).default(''),
  address: z.string().trim().max(120).default(''),
  placeId: Id,
  /** 统一社会信用代码 */
  creditCode: z
    .string()
    .trim()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/)
    .optional(),
});
export type OrganizationInput = z.infer<typeof OrganizationInput>;

export const PartyOrgInput = z.strictObject({
  organizationId: Id,
  name: Text(60),
  level: z.enum(PARTY_ORG_LEVELS),
  secretaryName: z.string().trim().max(20).default(''),
  contactPhone: Phone.optional(),
});
export type PartyOrgInput = z.infer<typeof PartyOrgInput>;

// 在职党员
export const MemberDto = z.object({
  id: z.number().int(),
  name: z.string(),
  gender: z.enum(GENDERS),
  ethnicity: z.string(),
  birthDate: z.string(),
  education: z.enum(EDUCATIONS).nullable(),
  /** Masked: 138****5678 */
  phone: z.string().nullable(),
  /** Masked: 1403**********1234 */
  idNumber: z.string(),
  organization: Ref.nullable(),
  partyOrg: Ref.nullable(),
  memberType: z.enum(MEMBER_TYPES),
  status: z.enum(MEMBER_STATUSES),
  joinedAt: z.string().nullable(),
  fullAt: z.string().nullable(),
  /** 居住地: the household and the places above it, from the caller's root down. */
  home: z.object({ householdId: z.number().int(), address: z.string(), community: Ref.nullable() }).nullable(),
  talents: z.array(z.enum(TALENT_CLASSES)),
  intentions: z.string(),
  freeTime: z.string(),
});
export type MemberDto = z.infer<typeof MemberDto>;

const sortable = ['name', '-name', 'birthDate', '-birthDate', 'joinedAt', '-joinedAt', 'createdAt', '-createdAt'] as const;
export const ListMembersQuery = PageQuery.extend({
  /** Name, pinyin initials ("zs" finds 张三), or an exact phone or ID number. */
  q: z.string().trim().max(50).default(''),
  organizationId: Id.optional(),
  /** Members living in this place's subtree. */
  placeId: Id.optional(),
  talent: z.enum(TALENT_CLASSES).optional(),
  memberType: z.enum(MEMBER_TYPES).optional(),
  status: z.enum(MEMBER_STATUSES).optional(),
  sort: z.enum(sortable).default('name'),
});
export type ListMembersQuery = z.infer<typeof ListMembersQuery>;

export const MemberInput = z.strictObject({
  name: Text(20),
  idNumber: IdNumber,
  gender: z.enum(GENDERS).optional(),
  birthDate: IsoDate.optional(),
  ethnicity: z.string().trim().max(10).default('汉族'),
  education: z.enum(EDUCATIONS).optional(),
  phone: Phone.optional(),
  organizationId: Id.optional(),
  partyOrgId: Id.optional(),
  memberType: z.enum(MEMBER_TYPES).default('full'),
  status: z.enum(MEMBER_STATUSES).default('active'),
  joinedAt: IsoDate.optional(),
  fullAt: IsoDate.optional(),
  householdId: Id.optional(),
  talents: z.array(z.enum(TALENT_CLASSES)).max(8).default([]),
  intentions: z.string().trim().max(200).default(''),
  freeTime: z.string().trim().max(100).default(''),
});
export type MemberInput = z.infer<typeof MemberInput>;

// 户
export const HouseholdDto = z.object({
  id: z.number().int(),
  place: PlaceRef,
  /** e.g. 富春园社区 锦绣小区 3号楼 2单元 301 */
  address: z.string(),
  doorNo: z.string(),
  label: z.enum(HOUSEHOLD_LABELS),
  careCategories: z.array(z.enum(CARE_CATEGORIES)),
  residentCount: z.number().int(),
});
export type HouseholdDto = z.infer<typeof HouseholdDto>;

export const ListHouseholdsQuery = PageQuery.extend({
  q: z.string().trim().max(50).default(''),
  placeId: Id.optional(),
  label: z.enum(HOUSEHOLD_LABELS).optional(),
  care: z.enum(CARE_CATEGORIES).optional(),
  /** 重点户 only: households with any care category. */
  keyOnly: z.enum(['true', 'false']).default('false'),
});
export type ListHouseholdsQuery = z.infer<typeof ListHouseholdsQuery>;

export const HouseholdInput = z.strictObject({
  placeId: Id,
  doorNo: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{1,10}$/),
  label: z.enum(HOUSEHOLD_LABELS).default('resident'),
  careCategories: z.array(z.enum(CARE_CATEGORIES)).max(6).default([]),
});
export type HouseholdInput = z.infer<typeof HouseholdInput>;

// 居民
export const ResidentDto = z.object({
  id: z.number().int(),
  householdId: z.number().int(),
  address: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthDate: z.string().nullable(),
  relation: z.enum(RELATIONS),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
});
export type ResidentDto = z.infer<typeof ResidentDto>;

export const ListResidentsQuery = PageQuery.extend({
  q: z.string().trim().max(50).default(''),
  householdId: Id.optional(),
  placeId: Id.optional(),
});
export type ListResidentsQuery = z.infer<typeof ListResidentsQuery>;

export const ResidentInput = z.strictObject({
  householdId: Id,
  name: Text(20),
  idNumber: IdNumber.optional(),
  gender: z.enum(GENDERS).optional(),
  birthDate: IsoDate.optional(),
  relation: z.enum(RELATIONS).default('head'),
  phone: Phone.optional(),
});
export type ResidentInput = z.infer<typeof ResidentInput>;

export const RevealInput = z.strictObject({ field: z.enum(['phone', 'idNumber']) });
export type RevealInput = z.infer<typeof RevealInput>;
