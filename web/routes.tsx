import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { SESSION_KEY } from './api/auth.js';
import { setAuthFailureHandler, setCsrfToken } from './api/client.js';
import type { LoginState } from './auth/loginState.js';
import { BootSpinner } from './shared/BootSpinner.js';

// Two worlds, each its own chunk: the phone pages never load the antd console, nor the reverse.
const ConsoleApp = lazy(() => import('./console/ConsoleApp.js').then((m) => ({ default: m.ConsoleApp })));
const PhoneApp = lazy(() => import('./phone/PhoneApp.js').then((m) => ({ default: m.PhoneApp })));

export function createRouter(queryClient: QueryClient) {
  const router = createBrowserRouter([
    {
      path: '/m/*',
      element: (
        <Suspense fallback={<BootSpinner />}>
          <PhoneApp />
        </Suspense>
      ),
    },
    {
      path: '/*',
      element: (
        <Suspense fallback={<BootSpinner />}>
          <ConsoleApp />
        </Suspense>
      ),
    },
  ]);

  // A 401 means the session is gone (idle timeout, logout elsewhere, disabled account): back to login.
  setAuthFailureHandler((error) => {
    const path = router.state.location.pathname;
    const phone = path === '/m' || path.startsWith('/m/');
    if (error.status === 403) {
      void router.navigate(phone ? '/m/password' : '/password', { replace: true });
      return;
    }
    const login = phone ? '/m/login' : '/login';
    if (path === login) return;
    const state: LoginState = {
      notice: error.code === 'sessionExpired' ? 'sessionExpired' : undefined,
      from: `${path}${router.state.location.search}`,
    };
    void router.navigate(login, { replace: true, state }).then(() => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
    });
  });

  return router;
}
