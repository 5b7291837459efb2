import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, Id, IdParams, Page } from '#contracts/common.js';
import {
  FulfilInput,
  ListPostsQuery,
  ListWishesQuery,
  PostDto,
  PostInput,
  RosterInput,
  RosterQuery,
  ShiftDto,
  ThankInput,
  WishDto,
  WishInput,
} from '#contracts/wishes.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { sendStoredFile } from '../../platform/files.js';
import { sendXlsx } from '../../platform/http.js';
import { exportPosts, exportWishes } from './exports.js';
import { postPolicy, wishPolicy } from './policy.js';
import { claimPost, createPost, getPost, listPosts, markShiftDone, roster, setRoster } from './posts.js';
import { claimWish, fulfilWish, listWishes, postWish, thankWish, wishPhoto, wishWall } from './wishes.js';

const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };
const xlsx = { produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] };
const send = (reply: FastifyReply, f: { file: Buffer; name: string }) => sendXlsx(reply, f.file, f.name);

// 微心愿 and 设岗定责.
export const wishRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
    const tags = ['wishes'];
    app.post('/wishes', { schema: { tags, summary: '发布微心愿 Post a wish', body: WishInput, response: { 201: WishDto, ...errors } } }, async (req, reply) =>
      reply.code(201).send(await postWish(deps, as(wishPolicy.post)(req), req.body)),
    );
    app.get('/wishes', { schema: { tags, summary: '微心愿 Wishes', querystring: ListWishesQuery, response: { 200: Page(WishDto), ...errors } } }, async (req) =>
      listWishes(deps, as(wishPolicy.read)(req), req.query),
    );
    app.get(
      '/wishes/export',
      { schema: { tags, summary: '导出微心愿 Export wishes', querystring: ListWishesQuery.omit({ page: true, pageSize: true }), ...xlsx } },
      async (req, reply) => send(reply, await exportWishes(deps, as(wishPolicy.read)(req), req.query)),
    );
    app.post('/wishes/:id/claim', { schema: { tags, summary: '认领 Claim', params: IdParams, response: { 200: WishDto, ...errors } } }, async (req) =>
      claimWish(deps, as(wishPolicy.claim)(req), req.params.id),
    );
    app.post(
      '/wishes/:id/fulfil',
      { schema: { tags, summary: '实现 Fulfil with a photo', params: IdParams, body: FulfilInput, response: { 200: WishDto, ...errors } } },
      async (req) => fulfilWish(deps, as(wishPolicy.claim)(req), req.params.id, req.body),
    );
    app.post(
      '/wishes/:id/thank',
      { schema: { tags, summary: '致谢 Thank', params: IdParams, body: ThankInput, response: { 200: WishDto, ...errors } } },
      async (req) => thankWish(deps, as(wishPolicy.thank)(req), req.params.id, req.body.text),
    );
    app.get(
      '/wishes/:id/photos/:fileId',
      { schema: { tags, summary: '心愿照片 A photo of a fulfilled wish', params: z.strictObject({ id: Id, fileId: Id }) } },
      async (req, reply) => sendStoredFile(deps.db, reply, await wishPhoto(deps, as(wishPolicy.read)(req), req.params.id, req.params.fileId)),
    );
    app.get(
      '/public/communities/:id/wishes',
      { schema: { tags, summary: '心愿墙 A community’s public wall of open wishes', params: IdParams, response: { 200: z.array(WishDto), ...errors } } },
      async (req) => wishWall(deps, req.params.id),
    );

    const postTags = ['posts'];
    app.post(
      '/posts',
      { schema: { tags: postTags, summary: '设岗 Create a post', body: PostInput, response: { 201: PostDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await createPost(deps, as(postPolicy.manage)(req), req.body)),
    );
    app.get(
      '/posts',
      { schema: { tags: postTags, summary: '岗位 Posts', querystring: ListPostsQuery, response: { 200: Page(PostDto), ...errors } } },
      async (req) => listPosts(deps, as(postPolicy.read)(req), req.query),
    );
    app.get(
      '/posts/export',
      { schema: { tags: postTags, summary: '导出岗位 Export posts', querystring: ListPostsQuery.omit({ page: true, pageSize: true }), ...xlsx } },
      async (req, reply) => send(reply, await exportPosts(deps, as(postPolicy.manage)(req), req.query)),
    );
    app.get('/posts/:id', { schema: { tags: postTags, summary: '岗位 A post', params: IdParams, response: { 200: PostDto, ...errors } } }, async (req) =>
      getPost(deps, as(postPolicy.read)(req), req.params.id),
    );
    app.post(
      '/posts/:id/claim',
      { schema: { tags: postTags, summary: '认岗 Claim a post', params: IdParams, response: { 200: PostDto, ...errors } } },
      async (req) => claimPost(deps, as(postPolicy.claim)(req), req.params.id),
    );
    app.get(
      '/posts/:id/roster',
      {
        schema: {
          tags: postTags,
          summary: '排班 A week’s duty roster',
          params: IdParams,
          querystring: RosterQuery,
          response: { 200: z.array(ShiftDto), ...errors },
        },
      },
      async (req) => roster(deps, as(postPolicy.read)(req), req.params.id, req.query.weekStart),
    );
    app.put(
      '/posts/:id/roster',
      {
        schema: {
          tags: postTags,
          summary: '排班 Set a week’s duty roster',
          params: IdParams,
          body: RosterInput,
          response: { 200: z.array(ShiftDto), ...errors },
        },
      },
      async (req) => setRoster(deps, as(postPolicy.manage)(req), req.params.id, req.body),
    );
    app.post(
      '/posts/:id/shifts/:shiftId/done',
      {
        schema: {
          tags: postTags,
          summary: '值守完成 Confirm a shift was served',
          params: z.strictObject({ id: Id, shiftId: Id }),
          response: { 200: ShiftDto, ...errors },
        },
      },
      async (req) => markShiftDone(deps, as(postPolicy.manage)(req), req.params.id, req.params.shiftId),
    );
  };
