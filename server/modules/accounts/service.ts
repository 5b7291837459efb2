import { and, asc, count, desc, eq, ilike, isNotNull, isNull, gt, lte, or, type SQL } from 'drizzle-orm';
import type { AccountDto, CreateAccountInput, IssuedPasswordDto, ListAccountsQuery, UpdateAccountInput } from '#contracts/accounts.js';
import type { Page } from '#contracts/common.js';
import { PLACE_KIND_LABELS, ROLE_LABELS, type Role } from '#contracts/labels.js';
import type { Conn, Tx } from '../../db/client.js';
import { accounts, places, sessions } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import type { Vault } from '../../platform/crypto.js';
import { Conflict, DomainError, NotFound } from '../../platform/errors.js';
import { beijingTime, writeExport } from '../../platform/excel/index.js';
import { maskPhone } from '../../platform/mask.js';
import { hashPassword, temporaryPassword } from '../../platform/password.js';
import { containing, type PlaceRow, visiblePlace, withinScope } from '../../platform/scope.js';
import { visibleHousehold, visibleMember, visibleOrganization, visibleResident } from '../people/index.js';
import { accountPolicy, PLACE_KINDS_FOR_ROLE } from './policy.js';

type AccountRow = typeof accounts.$inferSelect;

export function accountStatus(row: AccountRow, now: Date): AccountDto['status'] {
  if (row.disabledAt) return 'disabled';
  if (row.lockedUntil && row.lockedUntil > now) return 'locked';
  return 'active';
}

export function presentAccount(row: AccountRow, place: Pick<PlaceRow, 'id' | 'name' | 'kind'>, vault: Vault, now: Date): AccountDto {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    place: { id: place.id, name: place.name, kind: place.kind },
    phone: row.phoneCipher ? maskPhone(vault.open(row.phoneCipher)) : null,
    status: accountStatus(row, now),
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const SORTS = {
  createdAt: asc(accounts.createdAt),
  '-createdAt': desc(accounts.createdAt),
  username: asc(accounts.username),
  '-username': desc(accounts.username),
  lastLoginAt: asc(accounts.lastLoginAt),
  '-lastLoginAt': desc(accounts.lastLoginAt),
} as const;

export async function listAccounts(deps: AppDeps, caller: Caller, q: ListAccountsQuery): Promise<Page<AccountDto>> {
  const now = deps.clock();
  const where: (SQL | undefined)[] = [withinScope(caller, places.path)];
  if (q.placeId) {
    const place = await visiblePlace(deps.db, caller, q.placeId);
    where.push(withinScope({ placePath: place.path }, places.path));
  }
  if (q.role) where.push(eq(accounts.role, q.role));
  if (q.status === 'disabled') where.push(isNotNull(accounts.disabledAt));
  if (q.status === 'locked') where.push(and(isNull(accounts.disabledAt), gt(accounts.lockedUntil, now)));
  if (q.status === 'active') where.push(and(isNull(accounts.disabledAt), or(isNull(accounts.lockedUntil), lte(accounts.lockedUntil, now))));
  if (q.q) {
    const text = containing(q.q);
    const byPhone = /^1\d{10}$/.test(q.q) ? eq(accounts.phoneHash, deps.vault.fingerprint(q.q)) : undefined;
    where.push(or(ilike(accounts.username, text), ilike(accounts.displayName, text), byPhone));
  }
  const filter = and(...where);
  const [total] = await deps.db.select({ n: count() }).from(accounts).innerJoin(places, eq(places.id, accounts.placeId)).where(filter);
  const rows = await deps.db
    .select({ account: accounts, place: places })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.placeId))
    .where(filter)
    .orderBy(SORTS[q.sort], asc(accounts.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map((r) => presentAccount(r.account, r.place, deps.vault, now)),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** An account in the caller's places that the caller's role may manage; others read as not found. */
async function manageableAccount(conn: Conn, caller: Caller, id: number) {
  const [row] = await conn
    .select({ account: accounts, place: places })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.placeId))
    .where(and(eq(accounts.id, id), withinScope(caller, places.path)))
    .limit(1);
  if (!row) throw NotFound('account');
  assertMayManage(caller, row.account.role);
  return row;
}

