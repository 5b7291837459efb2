import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { MemberRegistrationStatus, RegistrationStatus } from '#contracts/labels.js';
import type {
  CommunityCardDto,
  IdentifyInput,
  MemberRegistrationDto,
  MemberRegistrationInput,
  TicketDto,
  UnitRegistrationDto,
  UnitRegistrationInput,
} from '#contracts/registration.js';
import { api } from './client.js';

export const registrationKeys = {
  all: ['registrations'] as const,
  members: ['registrations', 'members'] as const,
  units: ['registrations', 'units'] as const,
};

// The public QR flow: no login.
export const useCommunityCard = (id: number) =>
  useQuery({
    queryKey: ['public', 'community', id],
    queryFn: () => api.get<CommunityCardDto>(`/public/communities/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

export const useIdentify = () => useMutation({ mutationFn: (input: IdentifyInput) => api.post<TicketDto>('/public/registrations/identify', input) });

export const useTicketHouseholds = (ticket: string | undefined, q: string) =>
  useQuery({
    queryKey: ['public', 'households', ticket, q],
    queryFn: () => api.get<{ id: number; address: string }[]>('/public/registrations/households', { ticket, q }),
    enabled: Boolean(ticket),
    placeholderData: keepPreviousData,
  });

export const useSubmitMemberRegistration = () =>
  useMutation({ mutationFn: (input: MemberRegistrationInput) => api.post<MemberRegistrationDto>('/public/registrations/members', input) });

// The console.
export type PageFilters<S> = { status?: S; page: number; pageSize: number };

export const useMemberRegistrations = (filters: PageFilters<MemberRegistrationStatus>) =>
  useQuery({
    queryKey: [...registrationKeys.members, filters],
    queryFn: () => api.get<Page<MemberRegistrationDto>>('/registrations/members', filters),
    placeholderData: keepPreviousData,
  });

export const useUnitRegistrations = (filters: PageFilters<RegistrationStatus>) =>
  useQuery({
    queryKey: [...registrationKeys.units, filters],
    queryFn: () => api.get<Page<UnitRegistrationDto>>('/registrations/units', filters),
    placeholderData: keepPreviousData,
  });

function useRegistrationMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: registrationKeys.all });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export const useApproveMember = () => useRegistrationMutation((id: number) => api.post<MemberRegistrationDto>(`/registrations/members/${id}/approve`));
export const useReturnMember = () =>
  useRegistrationMutation(({ id, reason }: { id: number; reason: string }) =>
    api.post<MemberRegistrationDto>(`/registrations/members/${id}/return`, { reason }),
  );
export const useCreateUnitRegistration = () =>
  useRegistrationMutation((input: UnitRegistrationInput) => api.post<UnitRegistrationDto>('/registrations/units', input));
export const useConfirmUnit = () => useRegistrationMutation((id: number) => api.post<UnitRegistrationDto>(`/registrations/units/${id}/confirm`));
export const useReturnUnit = () =>
  useRegistrationMutation(({ id, reason }: { id: number; reason: string }) => api.post<UnitRegistrationDto>(`/registrations/units/${id}/return`, { reason }));

export const posterQrUrl = (communityId: number) => `/api/registrations/poster/${communityId}/qr.svg`;
