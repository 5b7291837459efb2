import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { ListOrganizationsQuery, OrganizationDto, OrganizationInput, PartyOrgInput } from '#contracts/people.js';
import { api } from './client.js';
import { peopleKeys, usePeopleMutation } from './people.js';

export type OrganizationFilters = Partial<ListOrganizationsQuery>;

export const useOrganizations = (filters: OrganizationFilters, enabled = true) =>
  useQuery({
    queryKey: [...peopleKeys.organizations, 'list', filters],
    queryFn: () => api.get<Page<OrganizationDto>>('/organizations', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

export const organizationKey = (id: number) => [...peopleKeys.organizations, 'detail', id] as const;

export const useOrganization = (id: number | null | undefined) =>
  useQuery({
    queryKey: organizationKey(id ?? 0),
    queryFn: () => api.get<OrganizationDto>(`/organizations/${id ?? 0}`),
    enabled: typeof id === 'number',
  });

export const useCreateOrganization = () => usePeopleMutation('organizations', (input: OrganizationInput) => api.post<OrganizationDto>('/organizations', input));

export const useUpdateOrganization = () =>
  usePeopleMutation('organizations', ({ id, ...input }: Partial<OrganizationInput> & { id: number }) =>
    api.patch<OrganizationDto>(`/organizations/${id}`, input),
  );

/** Answers with the unit, its party organisations included. */
export const useCreatePartyOrg = () => usePeopleMutation('organizations', (input: PartyOrgInput) => api.post<OrganizationDto>('/party-orgs', input));
