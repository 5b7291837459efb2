import { sql } from 'drizzle-orm';
import { bigint, date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { RegistrationStatus, ResourceKind } from '#contracts/labels.js';
import { accounts } from './accounts.js';
import { organizations } from './people.js';
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
