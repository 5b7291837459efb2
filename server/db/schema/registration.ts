import { sql } from 'drizzle-orm';
import { bigint, date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { MemberRegistrationStatus, RegistrationStatus, ResourceKind, TalentClass } from '#contracts/labels.js';
import { accounts } from './accounts.js';
import { files } from './files.js';
import { households, members, organizations } from './people.js';
import { countyCode, createdAt, id, places } from './places.js';

// 组织报到: a unit's registration at a community, confirmed or returned by the community.
export const unitRegistrations = pgTable(
  'unit_registrations',
  {
    id: id(),
    countyCode: countyCode(),
    organizationId: bigint('organization_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    contacts: text('contacts').notNull(),
    resources: jsonb('resources').$type<{ kind: ResourceKind; description: string }[]>().notNull().default([]),
    agreementStart: date('agreement_start').notNull(),
    agreementEnd: date('agreement_end').notNull(),
    commitments: text('commitments').notNull(),
    /** The signed agreement's scan. */
    scanFileId: bigint('scan_file_id', { mode: 'number' }).references(() => files.id),
    status: text('status').$type<RegistrationStatus>().notNull().default('submitted'),
    reason: text('reason'),
    submittedBy: bigint('submitted_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    decidedBy: bigint('decided_by', { mode: 'number' }).references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    // One live registration per unit and community, even when two requests race.
    uniqueIndex('unit_registrations_live_uq').on(t.organizationId, t.placeId).where(sql`status <> 'returned'`),
    index('unit_registrations_org_idx').on(t.organizationId),
    index('unit_registrations_place_idx').on(t.placeId, t.status),
  ],
);

// 个人报到: a member's registration at their home community; approval sets their home.
export const memberRegistrations = pgTable(
  'member_registrations',
  {
    id: id(),
    countyCode: countyCode(),
    /** Null while an applicant not on the roster waits; approval creates or finds the member. */
    memberId: bigint('member_id', { mode: 'number' }).references(() => members.id),
    /** 申请报到: who applied, as they stated it (phone and ID sealed like every personal field). */
    applicantName: text('applicant_name'),
    applicantOrganization: text('applicant_organization'),
    applicantIdCipher: text('applicant_id_cipher'),
    applicantIdHash: text('applicant_id_hash'),
    applicantIdMask: text('applicant_id_mask'),
    applicantPhoneCipher: text('applicant_phone_cipher'),
    applicantPhoneMask: text('applicant_phone_mask'),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    householdId: bigint('household_id', { mode: 'number' })
      .notNull()
      .references(() => households.id),
    talents: jsonb('talents').$type<TalentClass[]>().notNull().default([]),
    intentions: text('intentions').notNull().default(''),
    resources: text('resources').notNull().default(''),
    freeTime: text('free_time').notNull().default(''),
    status: text('status').$type<MemberRegistrationStatus>().notNull().default('submitted'),
    reason: text('reason'),
    decidedBy: bigint('decided_by', { mode: 'number' }).references(() => accounts.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    // One pending registration per member, even when the form is sent twice at once.
    uniqueIndex('member_registrations_pending_uq').on(t.memberId).where(sql`status = 'submitted'`),
    uniqueIndex('member_registrations_applicant_uq').on(t.applicantIdHash).where(sql`status = 'submitted'`),
    index('member_registrations_member_idx').on(t.memberId),
    index('member_registrations_place_idx').on(t.placeId, t.status),
  ],
);

// 精准报到: the org department asks a unit to register at a community that needs it (扎堆 → balance).
export const unitAssignments = pgTable(
  'unit_assignments',
  {
    id: id(),
    countyCode: countyCode(),
    organizationId: bigint('organization_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    reason: text('reason').notNull().default(''),
    assignedBy: bigint('assigned_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('unit_assignments_uq').on(t.organizationId, t.placeId)],
);
