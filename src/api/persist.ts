/**
 * The query cache kept in IndexedDB, for screens that run all day (the wall, the deck): a reload without
 * network, by hand or by the wall itself, shows the last figures with the time they arrived instead of
 * skeletons. TanStack Query's persist client does the dehydrating and restoring; this module gives it an
 * IndexedDB store (idb-keyval), decides what is kept, and drops what no longer fits the app:
 * - `buster`: a cache written under another feed contract (see {@link PERSIST_SCHEMA_VERSION}) or for
 *   another feed is discarded on restore;
 * - data version: when the feed's `dataVersion` (GET /metadata) moves on, every figure fetched under the
 *   old version is refetched and the ones no view uses are dropped ({@link watchDataVersion}).
 */
import type { DehydratedState, Query, QueryClient } from '@tanstack/react-query';
import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { feedQueries } from './queries.ts';
import type { MetadataResponse } from './metadata/schema.ts';

/**
 * Bumped with every change of the feed contract's shapes (src/api/*\/schema.ts, openapi/openapi.json):
 * a cache written by an older build would otherwise reach the panels without passing the new schemas.
 * persist.test.ts fails when openapi.json changes and this is not bumped.
 */
export const PERSIST_SCHEMA_VERSION = 3;

/** Kept as long as the cache keeps data (query-client.ts `gcTime`): a day, a wall's night included. */
export const PERSIST_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** A write at most this often: a refresh updates dozens of queries within a second. */
export const PERSIST_THROTTLE_MS = 1000;

/** The buster of a cache: the contract version and the feed it came from. */
export function persistBuster(apiBaseUrl: string): string {
  return `schema-${PERSIST_SCHEMA_VERSION}|${apiBaseUrl}`;
}

/** Only feed responses that have data are kept; charts' geometry and the like are not the feed's. */
export function shouldPersistQuery(query: Pick<Query, 'queryKey' | 'state'>): boolean {
  return query.queryKey[0] === feedQueries.all[0] && query.state.data !== undefined;
}

/**
 * The dehydrated cache as it is written: a query whose last refresh failed still has good data, and is
 * kept as the success it was when that data arrived (`dataUpdatedAt` unchanged: the as-of time stays
 * true). Errors are dropped: they are not cloneable reliably, and a reload tries again anyway.
 */
export function cleanForStorage(state: DehydratedState): DehydratedState {
  return {
    mutations: [],
    queries: state.queries
      .filter((q) => q.state.data !== undefined)
      .map(({ promise: _promise, ...q }) => ({
        ...q,
        state: {
          ...q.state,
          status: 'success' as const,
          fetchStatus: 'idle' as const,
          error: null,
          errorUpdateCount: 0,
          fetchFailureCount: 0,
          fetchFailureReason: null,
        },
      })),
  };
}

export interface ThrottledPersister extends Persister {
  /** Writes the latest pending state now; resolves when it is stored. */
  flush(): Promise<void>;
}

/**
 * A persister on IndexedDB that writes at most every `throttleMs`, always the latest state. Written here
 * rather than with @tanstack/query-async-storage-persister: that one serialises to a string for
 * localStorage-like stores, while IndexedDB stores the object itself (no JSON round trip of a megabyte).
 */
export function createIdbPersister({
  key = 'dieu-hanh-query-cache',
  store = createStore('dieu-hanh', 'query-cache'),
  throttleMs = PERSIST_THROTTLE_MS,
  liveDataVersion = () => undefined,
}: {
  key?: string;
  store?: UseStore;
  throttleMs?: number;
  /** The `dataVersion` the page already has from the feed, if its first answer beat the restore. */
  liveDataVersion?: () => string | undefined;
} = {}): ThrottledPersister {
  let pending: PersistedClient | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  const write = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const client = pending;
    pending = null;
    if (!client) return writing;
    const toStore: PersistedClient = { ...client, clientState: cleanForStorage(client.clientState) };
    // One write after the other: IndexedDB would otherwise be free to finish an older one last.
    writing = writing.then(() => set(key, toStore, store)).catch(() => undefined);
    return writing;
  };

  return {
    persistClient(client) {
      pending = client;
      timer ??= setTimeout(() => void write(), throttleMs);
    },
    restoreClient: async () => {
      const stored = await get<PersistedClient>(key, store);
      return stored && keepsDataVersion(stored, liveDataVersion()) ? stored : undefined;
    },
    async removeClient() {
      pending = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await writing;
      await del(key, store);
    },
    flush: write,
  };
}

/** The `dataVersion` of the metadata a persisted cache holds, if it holds it. */
export function persistedDataVersion(client: PersistedClient): string | undefined {
  const metadataHash = JSON.stringify(feedQueries.metadata().queryKey);
  const metadata = client.clientState.queries.find((q) => q.queryHash === metadataHash);
  return (metadata?.state.data as MetadataResponse | undefined)?.dataVersion;
}

/**
 * Whether a persisted cache may be restored given the data version the feed has already answered with
 * (undefined: not yet, or offline, when the stored figures are the best there is).
 */
export function keepsDataVersion(client: PersistedClient, live: string | undefined): boolean {
  return live === undefined || persistedDataVersion(client) === live;
}

let active: ThrottledPersister | null = null;

/** Registers the persister of this page, so code that reloads the page can write the cache first. */
export function setActivePersister(persister: ThrottledPersister | null): void {
  active = persister;
}

/** Writes the persisted cache now, if this page keeps one: called before the page reloads itself. */
export async function flushPersistedCache(): Promise<void> {
  await active?.flush();
}

/**
 * Watches GET /metadata: when its `dataVersion` differs from the one the cached figures were fetched
 * under, the feed has republished, so every other feed query is marked stale (those on screen refetch at
 * once) and those no view uses are removed (they would reach the persisted cache otherwise). Returns the
 * unsubscribe function.
 */
export function watchDataVersion(queryClient: QueryClient): () => void {
  const metadataHash = JSON.stringify(feedQueries.metadata().queryKey);
  let known: string | undefined = queryClient.getQueryData<MetadataResponse>(
    feedQueries.metadata().queryKey,
  )?.dataVersion;
  return queryClient.getQueryCache().subscribe((event) => {
    if ((event.type !== 'updated' && event.type !== 'added') || event.query.queryHash !== metadataHash)
      return;
    const version = (event.query.state.data as MetadataResponse | undefined)?.dataVersion;
    if (version === undefined || version === known) return;
    const previous = known;
    known = version;
    if (previous === undefined) return;
    const others = {
      predicate: (q: Query) => q.queryKey[0] === feedQueries.all[0] && q.queryHash !== metadataHash,
    };
    queryClient.removeQueries({ ...others, type: 'inactive' });
    void queryClient.invalidateQueries(others);
  });
}
