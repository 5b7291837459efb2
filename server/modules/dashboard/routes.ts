import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorDto } from '#contracts/common.js';
import { DashboardDto, DashboardQuery, ReportDto, ReportQuery, UnitDashboardDto, UnitDashboardQuery } from '#contracts/dashboard.js';
import type { Role } from '#contracts/labels.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { sendXlsx } from '../../platform/http.js';
import { dashboard, exportChildren } from './overview.js';
import { exportReport, report } from './reports.js';
import { unitDashboard } from './unit.js';

const tags = ['dashboard'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto };
const may = (role: Role) => role === 'orgAdmin' || role === 'streetAdmin' || role === 'communityAdmin';

// 数据看板
export const dashboardRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/dashboard',
      {
        schema: {
          tags,
          summary: '数据看板 The overview of a county, street or community',
          querystring: DashboardQuery,
          response: { 200: DashboardDto, ...errors },
        },
      },
      async (req) => dashboard(deps, requireRole(may)(req), req.query),
    );
    app.get(
      '/dashboard/export',
      {
        schema: {
          tags,
          summary: '导出下级对比 Export the places below',
          querystring: DashboardQuery,
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        },
      },
      async (req, reply) => {
        const { file, name } = await exportChildren(deps, requireRole(may)(req), req.query);
        return sendXlsx(reply, file, name);
      },
    );
    app.get(
      '/dashboard/unit',
      { schema: { tags, summary: '单位看板 A unit’s overview', querystring: UnitDashboardQuery, response: { 200: UnitDashboardDto, ...errors } } },
      async (req) => unitDashboard(deps, requireRole((role) => may(role) || role === 'unitSecretary')(req), req.query),
    );
    app.get(
      '/reports',
      { schema: { tags, summary: '月报年报 A month’s or year’s report', querystring: ReportQuery, response: { 200: ReportDto, ...errors } } },
      async (req) => report(deps, requireRole(may)(req), req.query),
    );
    app.get(
      '/reports/export',
      {
        schema: {
          tags,
          summary: '导出报表 Export the report',
          querystring: ReportQuery,
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        },
      },
      async (req, reply) => {
        const { file, name } = await exportReport(deps, requireRole(may)(req), req.query);
        return sendXlsx(reply, file, name);
      },
    );
  };
