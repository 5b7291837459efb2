import { z } from 'zod';
import { Id, IsoDateString, PageQuery, Text } from './common.js';
import { ORDER_CATEGORIES } from './labels.js';

// 项目清单: needs matched to resources become projects, each with an owner (a unit or a team).
export const PROJECT_STATUSES = ['open', 'planned', 'active', 'done', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const ProjectInput = z.strictObject({
  placeId: Id,
  title: Text(60),
  plan: Text(2000),
  startDate: IsoDateString,
  endDate: IsoDateString,
  /** Needs (service orders) it answers, and resources (资源清单) it uses. */
  needIds: z.array(Id).max(50).default([]),
  resourceIds: z.array(Id).max(50).default([]),
  /** Left out: the project is open for a unit or team to claim (按需认领). */
  owner: z.strictObject({ kind: z.enum(['unit', 'team']), id: Id }).optional(),
});
export type ProjectInput = z.infer<typeof ProjectInput>;
export const ProjectProgressInput = z.strictObject({ status: z.enum(['active', 'done', 'cancelled']), outcome: z.string().trim().max(2000).default('') });

export const ProjectDto = z.object({
  id: z.number().int(),
  place: z.object({ id: z.number().int(), name: z.string() }),
  title: z.string(),
  plan: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(PROJECT_STATUSES),
  outcome: z.string(),
  owner: z.object({ kind: z.enum(['unit', 'team']), id: z.number().int(), name: z.string() }).nullable(),
  needs: z.array(z.object({ id: z.number().int(), category: z.enum(ORDER_CATEGORIES), description: z.string() })),
  resources: z.array(z.object({ id: z.number().int(), description: z.string() })),
  createdAt: z.string(),
});
export type ProjectDto = z.infer<typeof ProjectDto>;
export const ListProjectsQuery = PageQuery.extend({
  placeId: Id.optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ListProjectsQuery = z.infer<typeof ListProjectsQuery>;

/** Each unit commits at least one co-building project a year: who has, who has not. */
export const CommitmentDto = z.object({ organization: z.object({ id: z.number().int(), name: z.string() }), projects: z.number().int() });
export type CommitmentDto = z.infer<typeof CommitmentDto>;

// 需求清单: a community publishes its open needs monthly; its registered units and members are told.
export const NeedListQuery = z.strictObject({ placeId: Id, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });
export const NeedListDto = z.object({
  place: z.object({ id: z.number().int(), name: z.string() }),
  month: z.string(),
  publishedAt: z.string().nullable(),
  needs: z.array(
    z.object({
      id: z.number().int(),
      category: z.enum(ORDER_CATEGORIES),
      description: z.string(),
      area: z.string(),
      status: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export type NeedListDto = z.infer<typeof NeedListDto>;
