import { and, count, desc, eq, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import type { AuditDto, ListAuditQuery } from '#contracts/audit.js';
import type { Page } from '#contracts/common.js';
import { auditLog } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { containing } from '../../platform/scope.js';
import { beijingTime, writeExport } from '../../platform/excel/index.js';

function filterOf(caller: Caller, q: ListAuditQuery): SQL | undefined {
  const where: (SQL | undefined)[] = [eq(auditLog.countyCode, caller.countyCode)];
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
  if (q.from) where.push(gte(auditLog.at, new Date(q.from)));
  if (q.to) where.push(lte(auditLog.at, new Date(q.to)));
  if (q.q) {
    const text = containing(q.q);
    where.push(or(ilike(auditLog.actorName, text), ilike(auditLog.summary, text), eq(auditLog.entityId, q.q)));
  }
  return and(...where);
}

export async function listAudit(deps: AppDeps, caller: Caller, q: ListAuditQuery): Promise<Page<AuditDto>> {
  const filter = filterOf(caller, q);
  const [total] = await deps.db.select({ n: count() }).from(auditLog).where(filter);
  const rows = await deps.db
    .select()
    .from(auditLog)
    .where(filter)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      summary: r.summary,
      ip: r.ip,
    })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The audit log as filtered; exporting it is itself audited. */
export async function exportAudit(deps: AppDeps, caller: Caller, q: ListAuditQuery): Promise<{ file: Buffer; name: string }> {
  const { items } = await listAudit(deps, caller, { ...q, page: 1, pageSize: 50_000 });
  const at = deps.clock();
  const file = await writeExport({
    title: '审计日志',
    stamp: { by: caller.displayName, at },
    columns: ['时间（北京时间）', '操作人', '操作', '对象', '对象编号', '摘要', 'IP 地址'].map((header) => ({ header })),
    rows: items.map((e) => [beijingTime(new Date(e.at)), e.actorName, e.action, e.entity, e.entityId, e.summary, e.ip]),
  });
  await audit(deps.db, caller, { action: 'export', entity: 'audit', summary: `导出审计日志 ${items.length} 条`, detail: { query: q } });
  return { file, name: `审计日志-${at.toISOString().slice(0, 10)}.xlsx` };
}
