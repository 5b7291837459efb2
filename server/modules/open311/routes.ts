import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, IdParams } from '#contracts/common.js';
import { ApiKeyDto, ApiKeyInput, IssuedKeyDto, Open311Error, Open311PostInput, Open311Query, Open311Request, Open311Service } from '#contracts/open311.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { render } from '../../platform/errors.js';
import { mapError } from '../../platform/http.js';
import { callerOfKey, getRequests, issueKey, listKeys, postRequest, revokeKey, services } from './service.js';

const tags = ['open311'];
const orgAdmin = requireRole((role) => role === 'orgAdmin');

/** Open311 GeoReport v2 (JSON) at /api/open311/v2: services, requests in, status out. */
export const open311Routes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // The protocol's own error envelope, with the platform's meaning and bilingual message.
    app.setErrorHandler((err: FastifyError, req, reply) => {
      const m = mapError(err, req);
      const text = render(m.code, m.params);
      return reply.code(m.status).send([{ code: m.status, description: `${text['zh-CN']} / ${text.en}${m.field ? ` (${m.field})` : ''}` }]);
    });
    // GeoReport clients post form-encoded bodies.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) =>
      done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    const errors = { 400: Open311Error, 401: Open311Error, 403: Open311Error, 404: Open311Error };

    app.get('/v2/services.json', { schema: { tags, summary: 'Service list', response: { 200: z.array(Open311Service) } } }, async () => services());
    app.post(
      '/v2/requests.json',
      {
        schema: {
          tags,
          summary: 'Post a service request (address_id = household id)',
          body: Open311PostInput,
          response: { 200: z.array(z.object({ service_request_id: z.string(), service_notice: z.string() })), ...errors },
        },
        config: { rateLimit: { max: 120, timeWindow: 60_000 } },
      },
      async (req) => [await postRequest(deps, await callerOfKey(deps, req.body.api_key, req.ip), req.body)],
    );
    app.get(
      '/v2/requests.json',
      { schema: { tags, summary: 'Service requests and their status', querystring: Open311Query, response: { 200: z.array(Open311Request), ...errors } } },
      async (req) => getRequests(deps, await callerOfKey(deps, req.query.api_key, req.ip), req.query),
    );
    app.get(
      '/v2/requests/:id.json',
      {
        schema: {
          tags,
          summary: 'One service request',
          params: z.strictObject({ id: z.coerce.number().int().positive() }),
          querystring: Open311Query.pick({ api_key: true }),
          response: { 200: z.array(Open311Request), ...errors },
        },
      },
      async (req) => getRequests(deps, await callerOfKey(deps, req.query.api_key, req.ip), { service_request_id: String(req.params.id) }),
    );
  };

/** Keys for other systems, issued and revoked by the org department (session routes, the usual errors). */
export const apiKeyRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const keyTags = ['open311'];
    const err = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto };
    app.get('/', { schema: { tags: keyTags, summary: '接口密钥 API keys', response: { 200: z.array(ApiKeyDto), ...err } } }, async (req) =>
      listKeys(deps, orgAdmin(req)),
    );
    app.post(
      '/',
      { schema: { tags: keyTags, summary: '签发密钥 Issue a key (shown once)', body: ApiKeyInput, response: { 201: IssuedKeyDto, ...err } } },
      async (req, reply) => reply.code(201).send(await issueKey(deps, orgAdmin(req), req.body.label)),
    );
    app.post('/:id/revoke', { schema: { tags: keyTags, summary: '吊销 Revoke', params: IdParams, response: { 200: ApiKeyDto, ...err } } }, async (req) =>
      revokeKey(deps, orgAdmin(req), req.params.id),
    );
  };
