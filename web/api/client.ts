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

export type Query = Record<string, string | number | boolean | null | undefined>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type RequestOptions = {
  query?: Query;
  body?: unknown;
  /** Sent as the raw body instead of JSON: an .xlsx for the 台账 import. */
  file?: File;
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

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends one call; a failure becomes an ApiError (and a 401 sends the user to login). */
async function send(method: Method, path: string, options: RequestOptions = {}, accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': currentLang() };
  let body: BodyInit | undefined;
  if (options.file) {
    headers['Content-Type'] = XLSX_TYPE;
    headers['x-file-name'] = encodeURIComponent(options.file.name);
    body = options.file;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api${path}${toQueryString(options.query)}`, { method, headers, credentials: 'same-origin', body });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'Network error');
  }
  lastCallAt = Date.now();
  if (response.ok) return response;

  const error = parseError(response.status, await response.json().catch(() => null));
  if ((error.status === 401 && !options.quiet401) || (error.status === 403 && error.code === 'mustChangePassword')) {
    onAuthFailure(error);
  }
  throw error;
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(method, path, options);
  // The body is the contract's DTO: the server validates its responses against the same schemas.
  return (response.status === 204 ? null : await response.json().catch(() => null)) as T;
}

/** The file name a download suggests: RFC 5987 `filename*` first, then plain `filename`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:[\w-]+)?'[^']*'([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim().replace(/^"|"$/g, ''));
    } catch {
      // A broken encoding: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  const name = (plain?.[2] ?? plain?.[1])?.trim();
  return name || fallback;
}

/** Fetches a file (an .xlsx template, export or error report) and hands it to the browser to save. */
async function download(path: string, query: Query = {}, fallbackName = 'download.xlsx'): Promise<string> {
  const response = await send('GET', path, { query }, `${XLSX_TYPE}, application/json`);
  const blob = await response.blob();
  const name = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

export const api = {
  get: <T>(path: string, query?: Query, options: Omit<RequestOptions, 'query' | 'body'> = {}) => request<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body: unknown = {}, options: Omit<RequestOptions, 'body'> = {}) => request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** POSTs a file as the raw body, with its name in `x-file-name`. */
  upload: <T>(path: string, file: File) => request<T>('POST', path, { file }),
  download,
};