function assertMayManage(caller: Caller, target: Role) {
  if (!accountPolicy.manage(caller.role, target)) {
    throw new DomainError(403, 'account.roleNotAllowed', { role: target, roleZh: ROLE_LABELS[target]['zh-CN'] }, 'role');
  }
}

/** A unit party secretary is bound to a work unit the creating admin can see; other roles to none. */
async function organizationForRole(tx: Tx, caller: Caller, role: Role, organizationId: number | undefined) {
  if (role !== 'unitSecretary') return null;
  if (!organizationId) throw new DomainError(400, 'validation.required', { field: 'organizationId', fieldZh: '工作单位' }, 'organizationId');
  return (await visibleOrganization(tx, caller, organizationId)).id;
}

async function placeForRole(conn: Conn, caller: Caller, role: Role, placeId: number) {
  const place = await visiblePlace(conn, caller, placeId);
  if (!accountPolicy.placeFits(role, place.kind)) {
    const kinds = PLACE_KINDS_FOR_ROLE[role];
    throw new DomainError(
      400,
      'account.placeKind',
      {
        role,
        roleZh: ROLE_LABELS[role]['zh-CN'],
        kinds: kinds.join(' / '),
        kindsZh: kinds.map((k) => PLACE_KIND_LABELS[k]['zh-CN']).join('、'),
      },
      'placeId',
    );
  }
  return place;
}

async function assertUnique(conn: Conn, username: string | null, phoneHash: string | null, exceptId?: number) {
  if (username) {
    const [u] = await conn.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username)).limit(1);
    if (u && u.id !== exceptId) throw Conflict('account.duplicateUsername', { username }, 'username');
  }
  if (phoneHash) {
    const [p] = await conn.select({ id: accounts.id }).from(accounts).where(eq(accounts.phoneHash, phoneHash)).limit(1);
    if (p && p.id !== exceptId) throw Conflict('account.duplicatePhone', {}, 'phone');
  }
}

export async function createAccount(deps: AppDeps, caller: Caller, input: CreateAccountInput): Promise<IssuedPasswordDto> {
  assertMayManage(caller, input.role);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    const place = await placeForRole(tx, caller, input.role, input.placeId);
    const organizationId = await organizationForRole(tx, caller, input.role, input.organizationId);
    const phoneHash = input.phone ? deps.vault.fingerprint(input.phone) : null;
    await assertUnique(tx, input.username, phoneHash);
    const [row] = await tx
      .insert(accounts)
      .values({
        countyCode: place.countyCode,
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        placeId: place.id,
        organizationId,
        phoneCipher: input.phone ? deps.vault.seal(input.phone) : null,
        phoneHash,
        passwordHash,
        mustChangePassword: true,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await audit(tx, caller, {
      action: 'create',
      entity: 'account',
      entityId: row.id,
      summary: `创建账号 ${row.username}（${ROLE_LABELS[row.role]['zh-CN']}）`,
    });
    return { account: presentAccount(row, place, deps.vault, deps.clock()), temporaryPassword: password };
  });
}

