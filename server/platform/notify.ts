import type { Label } from '#contracts/labels.js';
import type { Conn } from '../db/client.js';
import { notifications } from '../db/schema/index.js';

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
