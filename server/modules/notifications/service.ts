import { and, count, desc, eq } from 'drizzle-orm';
import type { ListNotificationsQuery, NotificationDto, NotificationPageDto } from '#contracts/notifications.js';
import { notifications } from '../../db/schema/index.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { NotFound } from '../../platform/errors.js';

type Row = typeof notifications.$inferSelect;

const present = (r: Row): NotificationDto => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  read: r.read,
  createdAt: r.createdAt.toISOString(),
});

/** The caller's own inbox, newest first, with the unread count for the bell. */
export async function listNotifications(deps: AppDeps, caller: Caller, q: ListNotificationsQuery): Promise<NotificationPageDto> {
  const mine = eq(notifications.accountId, caller.accountId);
  const filter = q.unread === 'true' ? and(mine, eq(notifications.read, false)) : mine;
  const [total] = await deps.db.select({ n: count() }).from(notifications).where(filter);
  const [unread] = await deps.db
    .select({ n: count() })
    .from(notifications)
    .where(and(mine, eq(notifications.read, false)));
  const rows = await deps.db
    .select()
    .from(notifications)
    .where(filter)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: rows.map(present), total: total?.n ?? 0, unread: unread?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function markRead(deps: AppDeps, caller: Caller, id: number): Promise<NotificationDto> {
  const [row] = await deps.db
    .update(notifications)
    .set({ read: true, readAt: deps.clock() })
    .where(and(eq(notifications.id, id), eq(notifications.accountId, caller.accountId)))
    .returning();
  if (!row) throw NotFound('notification');
  return present(row);
}

export async function markAllRead(deps: AppDeps, caller: Caller): Promise<{ updated: number }> {
  const rows = await deps.db
    .update(notifications)
    .set({ read: true, readAt: deps.clock() })
    .where(and(eq(notifications.accountId, caller.accountId), eq(notifications.read, false)))
    .returning({ id: notifications.id });
  return { updated: rows.length };
}
