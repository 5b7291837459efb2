import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Conn } from '../db/client.js';
import { accounts, places, sessions } from '../db/schema/index.js';
import type { Caller } from './caller.js';
import type { AppDeps } from './context.js';
import { DomainError } from './errors.js';

export const SESSION_COOKIE = 'sishuang_sid';
const ABSOLUTE_HOURS = 12;
const TOUCH_EVERY_MS = 60_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes that work without a CSRF token: there is no session yet to protect. */
const CSRF_EXEMPT = new Set(['/api/auth/login']);

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(conn: Conn, deps: AppDeps, account: { id: number; countyCode: string }, req: FastifyRequest) {
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock();
  await conn.insert(sessions).values({
    id: tokenId(token),
    countyCode: account.countyCode,
    accountId: account.id,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_HOURS * 3600_000),
    ip: req.ip,
    userAgent: (req.headers['user-agent'] ?? '').slice(0, 300),
  });
  return token;
}

export function setSessionCookie(reply: FastifyReply, deps: AppDeps, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.cookieSecure,
    maxAge: ABSOLUTE_HOURS * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export async function loadCaller(deps: AppDeps, token: string, req: FastifyRequest): Promise<Caller | 'expired' | null> {
  const id = tokenId(token);
  const [row] = await deps.db
    .select({ session: sessions, account: accounts, place: places })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .innerJoin(places, eq(places.id, accounts.placeId))
    .where(eq(sessions.id, id))
    .limit(1);
  if (!row) return null;
  const now = deps.clock();
  const idleMs = deps.config.sessionIdleMinutes * 60_000;
  const idle = now.getTime() - row.session.lastSeenAt.getTime() > idleMs;
  const over = now.getTime() > row.session.expiresAt.getTime();
  if (idle || over || row.account.disabledAt) {
    await deps.db.delete(sessions).where(eq(sessions.id, id));
    return 'expired';
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await deps.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return callerOf(row.account, row.place, { sessionId: id, csrfToken: row.session.csrfToken, ip: req.ip });
}

/** Loads the caller from the session cookie on every API request, and checks the CSRF token on writes. */
export function installSessions(app: FastifyInstance, deps: AppDeps) {
  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const path = req.url.split('?')[0] ?? '';
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const caller = await loadCaller(deps, token, req);
      if (caller === 'expired') {
        clearSessionCookie(reply);
        if (!CSRF_EXEMPT.has(path)) throw new DomainError(401, 'sessionExpired');
      } else {
        req.caller = caller;
      }
    }
    if (req.caller && !SAFE_METHODS.has(req.method) && !CSRF_EXEMPT.has(path)) {
      if (req.headers['x-csrf-token'] !== req.caller.csrfToken) throw new DomainError(403, 'csrf');
    }
  });
}

/** The caller an account acts as: its role, scope and unit. Sessions and API keys both build it here. */
export function callerOf(
  account: typeof accounts.$inferSelect,
  place: typeof places.$inferSelect,
  via: { sessionId: string; csrfToken: string; ip: string },
): Caller {
  return {
    accountId: account.id,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    countyCode: account.countyCode,
    placeId: place.id,
    placeName: place.name,
    placeKind: place.kind,
    placePath: place.path,
    organizationId: account.organizationId,
    memberId: account.memberId,
    residentId: account.residentId,
    mustChangePassword: account.mustChangePassword,
    ...via,
  };
}
