import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, IdParams, Page } from '#contracts/common.js';
import { CommitmentDto, ListProjectsQuery, NeedListDto, NeedListQuery, ProjectDto, ProjectInput, ProjectProgressInput } from '#contracts/projects.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { sendXlsx } from '../../platform/http.js';
import { exportProjects } from './exports.js';
import { projectPolicy } from './policy.js';
import { claimProject, commitments, createProject, listProjects, needList, progressProject, publishNeedList } from './projects.js';

const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };

// 三单: 需求清单 (published monthly) and 项目清单 (with the units' yearly commitment).
export const projectRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
    const tags = ['projects'];
    app.post(
      '/projects',
      { schema: { tags, summary: '立项 Create a project', body: ProjectInput, response: { 201: ProjectDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await createProject(deps, as(projectPolicy.manage)(req), req.body)),
    );
    app.get(
      '/projects',
      { schema: { tags, summary: '项目清单 Projects', querystring: ListProjectsQuery, response: { 200: Page(ProjectDto), ...errors } } },
      async (req) => listProjects(deps, as(projectPolicy.read)(req), req.query),
    );
    app.get(
      '/projects/export',
      {
        schema: {
          tags,
          summary: '导出项目清单 Export projects',
          querystring: ListProjectsQuery.omit({ page: true, pageSize: true }),
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        },
      },
      async (req, reply) => {
        const { file, name } = await exportProjects(deps, as(projectPolicy.read)(req), req.query);
        return sendXlsx(reply, file, name);
      },
    );
    app.post(
      '/projects/:id/claim',
      { schema: { tags, summary: '认领 Claim for the unit', params: IdParams, response: { 200: ProjectDto, ...errors } } },
      async (req) => claimProject(deps, as(projectPolicy.claim)(req), req.params.id),
    );
    app.post(
      '/projects/:id/progress',
      { schema: { tags, summary: '进展与成效 Progress and outcome', params: IdParams, body: ProjectProgressInput, response: { 200: ProjectDto, ...errors } } },
      async (req) => progressProject(deps, as(projectPolicy.progress)(req), req.params.id, req.body),
    );
    app.get(
      '/projects/commitments',
      {
        schema: {
          tags,
          summary: '单位年度共建项目 Each unit’s projects of a year',
          querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }),
          response: { 200: z.array(CommitmentDto), ...errors },
        },
      },
      async (req) => commitments(deps, as(projectPolicy.progress)(req), req.query.year),
    );
    app.get(
      '/needs/list',
      { schema: { tags, summary: '需求清单 A community’s needs of a month', querystring: NeedListQuery, response: { 200: NeedListDto, ...errors } } },
      async (req) => needList(deps, as(projectPolicy.manage)(req), req.query.placeId, req.query.month),
    );
    app.post(
      '/needs/list/publish',
      { schema: { tags, summary: '发布需求清单 Publish a month’s needs', body: NeedListQuery, response: { 200: NeedListDto, ...errors } } },
      async (req) => publishNeedList(deps, as(projectPolicy.manage)(req), req.body.placeId, req.body.month),
    );
  };