export async function updateAccount(deps: AppDeps, caller: Caller, id: number, input: UpdateAccountInput): Promise<AccountDto> {
  return deps.db.transaction(async (tx) => {
    const current = await manageableAccount(tx, caller, id);
    if (id === caller.accountId && (input.role || input.placeId)) throw new DomainError(403, 'account.self');
    const role = input.role ?? current.account.role;
    if (input.role) assertMayManage(caller, input.role);
    const place = input.placeId || input.role ? await placeForRole(tx, caller, role, input.placeId ?? current.account.placeId) : current.place;
    const phoneHash = input.phone ? deps.vault.fingerprint(input.phone) : null;
    await assertUnique(tx, null, phoneHash, id);
    const patch: Partial<typeof accounts.$inferInsert> = { updatedAt: deps.clock(), role, placeId: place.id };
    if (input.displayName) patch.displayName = input.displayName;
    if (input.phone !== undefined) {
      patch.phoneCipher = input.phone ? deps.vault.seal(input.phone) : null;
      patch.phoneHash = phoneHash;
    }
    const [row] = await tx.update(accounts).set(patch).where(eq(accounts.id, id)).returning();
    if (!row) throw NotFound('account');
    // A changed role or place changes what the account may see: its sessions start over.
    if (role !== current.account.role || place.id !== current.account.placeId) await tx.delete(sessions).where(eq(sessions.accountId, id));
    await audit(tx, caller, { action: 'update', entity: 'account', entityId: id, summary: `修改账号 ${row.username}`, detail: { fields: Object.keys(input) } });
    return presentAccount(row, place, deps.vault, deps.clock());
  });
}

export async function resetPassword(deps: AppDeps, caller: Caller, id: number): Promise<IssuedPasswordDto> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    const current = await manageableAccount(tx, caller, id);
    if (id === caller.accountId) throw new DomainError(403, 'account.self');
    const [row] = await tx
      .update(accounts)
      .set({ passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null, updatedAt: deps.clock() })
      .where(eq(accounts.id, id))
      .returning();
    if (!row) throw NotFound('account');
    await tx.delete(sessions).where(eq(sessions.accountId, id));
    await audit(tx, caller, { action: 'update', entity: 'account', entityId: id, summary: `重置密码 ${row.username}` });
    return { account: presentAccount(row, current.place, deps.vault, deps.clock()), temporaryPassword: password };
  });
}

type StatusChange = 'unlock' | 'disable' | 'enable';
const STATUS_SUMMARY: Record<StatusChange, string> = { unlock: '解锁账号', disable: '停用账号', enable: '启用账号' };

export async function changeStatus(deps: AppDeps, caller: Caller, id: number, change: StatusChange): Promise<AccountDto> {
  return deps.db.transaction(async (tx: Tx) => {
    const current = await manageableAccount(tx, caller, id);
    if (id === caller.accountId) throw new DomainError(403, 'account.self');
    const now = deps.clock();
    const patch = change === 'unlock' ? { failedLogins: 0, lockedUntil: null } : change === 'disable' ? { disabledAt: now } : { disabledAt: null };
    const [row] = await tx
      .update(accounts)
      .set({ ...patch, updatedAt: now })
      .where(eq(accounts.id, id))
      .returning();
    if (!row) throw NotFound('account');
    if (change === 'disable') await tx.delete(sessions).where(eq(sessions.accountId, id));
    await audit(tx, caller, { action: 'update', entity: 'account', entityId: id, summary: `${STATUS_SUMMARY[change]} ${row.username}` });
    return presentAccount(row, current.place, deps.vault, now);
  });
}

/** The full phone number: an explicit, audited read. */
export async function revealPhone(deps: AppDeps, caller: Caller, id: number): Promise<{ value: string | null }> {
  return deps.db.transaction(async (tx) => {
    const { account } = await manageableAccount(tx, caller, id);
    await audit(tx, caller, { action: 'reveal', entity: 'account', entityId: id, summary: `查看 ${account.username} 的完整手机号` });
    return { value: account.phoneCipher ? deps.vault.open(account.phoneCipher) : null };
  });
}

