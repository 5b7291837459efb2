import { and, count, desc, eq, gte, ilike, lte, or, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditDto, ListAuditQuery } from '#contracts/audit.js';
import { ErrorDto, Page } from '#contracts/common.js';
import { auditLog } from '../../db/schema/index.js';
import { authorize, requireCaller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';

// 审计日志: the org department reads it; nobody writes it but the platform's audit().
export const auditRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      { schema: { tags: ['audit'], summary: '审计日志 Audit log', querystring: ListAuditQuery, response: { 200: Page(AuditDto), 403: ErrorDto } } },
      async (req) => {
        const caller = requireCaller(req);
        authorize(caller.role === 'orgAdmin');
        const q = req.query;
        const where: (SQL | undefined)[] = [eq(auditLog.countyCode, caller.countyCode)];
        if (q.action) where.push(eq(auditLog.action, q.action));
        if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
        if (q.from) where.push(gte(auditLog.at, new Date(q.from)));
        if (q.to) where.push(lte(auditLog.at, new Date(q.to)));
        if (q.q) {
          const text = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
          where.push(or(ilike(auditLog.actorName, text), ilike(auditLog.summary, text), eq(auditLog.entityId, q.q)));
        }
        const filter = and(...where);
        const [total] = await db.select({ n: count() }).from(auditLog).where(filter);
        const rows = await db
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
      },
    );
  };
