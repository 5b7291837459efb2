import type { Label } from '#contracts/labels.js';
import type { Conn } from '../db/client.js';
import { and, eq, inArray, type SQLWrapper } from 'drizzle-orm';
import { accounts, notifications } from '../db/schema/index.js';

export type Notice = { kind: string; title: Label; body: Label; link?: string };
type Recipient = { accountId: number; countyCode: string };

/**
 * 站内信: the one way the platform notifies people. Written with the caller's connection, so inside
 * a transaction the notice lands (or not) with the change it tells of.
 */
export async function notify(conn: Conn, recipients: Recipient[], notice: Notice): Promise<void> {
  if (!recipients.length) return;
  await conn.insert(notifications).values(
    recipients.map((r) => ({
      countyCode: r.countyCode,
      accountId: r.accountId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      link: notice.link ?? null,
    })),
  );
}

const recipientColumns = { accountId: accounts.id, countyCode: accounts.countyCode };

/** The admins of a community: told of what waits for it (registrations, requests, overdue items). */
export const communityAdmins = (conn: Conn, placeId: number) =>
  conn
    .select(recipientColumns)
    .from(accounts)
    .where(and(eq(accounts.placeId, placeId), eq(accounts.role, 'communityAdmin')));

/** The party secretaries of units: told of what is asked of their unit. */
export const unitSecretaries = (conn: Conn, organizationIds: number[] | SQLWrapper) =>
  conn
    .select(recipientColumns)
    .from(accounts)
    .where(
      and(
        eq(accounts.role, 'unitSecretary'),
        Array.isArray(organizationIds) ? inArray(accounts.organizationId, organizationIds) : inArray(accounts.organizationId, organizationIds),
      ),
    );
