import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Page } from '#contracts/common.js';
import type { CaseDto, CaseInput, MEDIATION_CATEGORIES, MediationStatus } from '#contracts/mediation.js';
import { api } from './client.js';

// 矛盾纠纷调解: cases taken by the community or its grid workers, mediators (staff or members), sessions,
// the outcome and the follow-up visit that closes a case.

export type MediationCase = CaseDto;
export type CaseDetail = NonNullable<CaseDto['detail']>;
export type MediationCategory = (typeof MEDIATION_CATEGORIES)[number];
export type { MediationStatus };
export type CaseRequest = z.input<typeof CaseInput>;
export type Outcome = 'agreed' | 'referred' | 'failed';

export type CaseFilters = { placeId?: number; status?: MediationStatus; category?: MediationCategory; page: number; pageSize: number };

export const mediationKeys = {
  all: ['mediation'] as const,
  list: ['mediation', 'list'] as const,
  feed: ['mediation', 'feed'] as const,
  detail: (id: number) => ['mediation', 'detail', id] as const,
};

export const useCases = (filters: CaseFilters, enabled = true) =>
  useQuery({
    queryKey: [...mediationKeys.list, filters],
    queryFn: () => api.get<Page<MediationCase>>('/mediation/cases', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

const PHONE_PAGE = 20;

/** The phone list, page by page: for a member, the cases they mediate. */
export const useCaseFeed = () =>
  useInfiniteQuery({
    queryKey: mediationKeys.feed,
    queryFn: ({ pageParam }) => api.get<Page<MediationCase>>('/mediation/cases', { page: pageParam, pageSize: PHONE_PAGE }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });

export const useCase = (id: number) =>
  useQuery({
    queryKey: mediationKeys.detail(id),
    queryFn: () => api.get<MediationCase>(`/mediation/cases/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

function useCaseMutation<I>(mutationFn: (input: I) => Promise<MediationCase>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (saved) => {
      client.setQueryData(mediationKeys.detail(saved.id), saved);
      void client.invalidateQueries({ queryKey: mediationKeys.all });
    },
  });
}

export const useOpenCase = () => useCaseMutation((input: CaseRequest) => api.post<MediationCase>('/mediation/cases', input));

export const useAssignMediators = (id: number) =>
  useCaseMutation((mediatorIds: number[]) => api.post<MediationCase>(`/mediation/cases/${id}/mediators`, { mediatorIds }));

export const useAddSession = (id: number) =>
  useCaseMutation((input: { date: string; notes: string }) => api.post<MediationCase>(`/mediation/cases/${id}/sessions`, input));

export const useRecordOutcome = (id: number) =>
  useCaseMutation((input: { outcome: Outcome; detail: string }) => api.post<MediationCase>(`/mediation/cases/${id}/outcome`, input));

export const useFollowUp = (id: number) =>
  useCaseMutation((input: { date: string; notes: string; satisfaction: number }) => api.post<MediationCase>(`/mediation/cases/${id}/follow-up`, input));
