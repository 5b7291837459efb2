import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { OrderCategory, OrderStatus, PostClass, TalentClass, WishStatus } from '#contracts/labels.js';
import { accounts } from './accounts.js';
import { households, members, organizations } from './people.js';
import { countyCode, createdAt, id, places } from './places.js';

// 服务工单: 居民点单 → 社区派单 → 党员接单 → 群众评单.
export const serviceOrders = pgTable(
  'service_orders',
  {
    id: id(),
    countyCode: countyCode(),
    /** The community the household lives in: who dispatches it. */
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    householdId: bigint('household_id', { mode: 'number' })
      .notNull()
      .references(() => households.id),
    category: text('category').$type<OrderCategory>().notNull(),
    description: text('description').notNull(),
    photos: jsonb('photos').$type<number[]>().notNull().default([]),
    submittedBy: bigint('submitted_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    onBehalf: boolean('on_behalf').notNull().default(false),
    status: text('status').$type<OrderStatus>().notNull().default('submitted'),
    assigneeKind: text('assignee_kind').$type<'member' | 'team' | 'unit'>(),
    assigneeId: bigint('assignee_id', { mode: 'number' }),
    doerId: bigint('doer_id', { mode: 'number' }).references(() => members.id),
    reopened: boolean('reopened').notNull().default(false),
    rating: integer('rating'),
    ratingComment: text('rating_comment'),
    /** Why a rating waits for the community before it counts (self-rating, a paired member). */
    ratingFlag: text('rating_flag'),
    /** Whether the rating counts: at once when unflagged; after the community's look when flagged (null meanwhile). */
    ratingCounted: boolean('rating_counted'),
    /** When the community was told the order is overdue: once per order and stage. */
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    /** When the order must be accepted (while waiting) or finished (once accepted) by. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Bumped on every change: a write only lands on the version it read (first to accept wins). */
    version: integer('version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_orders_place_idx').on(t.placeId, t.status),
    index('service_orders_household_idx').on(t.householdId),
    index('service_orders_doer_idx').on(t.doerId, t.status),
    index('service_orders_assignee_idx').on(t.assigneeKind, t.assigneeId),
  ],
);

// The order's timeline: every state change and note, append-only.
export const orderEvents = pgTable(
  'order_events',
  {
    id: id(),
    countyCode: countyCode(),
    orderId: bigint('order_id', { mode: 'number' })
      .notNull()
      .references(() => serviceOrders.id),
    actorId: bigint('actor_id', { mode: 'number' }).references(() => accounts.id),
    action: text('action').notNull(),
    status: text('status').$type<OrderStatus>().notNull(),
    text: text('text').notNull().default(''),
    photos: jsonb('photos').$type<number[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.id)],
);

// Time limits per category, set by the county (defaults in code when absent).
export const orderTimeLimits = pgTable(
  'order_time_limits',
  {
    id: id(),
    countyCode: countyCode(),
    category: text('category').$type<OrderCategory>().notNull(),
    acceptHours: integer('accept_hours').notNull(),
    finishHours: integer('finish_hours').notNull(),
  },
  (t) => [uniqueIndex('order_time_limits_uq').on(t.countyCode, t.category)],
);

// 服务记录: every finished order, fulfilled wish, attended activity and duty shift; points are earned from these.
export const serviceRecords = pgTable(
  'service_records',
  {
    id: id(),
    countyCode: countyCode(),
    memberId: bigint('member_id', { mode: 'number' }).references(() => members.id),
    organizationId: bigint('organization_id', { mode: 'number' }).references(() => organizations.id),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    source: text('source').$type<'order' | 'wish' | 'activity' | 'duty'>().notNull(),
    sourceId: bigint('source_id', { mode: 'number' }).notNull(),
    title: text('title').notNull(),
    hours: numeric('hours', { precision: 6, scale: 2, mode: 'number' }).notNull().default(0),
    rating: integer('rating'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // The same service never counts twice for the same member.
    uniqueIndex('service_records_source_uq').on(t.source, t.sourceId, t.memberId).where(sql`member_id is not null`),
    index('service_records_member_idx').on(t.memberId, t.occurredAt),
  ],
);

// 志愿服务队: members grouped by specialty, each with a leader.
export const teams = pgTable(
  'teams',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    name: text('name').notNull(),
    specialty: text('specialty').$type<TalentClass>().notNull(),
    leaderId: bigint('leader_id', { mode: 'number' }).references(() => members.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('teams_name_uq').on(t.placeId, t.name)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: bigint('team_id', { mode: 'number' })
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => members.id),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.memberId] }), index('team_members_member_idx').on(t.memberId)],
);

