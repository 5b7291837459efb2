import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import type { PlaceKind } from '#contracts/labels.js';

/** Every table carries the county code: the tenant key a province shards on. */
export const countyCode = () => varchar('county_code', { length: 6 }).notNull();
export const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

// 网格层级: one tree from county down to stairwell unit.
export const places = pgTable(
  'places',
  {
    id: id(),
    countyCode: countyCode(),
    parentId: bigint('parent_id', { mode: 'number' }),
    kind: text('kind').$type<PlaceKind>().notNull(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    /** Materialised path of ids, '/1/5/23/': a subtree is a prefix match on an index. */
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    /** Pinyin initials and full spelling, so 秀水 is found by "xs" or "xiushui". */
    pinyin: text('pinyin').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('places_code_uq').on(t.countyCode, t.code),
    index('places_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('places_parent_idx').on(t.parentId),
    index('places_name_idx').on(t.countyCode, t.name),
  ],
);

export const placeEvents = pgTable(
  'place_events',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    action: text('action').$type<'created' | 'renamed' | 'moved' | 'retired' | 'restored'>().notNull(),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
    actorId: bigint('actor_id', { mode: 'number' }),
    actorName: text('actor_name').notNull(),
    at: createdAt(),
  },
  (t) => [index('place_events_place_idx').on(t.placeId, t.at)],
);
