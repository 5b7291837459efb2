import { z } from 'zod';
import { Id, PageQuery } from './common.js';
import { AUDIT_ACTIONS, type AuditAction } from './labels.js';

export { AUDIT_ACTIONS, type AuditAction };

export const ListAuditQuery = PageQuery.extend({
  q: z.string().trim().max(50).default(''),
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorId: Id.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type ListAuditQuery = z.infer<typeof ListAuditQuery>;

export const AuditDto = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
  ip: z.string().nullable(),
});
export type AuditDto = z.infer<typeof AuditDto>;
