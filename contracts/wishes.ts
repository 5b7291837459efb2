import { z } from 'zod';
import { Id, IsoDateString, PageQuery, Text } from './common.js';
import { POST_CLASSES, WISH_STATUSES } from './labels.js';

// 微心愿: posted by or for a resident, claimed by a member or unit, fulfilled with a photo, thanked.
export const WishInput = z.strictObject({
  title: Text(40),
  description: z.string().trim().max(300).default(''),
  /** Posted for a household by a grid worker or the community; a resident posts for their own. */
  householdId: Id.optional(),
});
export type WishInput = z.infer<typeof WishInput>;
export const FulfilInput = z.strictObject({ text: z.string().trim().max(300).default(''), photos: z.array(Id).min(1).max(6) });
export type FulfilInput = z.infer<typeof FulfilInput>;
export const ThankInput = z.strictObject({ text: Text(200) });

export const WishDto = z.object({
  id: z.number().int(),
  community: z.object({ id: z.number().int(), name: z.string() }),
  title: z.string(),
  description: z.string(),
  status: z.enum(WISH_STATUSES),
  /** Only the compound or grid, never the door: the wall is public. */
  area: z.string(),
  claimer: z.object({ kind: z.enum(['member', 'unit']), id: z.number().int(), name: z.string() }).nullable(),
  photos: z.array(z.number().int()),
  thanks: z.string().nullable(),
  createdAt: z.string(),
  fulfilledAt: z.string().nullable(),
});
export type WishDto = z.infer<typeof WishDto>;
export const ListWishesQuery = PageQuery.extend({
  status: z.enum(WISH_STATUSES).optional(),
  placeId: Id.optional(),
  mine: z.enum(['true', 'false']).default('false'),
});
export type ListWishesQuery = z.infer<typeof ListWishesQuery>;

// 设岗定责: posts, claimed by members, with weekly duty rosters.
export const PostInput = z.strictObject({
  placeId: Id,
  postClass: z.enum(POST_CLASSES),
  name: Text(40),
  duties: z.string().trim().max(500).default(''),
  slots: z.coerce.number().int().min(1).max(50).default(1),
});
export type PostInput = z.infer<typeof PostInput>;
export const PostDto = z.object({
  id: z.number().int(),
  place: z.object({ id: z.number().int(), name: z.string() }),
  postClass: z.enum(POST_CLASSES),
  name: z.string(),
  duties: z.string(),
  slots: z.number().int(),
  holders: z.array(z.object({ id: z.number().int(), name: z.string() })),
  /** For a member: whether they hold it. */
  mine: z.boolean(),
});
export type PostDto = z.infer<typeof PostDto>;
export const ListPostsQuery = PageQuery.extend({ placeId: Id.optional(), postClass: z.enum(POST_CLASSES).optional() });
export type ListPostsQuery = z.infer<typeof ListPostsQuery>;

/** A week's roster (Monday first): who is on duty which day. Replaces the week's entries. */
export const RosterInput = z.strictObject({
  weekStart: IsoDateString,
  shifts: z.array(z.strictObject({ date: IsoDateString, memberId: Id })).max(200),
});
export type RosterInput = z.infer<typeof RosterInput>;
export const ShiftDto = z.object({ id: z.number().int(), date: z.string(), member: z.object({ id: z.number().int(), name: z.string() }), done: z.boolean() });
export type ShiftDto = z.infer<typeof ShiftDto>;
export const RosterQuery = z.strictObject({ weekStart: IsoDateString });
