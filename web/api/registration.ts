import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { MemberRegistrationStatus, RegistrationStatus } from '#contracts/labels.js';
import type {
  CommunityCardDto,
  CoverageRowDto,
  HalfYearReportDto,
  IdentifyInput,
  ListMemberRegistrationsQuery,
  ListUnitRegistrationsQuery,
  MemberRegistrationDto,
  MemberRegistrationInput,
  RemindResultDto,
  TicketDto,
  UnitRegistrationDto,
  UnitRegistrationInput,
  UnregisteredMemberDto,
} from '#contracts/registration.js';
import { currentLang } from '../i18n/language.js';
import { ApiError, api, NETWORK_ERROR, parseError, type Query } from './client.js';

export const registrationKeys = {
  all: ['registrations'] as const,
  members: ['registrations', 'members'] as const,
  units: ['registrations', 'units'] as const,
  coverage: ['registrations', 'coverage'] as const,
  unregistered: ['registrations', 'unregistered'] as const,
  report: ['registrations', 'report'] as const,
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

/** 党员报到台账 filters: the contract's query, every filter optional. */
export type MemberRegistrationFilters = Partial<Omit<ListMemberRegistrationsQuery, 'status'>> & PageFilters<MemberRegistrationStatus>;
export type UnitRegistrationFilters = Partial<Omit<ListUnitRegistrationsQuery, 'status'>> & PageFilters<RegistrationStatus>;

/** The list as filtered, without paging. */
const withoutPaging = ({ page: _page, pageSize: _pageSize, ...rest }: Query) => rest;

export const useMemberRegistrations = (filters: MemberRegistrationFilters) =>
  useQuery({
    queryKey: [...registrationKeys.members, filters],
    queryFn: () => api.get<Page<MemberRegistrationDto>>('/registrations/members', filters),
    placeholderData: keepPreviousData,
  });

export const useUnitRegistrations = (filters: UnitRegistrationFilters) =>
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

// Exports (.xlsx of the list as filtered).
export const downloadMemberRegistrations = (filters: MemberRegistrationFilters) =>
  api.download('/registrations/members/export', withoutPaging(filters), 'member-registrations.xlsx');
export const downloadUnitRegistrations = (filters: UnitRegistrationFilters) =>
  api.download('/registrations/units/export', withoutPaging(filters), 'unit-registrations.xlsx');
export const downloadCoverage = (placeId?: number) => api.download('/registrations/coverage/export', { placeId }, 'coverage.xlsx');
export const downloadUnregistered = () => api.download('/registrations/unregistered/export', {}, 'unregistered.xlsx');

// 共建协议 scan: uploaded by the unit's secretary, opened by whoever sees the registration.
export const agreementUrl = (registrationId: number) => `/api/registrations/units/${registrationId}/agreement`;

/**
 * Multipart, unlike the JSON calls in client.ts: one field `file`. The token is the session's CSRF
 * token (the same one client.ts sends).
 */
async function uploadAgreement(registrationId: number, file: File, csrfToken: string): Promise<UnitRegistrationDto> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(agreementUrl(registrationId), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': currentLang(), 'x-csrf-token': csrfToken },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'Network error');
  }
  if (!response.ok) throw parseError(response.status, await response.json().catch(() => null));
  return (await response.json()) as UnitRegistrationDto;
}

export const useUploadAgreement = (csrfToken: string) =>
  useRegistrationMutation(({ id, file }: { id: number; file: File }) => uploadAgreement(id, file, csrfToken));

// 报到台账
export const useCoverage = (placeId?: number) =>
  useQuery({
    queryKey: [...registrationKeys.coverage, placeId ?? null],
    queryFn: () => api.get<CoverageRowDto[]>('/registrations/coverage', { placeId }),
    placeholderData: keepPreviousData,
  });

// 漏报提醒
export const useUnregistered = () =>
  useQuery({ queryKey: registrationKeys.unregistered, queryFn: () => api.get<UnregisteredMemberDto[]>('/registrations/unregistered') });

/** Without ids: everyone on the list. */
export const useRemindUnregistered = () =>
  useRegistrationMutation((memberIds?: number[]) => api.post<RemindResultDto>('/registrations/unregistered/remind', memberIds?.length ? { memberIds } : {}));

// 党员半年报告
export const useHalfYearReport = (memberId: number, year: number, half: 1 | 2) =>
  useQuery({
    queryKey: [...registrationKeys.report, memberId, year, half],
    queryFn: () => api.get<HalfYearReportDto>(`/registrations/report/${memberId}`, { year, half }),
    enabled: Number.isInteger(memberId) && memberId > 0,
  });
