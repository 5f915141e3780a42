/**
 * Which pages keep their query cache in IndexedDB: the wall and the deck, screens that run unattended
 * or in front of a room, where a reload without network must still show the last figures. The desk's
 * pages start from the feed as before (no restore to wait for, no day-old figures on a fresh tab).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import {
  createIdbPersister,
  PERSIST_MAX_AGE_MS,
  persistBuster,
  setActivePersister,
  shouldPersistQuery,
} from '../api/persist.ts';
import { feedQueries } from '../api/queries.ts';
import type { RuntimeConfig } from './config.ts';

const PERSISTED_PATHS = ['/kiosk', '/trinh-chieu'];

/** Whether the page at `pathname` (without the app's base) keeps its cache. */
export function persistsCache(pathname: string): boolean {
  return PERSISTED_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** The persist options for `queryClient`, or null where the page does not keep its cache. */
export function persistOptionsFor(
  pathname: string,
  config: RuntimeConfig,
  queryClient: QueryClient,
): Omit<PersistQueryClientOptions, 'queryClient'> | null {
  if (!persistsCache(pathname)) return null;
  const persister = createIdbPersister({
    liveDataVersion: () =>
      queryClient.getQueryData<{ dataVersion: string }>(feedQueries.metadata().queryKey)?.dataVersion,
  });
  setActivePersister(persister);
  return {
    persister,
    buster: persistBuster(config.apiBaseUrl),
    maxAge: PERSIST_MAX_AGE_MS,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersistQuery },
  };
}
