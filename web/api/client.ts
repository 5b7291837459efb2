import type { Lang } from '#contracts/labels.js';
import { currentLang } from '../i18n/language.js';

/** A failed API call, carrying the server's `{error: {code, message, messages, field?}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messages: Partial<Record<Lang, string>> = {},
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message in the chosen language, else whatever the server sent. */
  messageIn(lang: Lang): string {
    return this.messages[lang] || this.message;
  }
}

/** Status 0: the request never got an answer. */
export const NETWORK_ERROR = 'network';

type Query = Record<string, string | number | boolean | null | undefined>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type RequestOptions = {
  query?: Query;
  body?: unknown;
  /** Leave a 401 to the caller (the session probe and the login form) instead of going to login. */
  quiet401?: boolean;
};

let csrfToken: string | null = null;
let lastCallAt = Date.now();
let onAuthFailure: (error: ApiError) => void = () => {};

/** The session response carries the token that every write must send back as `x-csrf-token`. */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

/** When the app last talked to the server: the idle watch compares it with the session timeout. */
export const lastApiCallAt = () => lastCallAt;

/** Called on 401 (session gone) and 403 mustChangePassword; the router sends the user on. */
export const setAuthFailureHandler = (handler: (error: ApiError) => void) => {
  onAuthFailure = handler;
};

export function toQueryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Reads the one error shape; anything else (a proxy's HTML page) becomes a generic error. */
export function parseError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (!error) return new ApiError(status, `http${status}`, `HTTP ${status}`);
  const messages = isRecord(error.messages) ? { 'zh-CN': text(error.messages['zh-CN']), en: text(error.messages.en) } : {};
  return new ApiError(
    status,
    text(error.code) ?? `http${status}`,
    text(error.message) ?? `HTTP ${status}`,
    { ...(messages['zh-CN'] ? { 'zh-CN': messages['zh-CN'] } : {}), ...(messages.en ? { en: messages.en } : {}) },
    text(error.field),
  );
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api${path}${toQueryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'Network error');
  }
  lastCallAt = Date.now();

  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) {
    // The body is the contract's DTO: the server validates its responses against the same schemas.
    return body as T;
  }
  const error = parseError(response.status, body);
  if ((error.status === 401 && !options.quiet401) || (error.status === 403 && error.code === 'mustChangePassword')) {
    onAuthFailure(error);
  }
  throw error;
}

export const api = {
  get: <T>(path: string, query?: Query, options: Omit<RequestOptions, 'query' | 'body'> = {}) => request<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body: unknown = {}, options: Omit<RequestOptions, 'body'> = {}) => request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
