import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActivityDto,
  ActivityInput,
  ActivityQrDto,
  AttendeeDto,
  CheckInput,
  CheckResultDto,
  ListActivitiesQuery,
  ListTeamsQuery,
  TeamDto,
  TeamInput,
  ThemeDto,
  ThemeInput,
} from '#contracts/activities.js';
import { ErrorDto, IdParams, Page } from '#contracts/common.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { sendXlsx } from '../../platform/http.js';
import { exportActivities, exportTeams } from './exports.js';
import { activityQr, attendees, check, createActivity, getActivity, listActivities, signUp } from './activities.js';
import { activityPolicy } from './policy.js';
import { createTeam, listTeams, setTheme, themesOf } from './teams.js';

const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };
const xlsx = { produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] };
const send = (reply: FastifyReply, f: { file: Buffer; name: string }) => sendXlsx(reply, f.file, f.name);

// 活动 (QR check-in), 志愿服务队, 一月一主题.
export const activityRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
    const tags = ['activities'];
    app.post(
      '/activities',
      { schema: { tags, summary: '发布活动 Create an activity', body: ActivityInput, response: { 201: ActivityDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await createActivity(deps, as(activityPolicy.organise)(req), req.body)),
    );
    app.get(
      '/activities',
      { schema: { tags, summary: '活动列表 Activities', querystring: ListActivitiesQuery, response: { 200: Page(ActivityDto), ...errors } } },
      async (req) => listActivities(deps, as(activityPolicy.read)(req), req.query),
    );
    app.get(
      '/activities/export',
      { schema: { tags, summary: '导出活动 Export activities', querystring: ListActivitiesQuery.omit({ page: true, pageSize: true }), ...xlsx } },
      async (req, reply) => send(reply, await exportActivities(deps, as(activityPolicy.read)(req), req.query)),
    );
    app.get('/activities/:id', { schema: { tags, summary: '活动 An activity', params: IdParams, response: { 200: ActivityDto, ...errors } } }, async (req) =>
      getActivity(deps, as(activityPolicy.read)(req), req.params.id),
    );
    app.post(
      '/activities/:id/signup',
      { schema: { tags, summary: '报名 Sign up', params: IdParams, response: { 200: ActivityDto, ...errors } } },
      async (req) => signUp(deps, as(activityPolicy.take)(req), req.params.id),
    );
    app.get(
      '/activities/:id/qr',
      { schema: { tags, summary: '签到码 The rotating check-in code (changes every 30 s)', params: IdParams, response: { 200: ActivityQrDto, ...errors } } },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return activityQr(deps, as(activityPolicy.organise)(req), req.params.id, `${req.protocol}://${req.host}`);
      },
    );
    app.post(
      '/activities/:id/check',
      { schema: { tags, summary: '签到/签退 Check in, then out', params: IdParams, body: CheckInput, response: { 200: CheckResultDto, ...errors } } },
      async (req) => check(deps, as(activityPolicy.take)(req), req.params.id, req.body.code),
    );
    app.get(
      '/activities/:id/attendees',
      { schema: { tags, summary: '报名与签到 Sign-ups and attendance', params: IdParams, response: { 200: z.array(AttendeeDto), ...errors } } },
      async (req) => attendees(deps, as(activityPolicy.organise)(req), req.params.id),
    );

    const teamTags = ['teams'];
    app.post(
      '/teams',
      { schema: { tags: teamTags, summary: '组建服务队 Create a volunteer team', body: TeamInput, response: { 201: TeamDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await createTeam(deps, as(activityPolicy.organise)(req), req.body)),
    );
    app.get(
      '/teams/export',
      { schema: { tags: teamTags, summary: '导出服务队 Export teams', querystring: ListTeamsQuery.omit({ page: true, pageSize: true }), ...xlsx } },
      async (req, reply) => send(reply, await exportTeams(deps, as(activityPolicy.organise)(req), req.query)),
    );
    app.get(
      '/teams',
      { schema: { tags: teamTags, summary: '服务队 Volunteer teams', querystring: ListTeamsQuery, response: { 200: Page(TeamDto), ...errors } } },
      async (req) => listTeams(deps, as(activityPolicy.organise)(req), req.query),
    );

    app.get(
      '/themes',
      {
        schema: {
          tags,
          summary: '一月一主题 Monthly themes of a year',
          querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }),
          response: { 200: z.array(ThemeDto), ...errors },
        },
      },
      async (req) => themesOf(deps, as(activityPolicy.read)(req), req.query.year),
    );
    app.put(
      '/themes',
      { schema: { tags, summary: '设置月度主题 Set a month’s theme', body: ThemeInput, response: { 200: ThemeDto, ...errors } } },
      async (req) => setTheme(deps, as(activityPolicy.setTheme)(req), req.body),
    );
  };
