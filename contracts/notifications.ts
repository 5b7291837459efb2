import { z } from 'zod';
import { PageQuery } from './common.js';

// 站内信: the single way the platform tells people something.
export const NotificationDto = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.object({ 'zh-CN': z.string(), en: z.string() }),
  body: z.object({ 'zh-CN': z.string(), en: z.string() }),
  /** A console or phone path to open, e.g. /members/12. */
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});
export type NotificationDto = z.infer<typeof NotificationDto>;

export const ListNotificationsQuery = PageQuery.extend({ unread: z.enum(['true', 'false']).default('false') });
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuery>;

export const NotificationPageDto = z.object({
  items: z.array(NotificationDto),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NotificationPageDto = z.infer<typeof NotificationPageDto>;
