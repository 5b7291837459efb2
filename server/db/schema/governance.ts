import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Answer } from '#contracts/emergency.js';
import type { MediationStatus } from '#contracts/mediation.js';
import { accounts } from './accounts.js';
import { members } from './people.js';
import { countyCode, createdAt, id, places } from './places.js';

// 矛盾纠纷调解: parties' phones sealed like every phone; the case's details are the community's and mediators'.
export const mediationCases = pgTable(
  'mediation_cases',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    category: text('category').notNull(),
    status: text('status').$type<MediationStatus>().notNull().default('intake'),
    parties: jsonb('parties').$type<{ name: string; phoneCipher: string | null; phoneMask: string; role: string }[]>().notNull(),
    description: text('description').notNull(),
    mediatorIds: jsonb('mediator_ids').$type<number[]>().notNull().default([]),
    sessions: jsonb('sessions').$type<{ date: string; notes: string; by: string }[]>().notNull().default([]),
    /** The outcome, kept once the follow-up closes the case. */
    outcome: text('outcome').$type<'agreed' | 'referred' | 'failed'>(),
    outcomeDetail: text('outcome_detail'),
    followUp: jsonb('follow_up').$type<{ date: string; notes: string; satisfaction: number } | null>(),
    openedBy: bigint('opened_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    openedAt: createdAt(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('mediation_cases_place_idx').on(t.placeId, t.status)],
);

// 应急动员
export const emergencies = pgTable('emergencies', {
  id: id(),
  countyCode: countyCode(),
  placeIds: jsonb('place_ids').$type<number[]>().notNull(),
  /** Paths of the places, for the overlap check and the call. */
  placePaths: jsonb('place_paths').$type<string[]>().notNull(),
  reason: text('reason').notNull(),
  startedBy: bigint('started_by', { mode: 'number' })
    .notNull()
    .references(() => accounts.id),
  startedAt: createdAt(),
  endedAt: timestamp('ended_at', { withTimezone: true }),
  endedBy: bigint('ended_by', { mode: 'number' }).references(() => accounts.id),
  summary: text('summary'),
  called: integer('called').notNull().default(0),
});

/** Who was called: fixed at the switch, so the roll call does not shift as registrations change. */
export const emergencyCalls = pgTable(
  'emergency_calls',
  {
    emergencyId: bigint('emergency_id', { mode: 'number' })
      .notNull()
      .references(() => emergencies.id),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => members.id),
    answer: text('answer').$type<Answer>(),
    note: text('note').notNull().default(''),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    task: text('task'),
  },
  (t) => [uniqueIndex('emergency_calls_uq').on(t.emergencyId, t.memberId), index('emergency_calls_member_idx').on(t.memberId)],
);

export const emergencyLogs = pgTable('emergency_logs', {
  id: id(),
  emergencyId: bigint('emergency_id', { mode: 'number' })
    .notNull()
    .references(() => emergencies.id),
  text: text('text').notNull(),
  by: text('by').notNull(),
  at: createdAt(),
});
