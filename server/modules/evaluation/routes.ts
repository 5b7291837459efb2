import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, Id, IdParams, Ok, Page } from '#contracts/common.js';
import {
  AdjustGradeInput,
  AnswerAppealInput,
  AppealDto,
  AppealInput,
  CampaignDto,
  CampaignInput,
  ConsentInput,
  NoticeCommentInput,
  NoticeDto,
  NoticeQuery,
  QuarterlyRecordDto,
  QuarterQuery,
  ReviewInput,
  ReviewTargetDto,
  UnitEvaluationDto,
  FeedbackCardDto,
  FeedbackQuery,
  HonoursDto,
  ListAppealsQuery,
  ListEvaluationsQuery,
  MemberEvaluationDto,
  RunYearInput,
  YearParams,
  YearStatusDto,
} from '#contracts/evaluation.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { evaluationPolicy as may } from './policy.js';
import { sendXlsx } from '../../platform/http.js';
import { answerAppeal, appeal, listAppeals } from './appeals.js';
import { exportFeedback, feedbackCard, feedbackCards, honours, sendFeedback } from './feedback.js';
import { commentOnNotice, getConsent, hideComment, notice, setConsent } from './notices.js';
import { exportQuarterly, quarterlyRecord } from './quarterly.js';
import { campaign, openCampaign, review, reviewTargets } from './reviews.js';
import { adjustGrade, listEvaluations, listUnitEvaluations, lockYear, myEvaluation, runYear, yearStatus } from './year.js';

const tags = ['evaluation'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };
const MemberParams = YearParams.extend({ id: Id });
const XLSX = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

