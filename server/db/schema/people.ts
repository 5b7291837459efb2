import { bigint, date, index, pgTable, text, timestamp, uniqueIndex, integer, jsonb } from 'drizzle-orm/pg-core';
import type {
  CareCategory,
  Education,
  Gender,
  HouseholdLabel,
  ImportKind,
  MemberStatus,
  MemberType,
  OrgKind,
  PartyOrgLevel,
  Relation,
  TalentClass,
} from '#contracts/labels.js';
import type { ImportProblemDto } from '#contracts/imports.js';
import { countyCode, createdAt, id, places } from './places.js';

const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const placeRef = () =>
  bigint('place_id', { mode: 'number' })
    .notNull()
    .references(() => places.id);

// 机关企事业单位
export const organizations = pgTable(
  'organizations',
  {
    id: id(),
    countyCode: countyCode(),
    name: text('name').notNull(),
    kind: text('kind').$type<OrgKind>().notNull(),
    industry: text('industry').notNull().default(''),
    address: text('address').notNull().default(''),
    /** The community it sits in: where it registers (双报到). */
    placeId: placeRef(),
    creditCode: text('credit_code'),
    pinyin: text('pinyin').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('organizations_name_uq').on(t.countyCode, t.name),
    uniqueIndex('organizations_credit_uq').on(t.creditCode),
    index('organizations_place_idx').on(t.placeId),
  ],
);

// 单位党组织: 党委 / 党总支 / 党支部
export const partyOrgs = pgTable(
  'party_orgs',
  {
    id: id(),
    countyCode: countyCode(),
    organizationId: bigint('organization_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    level: text('level').$type<PartyOrgLevel>().notNull(),
    secretaryName: text('secretary_name').notNull().default(''),
    contactPhoneCipher: text('contact_phone_cipher'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('party_orgs_name_uq').on(t.organizationId, t.name)],
);

// 户: hangs on a stairwell unit, building or grid node.
export const households = pgTable(
  'households',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: placeRef(),
    doorNo: text('door_no').notNull(),
    label: text('label').$type<HouseholdLabel>().notNull().default('resident'),
    careCategories: jsonb('care_categories').$type<CareCategory[]>().notNull().default([]),
    /** 定期复核: when and by whom the label and care categories were last confirmed. */
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: bigint('verified_by', { mode: 'number' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('households_door_uq').on(t.placeId, t.doorNo)],
);

// 居民
export const residents = pgTable(
  'residents',
  {
    id: id(),
    countyCode: countyCode(),
    householdId: bigint('household_id', { mode: 'number' })
      .notNull()
      .references(() => households.id),
    name: text('name').notNull(),
    pinyin: text('pinyin').notNull().default(''),
    gender: text('gender').$type<Gender>(),
    birthDate: date('birth_date'),
    relation: text('relation').$type<Relation>().notNull().default('head'),
    idCipher: text('id_cipher'),
    idHash: text('id_hash'),
    idMask: text('id_mask'),
    phoneCipher: text('phone_cipher'),
    phoneHash: text('phone_hash'),
    phoneMask: text('phone_mask'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('residents_id_uq').on(t.idHash), index('residents_household_idx').on(t.householdId), index('residents_phone_idx').on(t.phoneHash)],
);

// 在职党员: belongs to a work unit's branch and to a home household at once.
export const members = pgTable(
  'members',
  {
    id: id(),
    countyCode: countyCode(),
    name: text('name').notNull(),
    pinyin: text('pinyin').notNull().default(''),
    gender: text('gender').$type<Gender>().notNull(),
    ethnicity: text('ethnicity').notNull().default('汉族'),
    birthDate: date('birth_date').notNull(),
    education: text('education').$type<Education>(),
    idCipher: text('id_cipher').notNull(),
    idHash: text('id_hash').notNull(),
    /** Masked forms are kept so lists never decrypt. */
    idMask: text('id_mask').notNull(),
    phoneCipher: text('phone_cipher'),
    phoneHash: text('phone_hash'),
    phoneMask: text('phone_mask'),
    organizationId: bigint('organization_id', { mode: 'number' }).references(() => organizations.id),
    partyOrgId: bigint('party_org_id', { mode: 'number' }).references(() => partyOrgs.id),
    memberType: text('member_type').$type<MemberType>().notNull().default('full'),
    status: text('status').$type<MemberStatus>().notNull().default('active'),
    joinedAt: date('joined_at'),
    fullAt: date('full_at'),
    householdId: bigint('household_id', { mode: 'number' }).references(() => households.id),
    /** The home household's place, copied so scope checks need no join through households. */
    homePlaceId: bigint('home_place_id', { mode: 'number' }).references(() => places.id),
    /** 公示: how the member's name appears on public notices — in full, masked (王*国), or not at all. */
    noticeConsent: text('notice_consent').$type<'full' | 'masked' | 'hidden'>().notNull().default('masked'),
    talents: jsonb('talents').$type<TalentClass[]>().notNull().default([]),
    intentions: text('intentions').notNull().default(''),
    freeTime: text('free_time').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('members_id_uq').on(t.idHash),
    index('members_org_idx').on(t.organizationId),
    index('members_home_idx').on(t.homePlaceId),
    index('members_phone_idx').on(t.phoneHash),
    index('members_name_idx').on(t.countyCode, t.name),
  ],
);

// 导入任务: progress and the row-by-row report of an Excel import.
export const importJobs = pgTable('import_jobs', {
  id: id(),
  countyCode: countyCode(),
  kind: text('kind').$type<ImportKind>().notNull(),
  fileName: text('file_name').notNull(),
  status: text('status').$type<'running' | 'done' | 'failed'>().notNull().default('running'),
  total: integer('total').notNull().default(0),
  processed: integer('processed').notNull().default(0),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  problems: jsonb('problems').$type<ImportProblemDto[]>().notNull().default([]),
  createdBy: bigint('created_by', { mode: 'number' }).notNull(),
  createdAt: createdAt(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
