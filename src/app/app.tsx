import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import {
  PersistQueryClientProvider,
  type PersistQueryClientOptions,
} from '@tanstack/react-query-persist-client';
import { useEffect, useState, type ReactNode } from 'react';
import { watchDataVersion } from '../api/persist.ts';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../api/query-client.ts';
import type { RuntimeConfig } from './config.ts';
import { ConfigProvider } from './config-context.tsx';
import { AppRoutes, BASENAME } from './router.tsx';

/**
 * The whole app for one runtime configuration: query cache, router, configuration. `queryClient` lets the
 * start-up code begin fetching before the first render (main.tsx); without it the app makes its own.
 */
export function App({
  config,
  queryClient: given,
  persist,
}: {
  config: RuntimeConfig;
  queryClient?: QueryClient;
  /** Keep the cache in IndexedDB (the wall and the deck: app/persist.ts). */
  persist?: Omit<PersistQueryClientOptions, 'queryClient'> | null;
}) {
  const [queryClient] = useState(
    () => given ?? createQueryClient({ refreshIntervalMs: config.refreshIntervalSeconds * 1000 }),
  );
  const routes = (
    <BrowserRouter basename={BASENAME}>
      <AppRoutes />
    </BrowserRouter>
  );
  return (
    <ConfigProvider config={config}>
      {persist ? (
        <PersistQueryClientProvider client={queryClient} persistOptions={persist}>
          <DataVersionWatch client={queryClient}>{routes}</DataVersionWatch>
        </PersistQueryClientProvider>
      ) : (
        <QueryClientProvider client={queryClient}>{routes}</QueryClientProvider>
      )}
    </ConfigProvider>
  );
}

/** A persisted cache must not outlive the feed's data version (api/persist.ts). */
function DataVersionWatch({ client, children }: { client: QueryClient; children: ReactNode }) {
  useEffect(() => watchDataVersion(client), [client]);
  return children;
}
