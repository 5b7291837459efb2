import { z } from 'zod';
import { Id, PageQuery, Text } from './common.js';
import { TALENT_CLASSES } from './labels.js';

// 双服务 — 活动 with QR check-in, 志愿服务队, 一月一主题.

export const ActivityInput = z.strictObject({
  /** The community (or street) it is held in. */
  placeId: Id,
  title: Text(60),
  theme: z.string().trim().max(60).default(''),
  location: Text(100),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  capacity: z.coerce.number().int().min(1).max(10_000),
  /** Points per hour of service, turned into points by 双评价. */
  pointsPerHour: z.coerce.number().int().min(0).max(100).default(0),
  teamId: Id.optional(),
  description: z.string().trim().max(1000).default(''),
});
export type ActivityInput = z.infer<typeof ActivityInput>;

export const ActivityDto = z.object({
  id: z.number().int(),
  place: z.object({ id: z.number().int(), name: z.string() }),
  title: z.string(),
  theme: z.string(),
  location: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  capacity: z.number().int(),
  signedUp: z.number().int(),
  pointsPerHour: z.number().int(),
  team: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  description: z.string(),
  status: z.enum(['published', 'cancelled']),
  /** For a member: their own sign-up, check-in and check-out. */
  mine: z.object({ signedUpAt: z.string(), checkInAt: z.string().nullable(), checkOutAt: z.string().nullable(), hours: z.number() }).nullable(),
});
export type ActivityDto = z.infer<typeof ActivityDto>;

export const ListActivitiesQuery = PageQuery.extend({
  placeId: Id.optional(),
  /** upcoming: not yet ended; past: ended. */
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  q: z.string().trim().max(50).default(''),
});
export type ListActivitiesQuery = z.infer<typeof ListActivitiesQuery>;

/** The organiser's screen: a code that changes every 30 seconds, and the link it encodes. */
export const ActivityQrDto = z.object({ code: z.string(), url: z.string(), svg: z.string(), expiresAt: z.string() });
export type ActivityQrDto = z.infer<typeof ActivityQrDto>;

export const CheckInput = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Z]{6}$/),
});
export const CheckResultDto = z.object({ action: z.enum(['checkIn', 'checkOut']), at: z.string(), hours: z.number() });
export type CheckResultDto = z.infer<typeof CheckResultDto>;

export const AttendeeDto = z.object({
  member: z.object({ id: z.number().int(), name: z.string() }),
  signedUpAt: z.string(),
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
  hours: z.number(),
});
export type AttendeeDto = z.infer<typeof AttendeeDto>;

// 志愿服务队 by specialty.
export const TeamInput = z.strictObject({
  placeId: Id,
  name: Text(40),
  specialty: z.enum(TALENT_CLASSES),
  leaderId: Id.optional(),
  memberIds: z.array(Id).max(500).default([]),
});
export type TeamInput = z.infer<typeof TeamInput>;
export const TeamDto = z.object({
  id: z.number().int(),
  place: z.object({ id: z.number().int(), name: z.string() }),
  name: z.string(),
  specialty: z.enum(TALENT_CLASSES),
  leader: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  members: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
export type TeamDto = z.infer<typeof TeamDto>;
export const ListTeamsQuery = PageQuery.extend({ placeId: Id.optional(), specialty: z.enum(TALENT_CLASSES).optional() });
export type ListTeamsQuery = z.infer<typeof ListTeamsQuery>;

// 一月一主题
export const ThemeInput = z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), theme: Text(60) });
export type ThemeInput = z.infer<typeof ThemeInput>;
export const ThemeDto = z.object({ month: z.string(), theme: z.string() });
export type ThemeDto = z.infer<typeof ThemeDto>;
