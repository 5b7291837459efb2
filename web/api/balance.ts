import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplyBalanceInput, AssignmentDto, BalanceDto } from '#contracts/registration.js';
import { api } from './client.js';
import { registrationKeys } from './registration.js';

const balanceKeys = {
  balance: [...registrationKeys.all, 'balance'] as const,
  assignments: [...registrationKeys.all, 'assignments'] as const,
};

export type BalanceFilters = { placeId?: number; q?: string };

/** 扎堆 → 精准报到: the load of each community and where each unit would help balance it. */
export const useBalance = (filters: BalanceFilters) =>
  useQuery({
    queryKey: [...balanceKeys.balance, filters],
    queryFn: () => api.get<BalanceDto>('/registrations/balance', filters),
    placeholderData: keepPreviousData,
  });

/** The org department assigns a unit to a community; the unit's secretary is told. */
export const useApplyBalance = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplyBalanceInput) => api.post<AssignmentDto>('/registrations/balance/apply', input),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: registrationKeys.all });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
};

/** Communities the unit was assigned to (secretary) or assignments in the caller's places (admins). */
export const useAssignments = (enabled = true) =>
  useQuery({ queryKey: balanceKeys.assignments, queryFn: () => api.get<AssignmentDto[]>('/registrations/assignments'), enabled });
