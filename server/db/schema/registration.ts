import { sql } from 'drizzle-orm';
import { bigint, date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { MemberRegistrationStatus, RegistrationStatus, ResourceKind, TalentClass } from '#contracts/labels.js';
import { accounts } from './accounts.js';
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
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => members.id),
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
    index('member_registrations_place_idx').on(t.placeId, t.status),
  ],
);
