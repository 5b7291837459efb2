import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationPageDto } from '#contracts/notifications.js';
import { api } from './client.js';

const KEY = ['notifications'] as const;

/** The latest notifications and the unread count; polled while the console is open. */
export const useNotifications = () =>
  useQuery({
    queryKey: [...KEY, 'latest'],
    queryFn: () => api.get<NotificationPageDto>('/notifications', { page: 1, pageSize: 10 }),
    refetchInterval: 60_000,
  });

function useNotificationMutation<I>(fn: (input: I) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: KEY }) });
}

export const useMarkRead = () => useNotificationMutation((id: number) => api.post(`/notifications/${id}/read`));
export const useMarkAllRead = () => useNotificationMutation((_: undefined) => api.post('/notifications/read-all'));
