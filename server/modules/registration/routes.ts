import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorDto, IdParams, Page } from '#contracts/common.js';
import { z } from 'zod';
import {
  CommunityCardDto,
  CoverageRowDto,
  UnregisteredMemberDto,
  IdentifyInput,
  ListMemberRegistrationsQuery,
  ListUnitRegistrationsQuery,
  MemberRegistrationDto,
  MemberRegistrationInput,
  ReturnRegistrationInput,
  TicketDto,
  TicketHouseholdsQuery,
  UnitRegistrationDto,
  UnitRegistrationInput,
} from '#contracts/registration.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { registrationPolicy } from './policy.js';
import QRCode from 'qrcode';
import {
  communityCard,
  decideMemberRegistration,
  posterCommunity,
  identify,
  listMemberRegistrations,
  submitMemberRegistration,
  ticketHouseholds,
} from './members.js';
import { coverage, unregisteredMembers } from './coverage.js';
import { decideUnitRegistration, listUnitRegistrations, submitUnitRegistration } from './units.js';

const tags = ['registration'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };

// 双报到 — 组织报到 routes.
export const registrationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
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

    // The QR code on a community's poster: it opens the phone registration page.
    app.get(
      '/poster/:id/qr.svg',
      { schema: { tags, summary: '报到二维码 The QR code for a community poster (SVG)', params: IdParams } },
      async (req, reply) => {
        const caller = as(registrationPolicy.decide)(req);
        const card = await posterCommunity(deps, caller, req.params.id);
        const url = `${req.protocol}://${req.host}/m/register/${card.id}`;
        return reply
          .type('image/svg+xml')
          .header('cache-control', 'no-store')
          .send(await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }));
      },
    );

    // 报到台账
    app.get('/coverage', { schema: { tags, summary: '报到覆盖 Coverage by community', response: { 200: z.array(CoverageRowDto), ...errors } } }, async (req) =>
      coverage(deps, as(registrationPolicy.decide)(req)),
    );
    app.get(
      '/unregistered',
      { schema: { tags, summary: '漏报 The unit’s members not yet registered', response: { 200: z.array(UnregisteredMemberDto), ...errors } } },
      async (req) => unregisteredMembers(deps, as(registrationPolicy.submitUnit)(req)),
    );

    // 个人报到, reviewed in the console.
    app.get(
      '/members',
      {
        schema: {
          tags,
          summary: '党员报到列表 Member registrations',
          querystring: ListMemberRegistrationsQuery,
          response: { 200: Page(MemberRegistrationDto), ...errors },
        },
      },
      async (req) => listMemberRegistrations(deps, as(registrationPolicy.decide)(req), req.query),
    );
    app.post(
      '/members/:id/approve',
      { schema: { tags, summary: '通过 Approve', params: IdParams, response: { 200: MemberRegistrationDto, ...errors } } },
      async (req) => decideMemberRegistration(deps, as(registrationPolicy.decide)(req), req.params.id, { approve: true }),
    );
    app.post(
      '/members/:id/return',
      {
        schema: {
          tags,
          summary: '退回 Return with a reason',
          params: IdParams,
          body: ReturnRegistrationInput,
          response: { 200: MemberRegistrationDto, ...errors },
        },
      },
      async (req) => decideMemberRegistration(deps, as(registrationPolicy.decide)(req), req.params.id, { approve: false, reason: req.body.reason }),
    );
  };

/** The QR poster's phone page: no login; identity is the roster check, rate-limited against guessing. */
export const publicRegistrationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registration (public)'];
    app.get(
      '/communities/:id',
      { schema: { tags, summary: '扫码报到：社区 The community of a QR code', params: IdParams, response: { 200: CommunityCardDto, ...errors } } },
      async (req) => communityCard(deps, req.params.id),
    );
    app.post(
      '/registrations/identify',
      {
        schema: { tags, summary: '核验身份 Verify identity against the roster', body: IdentifyInput, response: { 200: TicketDto, ...errors } },
        config: { rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: 60_000 } },
      },
      async (req) => identify(deps, req.body),
    );
    app.get(
      '/registrations/households',
      {
        schema: {
          tags,
          summary: '选择居住户 Households to choose from',
          querystring: TicketHouseholdsQuery,
          response: { 200: z.array(z.object({ id: z.number().int(), address: z.string() })), ...errors },
        },
      },
      async (req) => ticketHouseholds(deps, req.query.ticket, req.query.q),
    );
    app.post(
      '/registrations/members',
      {
        schema: {
          tags,
          summary: '提交个人报到 Submit a member registration',
          body: MemberRegistrationInput,
          response: { 201: MemberRegistrationDto, ...errors },
        },
      },
      async (req, reply) => reply.code(201).send(await submitMemberRegistration(deps, req.body)),
    );
  };
