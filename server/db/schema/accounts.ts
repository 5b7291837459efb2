import { bigint, index, integer, boolean, pgTable, text, timestamp, uniqueIndex, jsonb } from 'drizzle-orm/pg-core';
import type { AuditAction } from '#contracts/audit.js';
import type { Role } from '#contracts/labels.js';
import { countyCode, createdAt, id, places } from './places.js';

export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    countyCode: countyCode(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').$type<Role>().notNull(),
    /** The account's scope: it sees this place and everything below it. */
    placeId: bigint('place_id', { mode: 'number' })
      .notNull()
      .references(() => places.id),
    /** A unit party secretary's work unit: they see its members. */
    organizationId: bigint('organization_id', { mode: 'number' }),
    /** A resident's own phone account (居民), opened from their household record. */
    residentId: bigint('resident_id', { mode: 'number' }),
    /** A party member's own phone account (党员), so notices and their records reach them. */
    memberId: bigint('member_id', { mode: 'number' }),
    /** Encrypted at rest; the keyed hash finds an account by phone without decrypting. */
    phoneCipher: text('phone_cipher'),
    phoneHash: text('phone_hash'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_username_uq').on(t.username),
    uniqueIndex('accounts_phone_uq').on(t.phoneHash),
    uniqueIndex('accounts_resident_uq').on(t.residentId),
    uniqueIndex('accounts_member_uq').on(t.memberId),
    index('accounts_place_idx').on(t.placeId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not leak live sessions. */
    id: text('id').primaryKey(),
    countyCode: countyCode(),
    accountId: bigint('account_id', { mode: 'number' })
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

// 审计日志: append-only; a trigger refuses UPDATE and DELETE.
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    countyCode: countyCode(),
    at: createdAt(),
    actorId: bigint('actor_id', { mode: 'number' }),
    actorName: text('actor_name').notNull(),
    action: text('action').$type<AuditAction>().notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    summary: text('summary').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    ip: text('ip'),
  },
  (t) => [index('audit_at_idx').on(t.countyCode, t.at), index('audit_actor_idx').on(t.actorId, t.at)],
);

// API keys of other systems (e.g. the 12345 hotline over Open311): each acts as one account, within its scope.
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    countyCode: countyCode(),
    accountId: bigint('account_id', { mode: 'number' })
      .notNull()
      .references(() => accounts.id),
    label: text('label').notNull(),
    /** SHA-256 of the key: the key itself is shown once. */
    keyHash: text('key_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_hash_uq').on(t.keyHash)],
);
