import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditDto, ListAuditQuery } from '#contracts/audit.js';
import { ErrorDto, Page } from '#contracts/common.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { sendXlsx } from '../../platform/http.js';
import { exportAudit, listAudit } from './service.js';

const tags = ['audit'];

// 审计日志: the org department reads it; nobody writes it but the platform's audit().
export const auditRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const orgAdmin = requireRole((role) => role === 'orgAdmin');
    app.get(
      '/',
      { schema: { tags, summary: '审计日志 Audit log', querystring: ListAuditQuery, response: { 200: Page(AuditDto), 403: ErrorDto } } },
      async (req) => listAudit(deps, orgAdmin(req), req.query),
    );
    app.get('/export', { schema: { tags, summary: '导出审计日志 Export the audit log (.xlsx)', querystring: ListAuditQuery } }, async (req, reply) => {
      const { file, name } = await exportAudit(deps, orgAdmin(req), req.query);
      return sendXlsx(reply, file, name);
    });
  };
