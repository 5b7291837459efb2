import { z } from 'zod';
import { Id, PageQuery, Text } from './common.js';
import { PLACE_KINDS } from './labels.js';

export const PlaceKind = z.enum(PLACE_KINDS);

/** Statistical codes: 6 digits county, 9 street, 12 community; local codes below (letters, digits, -). */
export const PlaceCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{1,32}$/);

export const PlaceDto = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  kind: PlaceKind,
  name: z.string(),
  code: z.string(),
  retired: z.boolean(),
  childCount: z.number().int(),
});
export type PlaceDto = z.infer<typeof PlaceDto>;

export const PlaceDetailDto = PlaceDto.extend({
  /** From the caller's scope root down to the parent. */
  ancestors: z.array(z.object({ id: z.number().int(), name: z.string(), kind: PlaceKind })),
  descendantCounts: z.record(z.string(), z.number().int()),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
});
export type PlaceDetailDto = z.infer<typeof PlaceDetailDto>;

export const ListPlacesQuery = z.strictObject({
  parentId: Id.optional(),
  includeRetired: z.enum(['true', 'false']).default('false'),
});

export const SearchPlacesQuery = PageQuery.extend({
  q: z.string().trim().max(50).default(''),
  kind: PlaceKind.optional(),
  includeRetired: z.enum(['true', 'false']).default('false'),
});
export type SearchPlacesQuery = z.infer<typeof SearchPlacesQuery>;

export const PlaceSearchHitDto = PlaceDto.extend({ pathNames: z.array(z.string()) });
export type PlaceSearchHitDto = z.infer<typeof PlaceSearchHitDto>;

export const CreatePlaceInput = z.strictObject({
  parentId: Id,
  kind: PlaceKind,
  name: Text(50),
  code: PlaceCode.optional(),
});
export type CreatePlaceInput = z.infer<typeof CreatePlaceInput>;

export const RenamePlaceInput = z.strictObject({ name: Text(50), code: PlaceCode.optional() });
export type RenamePlaceInput = z.infer<typeof RenamePlaceInput>;

export const MovePlaceInput = z.strictObject({ parentId: Id });
export type MovePlaceInput = z.infer<typeof MovePlaceInput>;

export const RetirePlaceInput = z.strictObject({ reason: z.string().trim().max(200).default('') });
export type RetirePlaceInput = z.infer<typeof RetirePlaceInput>;

export const PlaceEventDto = z.object({
  id: z.number().int(),
  action: z.enum(['created', 'renamed', 'moved', 'retired', 'restored']),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  actorName: z.string(),
  at: z.string(),
});
export type PlaceEventDto = z.infer<typeof PlaceEventDto>;
