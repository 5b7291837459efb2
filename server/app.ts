import fastifyMultipart from '@fastify/multipart';
import { FILE_LIMIT_MB } from './platform/files.js';
import { apiKeyRoutes, open311Routes } from './modules/open311/index.js';
import { pairingRoutes } from './modules/pairing/index.js';
import { gridRoutes } from './modules/grid/index.js';
import { pointsRoutes } from './modules/points/index.js';
import { evaluationRoutes } from './modules/evaluation/index.js';
import { deliberationRoutes } from './modules/deliberation/index.js';
import { mediationRoutes } from './modules/mediation/index.js';
import { emergencyRoutes } from './modules/emergency/index.js';
import { dashboardRoutes } from './modules/dashboard/index.js';
import { resourceRoutes } from './modules/resources/index.js';
import { activityRoutes, orderRoutes, projectRoutes, serviceRecordRoutes, wishRoutes } from './modules/service/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountRoutes } from './modules/accounts/index.js';
import { auditRoutes } from './modules/audit/index.js';
import { authRoutes } from './modules/auth/index.js';
import { ledgerRoutes } from './modules/ledgers/index.js';
import { notificationRoutes } from './modules/notifications/index.js';
import { peopleRoutes } from './modules/people/index.js';
import { publicRegistrationRoutes, registrationRoutes } from './modules/registration/index.js';
import { placeRoutes } from './modules/places/index.js';
import type { AppDeps } from './platform/context.js';
import { installErrorHandling, installNotFound } from './platform/http.js';
import { installSessions } from './platform/session.js';

export const VERSION = '0.1.0';
const BODY_LIMIT = 1024 * 1024;

export type AppOptions = { webRoot?: string | undefined; logger?: boolean };

/** Builds the whole app from its dependencies; tests call this with a test database. */
export async function createApp(deps: AppDeps, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: deps.config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    bodyLimit: BODY_LIMIT,
    trustProxy: deps.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  // Document uploads (共建协议 scans): one file per request; the route reads and checks it.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 5, fileSize: FILE_LIMIT_MB * 1024 * 1024 } });
  await app.register(fastifyRateLimit, {
    max: deps.config.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_req, ctx) => Object.assign(new Error('rate limited'), { statusCode: ctx.statusCode }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Sishuang 四双 API', version: VERSION, description: '双报到、双服务、双包联、双评价' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sishuang_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  installSessions(app, deps);

  await app.register(
    async (api) => {
      api.get(
        '/health',
        {
          schema: {
            tags: ['platform'],
            response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string() }) },
          },
        },
        async () => {
          await deps.db.execute('select 1');
          return { status: 'ok' as const, database: deps.dbKind, version: VERSION };
        },
      );
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(authRoutes(deps), { prefix: '/auth' });
      await api.register(placeRoutes(deps), { prefix: '/places' });
      await api.register(accountRoutes(deps), { prefix: '/accounts' });
      await api.register(auditRoutes(deps), { prefix: '/audit' });
      await api.register(peopleRoutes(deps));
      await api.register(ledgerRoutes(deps));
      await api.register(notificationRoutes(deps), { prefix: '/notifications' });
      await api.register(registrationRoutes(deps), { prefix: '/registrations' });
      await api.register(publicRegistrationRoutes(deps), { prefix: '/public' });
      await api.register(resourceRoutes(deps), { prefix: '/resources' });
      await api.register(orderRoutes(deps), { prefix: '/orders' });
      await api.register(serviceRecordRoutes(deps), { prefix: '/service-records' });
      await api.register(activityRoutes(deps));
      await api.register(wishRoutes(deps));
      await api.register(projectRoutes(deps));
      await api.register(pairingRoutes(deps));
      await api.register(gridRoutes(deps));
      await api.register(pointsRoutes(deps));
      await api.register(evaluationRoutes(deps));
      await api.register(deliberationRoutes(deps));
      await api.register(mediationRoutes(deps));
      await api.register(emergencyRoutes(deps));
      await api.register(dashboardRoutes(deps));
      await api.register(open311Routes(deps), { prefix: '/open311' });
      await api.register(apiKeyRoutes(deps), { prefix: '/api-keys' });
    },
    { prefix: '/api' },
  );

  const webRoot = opts.webRoot && existsSync(join(opts.webRoot, 'index.html')) ? opts.webRoot : undefined;
  if (webRoot) await app.register(fastifyStatic, { root: webRoot });
  installNotFound(app, { spaFallback: webRoot !== undefined });
  return app;
}
