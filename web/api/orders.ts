import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type {
  DispatchInput,
  ListOrdersQuery,
  MatchDto,
  OrderAction,
  OrderDetailDto,
  OrderDto,
  OrderInput,
  OrderSummaryDto,
  OrderSummaryQuery,
} from '#contracts/orders.js';
import type { UnitRegistrationDto } from '#contracts/registration.js';
import { currentLang } from '../i18n/language.js';
import type { Translate } from '../i18n/translate.js';
import { ApiError, api, NETWORK_ERROR, parseError } from './client.js';

// 服务工单: 居民点单 → 社区派单 → 党员接单 → 群众评单.

export const orderKeys = {
  all: ['orders'] as const,
  list: ['orders', 'list'] as const,
  feed: ['orders', 'feed'] as const,
  detail: (id: number) => ['orders', 'detail', id] as const,
  matches: (id: number) => ['orders', 'matches', id] as const,
  summary: ['orders', 'summary'] as const,
};

/** The list's filters: the contract's query, every filter optional. */
export type OrderFilters = Partial<ListOrdersQuery> & { page: number; pageSize: number };

export const useOrders = (filters: OrderFilters) =>
  useQuery({
    queryKey: [...orderKeys.list, filters],
    queryFn: () => api.get<Page<OrderDto>>('/orders', filters),
    placeholderData: keepPreviousData,
  });

const PHONE_PAGE = 20;

/** The phone list, page by page: a resident's household, or a member's pool / own orders. */
export const useOrderFeed = (view: ListOrdersQuery['view']) =>
  useInfiniteQuery({
    queryKey: [...orderKeys.feed, view],
    queryFn: ({ pageParam }) => api.get<Page<OrderDto>>('/orders', { view, page: pageParam, pageSize: PHONE_PAGE }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });

export const useOrder = (id: number) =>
  useQuery({
    queryKey: orderKeys.detail(id),
    queryFn: () => api.get<OrderDetailDto>(`/orders/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

/** 精准匹配: the community's members ranked for the order (admins only). */
export const useOrderMatches = (id: number, enabled: boolean) =>
  useQuery({ queryKey: orderKeys.matches(id), queryFn: () => api.get<MatchDto[]>(`/orders/${id}/matches`), enabled });

/** Units whose 组织报到 at the community is confirmed: the ones an order may be dispatched to. */
export const useCommunityUnits = (communityId: number, enabled: boolean) =>
  useQuery({
    queryKey: ['registrations', 'units', 'confirmed', communityId],
    queryFn: () => api.get<Page<UnitRegistrationDto>>('/registrations/units', { placeId: communityId, status: 'confirmed', pageSize: 200 }),
    enabled,
  });

export const orderPhotoUrl = (orderId: number, fileId: number) => `/api/orders/${orderId}/photos/${fileId}`;

/** The body each step takes; the ones without a body send `{}`. */
export type ActionBody = {
  dispatch: DispatchInput;
  pool: undefined;
  claim: undefined;
  accept: undefined;
  decline: { reason: string };
  note: { text: string; photos: number[] };
  finish: { text: string; photos: number[] };
  rate: { score: number; comment: string };
  reopen: { reason: string };
  cancel: { reason: string };
};

const PATHS: Record<OrderAction, string> = {
  dispatch: 'dispatch',
  pool: 'pool',
  claim: 'claim',
  accept: 'accept',
  decline: 'decline',
  note: 'notes',
  finish: 'finish',
  rate: 'rate',
  reopen: 'reopen',
  cancel: 'cancel',
};

export type ActInput = { [A in OrderAction]: { id: number; action: A; body: ActionBody[A] } }[OrderAction];

function useOrderMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: orderKeys.all });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export const useSubmitOrder = () => useOrderMutation((input: OrderInput) => api.post<OrderDto>('/orders', input));

/** One step of the flow; whichever it was, every order list and detail reloads after. */
export const useOrderAction = () => useOrderMutation(({ id, action, body }: ActInput) => api.post<OrderDto>(`/orders/${id}/${PATHS[action]}`, body ?? {}));

/** The contract's PhotoDto. */
export type UploadedPhoto = { id: number; name: string; size: number };

/** JPG or PNG up to 5 MB, as the server takes them. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_MAX_COUNT = 6;

/**
 * Multipart, unlike the JSON calls in client.ts: one field `file`. The token is the session's CSRF
 * token (the same one client.ts sends).
 */
export async function uploadOrderPhoto(file: File, csrfToken: string): Promise<UploadedPhoto> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/orders/photos', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': currentLang(), 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'Network error');
  }
  if (!response.ok) throw parseError(response.status, await response.json().catch(() => null));
  return (await response.json()) as UploadedPhoto;
}

/** Who has the order: the member doing it, else whoever it was dispatched to (a unit marked as such). */
export function handlerName(order: Pick<OrderDto, 'doer' | 'assignee'>, t: Translate): string {
  if (order.doer) return order.doer.name;
  if (!order.assignee) return '';
  return order.assignee.kind === 'unit' ? t('orders.assignee.unit', { name: order.assignee.name }) : order.assignee.name;
}

/** 服务统计: the orders of a place and period, counted (admins). */
export const useOrderSummary = (query: OrderSummaryQuery) =>
  useQuery({
    queryKey: [...orderKeys.summary, query],
    queryFn: () => api.get<OrderSummaryDto>('/orders/summary', query),
    placeholderData: keepPreviousData,
  });

/** 服务工单台账: the list as filtered, without paging, as an .xlsx. */
export const downloadOrders = ({ page: _page, pageSize: _pageSize, ...filters }: Partial<OrderFilters>) =>
  api.download('/orders/export', filters, 'orders.xlsx');

/** 存疑评价: the community lets a flagged rating count, or not. */
export const useReviewRating = () =>
  useOrderMutation(({ id, count, note }: { id: number; count: boolean; note: string }) => api.post<OrderDto>(`/orders/${id}/rating-review`, { count, note }));
