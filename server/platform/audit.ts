import type { Conn } from '../db/client.js';
import { auditLog } from '../db/schema/index.js';
import type { Caller } from './caller.js';

import type { AuditAction } from '#contracts/audit.js';

export type AuditEntry = {
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  summary: string;
  detail?: Record<string, unknown>;
};

type Actor = Pick<Caller, 'accountId' | 'displayName' | 'countyCode' | 'ip'>;

/** Written in the caller's transaction, so an audited change and its record land together. */
export async function audit(conn: Conn, actor: Actor, entry: AuditEntry): Promise<void> {
  await conn.insert(auditLog).values({
    countyCode: actor.countyCode,
    actorId: actor.accountId || null,
    actorName: actor.displayName,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    summary: entry.summary,
    detail: entry.detail ?? null,
    ip: actor.ip || null,
  });
}
