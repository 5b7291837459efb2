import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, Id, Page } from '#contracts/common.js';
import { AdjustGradeInput, ListEvaluationsQuery, MemberEvaluationDto, RunYearInput, YearParams, YearStatusDto } from '#contracts/evaluation.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { evaluationPolicy as may } from './policy.js';
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
      async (req) => runYear(deps, as(may.run)(req), req.params.year, req.body.weights),
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
  };
