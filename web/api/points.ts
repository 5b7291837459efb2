import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Page } from '#contracts/common.js';
import type {
  EntryKind,
  ItemDto,
  MerchantDto,
  MyPointsDto,
  PointEntryDto,
  PointRulesDto,
  RedeemCodeDto,
  RedeemInput,
  RedemptionDto,
  StatementDto,
} from '#contracts/points.js';
import { api } from './client.js';

// 积分 on the phone: a member's balance, ledger, rules, merchants and 兑换码; a merchant's 兑换, records and statement.

export type MyPoints = z.infer<typeof MyPointsDto>;
export type PointRules = z.infer<typeof PointRulesDto>;
export type RedeemCode = z.infer<typeof RedeemCodeDto>;
export type Statement = z.infer<typeof StatementDto>;

export const pointKeys = {
  all: ['points'] as const,
  me: ['points', 'me'] as const,
  entries: (kind: EntryKind | undefined) => ['points', 'entries', kind ?? 'all'] as const,
  rules: ['points', 'rules'] as const,
  merchants: ['points', 'merchants'] as const,
  items: (merchantId: number) => ['points', 'items', merchantId] as const,
  redemptions: (month: string | undefined) => ['points', 'redemptions', month ?? 'all'] as const,
  latest: ['points', 'redemptions', 'latest'] as const,
  statement: (merchantId: number, month: string) => ['points', 'statement', merchantId, month] as const,
};

const PHONE_PAGE = 20;
/** Merchants in a county: a short list (the 15-minute circle), read in one page. */
const MERCHANT_PAGE = 200;
const nextPage = (last: Page<unknown>) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined);

// 我的积分 (members)

/** The member's balance and this year's figures; `poll` asks again every so many ms (the 兑换码 page). */
export const useMyPoints = (poll: number | false = false) =>
  useQuery({
    queryKey: pointKeys.me,
    queryFn: () => api.get<MyPoints>('/points/me'),
    refetchInterval: poll,
    refetchIntervalInBackground: poll !== false,
  });

/** The member's own ledger, newest first, page by page. */
export const useMyEntries = (kind: EntryKind | undefined) =>
  useInfiniteQuery({
    queryKey: pointKeys.entries(kind),
    queryFn: ({ pageParam }) => api.get<Page<PointEntryDto>>('/points/entries', { kind, page: pageParam, pageSize: PHONE_PAGE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });

export const usePointRules = () => useQuery({ queryKey: pointKeys.rules, queryFn: () => api.get<PointRules>('/points/rules'), staleTime: 60_000 });

/** Opens a fresh code (six digits + QR token, two minutes); any earlier unused code lapses. */
export const useOpenCode = () => useMutation({ mutationFn: () => api.post<RedeemCode>('/points/codes') });

/** The member's latest redemption: what the merchant took, shown once the balance drops. */
export const useLatestRedemption = (enabled: boolean) =>
  useQuery({
    queryKey: pointKeys.latest,
    queryFn: async () => (await api.get<Page<RedemptionDto>>('/redemptions', { page: 1, pageSize: 1 })).items[0] ?? null,
    enabled,
    gcTime: 0,
  });

// 兑换商户: the whole county for a member; for a merchant those of its place, its own among them (accountId).

export const useMerchants = (enabled = true) =>
  useQuery({
    queryKey: pointKeys.merchants,
    queryFn: () => api.get<Page<MerchantDto>>('/merchants', { page: 1, pageSize: MERCHANT_PAGE }),
    staleTime: 60_000,
    enabled,
  });

export const useMerchantItems = (merchantId: number | undefined) =>
  useQuery({
    queryKey: pointKeys.items(merchantId ?? 0),
    queryFn: () => api.get<ItemDto[]>(`/merchants/${merchantId}/items`),
    enabled: merchantId !== undefined && merchantId > 0,
  });

// 兑换 (merchants)

export type RedeemRequest = z.infer<typeof RedeemInput>;

/** A write that reloads every points query when done, whatever the outcome (stock, balances, records). */
function useWrite<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: pointKeys.all }) });
}

export const useRedeem = () => useWrite((input: RedeemRequest) => api.post<RedemptionDto>('/redemptions', input));

export const useReverseRedemption = () =>
  useWrite(({ id, reason }: { id: number; reason: string }) => api.post<RedemptionDto>(`/redemptions/${id}/reverse`, { reason }));

/** The shop's redemptions of one month (`YYYY-MM`), newest first, page by page. */
export const useShopRedemptions = (month: string) =>
  useInfiniteQuery({
    queryKey: pointKeys.redemptions(month),
    queryFn: ({ pageParam }) => api.get<Page<RedemptionDto>>('/redemptions', { month, page: pageParam, pageSize: PHONE_PAGE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });

export const useStatement = (merchantId: number, month: string) =>
  useQuery({ queryKey: pointKeys.statement(merchantId, month), queryFn: () => api.get<Statement>(`/merchants/${merchantId}/statement`, { month }) });

/** 月度结算单 as an .xlsx. */
export const downloadStatement = (merchantId: number, month: string) =>
  api.download(`/merchants/${merchantId}/statement/export`, { month }, `statement-${month}.xlsx`);
