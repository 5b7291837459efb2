import { z } from 'zod';
import { Id, PageQuery, Text } from './common.js';

// 急事共办 / 一键切换: places switched into emergency mode; every registered member answers; a live roll call.

export const ANSWERS = ['now', 'later', 'cannot'] as const;
export type Answer = (typeof ANSWERS)[number];

export const StartEmergencyInput = z.strictObject({ placeIds: z.array(Id).min(1).max(50), reason: Text(300) });
export const AnswerInput = z.strictObject({ answer: z.enum(ANSWERS), note: z.string().trim().max(200).default('') });
export const AssignMembersInput = z.strictObject({ memberIds: z.array(Id).min(1).max(500), task: Text(200) });
export const LogInput = z.strictObject({ text: Text(1000) });
export const EndEmergencyInput = z.strictObject({ summary: Text(2000) });

export const EmergencyDto = z.object({
  id: z.number().int(),
  places: z.array(z.object({ id: z.number().int(), name: z.string() })),
  reason: z.string(),
  startedBy: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  summary: z.string().nullable(),
  /** Members called (registered in the places), and their answers so far. */
  called: z.number().int(),
  answers: z.object({ now: z.number().int(), later: z.number().int(), cannot: z.number().int() }),
});
export type EmergencyDto = z.infer<typeof EmergencyDto>;
export const ListEmergenciesQuery = PageQuery.extend({ active: z.enum(['true', 'false', 'all']).default('all') });

/** 点名: by grid — who was called, who answered what, who has not answered, and what they were given. */
export const RollCallDto = z.object({
  grids: z.array(
    z.object({
      grid: z.object({ id: z.number().int().nullable(), name: z.string() }),
      called: z.number().int(),
      now: z.number().int(),
      later: z.number().int(),
      cannot: z.number().int(),
      silent: z.number().int(),
    }),
  ),
  members: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      grid: z.string(),
      answer: z.enum(ANSWERS).nullable(),
      note: z.string(),
      task: z.string().nullable(),
    }),
  ),
  log: z.array(z.object({ text: z.string(), by: z.string(), at: z.string() })),
});
/** A member's view of the emergencies calling them. */
export const MyCallDto = z.object({
  id: z.number().int(),
  reason: z.string(),
  places: z.array(z.string()),
  startedAt: z.string(),
  answer: z.enum(ANSWERS).nullable(),
  task: z.string().nullable(),
});
