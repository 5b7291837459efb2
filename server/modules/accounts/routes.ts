import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AccountDto,
  CreateAccountInput,
  OpenMemberAccountInput,
  OpenResidentAccountInput,
  IssuedPasswordDto,
  ListAccountsQuery,
  RevealedDto,
  UpdateAccountInput,
} from '#contracts/accounts.js';
import { ErrorDto, IdParams, Page } from '#contracts/common.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { sendXlsx } from '../../platform/http.js';
import { accountPolicy } from './policy.js';
import * as service from './service.js';

const tags = ['accounts'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };

export const accountRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const admin = requireRole(accountPolicy.read);

    app.get(
      '/',
      { schema: { tags, summary: '账号列表 Accounts', querystring: ListAccountsQuery, response: { 200: Page(AccountDto), ...errors } } },
      async (req) => service.listAccounts(deps, admin(req), req.query),
    );

    app.post(
      '/for-resident',
      {
        schema: {
          tags,
          summary: '为居民开通手机账号 Open a resident’s phone account',
          body: OpenResidentAccountInput,
          response: { 201: IssuedPasswordDto, ...errors },
        },
      },
      async (req, reply) => reply.code(201).send(await service.openResidentAccount(deps, admin(req), req.body.residentId)),
    );

    app.post(
      '/for-member',
      {
        schema: {
          tags,
          summary: '为党员开通手机账号 Open a member’s phone account',
          body: OpenMemberAccountInput,
          response: { 201: IssuedPasswordDto, ...errors },
        },
      },
      async (req, reply) => reply.code(201).send(await service.openMemberAccount(deps, admin(req), req.body.memberId)),
    );

    app.get('/export', { schema: { tags, summary: '导出账号 Export accounts (.xlsx)', querystring: ListAccountsQuery } }, async (req, reply) => {
      const { file, name } = await service.exportAccounts(deps, admin(req), req.query);
      return sendXlsx(reply, file, name);
    });

    app.post(
      '/',
      { schema: { tags, summary: '新建账号 Create an account', body: CreateAccountInput, response: { 201: IssuedPasswordDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await service.createAccount(deps, admin(req), req.body)),
    );

    app.patch(
      '/:id',
      { schema: { tags, summary: '修改账号 Update an account', params: IdParams, body: UpdateAccountInput, response: { 200: AccountDto, ...errors } } },
      async (req) => service.updateAccount(deps, admin(req), req.params.id, req.body),
    );

    app.post(
      '/:id/reset-password',
      { schema: { tags, summary: '重置密码 Reset password', params: IdParams, response: { 200: IssuedPasswordDto, ...errors } } },
      async (req) => service.resetPassword(deps, admin(req), req.params.id),
    );

    for (const change of ['unlock', 'disable', 'enable'] as const) {
      app.post(
        `/:id/${change}`,
        { schema: { tags, summary: `${change} an account`, params: IdParams, response: { 200: AccountDto, ...errors } } },
        async (req) => service.changeStatus(deps, admin(req), req.params.id, change),
      );
    }

    app.post(
      '/:id/reveal-phone',
      { schema: { tags, summary: '查看完整手机号（留痕） Reveal phone (audited)', params: IdParams, response: { 200: RevealedDto, ...errors } } },
      async (req) => service.revealPhone(deps, admin(req), req.params.id),
    );
  };
