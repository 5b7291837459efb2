import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { ListMembersQuery, MemberDto, MemberInput } from '#contracts/people.js';
import { api } from './client.js';
import { peopleKeys, type RevealField, usePeopleMutation } from './people.js';

export type MemberFilters = Partial<ListMembersQuery>;

export const useMembers = (filters: MemberFilters) =>
  useQuery({
    queryKey: [...peopleKeys.members, 'list', filters],
    queryFn: () => api.get<Page<MemberDto>>('/members', filters),
    placeholderData: keepPreviousData,
  });

export const useMember = (id: number) =>
  useQuery({
    queryKey: [...peopleKeys.members, 'detail', id],
    queryFn: () => api.get<MemberDto>(`/members/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

export const useCreateMember = () => usePeopleMutation('members', (input: MemberInput) => api.post<MemberDto>('/members', input));

export const useUpdateMember = () =>
  usePeopleMutation('members', ({ id, ...input }: Partial<MemberInput> & { id: number }) => api.patch<MemberDto>(`/members/${id}`, input));

/** The full phone or ID number: the server writes an audit entry for each call. */
export const revealMember = (id: number, field: RevealField) => api.post<{ value: string | null }>(`/members/${id}/reveal`, { field });
