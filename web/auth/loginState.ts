/** What the login page is told when the app sends someone there. */
export type LoginState = { notice?: 'sessionExpired' | 'loggedOut'; from?: string };

/** location.state is whatever was pushed; read it defensively. */
export function readLoginState(state: unknown): LoginState {
  if (typeof state !== 'object' || state === null) return {};
  const notice = 'notice' in state && (state.notice === 'sessionExpired' || state.notice === 'loggedOut') ? state.notice : undefined;
  const from = 'from' in state && typeof state.from === 'string' && state.from.startsWith('/') && !state.from.startsWith('//') ? state.from : undefined;
  return { notice, from };
}