// 活动: organised by a community or team; members sign up, check in and out with a rotating QR code.
export const activities = pgTable(
  'activities',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    teamId: bigint('team_id', { mode: 'number' }).references(() => teams.id),
    title: text('title').notNull(),
    theme: text('theme').notNull().default(''),
    location: text('location').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    pointsPerHour: integer('points_per_hour').notNull().default(0),
    status: text('status').$type<'published' | 'cancelled'>().notNull().default('published'),
    createdBy: bigint('created_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('activities_place_idx').on(t.placeId, t.startsAt)],
);

export const activitySignups = pgTable(
  'activity_signups',
  {
    id: id(),
    countyCode: countyCode(),
    activityId: bigint('activity_id', { mode: 'number' })
      .notNull()
      .references(() => activities.id),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => members.id),
    checkInAt: timestamp('check_in_at', { withTimezone: true }),
    checkOutAt: timestamp('check_out_at', { withTimezone: true }),
    hours: numeric('hours', { precision: 6, scale: 2, mode: 'number' }).notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('activity_signups_uq').on(t.activityId, t.memberId)],
);

// 一月一主题: the county's theme of each month.
export const monthlyThemes = pgTable(
  'monthly_themes',
  {
    id: id(),
    countyCode: countyCode(),
    month: text('month').notNull(),
    theme: text('theme').notNull(),
  },
  (t) => [uniqueIndex('monthly_themes_uq').on(t.countyCode, t.month)],
);

// 微心愿
export const wishes = pgTable(
  'wishes',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    householdId: bigint('household_id', { mode: 'number' })
      .notNull()
      .references(() => households.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    postedBy: bigint('posted_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    status: text('status').$type<WishStatus>().notNull().default('open'),
    claimerKind: text('claimer_kind').$type<'member' | 'unit'>(),
    claimerId: bigint('claimer_id', { mode: 'number' }),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    photos: jsonb('photos').$type<number[]>().notNull().default([]),
    fulfilText: text('fulfil_text'),
    fulfilledAt: timestamp('fulfilled_at', { withTimezone: true }),
    thanks: text('thanks'),
    thankedAt: timestamp('thanked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('wishes_place_idx').on(t.placeId, t.status)],
);

// 设岗定责
export const posts = pgTable(
  'posts',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    postClass: text('post_class').$type<PostClass>().notNull(),
    name: text('name').notNull(),
    duties: text('duties').notNull().default(''),
    slots: integer('slots').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('posts_name_uq').on(t.placeId, t.name)],
);

export const postHolders = pgTable(
  'post_holders',
  {
    postId: bigint('post_id', { mode: 'number' })
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => members.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.memberId] })],
);

export const dutyShifts = pgTable(
  'duty_shifts',
  {
    id: id(),
    countyCode: countyCode(),
    postId: bigint('post_id', { mode: 'number' })
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    memberId: bigint('member_id', { mode: 'number' })
      .notNull()
      .references(() => members.id),
    date: date('date').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('duty_shifts_uq').on(t.postId, t.date, t.memberId)],
);

// 项目清单
export const projects = pgTable(
  'projects',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    title: text('title').notNull(),
    plan: text('plan').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    status: text('status').$type<'open' | 'planned' | 'active' | 'done' | 'cancelled'>().notNull(),
    outcome: text('outcome').notNull().default(''),
    ownerKind: text('owner_kind').$type<'unit' | 'team'>(),
    ownerId: bigint('owner_id', { mode: 'number' }),
    needIds: jsonb('need_ids').$type<number[]>().notNull().default([]),
    resourceIds: jsonb('resource_ids').$type<number[]>().notNull().default([]),
    createdBy: bigint('created_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    createdAt: createdAt(),
  },
  (t) => [index('projects_place_idx').on(t.placeId, t.startDate), index('projects_owner_idx').on(t.ownerKind, t.ownerId)],
);

// 需求清单, published monthly by a community.
export const needLists = pgTable(
  'need_lists',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    month: text('month').notNull(),
    orderIds: jsonb('order_ids').$type<number[]>().notNull().default([]),
    publishedBy: bigint('published_by', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    publishedAt: createdAt(),
  },
  (t) => [uniqueIndex('need_lists_uq').on(t.placeId, t.month)],
);
