import { bigint, boolean, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Label } from '#contracts/labels.js';
import { accounts } from './accounts.js';
import { countyCode, createdAt, id } from './places.js';

// 站内信: written in the same transaction as the change it tells of.
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    countyCode: countyCode(),
    accountId: bigint('account_id', { mode: 'number' })
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: jsonb('title').$type<Label>().notNull(),
    body: jsonb('body').$type<Label>().notNull(),
    link: text('link'),
    read: boolean('read').notNull().default(false),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_inbox_idx').on(t.accountId, t.read, t.createdAt)],
);
