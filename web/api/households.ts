import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { HouseholdDto, HouseholdInput, ListHouseholdsQuery } from '#contracts/people.js';
import { api } from './client.js';
import { peopleKeys, usePeopleMutation } from './people.js';

export type HouseholdFilters = Partial<ListHouseholdsQuery>;

export const listHouseholds = (filters: HouseholdFilters) => api.get<Page<HouseholdDto>>('/households', filters);

export const useHouseholds = (filters: HouseholdFilters, enabled = true) =>
  useQuery({
    queryKey: [...peopleKeys.households, 'list', filters],
    queryFn: () => listHouseholds(filters),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useHousehold = (id: number | null) =>
  useQuery({
    queryKey: [...peopleKeys.households, 'detail', id ?? 0],
    queryFn: () => api.get<HouseholdDto>(`/households/${id ?? 0}`),
    enabled: id !== null,
  });

export const useCreateHousehold = () => usePeopleMutation('households', (input: HouseholdInput) => api.post<HouseholdDto>('/households', input));

export const useUpdateHousehold = () =>
  usePeopleMutation('households', ({ id, ...input }: Partial<HouseholdInput> & { id: number }) => api.patch<HouseholdDto>(`/households/${id}`, input));
