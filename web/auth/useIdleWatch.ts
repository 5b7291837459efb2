import { useEffect } from 'react';
import { probeSession } from '../api/auth.js';
import { lastApiCallAt } from '../api/client.js';

const CHECK_EVERY_MS = 15_000;
const GRACE_MS = 5_000;

/**
 * The server ends a session after `idleTimeoutSeconds` without requests. Once that much time has passed
 * since our last call, ask: the 401 sessionExpired answer takes the user to login with a notice, rather
 * than at their next click.
 */
export function useIdleWatch(idleTimeoutSeconds: number) {
  useEffect(() => {
    if (idleTimeoutSeconds <= 0) return;
    const timer = window.setInterval(() => {
      if (Date.now() - lastApiCallAt() > idleTimeoutSeconds * 1000 + GRACE_MS) {
        probeSession().catch(() => {
          // The auth failure handler has already acted on a 401.
        });
      }
    }, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [idleTimeoutSeconds]);
}
