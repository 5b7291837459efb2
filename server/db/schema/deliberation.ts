import { bigint, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { MeetingKind, TopicStatus } from '#contracts/deliberation.js';
import { accounts } from './accounts.js';
import { countyCode, createdAt, id, places } from './places.js';

// 议题: raised by a resident, grid worker or adviser for a compound or community.
export const topics = pgTable(
  'topics',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    proposedBy: bigint('proposed_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    status: text('status').$type<TopicStatus>().notNull().default('proposed'),
    meetingId: bigint('meeting_id', { mode: 'number' }),
    decision: text('decision'),
    declineReason: text('decline_reason'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('topics_place_idx').on(t.placeId, t.status), index('topics_proposer_idx').on(t.proposedBy)],
);

// 议事会 and 联席会议: planned with an agenda, then recorded.
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    kind: text('kind').$type<MeetingKind>().notNull(),
    heldOn: date('held_on').notNull(),
    title: text('title').notNull(),
    status: text('status').$type<'planned' | 'held'>().notNull().default('planned'),
    attendees: jsonb('attendees').$type<{ kind: string; id?: number; name: string }[]>().notNull().default([]),
    discussion: text('discussion').notNull().default(''),
    createdBy: bigint('created_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('meetings_place_idx').on(t.placeId, t.heldOn)],
);

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    meetingId: bigint('meeting_id', { mode: 'number' })
      .notNull()
      .references(() => meetings.id),
    topicId: bigint('topic_id', { mode: 'number' }).references(() => topics.id),
    text: text('text').notNull(),
    origin: text('origin'),
    decision: text('decision'),
    votesFor: integer('votes_for'),
    votesAgainst: integer('votes_against'),
    votesAbstain: integer('votes_abstain'),
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId)],
);

// 决议事项: a decision's follow-up, with an owner and a deadline, supervised until done.
export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    agendaItemId: bigint('agenda_item_id', { mode: 'number' })
      .notNull()
      .references(() => agendaItems.id),
    title: text('title').notNull(),
    ownerKind: text('owner_kind').$type<'member' | 'unit' | 'staff'>().notNull(),
    ownerId: bigint('owner_id', { mode: 'number' }),
    ownerName: text('owner_name').notNull(),
    deadline: date('deadline').notNull(),
    status: text('status').$type<'open' | 'done'>().notNull().default('open'),
    progress: integer('progress').notNull().default(0),
    updates: jsonb('updates').$type<{ text: string; progress: number; by: string; at: string }[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [index('tasks_place_idx').on(t.placeId, t.status), index('tasks_item_idx').on(t.agendaItemId)],
);

// 议事日 of a community: the days of the month it meets.
export const deliberationSchedules = pgTable('deliberation_schedules', {
  placeId: bigint('place_id', { mode: 'number' })
    .primaryKey()
    .references(() => places.id),
  countyCode: countyCode(),
  days: jsonb('days').$type<number[]>().notNull(),
});
