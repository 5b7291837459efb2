import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccountDto,
  CreateAccountInput,
  IssuedPasswordDto,
  ListAccountsQuery,
  OpenResidentAccountInput,
  UpdateAccountInput,
} from '#contracts/accounts.js';
import type { Page } from '#contracts/common.js';
import { api } from './client.js';

export type AccountFilters = Partial<ListAccountsQuery>;

const accountKeys = {
  all: ['accounts'] as const,
  list: (filters: AccountFilters) => ['accounts', 'list', filters] as const,
};

export const useAccounts = (filters: AccountFilters) =>
  useQuery({
    queryKey: accountKeys.list(filters),
    queryFn: () => api.get<Page<AccountDto>>('/accounts', filters),
    placeholderData: keepPreviousData,
  });

function useAccountMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: accountKeys.all }) });
}

export const useCreateAccount = () => useAccountMutation((input: CreateAccountInput) => api.post<IssuedPasswordDto>('/accounts', input));

export const useUpdateAccount = () =>
  useAccountMutation(({ id, ...input }: UpdateAccountInput & { id: number }) => api.patch<AccountDto>(`/accounts/${id}`, input));

export const useResetPassword = () => useAccountMutation((id: number) => api.post<IssuedPasswordDto>(`/accounts/${id}/reset-password`));

/** 居民手机账号: opened from the resident's record; they log in with their phone number. */
export const useOpenResidentAccount = () =>
  useAccountMutation((input: OpenResidentAccountInput) => api.post<IssuedPasswordDto>('/accounts/for-resident', input));

export type StatusChange = 'unlock' | 'disable' | 'enable';

export const useChangeAccountStatus = () =>
  useAccountMutation(({ id, change }: { id: number; change: StatusChange }) => api.post<AccountDto>(`/accounts/${id}/${change}`));

/** The full number: the server writes an audit entry for each call. */
export const revealPhone = (id: number) => api.post<{ value: string | null }>(`/accounts/${id}/reveal-phone`);
