import type { Lang } from '#contracts/labels.js';
import { ENTITY_LABELS, type MessageKey, messages } from './messages.js';

type Params = Record<string, string | number>;

/** A domain error: services throw these; one handler turns them into `{error: {code, message, field?}}`. */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429,
    readonly code: MessageKey,
    readonly params: Params = {},
    readonly field?: string,
  ) {
    super(code);
  }
}

export const NotFound = (entity: string) => new DomainError(404, 'notFound', { entity, entityZh: ENTITY_LABELS[entity] ?? entity });
export const Forbidden = () => new DomainError(403, 'forbidden');
export const Conflict = (code: MessageKey, params: Params = {}, field?: string) => new DomainError(409, code, params, field);
export const Invalid = (code: MessageKey, field: string, params: Params = {}) => new DomainError(400, code, params, field);

export function render(code: MessageKey, params: Params): Record<Lang, string> {
  const m = messages[code];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  return { 'zh-CN': fill(m['zh-CN']), en: fill(m.en) };
}
