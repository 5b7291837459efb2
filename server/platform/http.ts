import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Lang } from '#contracts/labels.js';
import { DomainError, render } from './errors.js';
import { FIELD_LABELS, type MessageKey } from './messages.js';

type Params = Record<string, string | number>;
export type Mapped = { status: number; code: MessageKey; params: Params; field?: string };

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
};

export function requestLang(req: FastifyRequest): Lang {
  const header = req.headers['accept-language'] ?? '';
  return /^en\b/i.test(header.trim()) ? 'en' : 'zh-CN';
}

type ZodIssueLike = { keyword: string; instancePath: string; params: Record<string, unknown> };

/** Turns the first zod issue into a message naming the field in both languages. */
export function mapValidationIssue(issue: ZodIssueLike): Mapped {
  const p = issue.params;
  const pathField = issue.instancePath.split('/').filter(Boolean).join('.');
  const keys = Array.isArray(p.keys) ? p.keys.map(String) : [];
  const field = issue.keyword === 'unrecognized_keys' ? [pathField, keys[0]].filter(Boolean).join('.') : pathField;
  const leaf =
    field
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .pop() ?? field;
  const base: Params = { field: field || 'body', fieldZh: FIELD_LABELS[leaf] ?? (field || '请求体') };
  const out = (code: MessageKey, extra: Params = {}): Mapped => ({ status: 400, code, params: { ...base, ...extra }, field: field || undefined });
  switch (issue.keyword) {
    case 'invalid_type': {
      const expected = String(p.expected ?? '');
      if (p.input === undefined || String(issue.params.received ?? '') === 'undefined') return out('validation.required');
      return out('validation.type', { expected, expectedZh: TYPE_ZH[expected] ?? expected });
    }
    case 'too_big':
      return p.origin === 'string' ? out('validation.tooLong', { max: String(p.maximum) }) : out('validation.tooBig', { max: String(p.maximum) });
    case 'too_small':
      if (p.origin === 'string' && Number(p.minimum) === 1) return out('validation.required');
      return p.origin === 'string' ? out('validation.tooShort', { min: String(p.minimum) }) : out('validation.tooSmall', { min: String(p.minimum) });
    case 'invalid_format':
      return out('validation.format');
    case 'invalid_value':
      return out('validation.enum', { options: Array.isArray(p.values) ? p.values.join(', ') : '' });
    case 'unrecognized_keys':
      return out('validation.unknownField');
    default:
      return out('validation.invalid');
  }
}

/** A database constraint that a race got past the service's own checks: still the caller's conflict. */
function mapDatabaseError(err: unknown): Mapped | undefined {
  const cause = err instanceof Error && err.cause && typeof err.cause === 'object' ? err.cause : err;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : '';
  if (code === '23505') return { status: 409, code: 'conflict', params: {} };
  if (code === '23503') return { status: 409, code: 'conflict', params: {} };
  if (code === '22001') return { status: 400, code: 'validation.invalid', params: { field: 'body', fieldZh: '请求体' } };
  return undefined;
}

function mapFastifyError(err: FastifyError): Mapped | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'invalidJson', params: {} };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'bodyTooLarge', params: {} };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'unsupportedMediaType', params: {} };
  }
  if (err instanceof SyntaxError) return { status: 400, code: 'invalidJson', params: {} };
  if (err.statusCode === 429) return { status: 429, code: 'rateLimited', params: {} };
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return { status: err.statusCode, code: 'badRequest', params: { detail: err.message } };
  }
  return undefined;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx download with its Chinese file name intact (RFC 5987). */
export function sendXlsx(reply: FastifyReply, file: Buffer, name: string) {
  return reply
    .type(XLSX)
    .header('content-disposition', `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(file);
}

export function sendError(req: FastifyRequest, reply: FastifyReply, m: Mapped) {
  const both = render(m.code, m.params);
  return reply.code(m.status).send({
    error: { code: m.code, message: both[requestLang(req)], messages: both, ...(m.field ? { field: m.field } : {}) },
  });
}

/** What an error means for the caller: 4xx for their mistakes, 500 only for ours. */
export function mapError(err: FastifyError, req: FastifyRequest): Mapped {
  if (err instanceof DomainError) return { status: err.status, code: err.code, params: err.params, field: err.field };
  if (hasZodFastifySchemaValidationErrors(err)) {
    const first = err.validation[0];
    if (first) return mapValidationIssue({ keyword: first.keyword, instancePath: first.instancePath, params: first.params });
  }
  if (isResponseSerializationError(err)) {
    req.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
    return { status: 500, code: 'internal', params: {} };
  }
  const mapped = mapFastifyError(err) ?? mapDatabaseError(err);
  if (mapped) return mapped;
  req.log.error({ err }, 'unhandled error');
  return { status: 500, code: 'internal', params: {} };
}

/** The one place errors become HTTP answers, in the one error shape. */
export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => sendError(req, reply, mapError(err, req)));
}

/** Unknown API paths are JSON 404s; with a web app, other GETs fall back to its shell (client-side routes). */
export function installNotFound(app: FastifyInstance, opts: { spaFallback: boolean }) {
  app.setNotFoundHandler((req, reply) => {
    if (opts.spaFallback && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
    return sendError(req, reply, { status: 404, code: 'notFound', params: { entity: 'route', entityZh: '接口' } });
  });
}
