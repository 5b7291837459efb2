import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, IdParams } from '#contracts/common.js';
import {
  AnswerInput,
  AssignMembersInput,
  EmergencyDto,
  EndEmergencyInput,
  ListEmergenciesQuery,
  LogInput,
  MyCallDto,
  RollCallDto,
  StartEmergencyInput,
} from '#contracts/emergency.js';
import type { Role } from '#contracts/labels.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError } from '../../platform/errors.js';
import { addLog, answer, assign, endEmergency, getEmergency, listEmergencies, myCalls, rollCall, startEmergency } from './emergencies.js';

const tags = ['emergency'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };
const may = {
  /** The org department or a street switches places into emergency mode. */
  start: (role: Role) => role === 'orgAdmin' || role === 'streetAdmin',
  command: (role: Role) => role === 'orgAdmin' || role === 'streetAdmin' || role === 'communityAdmin' || role === 'gridWorker',
  answer: (role: Role) => role === 'member',
};

// 应急动员
export const emergencyRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
    app.post(
      '/emergencies',
      { schema: { tags, summary: '一键切换 Switch places into emergency mode', body: StartEmergencyInput, response: { 201: EmergencyDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await startEmergency(deps, as(may.start)(req), req.body)),
    );
    app.get(
      '/emergencies',
      { schema: { tags, summary: '应急动员 Emergencies', querystring: ListEmergenciesQuery, response: { 200: z.array(EmergencyDto), ...errors } } },
      async (req) => listEmergencies(deps, as(may.command)(req), req.query.active),
    );
    app.get('/emergencies/mine', { schema: { tags, summary: '我的应急召集 Calls to me', response: { 200: z.array(MyCallDto), ...errors } } }, async (req) => {
      const caller = as(may.answer)(req);
      if (!caller.memberId) throw new DomainError(403, 'registration.notMemberAccount');
      return myCalls(deps.db, caller.memberId);
    });
    app.get(
      '/emergencies/:id',
      { schema: { tags, summary: '应急动员 An emergency', params: IdParams, response: { 200: EmergencyDto, ...errors } } },
      async (req) => getEmergency(deps, as(may.command)(req), req.params.id),
    );
    app.get(
      '/emergencies/:id/roll-call',
      { schema: { tags, summary: '点名 Roll call by grid', params: IdParams, response: { 200: RollCallDto, ...errors } } },
      async (req) => rollCall(deps, as(may.command)(req), req.params.id),
    );
    app.post(
      '/emergencies/:id/answer',
      { schema: { tags, summary: '回复 Answer the call', params: IdParams, body: AnswerInput, response: { 200: z.array(MyCallDto), ...errors } } },
      async (req) => answer(deps, as(may.answer)(req), req.params.id, req.body),
    );
    app.post(
      '/emergencies/:id/assign',
      { schema: { tags, summary: '分派 Give members a task', params: IdParams, body: AssignMembersInput, response: { 200: RollCallDto, ...errors } } },
      async (req) => assign(deps, as(may.command)(req), req.params.id, req.body),
    );
    app.post(
      '/emergencies/:id/log',
      { schema: { tags, summary: '处置记录 Record what was done', params: IdParams, body: LogInput, response: { 200: RollCallDto, ...errors } } },
      async (req) => addLog(deps, as(may.command)(req), req.params.id, req.body.text),
    );
    app.post(
      '/emergencies/:id/end',
      { schema: { tags, summary: '切回常态 Close the emergency', params: IdParams, body: EndEmergencyInput, response: { 200: EmergencyDto, ...errors } } },
      async (req) => endEmergency(deps, as(may.start)(req), req.params.id, req.body.summary),
    );
  };
