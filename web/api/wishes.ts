import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { ListWishesQuery, WishDto, WishInput } from '#contracts/wishes.js';
import { api } from './client.js';

// 微心愿: posted by or for a household, claimed by a member or unit, fulfilled with photos, thanked.

export const wishKeys = {
  all: ['wishes'] as const,
  list: ['wishes', 'list'] as const,
  feed: ['wishes', 'feed'] as const,
  wall: (communityId: number) => ['public', 'wishes', communityId] as const,
};

/** The list's filters: the contract's query, every filter optional. */
export type WishFilters = Partial<ListWishesQuery> & { page: number; pageSize: number };

export const useWishes = (filters: WishFilters, enabled = true) =>
  useQuery({
    queryKey: [...wishKeys.list, filters],
    queryFn: () => api.get<Page<WishDto>>('/wishes', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

const PHONE_PAGE = 20;

/** The phone list, page by page: a household's wishes, a community's open ones, or the ones I claimed. */
export const useWishFeed = (filters: Pick<ListWishesQuery, 'mine'> & Partial<Pick<ListWishesQuery, 'status'>>) =>
  useInfiniteQuery({
    queryKey: [...wishKeys.feed, filters],
    queryFn: ({ pageParam }) => api.get<Page<WishDto>>('/wishes', { ...filters, page: pageParam, pageSize: PHONE_PAGE }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });

/** 心愿墙: a community's open and claimed wishes, without login. */
export const useWishWall = (communityId: number) =>
  useQuery({
    queryKey: wishKeys.wall(communityId),
    queryFn: () => api.get<WishDto[]>(`/public/communities/${communityId}/wishes`),
    enabled: Number.isInteger(communityId) && communityId > 0,
    refetchInterval: 60_000,
  });

/** 微心愿台账: the list as filtered, without paging, as an .xlsx. */
export const downloadWishes = ({ page: _page, pageSize: _pageSize, ...filters }: Partial<WishFilters>) =>
  api.download('/wishes/export', filters, 'wishes.xlsx');

export const wishPhotoUrl = (wishId: number, fileId: number) => `/api/wishes/${wishId}/photos/${fileId}`;

function useWishMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: wishKeys.all });
      void client.invalidateQueries({ queryKey: ['public', 'wishes'] });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export const usePostWish = () => useWishMutation((input: WishInput) => api.post<WishDto>('/wishes', input));
export const useClaimWish = () => useWishMutation((id: number) => api.post<WishDto>(`/wishes/${id}/claim`));
export const useFulfilWish = () =>
  useWishMutation(({ id, text, photos }: { id: number; text: string; photos: number[] }) => api.post<WishDto>(`/wishes/${id}/fulfil`, { text, photos }));
export const useThankWish = () => useWishMutation(({ id, text }: { id: number; text: string }) => api.post<WishDto>(`/wishes/${id}/thank`, { text }));
