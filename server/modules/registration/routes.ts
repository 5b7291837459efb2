import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorDto, IdParams, Page } from '#contracts/common.js';
import { ListUnitRegistrationsQuery, ReturnRegistrationInput, UnitRegistrationDto, UnitRegistrationInput } from '#contracts/registration.js';
import type { FastifyRequest } from 'fastify';
import type { Role } from '#contracts/labels.js';
import { authorize, requireCaller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { registrationPolicy } from './policy.js';
import { decideUnitRegistration, listUnitRegistrations, submitUnitRegistration } from './units.js';

const tags = ['registration'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };

// 双报到 — 组织报到 routes.
export const registrationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = (rule: (role: Role) => boolean) => (req: FastifyRequest) => {
      const caller = requireCaller(req);
      authorize(rule(caller.role));
      return caller;
    };
    app.get(
      '/units',
      {
        schema: {
          tags,
          summary: '单位报到列表 Unit registrations',
          querystring: ListUnitRegistrationsQuery,
          response: { 200: Page(UnitRegistrationDto), ...errors },
        },
      },
      async (req) => listUnitRegistrations(deps, as(registrationPolicy.read)(req), req.query),
    );
    app.post(
      '/units',
      {
        schema: { tags, summary: '单位报到 Register the unit at a community', body: UnitRegistrationInput, response: { 201: UnitRegistrationDto, ...errors } },
      },
      async (req, reply) => reply.code(201).send(await submitUnitRegistration(deps, as(registrationPolicy.submitUnit)(req), req.body)),
    );
    app.post(
      '/units/:id/confirm',
      { schema: { tags, summary: '确认报到 Confirm', params: IdParams, response: { 200: UnitRegistrationDto, ...errors } } },
      async (req) => decideUnitRegistration(deps, as(registrationPolicy.decide)(req), req.params.id, { confirm: true }),
    );
    app.post(
      '/units/:id/return',
      {
        schema: {
          tags,
          summary: '退回报到 Return with a reason',
          params: IdParams,
          body: ReturnRegistrationInput,
          response: { 200: UnitRegistrationDto, ...errors },
        },
      },
      async (req) => decideUnitRegistration(deps, as(registrationPolicy.decide)(req), req.params.id, { confirm: false, reason: req.body.reason }),
    );
  };
