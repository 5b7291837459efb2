import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { ChangePasswordInput, LoginInput, SessionDto } from '#contracts/auth.js';
import { CONSOLE_ROLES, type Role } from '#contracts/labels.js';
import { ApiError, api, setCsrfToken } from './client.js';

export type SessionAccount = SessionDto['account'];
export const SESSION_KEY = ['session'] as const;

/** The current session, or null when nobody is logged in. */
async function fetchSession(): Promise<SessionDto | null> {
  try {
    const session = await api.get<SessionDto>('/auth/session', undefined, { quiet401: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const useSession = () => useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Number.POSITIVE_INFINITY, retry: false });

/** Checks the session now: a 401 sessionExpired here sends the user to the login page with a notice. */
export const probeSession = () => api.get<SessionDto>('/auth/session');

function storeSession(client: QueryClient, session: SessionDto) {
  setCsrfToken(session.csrfToken);
  client.setQueryData(SESSION_KEY, session);
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<SessionDto>('/auth/login', input, { quiet401: true }),
    onSuccess: (session) => {
      // A new person may be at the keyboard: drop whatever the previous one loaded.
      client.clear();
      storeSession(client, session);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post<SessionDto>('/auth/password', input),
    onSuccess: (session) => storeSession(client, session),
  });
}

/** Logs out, then shows the login page (console or phone) with a notice. */
export function useLogout(loginPath: '/login' | '/m/login') {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/auth/logout', {}, { quiet401: true }),
    onSettled: () => {
      // Leave the guarded pages first, so they do not redirect on their own when the session goes.
      navigate(loginPath, { replace: true, state: { notice: 'loggedOut' } });
      setCsrfToken(null);
      client.clear();
      client.setQueryData(SESSION_KEY, null);
    },
  });
}

export const isConsoleRole = (role: Role) => CONSOLE_ROLES.includes(role);

/** Where an account goes after logging in from the console login page. */
export function consoleLanding(account: SessionAccount): string {
  if (account.mustChangePassword) return '/password';
  return isConsoleRole(account.role) ? '/' : '/m';
}

/** Where an account goes after logging in from the phone login page: anyone may use the phone pages. */
export const phoneLanding = (account: SessionAccount) => (account.mustChangePassword ? '/m/password' : '/m');
