import type { Page } from 'playwright-core';
import type { SessionDto } from '#contracts/auth.js';
import { DEMO_PASSWORD } from './support.js';

/**
 * Calling the API from a browser journey: every call runs `fetch('/api…')` inside the page, so it carries that
 * page's session cookie (and, for a write, the session's CSRF token) exactly as the web app's own calls do.
 */

/** What a call answered: its status and its JSON body (null when the body is empty or not JSON). */
export type ApiAnswer<T = unknown> = { status: number; body: T };
/** A body nobody typed: some JSON object, with the server's `{error: {code, message, field?}}` when it refused. */
export type ApiBody = Record<string, unknown> & { error?: { code: string; message: string; field?: string } };
export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type Raw = { status: number; text: string };

/** One fetch from inside the page. A write first reads the CSRF token from GET /api/auth/session (unless `csrf` is false). */
function fetchInPage(page: Page, method: 'GET' | WriteMethod, path: string, body?: unknown, csrf = method !== 'GET'): Promise<Raw> {
  return page.evaluate(
    async ({ method, path, body, csrf }) => {
      const headers: Record<string, string> = {};
      if (csrf) {
        const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
        headers['x-csrf-token'] = session.csrfToken;
      }
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const res = await fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, text: await res.text() };
    },
    { method, path, body, csrf },
  );
}

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

const ok = (status: number) => status >= 200 && status < 300;

/** GET /api{path} with the page's session: status and body, whatever the status. */
export async function apiGet<T = ApiBody>(page: Page, path: string): Promise<ApiAnswer<T>> {
  const { status, text } = await fetchInPage(page, 'GET', path);
  return { status, body: parsed(text) as T };
}

/** GET /api{path} with the page's session: the body; throws with the status and body text unless 2xx. */
export async function apiJson<T>(page: Page, path: string): Promise<T> {
  const { status, text } = await fetchInPage(page, 'GET', path);
  if (!ok(status)) throw new Error(`GET ${path}: ${status} ${text}`);
  return parsed(text) as T;
}

/**
 * A write to /api{path} with the page's session and CSRF token: status and body, whatever the status.
 * `body` goes as JSON; without one the request has no body at all (a DELETE, or a POST that takes none).
 */
export async function apiSend<T = ApiBody>(page: Page, method: WriteMethod, path: string, body?: unknown): Promise<ApiAnswer<T>> {
  const { status, text } = await fetchInPage(page, method, path, body);
  return { status, body: parsed(text) as T };
}

/** Like apiSend, but answers the body; throws with the status and body text unless 2xx. */
export async function apiSendJson<T>(page: Page, method: WriteMethod, path: string, body?: unknown): Promise<T> {
  const { status, text } = await fetchInPage(page, method, path, body);
  if (!ok(status)) throw new Error(`${method} ${path}: ${status} ${text}`);
  return parsed(text) as T;
}

/**
 * Logs the page's context in through POST /api/auth/login (no CSRF token: there is no session yet), as the login
 * form does. The page must already be on the app's origin (any page of it, e.g. /login).
 */
export async function apiLogin(page: Page, username: string, password = DEMO_PASSWORD): Promise<ApiAnswer<SessionDto>> {
  const { status, text } = await fetchInPage(page, 'POST', '/auth/login', { username, password }, false);
  return { status, body: parsed(text) as SessionDto };
}
