import { z } from 'zod';
import { Id, IsoDateString } from './common.js';

// 数据看板: one overview per level (county, street, community), every count linked to its list.

export const DashboardQuery = z.strictObject({ placeId: Id.optional(), from: IsoDateString.optional(), to: IsoDateString.optional() });

/** A figure and the list behind it: GET /api{path}?{query} has `total` equal to `value`. */
export const FigureDto = z.object({
  key: z.string(),
  group: z.enum(['registration', 'service', 'pairing', 'evaluation', 'governance']),
  value: z.number(),
  link: z.object({ path: z.string(), query: z.record(z.string(), z.string()) }).nullable(),
});
export type FigureDto = z.infer<typeof FigureDto>;

export const DashboardDto = z.object({
  place: z.object({ id: z.number().int(), name: z.string(), kind: z.string() }),
  from: z.string(),
  to: z.string(),
  figures: z.array(FigureDto),
  ordersByMonth: z.array(z.object({ month: z.string(), submitted: z.number().int(), finished: z.number().int() })),
  satisfaction: z.object({ rated: z.number().int(), average: z.number().nullable() }),
  hours: z.object({ toAccept: z.number().nullable(), toFinish: z.number().nullable() }),
  points: z.object({ issued: z.number().int(), redeemed: z.number().int() }),
  grades: z.object({ year: z.number().int().nullable(), byGrade: z.record(z.string(), z.number().int()) }),
  /** The places one level down, for the drill-down: each with the same headline counts. */
  children: z.array(
    z.object({
      place: z.object({ id: z.number().int(), name: z.string(), kind: z.string() }),
      membersRegistered: z.number().int(),
      orders: z.number().int(),
      keyHouseholds: z.number().int(),
      covered: z.number().int(),
    }),
  ),
});
export type DashboardDto = z.infer<typeof DashboardDto>;

// 月报 / 年报: the figures in the shape the field articles report them.
export const ReportQuery = z.strictObject({ placeId: Id.optional(), period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/) });
export const ReportDto = z.object({
  place: z.object({ id: z.number().int(), name: z.string(), kind: z.string() }),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  /** Each line: what, how many, its unit — "报到单位 78 个". */
  lines: z.array(z.object({ key: z.string(), label: z.string(), value: z.number(), unit: z.string() })),
});
export type ReportDto = z.infer<typeof ReportDto>;

/** 单位看板: a unit's members, their registration, service and grades; for its secretary (or admins naming it). */
export const UnitDashboardQuery = z.strictObject({ organizationId: Id.optional(), year: z.coerce.number().int().min(2020).max(2100).optional() });
export const UnitDashboardDto = z.object({
  organization: z.object({ id: z.number().int(), name: z.string() }),
  year: z.number().int(),
  figures: z.array(FigureDto),
  services: z.array(z.object({ source: z.string(), count: z.number().int(), hours: z.number() })),
  points: z.number().int(),
  grade: z.object({ grade: z.string(), score: z.number() }).nullable(),
  membersByGrade: z.record(z.string(), z.number().int()),
});
