import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorDto, IdParams, Page } from '#contracts/common.js';
import { z } from 'zod';
import {
  ApplyBalanceInput,
  ApplyInput,
  AssignmentDto,
  BalanceDto,
  BalanceQuery,
  CommunityCardDto,
  CoverageQuery,
  CoverageRowDto,
  HalfYearQuery,
  HalfYearReportDto,
  MyRegistrationDto,
  RemindInput,
  RemindResultDto,
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
import { readUpload, sendStoredFile } from '../../platform/files.js';
import { sendXlsx } from '../../platform/http.js';
import { assignUnit, balance, listAssignments } from './balancing.js';
import { exportCoverage, exportMemberLedger, exportUnitLedger, exportUnregistered } from './exports.js';
import { halfYearReport } from './report.js';
import {
  apply,
  communityCard,
  decideMemberRegistration,
  myRegistrations,
  posterCommunity,
  identify,
  listMemberRegistrations,
  submitMemberRegistration,
  ticketHouseholds,
} from './members.js';
import { coverage, remindUnregistered, unregisteredMembers } from './coverage.js';
import { agreementScanOf, attachAgreementScan, decideUnitRegistration, listUnitRegistrations, submitUnitRegistration } from './units.js';

const tags = ['registration'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };
const { page: _page, pageSize: _pageSize, ...memberLedgerFilters } = ListMemberRegistrationsQuery.shape;
const { page: _p, pageSize: _s, ...unitLedgerFilters } = ListUnitRegistrationsQuery.shape;
const xlsx = { produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] };

// 双报到 routes: 组织报到, 个人报到 review, 报到台账, 精准报到.
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

    app.get(
      '/units/export',
      { schema: { tags, summary: '导出单位报到台账 Export the unit registration ledger', querystring: z.strictObject(unitLedgerFilters), ...xlsx } },
      async (req, reply) => {
        const { file, name } = await exportUnitLedger(deps, as(registrationPolicy.read)(req), req.query);
        return sendXlsx(reply, file, name);
      },
    );
    app.post(
      '/units/:id/agreement',
      {
        schema: {
          tags,
          summary: '上传共建协议扫描件 Upload the agreement scan (multipart field "file": PDF, JPG or PNG, ≤ 5 MB)',
          params: IdParams,
          consumes: ['multipart/form-data'],
          response: { 200: UnitRegistrationDto, 413: ErrorDto, 415: ErrorDto, ...errors },
        },
      },
      async (req) => {
        const caller = as(registrationPolicy.submitUnit)(req);
        return attachAgreementScan(deps, caller, req.params.id, () => readUpload(req));
      },
    );
    app.get('/units/:id/agreement', { schema: { tags, summary: '查看共建协议扫描件 The agreement scan', params: IdParams } }, async (req, reply) =>
      sendStoredFile(deps.db, reply, await agreementScanOf(deps, as(registrationPolicy.read)(req), req.params.id)),
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
    app.get(
      '/coverage',
      { schema: { tags, summary: '报到覆盖 Coverage by community', querystring: CoverageQuery, response: { 200: z.array(CoverageRowDto), ...errors } } },
      async (req) => coverage(deps, as(registrationPolicy.decide)(req), req.query.placeId),
    );
    app.get('/coverage/export', { schema: { tags, summary: '导出报到覆盖 Export coverage', querystring: CoverageQuery, ...xlsx } }, async (req, reply) => {
      const { file, name } = await exportCoverage(deps, as(registrationPolicy.decide)(req), req.query.placeId);
      return sendXlsx(reply, file, name);
    });
    app.get(
      '/unregistered',
      { schema: { tags, summary: '漏报 The unit’s members not yet registered', response: { 200: z.array(UnregisteredMemberDto), ...errors } } },
      async (req) => unregisteredMembers(deps, as(registrationPolicy.submitUnit)(req)),
    );
    app.get('/unregistered/export', { schema: { tags, summary: '导出未报到党员名单 Export the 漏报 list', ...xlsx } }, async (req, reply) => {
      const { file, name } = await exportUnregistered(deps, as(registrationPolicy.submitUnit)(req));
      return sendXlsx(reply, file, name);
    });
    app.post(
      '/unregistered/remind',
      { schema: { tags, summary: '提醒报到 Remind members to register', body: RemindInput, response: { 200: RemindResultDto, ...errors } } },
      async (req) => remindUnregistered(deps, as(registrationPolicy.submitUnit)(req), req.body),
    );

    // 扎堆 → 精准报到
    app.get(
      '/balance',
      { schema: { tags, summary: '精准报到 Load by community and suggestions per unit', querystring: BalanceQuery, response: { 200: BalanceDto, ...errors } } },
      async (req) => balance(deps, as(registrationPolicy.balance)(req), req.query),
    );
    app.post(
      '/balance/apply',
      { schema: { tags, summary: '安排报到 Assign a unit to a community', body: ApplyBalanceInput, response: { 200: AssignmentDto, ...errors } } },
      async (req) => assignUnit(deps, as(registrationPolicy.balance)(req), req.body),
    );
    app.get(
      '/assignments',
      { schema: { tags, summary: '报到安排 Communities units were asked to register at', response: { 200: z.array(AssignmentDto), ...errors } } },
      async (req) => listAssignments(deps, as(registrationPolicy.read)(req)),
    );

    // The member's own, and the half-year report for their branch.
    app.get('/mine', { schema: { tags, summary: '我的报到 My registrations', response: { 200: z.array(MyRegistrationDto), ...errors } } }, async (req) =>
      myRegistrations(deps, as(registrationPolicy.own)(req)),
    );
    app.get(
      '/report/:id',
      {
        schema: {
          tags,
          summary: '党员半年报告 A member’s half-year report',
          params: IdParams,
          querystring: HalfYearQuery,
          response: { 200: HalfYearReportDto, ...errors },
        },
      },
      async (req) => halfYearReport(deps, as(registrationPolicy.report)(req), req.params.id, req.query),
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
      async (req) => listMemberRegistrations(deps, as(registrationPolicy.readLedger)(req), req.query),
    );
    app.get(
      '/members/export',
      { schema: { tags, summary: '导出党员报到台账 Export the member registration ledger', querystring: z.strictObject(memberLedgerFilters), ...xlsx } },
      async (req, reply) => {
        const { file, name } = await exportMemberLedger(deps, as(registrationPolicy.readLedger)(req), req.query);
        return sendXlsx(reply, file, name);
      },
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
    app.post(
      '/registrations/apply',
      {
        schema: { tags, summary: '申请报到（名册外） Apply when not on the roster', body: ApplyInput, response: { 200: TicketDto, ...errors } },
        config: { rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: 60_000 } },
      },
      async (req) => apply(deps, req.body),
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
