/**
 * The query cache of the wall and the deck, kept in IndexedDB (app/persist.ts says which pages): a chunk of
 * its own, with TanStack Query's persist client and idb-keyval, so the desk's first load carries neither.
 */
import type { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { useEffect, type ReactNode } from 'react';
import {
  createIdbPersister,
  PERSIST_MAX_AGE_MS,
  persistBuster,
  setActivePersister,
  shouldPersistQuery,
  watchDataVersion,
} from '../api/persist.ts';
import { feedQueries } from '../api/queries.ts';
import type { CacheProvider } from './app.tsx';
import type { RuntimeConfig } from './config.ts';

/** The provider that restores `queryClient` from IndexedDB and keeps writing it there. */
export function persistedCache(config: RuntimeConfig, queryClient: QueryClient): CacheProvider {
  const persister = createIdbPersister({
    liveDataVersion: () =>
      queryClient.getQueryData<{ dataVersion: string }>(feedQueries.metadata().queryKey)?.dataVersion,
  });
  setActivePersister(persister);
  const persistOptions = {
    persister,
    buster: persistBuster(config.apiBaseUrl),
    maxAge: PERSIST_MAX_AGE_MS,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersistQuery },
  };
  return function PersistedCache({ client, children }) {
    return (
      <PersistQueryClientProvider client={client} persistOptions={persistOptions}>
        <DataVersionWatch client={client}>{children}</DataVersionWatch>
      </PersistQueryClientProvider>
    );
  };
}

/** A persisted cache must not outlive the feed's data version (api/persist.ts). */
function DataVersionWatch({ client, children }: { client: QueryClient; children: ReactNode }) {
  useEffect(() => watchDataVersion(client), [client]);
  return children;
}