/** The account list exactly as filtered (masked phones), stamped and audited. */
export async function exportAccounts(deps: AppDeps, caller: Caller, q: ListAccountsQuery): Promise<{ file: Buffer; name: string }> {
  const { items } = await listAccounts(deps, caller, { ...q, page: 1, pageSize: 50_000 });
  const at = deps.clock();
  const file = await writeExport({
    title: '账号台账',
    stamp: { by: caller.displayName, at },
    columns: ['用户名', '姓名', '角色', '所属地点', '手机号', '状态', '最近登录', '创建时间'].map((header) => ({ header })),
    rows: items.map((a) => [
      a.username,
      a.displayName,
      ROLE_LABELS[a.role]['zh-CN'],
      a.place.name,
      a.phone,
      STATUS_ZH[a.status],
      a.lastLoginAt ? beijingTime(new Date(a.lastLoginAt)) : '',
      beijingTime(new Date(a.createdAt)),
    ]),
  });
  await audit(deps.db, caller, { action: 'export', entity: 'account', summary: `导出账号台账 ${items.length} 条`, detail: { query: q } });
  return { file, name: `账号台账-${at.toISOString().slice(0, 10)}.xlsx` };
}

const STATUS_ZH: Record<AccountDto['status'], string> = { active: '正常', locked: '已锁定', disabled: '已停用' };

/**
 * 居民 phone account: bound to the resident's stairwell unit, logging in by their phone number.
 * One per resident; the temporary password is handed over once and changed at first login.
 */
export async function openResidentAccount(deps: AppDeps, caller: Caller, residentId: number): Promise<IssuedPasswordDto> {
  assertMayManage(caller, 'resident');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    const resident = await visibleResident(tx, caller, residentId);
    const household = await visibleHousehold(tx, caller, resident.householdId);
    const place = await visiblePlace(tx, caller, household.placeId);
    if (!resident.phoneCipher || !resident.phoneHash) throw new DomainError(400, 'account.residentPhone', {}, 'residentId');
    const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.residentId, resident.id)).limit(1);
    if (existing) throw Conflict('account.residentHasAccount', {}, 'residentId');
    await assertUnique(tx, null, resident.phoneHash);
    const [row] = await tx
      .insert(accounts)
      .values({
        countyCode: place.countyCode,
        username: `resident${resident.id}`,
        displayName: resident.name,
        role: 'resident',
        placeId: place.id,
        residentId: resident.id,
        phoneCipher: resident.phoneCipher,
        phoneHash: resident.phoneHash,
        passwordHash,
        mustChangePassword: true,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await audit(tx, caller, { action: 'create', entity: 'account', entityId: row.id, summary: `为居民 ${resident.name} 开通手机账号` });
    return { account: presentAccount(row, place, deps.vault, deps.clock()), temporaryPassword: password };
  });
}

/**
 * 党员 phone account: bound to the member's home place (or the admin's own when unknown), logging in by the
 * member's phone when on record. One per member; the temporary password is changed at first login.
 */
export async function openMemberAccount(deps: AppDeps, caller: Caller, memberId: number): Promise<IssuedPasswordDto> {
  assertMayManage(caller, 'member');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    const member = await visibleMember(tx, caller, memberId);
    const place = await visiblePlace(tx, caller, member.homePlaceId ?? caller.placeId);
    const [existing] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.memberId, member.id)).limit(1);
    if (existing) throw Conflict('account.memberHasAccount', {}, 'memberId');
    if (member.phoneHash) await assertUnique(tx, null, member.phoneHash);
    const [row] = await tx
      .insert(accounts)
      .values({
        countyCode: place.countyCode,
        username: `member${member.id}`,
        displayName: member.name,
        role: 'member',
        placeId: place.id,
        memberId: member.id,
        organizationId: member.organizationId,
        phoneCipher: member.phoneCipher,
        phoneHash: member.phoneHash,
        passwordHash,
        mustChangePassword: true,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await audit(tx, caller, { action: 'create', entity: 'account', entityId: row.id, summary: `为党员 ${member.name} 开通手机账号` });
    return { account: presentAccount(row, place, deps.vault, deps.clock()), temporaryPassword: password };
  });
}
