import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { ChangePasswordInput, LoginInput, SessionDto } from '#contracts/auth.js';
import { accounts, sessions } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError } from '../../platform/errors.js';
import { hashPassword, isStrongPassword, verifyPassword } from '../../platform/password.js';
import { createSession } from '../../platform/session.js';
import { communityOf } from '../places/index.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

// Verifying against a real hash when the account does not exist keeps the answer time the same.
let dummyHash: Promise<string> | undefined;

type LoginResult = { ok: true; token: string } | { ok: false; error: DomainError };

/**
 * Failed attempts must be counted even though the login fails, so the transaction returns the
 * outcome and the error is thrown after it commits.
 */
export async function login(deps: AppDeps, input: LoginInput, req: FastifyRequest): Promise<string> {
  const byPhone = /^1\d{10}$/.test(input.username) ? deps.vault.fingerprint(input.username) : null;
  const [account] = await deps.db
    .select()
    .from(accounts)
    .where(byPhone ? or(eq(accounts.username, input.username), eq(accounts.phoneHash, byPhone)) : eq(accounts.username, input.username))
    .limit(1);
  if (!account) {
    dummyHash ??= hashPassword('not-a-real-password-1A!');
    await verifyPassword(await dummyHash, input.password);
    throw new DomainError(401, 'badCredentials');
  }
  const now = deps.clock();
  const actor = { accountId: account.id, displayName: account.displayName, countyCode: account.countyCode, ip: req.ip };
  if (account.lockedUntil && account.lockedUntil > now) {
    const minutes = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new DomainError(423, 'accountLocked', { minutes });
  }
  const passwordOk = await verifyPassword(account.passwordHash, input.password);
  const result: LoginResult = await deps.db.transaction(async (tx) => {
    if (!passwordOk) {
      const [after] = await tx
        .update(accounts)
        .set({ failedLogins: sql`${accounts.failedLogins} + 1` })
        .where(eq(accounts.id, account.id))
        .returning({ failedLogins: accounts.failedLogins });
      const failed = after?.failedLogins ?? MAX_FAILED_LOGINS;
      const locks = failed >= MAX_FAILED_LOGINS;
      if (locks) {
        await tx
          .update(accounts)
          .set({ failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) })
          .where(eq(accounts.id, account.id));
      }
      await audit(tx, actor, {
        action: 'loginFailed',
        entity: 'account',
        entityId: account.id,
        summary: locks ? `登录失败 ${failed} 次，账号锁定 ${LOCK_MINUTES} 分钟` : `登录失败（第 ${failed} 次）`,
      });
      return {
        ok: false,
        error: locks ? new DomainError(423, 'accountLocked', { minutes: LOCK_MINUTES }) : new DomainError(401, 'badCredentials'),
      };
    }
    if (account.disabledAt) return { ok: false, error: new DomainError(403, 'accountDisabled') };
    await tx.update(accounts).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(accounts.id, account.id));
    const token = await createSession(tx, deps, account, req);
    await audit(tx, actor, { action: 'login', entity: 'account', entityId: account.id, summary: '登录' });
    return { ok: true, token };
  });
  if (!result.ok) throw result.error;
  return result.token;
}

export async function logout(deps: AppDeps, caller: Caller) {
  await deps.db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, caller.sessionId));
    await audit(tx, caller, { action: 'logout', entity: 'account', entityId: caller.accountId, summary: '退出登录' });
  });
}

export async function presentSession(deps: AppDeps, caller: Caller): Promise<SessionDto> {
  const community = await communityOf(deps.db, caller.placeId);
  return {
    account: {
      id: caller.accountId,
      username: caller.username,
      displayName: caller.displayName,
      role: caller.role,
      place: { id: caller.placeId, name: caller.placeName, kind: caller.placeKind },
      community: community ? { id: community.id, name: community.name } : null,
      mustChangePassword: caller.mustChangePassword,
      memberId: caller.memberId,
      organizationId: caller.organizationId,
    },
    csrfToken: caller.csrfToken,
    idleTimeoutSeconds: deps.config.sessionIdleMinutes * 60,
  };
}

/** Sets a new password and ends the account's other sessions. */
export async function changePassword(deps: AppDeps, caller: Caller, input: ChangePasswordInput) {
  const [account] = await deps.db.select().from(accounts).where(eq(accounts.id, caller.accountId)).limit(1);
  if (!account) throw new DomainError(401, 'unauthenticated');
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new DomainError(400, 'wrongPassword', {}, 'currentPassword');
  }
  if (input.newPassword === input.currentPassword) throw new DomainError(400, 'samePassword', {}, 'newPassword');
  if (!isStrongPassword(input.newPassword)) throw new DomainError(400, 'weakPassword', {}, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock();
    await tx.update(accounts).set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now }).where(eq(accounts.id, caller.accountId));
    await tx.delete(sessions).where(and(eq(sessions.accountId, caller.accountId), ne(sessions.id, caller.sessionId)));
    await audit(tx, caller, { action: 'update', entity: 'account', entityId: caller.accountId, summary: '修改密码' });
  });
  return { ...caller, mustChangePassword: false };
}
