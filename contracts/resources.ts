import { z } from 'zod';
import { Id, PageQuery } from './common.js';
import { RESOURCE_KINDS } from './labels.js';

// 资源清单: what units and members offer a community; 双服务 matches needs against it.
export const RESOURCE_OWNERS = ['unit', 'member'] as const;

export const ResourceDto = z.object({
  id: z.number().int(),
  kind: z.enum(RESOURCE_KINDS),
  description: z.string(),
  owner: z.object({ kind: z.enum(RESOURCE_OWNERS), id: z.number().int(), name: z.string() }),
  place: z.object({ id: z.number().int(), name: z.string() }),
  /** Where it came from, e.g. a confirmed unit registration. */
  source: z.enum(['unitRegistration', 'memberRegistration']),
  createdAt: z.string(),
});
export type ResourceDto = z.infer<typeof ResourceDto>;

export const ListResourcesQuery = PageQuery.extend({
  kind: z.enum(RESOURCE_KINDS).optional(),
  owner: z.enum(RESOURCE_OWNERS).optional(),
  placeId: Id.optional(),
  q: z.string().trim().max(50).default(''),
});
export type ListResourcesQuery = z.infer<typeof ListResourcesQuery>;
