import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../api/query-client.ts';
import type { RuntimeConfig } from './config.ts';
import { ConfigProvider } from './config-context.tsx';
import { AppRoutes, BASENAME } from './router.tsx';

/** How the app's pages get their query cache: in memory (the default) or kept in IndexedDB (persisted-cache.tsx). */
export type CacheProvider = (props: { client: QueryClient; children: ReactNode }) => ReactNode;

function MemoryCache({ client, children }: { client: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/**
 * The whole app for one runtime configuration: query cache, router, configuration. `queryClient` lets the
 * start-up code begin fetching before the first render (main.tsx); without it the app makes its own.
 */
export function App({
  config,
  queryClient: given,
  cache: Cache = MemoryCache,
}: {
  config: RuntimeConfig;
  queryClient?: QueryClient;
  /** Keep the cache in IndexedDB (the wall and the deck: app/persist.ts). */
  cache?: CacheProvider | undefined;
}) {
  const [queryClient] = useState(
    () => given ?? createQueryClient({ refreshIntervalMs: config.refreshIntervalSeconds * 1000 }),
  );
  return (
    <ConfigProvider config={config}>
      <Cache client={queryClient}>
        <BrowserRouter basename={BASENAME}>
          <AppRoutes />
        </BrowserRouter>
      </Cache>
    </ConfigProvider>
  );
}
