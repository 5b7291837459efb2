import { z } from 'zod';
import { Id, PageQuery } from './common.js';

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'view', 'reveal', 'export', 'import', 'login', 'loginFailed', 'logout'] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
