import { keepPreviousData, useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type { NotificationPageDto } from '#contracts/notifications.js';
import type { ApplyInput, MyRegistrationDto, TicketDto } from '#contracts/registration.js';
import { api } from './client.js';

// The phone pages of members and residents. Marking notifications read: useMarkRead / useMarkAllRead in notifications.ts.

/** 申请报到: someone not on the roster; the ticket then goes through the same household and details steps. */
export const useApplyRegistration = () => useMutation({ mutationFn: (input: ApplyInput) => api.post<TicketDto>('/public/registrations/apply', input) });

/** The logged-in member's own registrations, newest first. */
export const useMyRegistrations = (enabled = true) =>
  useQuery({ queryKey: ['registrations', 'mine'], queryFn: () => api.get<MyRegistrationDto[]>('/registrations/mine'), enabled });

const PAGE_SIZE = 20;

/** All of the caller's notifications, page by page; under the ['notifications'] key so marking read refreshes it. */
export const useNotificationFeed = () =>
  useInfiniteQuery({
    queryKey: ['notifications', 'feed'],
    queryFn: ({ pageParam }) => api.get<NotificationPageDto>('/notifications', { page: pageParam, pageSize: PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    placeholderData: keepPreviousData,
  });