// 年度评价: run, read, adjust and lock a year.
export const evaluationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
    app.get(
      '/evaluations/:year',
      { schema: { tags, summary: '年度评价概况 A year at a glance', params: YearParams, response: { 200: YearStatusDto, ...errors } } },
      async (req) => yearStatus(deps, as(may.read)(req), req.params.year),
    );
    app.post(
      '/evaluations/:year/run',
      { schema: { tags, summary: '评定 Score and grade the year', params: YearParams, body: RunYearInput, response: { 200: YearStatusDto, ...errors } } },
      async (req) => runYear(deps, as(may.run)(req), req.params.year, req.body.weights, req.body.appealDays),
    );
    app.post(
      '/evaluations/:year/lock',
      { schema: { tags, summary: '审定锁定 Approve and lock the year', params: YearParams, response: { 200: YearStatusDto, ...errors } } },
      async (req) => lockYear(deps, as(may.run)(req), req.params.year),
    );
    app.get(
      '/evaluations/:year/members',
      {
        schema: {
          tags,
          summary: '党员评价结果 Members’ results',
          params: YearParams,
          querystring: ListEvaluationsQuery,
          response: { 200: Page(MemberEvaluationDto), ...errors },
        },
      },
      async (req) => listEvaluations(deps, as(may.read)(req), req.params.year, req.query),
    );
    app.get(
      '/evaluations/:year/me',
      { schema: { tags, summary: '我的年度评价 My result', params: YearParams, response: { 200: MemberEvaluationDto, ...errors } } },
      async (req) => myEvaluation(deps, as(may.mine)(req), req.params.year),
    );
    app.post(
      '/evaluations/:year/members/:id/adjust',
      { schema: { tags, summary: '调整等次 Adjust a grade', params: MemberParams, body: AdjustGradeInput, response: { 200: MemberEvaluationDto, ...errors } } },
      async (req) => adjustGrade(deps, as(may.adjust)(req), req.params.year, req.params.id, req.body),
    );

    app.post(
      '/evaluations/:year/appeal',
      { schema: { tags, summary: '申诉 Appeal my result', params: YearParams, body: AppealInput, response: { 201: AppealDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await appeal(deps, as(may.mine)(req), req.params.year, req.body.reason)),
    );
    app.get(
      '/evaluations/:year/appeals',
      { schema: { tags, summary: '申诉 Appeals', params: YearParams, querystring: ListAppealsQuery, response: { 200: Page(AppealDto), ...errors } } },
      async (req) => listAppeals(deps, as(may.adjust)(req), req.params.year, req.query),
    );
    app.post(
      '/evaluations/:year/appeals/:id/answer',
      { schema: { tags, summary: '答复申诉 Answer an appeal', params: MemberParams, body: AnswerAppealInput, response: { 200: AppealDto, ...errors } } },
      async (req) => answerAppeal(deps, as(may.adjust)(req), req.params.year, req.params.id, req.body),
    );
    app.get(
      '/evaluations/:year/honours',
      { schema: { tags, summary: '评优 Honours of the year', params: YearParams, response: { 200: HonoursDto, ...errors } } },
      async (req) => honours(deps, as(may.read)(req), req.params.year),
    );
    app.get(
      '/evaluations/:year/feedback',
      {
        schema: {
          tags,
          summary: '反馈卡 Feedback cards',
          params: YearParams,
          querystring: FeedbackQuery,
          response: { 200: z.array(FeedbackCardDto), ...errors },
        },
      },
      async (req) => feedbackCards(deps, as(may.feedback)(req), req.params.year, req.query.organizationId),
    );
    app.get(
      '/evaluations/:year/feedback/export',
      {
        schema: {
          tags,
          summary: '导出反馈卡 Export the cards',
          params: YearParams,
          querystring: FeedbackQuery,
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        },
      },
      async (req, reply) => {
        const { file, name } = await exportFeedback(deps, as(may.feedback)(req), req.params.year, req.query.organizationId);
        return sendXlsx(reply, file, name);
      },
    );
    app.get(
      '/evaluations/:year/feedback/:id',
      { schema: { tags, summary: '反馈卡 A member’s card', params: MemberParams, response: { 200: FeedbackCardDto, ...errors } } },
      async (req) => feedbackCard(deps, as(may.feedback)(req), req.params.year, req.params.id),
    );
    app.post(
      '/evaluations/:year/feedback/send',
      { schema: { tags, summary: '送达反馈卡 Send the cards', params: YearParams, response: { 200: z.object({ units: z.number().int() }), ...errors } } },
      async (req) => sendFeedback(deps, as(may.run)(req), req.params.year),
    );

    app.get(
      '/evaluations/:year/units',
      { schema: { tags, summary: '单位年度评价 Units’ results', params: YearParams, response: { 200: z.array(UnitEvaluationDto), ...errors } } },
      async (req) => listUnitEvaluations(deps, as(may.units)(req), req.params.year),
    );
    app.get(
      '/organizations/:id/quarterly',
      {
        schema: {
          tags,
          summary: '季度服务纪实 A unit’s quarter',
          params: IdParams,
          querystring: QuarterQuery,
          response: { 200: QuarterlyRecordDto, ...errors },
        },
      },
      async (req) => quarterlyRecord(deps, as(may.units)(req), req.params.id, req.query.year, req.query.quarter),
    );
    app.get(
      '/organizations/:id/quarterly/export',
      { schema: { tags, summary: '导出季度服务纪实 Export the quarter', params: IdParams, querystring: QuarterQuery, produces: XLSX } },
      async (req, reply) => {
        const { file, name } = await exportQuarterly(deps, as(may.units)(req), req.params.id, req.query.year, req.query.quarter);
        return sendXlsx(reply, file, name);
      },
    );

    app.get(
      '/reviews/targets',
      { schema: { tags, summary: '可评议对象 Whom I may review', response: { 200: z.array(ReviewTargetDto), ...errors } } },
      async (req) => reviewTargets(deps, as(may.review)(req)),
    );
    app.post(
      '/reviews',
      { schema: { tags, summary: '群众评议 Review a member or unit', body: ReviewInput, response: { 200: z.array(ReviewTargetDto), ...errors } } },
      async (req) => review(deps, as(may.review)(req), req.body),
    );
    app.put(
      '/reviews/campaigns/:year',
      { schema: { tags, summary: '年终评议 Open the year’s review', params: YearParams, body: CampaignInput, response: { 200: CampaignDto, ...errors } } },
      async (req) => openCampaign(deps, as(may.run)(req), req.params.year, req.body),
    );
    app.get(
      '/reviews/campaigns/:year',
      { schema: { tags, summary: '评议进度 Campaign progress by compound', params: YearParams, response: { 200: CampaignDto, ...errors } } },
      async (req) => campaign(deps, as(may.read)(req), req.params.year),
    );

    app.get(
      '/notices/:id',
      {
        schema: {
          tags,
          summary: '公示 A community’s or compound’s notice',
          params: IdParams,
          querystring: NoticeQuery,
          response: { 200: NoticeDto, ...errors },
        },
      },
      async (req) => notice(deps, as(may.notice)(req), req.params.id, req.query.period),
    );
    app.post(
      '/notices/:id/comments',
      { schema: { tags, summary: '公示留言 Remark on a notice', params: IdParams, body: NoticeCommentInput, response: { 201: NoticeDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await commentOnNotice(deps, as(may.notice)(req), req.params.id, req.body)),
    );
    app.post(
      '/notices/comments/:id/hide',
      { schema: { tags, summary: '隐藏留言 Hide a remark', params: IdParams, response: { 200: Ok, ...errors } } },
      async (req) => hideComment(deps, as(may.adjust)(req), req.params.id),
    );
    app.get('/notices/consent', { schema: { tags, summary: '公示署名 How my name appears', response: { 200: ConsentInput, ...errors } } }, async (req) =>
      getConsent(deps, as(may.consent)(req)),
    );
    app.put(
      '/notices/consent',
      { schema: { tags, summary: '公示署名 How my name appears', body: ConsentInput, response: { 200: ConsentInput, ...errors } } },
      async (req) => setConsent(deps, as(may.consent)(req), req.body.noticeConsent),
    );
  };
