import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, IdParams, Page } from '#contracts/common.js';
import { EndGridRoleInput, GridOverviewDto, GridRoleDto, GridRoleInput, ListGridRolesQuery } from '#contracts/grid.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { gridOverview } from './overview.js';
import { gridPolicy } from './policy.js';
import { appoint, endRole, listRoles, myRoles } from './roles.js';

const tags = ['grid'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };

// 网格: roles (支部书记、党小组长、党员中心户、楼栋长) and the grid page.
export const gridRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
    app.get(
      '/grid-roles',
      { schema: { tags, summary: '网格角色 Grid roles', querystring: ListGridRolesQuery, response: { 200: Page(GridRoleDto), ...errors } } },
      async (req) => listRoles(deps, as(gridPolicy.read)(req), req.query),
    );
    app.post(
      '/grid-roles',
      { schema: { tags, summary: '任命 Appoint to a grid role', body: GridRoleInput, response: { 201: GridRoleDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await appoint(deps, as(gridPolicy.manage)(req), req.body)),
    );
    app.post(
      '/grid-roles/:id/end',
      { schema: { tags, summary: '卸任 End an appointment', params: IdParams, body: EndGridRoleInput, response: { 200: GridRoleDto, ...errors } } },
      async (req) => endRole(deps, as(gridPolicy.manage)(req), req.params.id, req.body.reason),
    );
    app.get('/grid-roles/mine', { schema: { tags, summary: '我的网格职务 My grid roles', response: { 200: z.array(GridRoleDto), ...errors } } }, async (req) =>
      myRoles(deps, as(gridPolicy.mine)(req)),
    );
    app.get(
      '/grids/:id',
      { schema: { tags, summary: '网格页 A grid or compound at a glance', params: IdParams, response: { 200: GridOverviewDto, ...errors } } },
      async (req) => gridOverview(deps, as(gridPolicy.read)(req), req.params.id),
    );
  };
