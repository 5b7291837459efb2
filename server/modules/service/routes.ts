import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, Id, IdParams, Page } from '#contracts/common.js';
import {
  DispatchInput,
  FinishInput,
  ListOrdersQuery,
  MatchDto,
  NoteInput,
  OrderDetailDto,
  OrderDto,
  OrderInput,
  PhotoDto,
  OrderSummaryDto,
  OrderSummaryQuery,
  RateInput,
  ReasonInput,
  ReviewRatingInput,
  ServiceRecordsDto,
  ServiceRecordsQuery,
  TimeLimitDto,
  TimeLimitInput,
} from '#contracts/orders.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError, NotFound } from '../../platform/errors.js';
import { readUpload, sendStoredFile, storeFile } from '../../platform/files.js';
import { sendXlsx } from '../../platform/http.js';
import { matchesForOrder } from './matching.js';
import { exportOrders, orderSummary, reviewRating, setTimeLimit, timeLimits } from './oversight.js';
import { type ActInput, actOnOrder, getOrder, listOrders, submitOrder } from './orders.js';
import { orderPolicy } from './policy.js';
import { listServiceRecords } from './records.js';

const tags = ['orders'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };

/** 服务记录: a member's own, or one the caller may see. */
export const serviceRecordRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags: ['orders'],
          summary: '服务记录 Service records of a member',
          querystring: ServiceRecordsQuery,
          response: { 200: ServiceRecordsDto, ...errors },
        },
      },
      async (req) => listServiceRecords(deps, requireRole(orderPolicy.records)(req), req.query),
    );
  };

// 服务工单: 居民点单 → 社区派单 → 党员接单 → 群众评单.
export const orderRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
    app.post('/', { schema: { tags, summary: '点单 Submit a request', body: OrderInput, response: { 201: OrderDto, ...errors } } }, async (req, reply) =>
      reply.code(201).send(await submitOrder(deps, as(orderPolicy.submit)(req), req.body)),
    );
    app.get('/', { schema: { tags, summary: '工单列表 Requests', querystring: ListOrdersQuery, response: { 200: Page(OrderDto), ...errors } } }, async (req) =>
      listOrders(deps, as(orderPolicy.read)(req), req.query),
    );
    app.get(
      '/:id',
      { schema: { tags, summary: '工单详情 A request with its timeline', params: IdParams, response: { 200: OrderDetailDto, ...errors } } },
      async (req) => getOrder(deps, as(orderPolicy.read)(req), req.params.id),
    );
    app.get('/time-limits', { schema: { tags, summary: '时限 Time limits per category', response: { 200: z.array(TimeLimitDto), ...errors } } }, async (req) =>
      timeLimits(deps, as(orderPolicy.read)(req)),
    );
    app.put(
      '/time-limits',
      { schema: { tags, summary: '设置时限 Set a category’s time limits', body: TimeLimitInput, response: { 200: z.array(TimeLimitDto), ...errors } } },
      async (req) => setTimeLimit(deps, as((role) => role === 'orgAdmin')(req), req.body),
    );
    app.get(
      '/summary',
      { schema: { tags, summary: '服务统计 Service summary', querystring: OrderSummaryQuery, response: { 200: OrderSummaryDto, ...errors } } },
      async (req) => orderSummary(deps, as(orderPolicy.match)(req), req.query),
    );
    app.get(
      '/export',
      {
        schema: {
          tags,
          summary: '导出服务工单 Export requests',
          querystring: ListOrdersQuery.omit({ page: true, pageSize: true }),
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        },
      },
      async (req, reply) => {
        const { file, name } = await exportOrders(deps, as(orderPolicy.match)(req), req.query);
        return sendXlsx(reply, file, name);
      },
    );
    app.post(
      '/:id/rating-review',
      {
        schema: {
          tags,
          summary: '审核存疑评价 Let a flagged rating count, or not',
          params: IdParams,
          body: ReviewRatingInput,
          response: { 200: OrderDto, ...errors },
        },
      },
      async (req) => {
        const caller = as(orderPolicy.match)(req);
        await reviewRating(deps, caller, req.params.id, req.body);
        return getOrder(deps, caller, req.params.id);
      },
    );
    app.get(
      '/:id/matches',
      { schema: { tags, summary: '精准匹配 Members ranked for this request', params: IdParams, response: { 200: z.array(MatchDto), ...errors } } },
      async (req) => matchesForOrder(deps, as(orderPolicy.match)(req), req.params.id),
    );

    const step = <B extends z.ZodType>(path: string, summary: string, body: B | null, toInput: (b: z.infer<B>) => ActInput) =>
      app.post(
        `/:id/${path}`,
        { schema: { tags, summary, params: IdParams, ...(body ? { body } : {}), response: { 200: OrderDto, ...errors } } },
        async (req) => actOnOrder(deps, as(orderPolicy.act)(req), req.params.id, toInput(req.body as z.infer<B>)),
      );
    step('dispatch', '派单 Dispatch to a member or unit', DispatchInput, (b) => ({ kind: 'dispatch', to: b.to }));
    step('pool', '放入抢单池 Open to any member of the community', null, () => ({ kind: 'pool' }));
    step('claim', '单位认领 Claim an open request for the unit', null, () => ({ kind: 'claim' }));
    step('accept', '接单 Accept', null, () => ({ kind: 'accept' }));
    step('decline', '退单 Decline with a reason', ReasonInput, (b) => ({ kind: 'decline', reason: b.reason }));
    step('notes', '进展 Add a progress note', NoteInput, (b) => ({ kind: 'note', text: b.text, photos: b.photos }));
    step('finish', '完成 Finish', FinishInput, (b) => ({ kind: 'finish', text: b.text, photos: b.photos }));
    step('rate', '评单 Rate', RateInput, (b) => ({ kind: 'rate', score: b.score, comment: b.comment }));
    step('reopen', '重新打开 Reopen (once)', ReasonInput, (b) => ({ kind: 'reopen', reason: b.reason }));
    step('cancel', '取消 Cancel with a reason', ReasonInput, (b) => ({ kind: 'cancel', reason: b.reason }));

    app.post(
      '/photos',
      {
        schema: {
          tags,
          summary: '上传照片 Upload a photo (multipart field "file": JPG or PNG, ≤ 5 MB)',
          consumes: ['multipart/form-data'],
          response: { 201: PhotoDto, 413: ErrorDto, 415: ErrorDto, ...errors },
        },
      },
      async (req, reply) => {
        const caller = as(orderPolicy.read)(req);
        const upload = await readUpload(req);
        if (!upload.mime.startsWith('image/')) throw new DomainError(415, 'file.imageType', {}, 'file');
        const id = await storeFile(deps.db, caller, upload);
        return reply.code(201).send({ id, name: upload.name, size: upload.content.length });
      },
    );
    app.get(
      '/:id/photos/:fileId',
      { schema: { tags, summary: '查看照片 A photo of the request', params: z.strictObject({ id: Id, fileId: Id }) } },
      async (req, reply) => {
        const caller = as(orderPolicy.read)(req);
        const order = await getOrder(deps, caller, req.params.id);
        const attached = order.photos.includes(req.params.fileId) || order.timeline.some((e) => e.photos.includes(req.params.fileId));
        if (!attached) throw NotFound('file');
        return sendStoredFile(deps.db, reply, req.params.fileId);
      },
    );
  };
