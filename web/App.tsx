import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router-dom';
import { ApiError } from './api/client.js';
import { I18nProvider, useT } from './i18n/I18nProvider.js';
import { createRouter } from './routes.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not change by asking again; a network blip might.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

const router = createRouter(queryClient);

function DocumentTitle() {
  const t = useT();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return null;
}

export function App() {
  return (
    <I18nProvider>
      <DocumentTitle />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}
