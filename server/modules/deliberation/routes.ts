import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorDto, IdParams, Page } from '#contracts/common.js';
import {
  BoardDto,
  DeclineTopicInput,
  ListMeetingsQuery,
  ListTasksQuery,
  ListTopicsQuery,
  MeetingDto,
  MeetingInput,
  MeetingRecordInput,
  ScheduleDto,
  ScheduleInput,
  TaskDto,
  TaskUpdateInput,
  TopicDto,
  TopicInput,
} from '#contracts/deliberation.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { getMeeting, listMeetings, planMeeting, recordMeeting } from './meetings.js';
import { deliberationPolicy as may } from './policy.js';
import { scheduleOf, setSchedule } from './schedule.js';
import { board, listTasks, updateTask } from './tasks.js';
import { declineTopic, listTopics, proposeTopic } from './topics.js';

const tags = ['deliberation'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };

// 议事协商 and 联席会议: topics, meetings, their records and the tasks they set.
export const deliberationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
    app.post('/topics', { schema: { tags, summary: '提出议题 Raise a topic', body: TopicInput, response: { 201: TopicDto, ...errors } } }, async (req, reply) =>
      reply.code(201).send(await proposeTopic(deps, as(may.propose)(req), req.body)),
    );
    app.get('/topics', { schema: { tags, summary: '议题 Topics', querystring: ListTopicsQuery, response: { 200: Page(TopicDto), ...errors } } }, async (req) =>
      listTopics(deps, as(may.read)(req), req.query),
    );
    app.post(
      '/topics/:id/decline',
      { schema: { tags, summary: '不予采纳 Decline a topic', params: IdParams, body: DeclineTopicInput, response: { 200: TopicDto, ...errors } } },
      async (req) => declineTopic(deps, as(may.manage)(req), req.params.id, req.body.reason),
    );
    app.post(
      '/meetings',
      { schema: { tags, summary: '安排会议 Plan a meeting', body: MeetingInput, response: { 201: MeetingDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await planMeeting(deps, as(may.manage)(req), req.body)),
    );
    app.get(
      '/meetings',
      { schema: { tags, summary: '会议 Meetings', querystring: ListMeetingsQuery, response: { 200: Page(MeetingDto), ...errors } } },
      async (req) => listMeetings(deps, as(may.readMeetings)(req), req.query),
    );
    app.get('/meetings/:id', { schema: { tags, summary: '会议 A meeting', params: IdParams, response: { 200: MeetingDto, ...errors } } }, async (req) =>
      getMeeting(deps, as(may.readMeetings)(req), req.params.id),
    );
    app.post(
      '/meetings/:id/record',
      { schema: { tags, summary: '会议记录 Record a meeting', params: IdParams, body: MeetingRecordInput, response: { 200: MeetingDto, ...errors } } },
      async (req) => recordMeeting(deps, as(may.manage)(req), req.params.id, req.body),
    );
    app.get('/tasks', { schema: { tags, summary: '议定事项 Tasks', querystring: ListTasksQuery, response: { 200: Page(TaskDto), ...errors } } }, async (req) =>
      listTasks(deps, as(may.tasks)(req), req.query),
    );
    app.post(
      '/tasks/:id/progress',
      { schema: { tags, summary: '进度 Post progress', params: IdParams, body: TaskUpdateInput, response: { 200: TaskDto, ...errors } } },
      async (req) => updateTask(deps, as(may.tasks)(req), req.params.id, req.body),
    );
    app.get(
      '/deliberation/board/:id',
      { schema: { tags, summary: '公开栏 What was decided and how far it is', params: IdParams, response: { 200: BoardDto, ...errors } } },
      async (req) => board(deps, as(may.board)(req), req.params.id),
    );
    app.get(
      '/deliberation/schedule/:id',
      { schema: { tags, summary: '议事日 Meeting days', params: IdParams, response: { 200: ScheduleDto, ...errors } } },
      async (req) => scheduleOf(deps, as(may.readMeetings)(req), req.params.id),
    );
    app.put(
      '/deliberation/schedule/:id',
      { schema: { tags, summary: '设置议事日 Set meeting days', params: IdParams, body: ScheduleInput, response: { 200: ScheduleDto, ...errors } } },
      async (req) => setSchedule(deps, as(may.manage)(req), req.params.id, req.body.days),
    );
  };
