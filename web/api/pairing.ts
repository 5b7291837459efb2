import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { CareCategory, HouseholdLabel } from '#contracts/labels.js';
import type {
  DueDto,
  HouseholdPairingDto,
  HouseholdPairingInput,
  KeyHouseholdDto,
  PairingCoverageRowDto,
  SuggestionsDto,
  VisitDto,
  VisitInput,
} from '#contracts/pairing.js';
import { api } from './client.js';

// 双包联: 结对建议, live pairings, 重点户台账, 包联覆盖 and the members' 走访.

export const pairingKeys = {
  all: ['pairings'] as const,
  suggestions: (placeId: number) => ['pairings', 'suggestions', placeId] as const,
  list: ['pairings', 'list'] as const,
  keyHouseholds: ['pairings', 'key-households'] as const,
  coverage: ['pairings', 'coverage'] as const,
  due: ['pairings', 'due'] as const,
};

export type PairingFilters = { placeId?: number; memberId?: number; householdId?: number; active: 'true' | 'false'; page: number; pageSize: number };
export type KeyHouseholdFilters = { placeId?: number; care?: CareCategory; covered?: 'true' | 'false'; q?: string; page: number; pageSize: number };

export const useSuggestions = (placeId: number | undefined) =>
  useQuery({
    queryKey: pairingKeys.suggestions(placeId ?? 0),
    queryFn: () => api.get<SuggestionsDto>('/pairings/suggestions', { placeId }),
    enabled: placeId !== undefined,
  });

export const usePairings = (filters: PairingFilters, enabled = true) =>
  useQuery({
    queryKey: [...pairingKeys.list, filters],
    queryFn: () => api.get<Page<HouseholdPairingDto>>('/pairings', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useKeyHouseholds = (filters: KeyHouseholdFilters) =>
  useQuery({
    queryKey: [...pairingKeys.keyHouseholds, filters],
    queryFn: () => api.get<Page<KeyHouseholdDto>>('/pairings/key-households', filters),
    placeholderData: keepPreviousData,
  });

export const usePairingCoverage = (placeId?: number) =>
  useQuery({
    queryKey: [...pairingKeys.coverage, placeId ?? null],
    queryFn: () => api.get<PairingCoverageRowDto[]>('/pairings/coverage', { placeId }),
    placeholderData: keepPreviousData,
  });

/** A member's households with what they owe: the server gives members their own. Fresh on every visit to the list. */
export const useDue = () => useQuery({ queryKey: pairingKeys.due, queryFn: () => api.get<DueDto[]>('/visits/due'), staleTime: 0 });

/** Every pairing write changes suggestions, lists, the ledger and the coverage alike. */
function usePairingMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => void client.invalidateQueries({ queryKey: pairingKeys.all }) });
}

export const useAcceptSuggestions = () =>
  usePairingMutation((pairs: { householdId: number; memberId: number }[]) =>
    api.post<{ created: number; skipped: number }>('/pairings/suggestions/accept', { pairs }),
  );
export const useCreatePairing = () => usePairingMutation((input: HouseholdPairingInput) => api.post<HouseholdPairingDto>('/pairings', input));
export const useEndPairing = () =>
  usePairingMutation(({ id, reason, force = false }: { id: number; reason: string; force?: boolean }) =>
    api.post<HouseholdPairingDto>(`/pairings/${id}/end`, { reason, force }),
  );
export const useVerifyHousehold = () =>
  usePairingMutation(({ id, label, care }: { id: number; label: HouseholdLabel; care: CareCategory[] }) =>
    api.post<{ ok: boolean }>(`/pairings/key-households/${id}/verify`, { label, care }),
  );

export const useLogVisit = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: VisitInput) => api.post<VisitDto>('/visits', input),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: pairingKeys.all });
      void client.invalidateQueries({ queryKey: ['orders'] });
    },
  });
};

/** 包联覆盖 as .xlsx, for the place chosen (or the caller's). */
export const downloadPairingCoverage = (placeId?: number) => api.download('/pairings/coverage/export', { placeId }, 'pairing-coverage.xlsx');
