import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { GridRole } from '#contracts/grid.js';
import type { CareCategory } from '#contracts/labels.js';
import type { VisitKind } from '#contracts/pairing.js';
import { accounts } from './accounts.js';
import { households, members, organizations, residents } from './people.js';
import { countyCode, createdAt, id, places } from './places.js';
import { serviceOrders } from './service.js';

// 单位包联小区
export const unitPairings = pgTable(
  'unit_pairings',
  {
    id: id(),
    countyCode: countyCode(),
    organizationId: bigint('organization_id', { mode: 'number' })
      .notNull()
      .references(() => organizations.id),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    createdBy: bigint('created_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('unit_pairings_live_uq').on(t.organizationId, t.placeId).where(sql`end_date is null`)],
);

// 党员联系户: history kept; one live pairing per member and household.
export const householdPairings = pgTable(
  'household_pairings',
  {
    id: id(),
    countyCode: countyCode(),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => members.id),
    householdId: bigint('household_id', { mode: 'number' })
      .notNull()
      .references(() => households.id),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    endReason: text('end_reason'),
    createdBy: bigint('created_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('household_pairings_live_uq').on(t.memberId, t.householdId).where(sql`end_date is null`),
    index('household_pairings_household_idx').on(t.householdId),
  ],
);

// 走访
export const visits = pgTable(
  'visits',
  {
    id: id(),
    countyCode: countyCode(),
    householdId: bigint('household_id', { mode: 'number' })
      .notNull()
      .references(() => households.id),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => members.id),
    date: date('date').notNull(),
    kind: text('kind').$type<VisitKind>().notNull(),
    notes: text('notes').notNull().default(''),
    photos: jsonb('photos').$type<number[]>().notNull().default([]),
    /** A visit to a household one is not paired with: allowed with a reason, flagged for the community. */
    flagged: boolean('flagged').notNull().default(false),
    reason: text('reason'),
    needOrderId: bigint('need_order_id', { mode: 'number' }).references(() => serviceOrders.id),
    createdAt: createdAt(),
  },
  (t) => [index('visits_household_idx').on(t.householdId, t.date), index('visits_member_idx').on(t.memberId, t.date)],
);

// The org department's rules for pairing.
export const pairingRules = pgTable(
  'pairing_rules',
  {
    id: id(),
    countyCode: countyCode(),
    maxHouseholdsPerMember: integer('max_households_per_member').notNull().default(3),
    /** Care categories the suggestion pairs before the others when members are short. */
    priorityCare: jsonb('priority_care').$type<CareCategory[]>().notNull().default([]),
  },
  (t) => [uniqueIndex('pairing_rules_county_uq').on(t.countyCode)],
);

// 网格角色: 网格党支部书记, 党小组长, 党员中心户, 楼栋长 — history kept, one live holder of a role per person and place.
export const gridRoles = pgTable(
  'grid_roles',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    role: text('role').$type<GridRole>().notNull(),
    memberId: bigint('member_id', { mode: 'number' }).references(() => members.id),
    residentId: bigint('resident_id', { mode: 'number' }).references(() => residents.id),
    duties: text('duties').notNull().default(''),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
    endReason: text('end_reason'),
    createdBy: bigint('created_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('grid_roles_place_idx').on(t.placeId),
    uniqueIndex('grid_roles_member_live_uq').on(t.placeId, t.role, t.memberId).where(sql`end_date is null and member_id is not null`),
    uniqueIndex('grid_roles_resident_live_uq').on(t.placeId, t.role, t.residentId).where(sql`end_date is null and resident_id is not null`),
  ],
);
