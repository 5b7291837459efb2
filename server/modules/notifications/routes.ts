import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, IdParams } from '#contracts/common.js';
import { ListNotificationsQuery, NotificationDto, NotificationPageDto } from '#contracts/notifications.js';
import { requireCaller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { listNotifications, markAllRead, markRead } from './service.js';

const tags = ['notifications'];

// 站内信: every account reads its own inbox; nothing else is reachable here.
export const notificationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      { schema: { tags, summary: '站内信 Notifications', querystring: ListNotificationsQuery, response: { 200: NotificationPageDto } } },
      async (req) => listNotifications(deps, requireCaller(req), req.query),
    );
    app.post(
      '/:id/read',
      { schema: { tags, summary: '标为已读 Mark read', params: IdParams, response: { 200: NotificationDto, 404: ErrorDto } } },
      async (req) => markRead(deps, requireCaller(req), req.params.id),
    );
    app.post('/read-all', { schema: { tags, summary: '全部已读 Mark all read', response: { 200: z.object({ updated: z.number().int() }) } } }, async (req) =>
      markAllRead(deps, requireCaller(req)),
    );
  };
