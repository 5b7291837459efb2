import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { EntryKind, ItemDto, MerchantDto, MERCHANT_KINDS, PointEntryDto, PointRuleDto, PointRuleKind, RedemptionDto } from '#contracts/points.js';
import { api } from './client.js';

// 双评价 — 积分 in the console: rules from a date, the ledger with 更正, 对账 and 结算, merchants with their
// catalogues, monthly statements and redemptions. (The phone's 我的积分 has its own hooks in points.ts.)

export const pointsConsoleKeys = {
  all: ['points-console'] as const,
  rules: ['points-console', 'rules'] as const,
  entries: ['points-console', 'entries'] as const,
  balance: (memberId: number) => ['points-console', 'entries', 'balance', memberId] as const,
  merchants: ['points-console', 'merchants'] as const,
  items: (merchantId: number) => ['points-console', 'merchants', merchantId, 'items'] as const,
  statement: (merchantId: number, month: string) => ['points-console', 'merchants', merchantId, 'statement', month] as const,
  redemptions: ['points-console', 'redemptions'] as const,
};

export type PointRules = { current: PointRuleDto[]; scheduled: PointRuleDto[] };
export type RuleInput = { kind: PointRuleKind; points: number; monthlyCap: number | null; effectiveFrom: string };
export type LedgerFilters = {
  memberId?: number;
  merchantId?: number;
  placeId?: number;
  kind?: EntryKind;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};
export type LedgerCheck = { holders: number; mismatches: { kind: string; id: number; cached: number; sum: number }[] };
export type MerchantFilters = { placeId?: number; q?: string; page: number; pageSize: number };
export type MerchantInput = { name: string; kind: (typeof MERCHANT_KINDS)[number]; placeId: number; address: string; accountId?: number };
export type ItemInput = { name: string; points: number; stock: number; active: boolean };
export type Statement = {
  merchant: { id: number; name: string };
  month: string;
  redemptions: number;
  reversed: number;
  points: number;
  byItem: { name: string; qty: number; points: number }[];
};

export const usePointRules = () => useQuery({ queryKey: pointsConsoleKeys.rules, queryFn: () => api.get<PointRules>('/points/rules') });

/** The answer is the whole rule set again: it replaces the cached one. */
export const useSetPointRule = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RuleInput) => api.put<PointRules>('/points/rules', input),
    onSuccess: (rules) => client.setQueryData(pointsConsoleKeys.rules, rules),
  });
};

export const usePointEntries = (filters: LedgerFilters, enabled = true) =>
  useQuery({
    queryKey: [...pointsConsoleKeys.entries, filters],
    queryFn: () => api.get<Page<PointEntryDto>>('/points/entries', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

/** The largest page the server gives, and how many of them a balance reads at most. */
export const BALANCE_PAGE = 200;
export const BALANCE_MAX_PAGES = 25;

export type PagedSum = { entries: PointEntryDto[]; total: number; complete: boolean };

/** Reads every page of a list (up to `maxPages`), stopping when the rows run out. */
export async function readAllPages(fetchPage: (page: number) => Promise<Page<PointEntryDto>>, maxPages = BALANCE_MAX_PAGES): Promise<PagedSum> {
  const entries: PointEntryDto[] = [];
  let total = 0;
  for (let page = 1; page <= maxPages; page++) {
    const res = await fetchPage(page);
    total = res.total;
    entries.push(...res.items);
    if (!res.items.length || entries.length >= res.total) break;
  }
  return { entries, total, complete: entries.length >= total };
}

/** A member's balance: there is no balance endpoint for admins, so the sum of all the member's entries. */
export const useMemberEntries = (memberId: number | undefined) =>
  useQuery({
    queryKey: pointsConsoleKeys.balance(memberId ?? 0),
    queryFn: () => readAllPages((page) => api.get<Page<PointEntryDto>>('/points/entries', { memberId, page, pageSize: BALANCE_PAGE })),
    enabled: memberId !== undefined,
  });

function usePointsMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => void client.invalidateQueries({ queryKey: pointsConsoleKeys.all }) });
}

/** 更正: the server adds the opposite entry, once. */
export const useReverseEntry = () =>
  usePointsMutation(({ id, reason }: { id: number; reason: string }) => api.post<PointEntryDto>(`/points/entries/${id}/reverse`, { reason }));

/** 对账 is a read, run on demand. */
export const useCheckLedger = () => useMutation({ mutationFn: () => api.get<LedgerCheck>('/points/check') });

/** 立即结算: earns points for service not yet settled. */
export const useSettlePoints = () => usePointsMutation(() => api.post<{ written: number }>('/points/settle'));

export const useMerchants = (filters: MerchantFilters) =>
  useQuery({
    queryKey: [...pointsConsoleKeys.merchants, 'list', filters],
    queryFn: () => api.get<Page<MerchantDto>>('/merchants', filters),
    placeholderData: keepPreviousData,
  });

export const useSaveMerchant = () =>
  usePointsMutation(({ id, ...input }: MerchantInput & { id?: number }) =>
    id ? api.put<MerchantDto>(`/merchants/${id}`, input) : api.post<MerchantDto>('/merchants', input),
  );

export const useMerchantItems = (merchantId: number) =>
  useQuery({ queryKey: pointsConsoleKeys.items(merchantId), queryFn: () => api.get<ItemDto[]>(`/merchants/${merchantId}/items`) });

export const useSaveItem = () =>
  usePointsMutation(({ merchantId, id, ...input }: ItemInput & { merchantId: number; id?: number }) =>
    id ? api.put<ItemDto>(`/merchants/${merchantId}/items/${id}`, input) : api.post<ItemDto>(`/merchants/${merchantId}/items`, input),
  );

export const useStatement = (merchantId: number, month: string) =>
  useQuery({
    queryKey: pointsConsoleKeys.statement(merchantId, month),
    queryFn: () => api.get<Statement>(`/merchants/${merchantId}/statement`, { month }),
  });

export const downloadStatement = (merchantId: number, month: string) =>
  api.download(`/merchants/${merchantId}/statement/export`, { month }, `statement-${merchantId}-${month}.xlsx`);

export const useRedemptions = (filters: { merchantId: number; month: string; page: number; pageSize: number }) =>
  useQuery({
    queryKey: [...pointsConsoleKeys.redemptions, filters],
    queryFn: () => api.get<Page<RedemptionDto>>('/redemptions', filters),
    placeholderData: keepPreviousData,
  });
