import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, IdParams } from '#contracts/common.js';
import { ImportJobDto, ImportKind } from '#contracts/imports.js';
import { IMPORT_KIND_LABELS, type ImportKind as Kind } from '#contracts/labels.js';
import { ListHouseholdsQuery, ListMembersQuery, ListOrganizationsQuery, ListResidentsQuery } from '#contracts/people.js';
import type { FastifyRequest } from 'fastify';
import { authorize, requireCaller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { sendXlsx } from '../../platform/http.js';
import { writeExport, writeTemplate } from '../../platform/excel/index.js';
import { exportLedger } from './exports.js';
import { ledgerPolicy } from './policy.js';
import { getJob, startImport } from './service.js';
import { SHEETS } from './specs.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const UPLOAD_LIMIT_MB = 20;
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 413: ErrorDto };
const tags = ['ledgers'];

// 台账: templates, imports with progress and a row-by-row report, and exports of any list as filtered.
export const ledgerRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.addContentTypeParser([XLSX, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT_MB * 1024 * 1024 }, (_req, body, done) =>
      done(null, body),
    );
    const caller = (req: FastifyRequest, kind: Kind, write: boolean) => {
      const c = requireCaller(req);
      authorize(ledgerPolicy(c.role, kind, write));
      return c;
    };

    app.get(
      '/imports/:kind/template',
      { schema: { tags, summary: '下载台账模板 Download a ledger template', params: z.strictObject({ kind: ImportKind }) } },
      async (req, reply) => {
        caller(req, req.params.kind, false);
        const spec = SHEETS[req.params.kind];
        return sendXlsx(reply, await writeTemplate(spec), `${IMPORT_KIND_LABELS[req.params.kind]['zh-CN']}台账模板.xlsx`);
      },
    );

    app.post(
      '/imports/:kind',
      {
        bodyLimit: UPLOAD_LIMIT_MB * 1024 * 1024,
        schema: {
          tags,
          summary: '导入台账（.xlsx 原文作为请求体） Import a ledger (raw .xlsx body)',
          params: z.strictObject({ kind: ImportKind }),
          headers: z.object({ 'x-file-name': z.string().max(400).optional() }),
          response: { 202: ImportJobDto, ...errors },
        },
      },
      async (req, reply) => {
        const c = caller(req, req.params.kind, true);
        const file = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const fileName = safeName(req.headers['x-file-name']);
        return reply.code(202).send(await startImport(deps, c, req.params.kind, fileName, file));
      },
    );

    app.get(
      '/imports/jobs/:id',
      { schema: { tags, summary: '导入进度 Import progress', params: IdParams, response: { 200: ImportJobDto, ...errors } } },
      async (req) => getJob(deps, requireCaller(req), req.params.id),
    );

    app.get('/imports/jobs/:id/problems.xlsx', { schema: { tags, summary: '错误报告 Error report', params: IdParams } }, async (req, reply) => {
      const c = requireCaller(req);
      const job = await getJob(deps, c, req.params.id);
      const file = await writeExport({
        title: `导入错误报告：${job.fileName}`,
        stamp: { by: c.displayName, at: deps.clock() },
        columns: [{ header: '行号' }, { header: '列' }, { header: '原因' }, { header: 'Reason' }],
        rows: job.problems.map((p) => [p.row, p.column, p.messages['zh-CN'], p.messages.en]),
      });
      return sendXlsx(reply, file, `导入错误报告-${job.id}.xlsx`);
    });

    const exportRoute = <Q extends z.ZodType>(kind: Kind, querystring: Q, toExport: (q: z.output<Q>) => Parameters<typeof exportLedger>[2]) =>
      app.get(`/${kind}/export`, { schema: { tags, summary: `导出 Export ${kind}`, querystring } }, async (req, reply) => {
        const c = caller(req, kind, false);
        const { file, name } = await exportLedger(deps, c, toExport(querystring.parse(req.query)));
        return sendXlsx(reply, file, name);
      });
    exportRoute('organizations', ListOrganizationsQuery, (query) => ({ kind: 'organizations', query }));
    exportRoute('members', ListMembersQuery, (query) => ({ kind: 'members', query }));
    exportRoute('households', ListHouseholdsQuery, (query) => ({ kind: 'households', query }));
    exportRoute('residents', ListResidentsQuery, (query) => ({ kind: 'residents', query }));
  };

/** The uploaded file's name, for the job and its report: decoded, path-free, bounded. */
function safeName(header: string | undefined): string {
  let name = header ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it as sent
  }
  return name.replace(/^.*[\\/]/, '').slice(0, 120) || 'upload.xlsx';
}
