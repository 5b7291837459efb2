import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorDto, Page } from '#contracts/common.js';
import { ListResourcesQuery, ResourceDto } from '#contracts/resources.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { resourcePolicy } from './policy.js';
import { listResources } from './service.js';

// 资源清单
export const resourceRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['resources'],
          summary: '资源清单 Resource list',
          querystring: ListResourcesQuery,
          response: { 200: Page(ResourceDto), 400: ErrorDto, 403: ErrorDto, 404: ErrorDto },
        },
      },
      async (req) => listResources(deps, requireRole(resourcePolicy.read)(req), req.query),
    );
  };
