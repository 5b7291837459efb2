import { createContext, useContext } from 'react';
import type { SessionDto } from '#contracts/auth.js';

/** The logged-in session, provided by the guards once they have one. */
export const SessionContext = createContext<SessionDto | null>(null);

export function useCurrentSession(): SessionDto {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useCurrentSession() outside a guarded page');
  return session;
}
