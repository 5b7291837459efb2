import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorDto, IdParams, Page } from '#contracts/common.js';
import type { Role } from '#contracts/labels.js';
import { AssignInput, CaseDto, CaseInput, FollowUpInput, ListCasesQuery, OutcomeInput, SessionInput } from '#contracts/mediation.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { addSession, assignMediators, followUp, getCase, listCases, openCase, recordOutcome } from './cases.js';

const tags = ['mediation'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };
const STAFF: readonly Role[] = ['gridWorker', 'communityAdmin', 'streetAdmin', 'orgAdmin'];
/** The community and its grid workers open and work cases; members work the cases they mediate. */
const may = {
  open: (role: Role) => role === 'gridWorker' || role === 'communityAdmin',
  read: (role: Role) => STAFF.includes(role) || role === 'member',
  work: (role: Role) => role === 'gridWorker' || role === 'communityAdmin' || role === 'member',
  assign: (role: Role) => role === 'communityAdmin',
};

// 矛盾纠纷调解
export const mediationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
    app.post(
      '/mediation/cases',
      { schema: { tags, summary: '受理 Open a case', body: CaseInput, response: { 201: CaseDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await openCase(deps, as(may.open)(req), req.body)),
    );
    app.get(
      '/mediation/cases',
      { schema: { tags, summary: '调解案件 Cases', querystring: ListCasesQuery, response: { 200: Page(CaseDto), ...errors } } },
      async (req) => listCases(deps, as(may.read)(req), req.query),
    );
    app.get('/mediation/cases/:id', { schema: { tags, summary: '调解案件 A case', params: IdParams, response: { 200: CaseDto, ...errors } } }, async (req) =>
      getCase(deps, as(may.read)(req), req.params.id),
    );
    app.post(
      '/mediation/cases/:id/mediators',
      { schema: { tags, summary: '指派调解员 Assign mediators', params: IdParams, body: AssignInput, response: { 200: CaseDto, ...errors } } },
      async (req) => assignMediators(deps, as(may.assign)(req), req.params.id, req.body.mediatorIds),
    );
    app.post(
      '/mediation/cases/:id/sessions',
      { schema: { tags, summary: '调解过程 Record a session', params: IdParams, body: SessionInput, response: { 200: CaseDto, ...errors } } },
      async (req) => addSession(deps, as(may.work)(req), req.params.id, req.body),
    );
    app.post(
      '/mediation/cases/:id/outcome',
      { schema: { tags, summary: '调解结果 Record the outcome', params: IdParams, body: OutcomeInput, response: { 200: CaseDto, ...errors } } },
      async (req) => recordOutcome(deps, as(may.work)(req), req.params.id, req.body),
    );
    app.post(
      '/mediation/cases/:id/follow-up',
      { schema: { tags, summary: '回访 Follow-up visit and satisfaction', params: IdParams, body: FollowUpInput, response: { 200: CaseDto, ...errors } } },
      async (req) => followUp(deps, as(may.work)(req), req.params.id, req.body),
    );
  };
