import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ChangePasswordInput, LoginInput, SessionDto } from '#contracts/auth.js';
import { ErrorDto, Ok } from '#contracts/common.js';
import { requireCaller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError } from '../../platform/errors.js';
import { clearSessionCookie, loadCaller, setSessionCookie } from '../../platform/session.js';
import { changePassword, login, logout, presentSession } from './service.js';

const tags = ['auth'];

export const authRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/login',
      {
        schema: { tags, summary: '登录 Log in', body: LoginInput, response: { 200: SessionDto, 401: ErrorDto, 423: ErrorDto } },
        config: { rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: 60_000 } },
      },
      async (req, reply) => {
        const token = await login(deps, req.body, req);
        const caller = await loadCaller(deps, token, req);
        if (!caller || caller === 'expired') throw new DomainError(401, 'unauthenticated');
        setSessionCookie(reply, deps, token);
        return await presentSession(deps, caller);
      },
    );

    app.post('/logout', { schema: { tags, summary: '退出 Log out', response: { 200: Ok } } }, async (req, reply) => {
      const caller = requireCaller(req, { allowPasswordChange: true });
      await logout(deps, caller);
      clearSessionCookie(reply);
      return { ok: true as const };
    });

    app.get('/session', { schema: { tags, summary: '当前会话 Current session', response: { 200: SessionDto, 401: ErrorDto } } }, async (req) => {
      return await presentSession(deps, requireCaller(req, { allowPasswordChange: true }));
    });

    app.post('/password', { schema: { tags, summary: '修改密码 Change password', body: ChangePasswordInput, response: { 200: SessionDto } } }, async (req) => {
      const caller = requireCaller(req, { allowPasswordChange: true });
      return await presentSession(deps, await changePassword(deps, caller, req.body));
    });
  };
