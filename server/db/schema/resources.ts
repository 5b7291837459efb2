import { bigint, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ResourceKind } from '#contracts/labels.js';
import { members, organizations } from './people.js';
import { countyCode, createdAt, id, places } from './places.js';

// 资源清单: what a unit or member offers a community; entries come from confirmed registrations.
export const resources = pgTable(
  'resources',
  {
    id: id(),
    countyCode: countyCode(),
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    kind: text('kind').$type<ResourceKind>().notNull(),
    description: text('description').notNull(),
    organizationId: bigint('organization_id', { mode: 'number' }).references(() => organizations.id),
    memberId: bigint('member_id', { mode: 'number' }).references(() => members.id),
    source: text('source').$type<'unitRegistration' | 'memberRegistration'>().notNull(),
    sourceId: bigint('source_id', { mode: 'number' }).notNull(),
    /** The item's position in its source, so re-confirming never adds an entry twice. */
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('resources_source_uq').on(t.source, t.sourceId, t.position), index('resources_place_idx').on(t.placeId, t.kind)],
);
