import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { GridRoleDto } from '#contracts/grid.js';
import type { CareCategory, HouseholdLabel } from '#contracts/labels.js';
import type {
  DueDto,
  HouseholdPairingDto,
  HouseholdPairingInput,
  KeyHouseholdDto,
  SuggestionsDto,
  UnitPairingDto,
  UnitPairingInput,
  VisitableDto,
  VisitDto,
  VisitInput,
} from '#contracts/pairing.js';
import { api } from './client.js';

// 双包联: 结对建议, live pairings, 单位包联小区, 结对规则, 重点户台账, 包联覆盖 and the members' 走访 (and 网格职务).

export const pairingKeys = {
  all: ['pairings'] as const,
  suggestions: (placeId: number) => ['pairings', 'suggestions', placeId] as const,
  list: ['pairings', 'list'] as const,
  keyHouseholds: ['pairings', 'key-households'] as const,
  coverage: ['pairings', 'coverage'] as const,
  due: ['pairings', 'due'] as const,
  units: ['pairings', 'units'] as const,
  rules: ['pairings', 'rules'] as const,
  visitable: (q: string) => ['pairings', 'visitable', q] as const,
};

/** The org department's rules: a member's households at most, and the care categories paired first. */
export type PairingRules = { maxHouseholdsPerMember: number; priorityCare: CareCategory[] };

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

/** A member's households with what they owe: the server gives members their own. Fresh on every visit to the list. */
export const useDue = () => useQuery({ queryKey: pairingKeys.due, queryFn: () => api.get<DueDto[]>('/visits/due'), staleTime: 0 });

/** 单位包联小区 the caller sees: live ones (a unit secretary, the unit's own). */
/** Live and ended (the page filters); ended ones come last. */
export const useUnitPairings = () => useQuery({ queryKey: pairingKeys.units, queryFn: () => api.get<UnitPairingDto[]>('/pairings/units?active=all') });

export const usePairingRules = (enabled = true) => useQuery({ queryKey: pairingKeys.rules, queryFn: () => api.get<PairingRules>('/pairings/rules'), enabled });

/** 走访其他住户: households in the member's communities matching every word typed (at most 20). */
export const useVisitableHouseholds = (q: string) =>
  useQuery({
    queryKey: pairingKeys.visitable(q),
    queryFn: () => api.get<VisitableDto[]>('/visits/households', { q }),
    enabled: q.trim() !== '',
    placeholderData: keepPreviousData,
  });

/** 我的网格职务: the member's live grid roles (read on the phone's 我的 page). */
export const useMyGridRoles = (enabled = true) =>
  useQuery({ queryKey: ['grid-roles', 'mine'] as const, queryFn: () => api.get<GridRoleDto[]>('/grid-roles/mine'), enabled });

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

export const useCreateUnitPairing = () => usePairingMutation((input: UnitPairingInput) => api.post<UnitPairingDto>('/pairings/units', input));
export const useEndUnitPairing = () => usePairingMutation((id: number) => api.post<UnitPairingDto>(`/pairings/units/${id}/end`));
/** The new cap steers the suggestions: they reload with everything else under 'pairings'. */
export const useSavePairingRules = () => usePairingMutation((input: PairingRules) => api.put<PairingRules>('/pairings/rules', input));

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
