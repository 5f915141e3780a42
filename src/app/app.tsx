import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../api/query-client.ts';
import type { RuntimeConfig } from './config.ts';
import { ConfigProvider } from './config-context.tsx';
import { AppRoutes, BASENAME } from './router.tsx';

/**
 * The whole app for one runtime configuration: query cache, router, configuration. `queryClient` lets the
 * start-up code begin fetching before the first render (main.tsx); without it the app makes its own.
 */
export function App({ config, queryClient: given }: { config: RuntimeConfig; queryClient?: QueryClient }) {
  const [queryClient] = useState(
    () => given ?? createQueryClient({ refreshIntervalMs: config.refreshIntervalSeconds * 1000 }),
  );
  return (
    <ConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter basename={BASENAME}>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
