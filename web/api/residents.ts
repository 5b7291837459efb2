import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { ListResidentsQuery, ResidentDto, ResidentInput } from '#contracts/people.js';
import { api } from './client.js';
import { peopleKeys, type RevealField, usePeopleMutation } from './people.js';

export type ResidentFilters = Partial<ListResidentsQuery>;

export const useResidents = (filters: ResidentFilters, enabled = true) =>
  useQuery({
    queryKey: [...peopleKeys.residents, 'list', filters],
    queryFn: () => api.get<Page<ResidentDto>>('/residents', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useCreateResident = () => usePeopleMutation('residents', (input: ResidentInput) => api.post<ResidentDto>('/residents', input));

export const useUpdateResident = () =>
  usePeopleMutation('residents', ({ id, ...input }: Partial<ResidentInput> & { id: number }) => api.patch<ResidentDto>(`/residents/${id}`, input));

/** The full phone or ID number: the server writes an audit entry for each call. */
export const revealResident = (id: number, field: RevealField) => api.post<{ value: string | null }>(`/residents/${id}/reveal`, { field });
