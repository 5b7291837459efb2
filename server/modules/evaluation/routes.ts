import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, Id, Page } from '#contracts/common.js';
import {
  AdjustGradeInput,
  AnswerAppealInput,
  AppealDto,
  AppealInput,
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
import { adjustGrade, listEvaluations, lockYear, myEvaluation, runYear, yearStatus } from './year.js';

const tags = ['evaluation'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };
const MemberParams = YearParams.extend({ id: Id });

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
  };
