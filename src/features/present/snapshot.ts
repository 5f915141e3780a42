/**
 * Freezing a deck: the feed responses its slides use, taken from the query cache, and a query client that
 * answers from them alone. A frozen deck's slides are drawn by the same views as ever, on a client whose
 * every query is already answered and can never ask the feed: the figures are the snapshot's at every
 * conference site, however far the feed has moved on.
 */
import { QueryClient, type Query, type QueryKey } from '@tanstack/react-query';
import { feedQueries } from '../../api/queries.ts';
import type { DeckSnapshot, SnapshotEntry } from './deck.ts';

/** A slide asked for figures the snapshot does not have; the panel that asked shows it failed. */
export class NotInSnapshotError extends Error {
  override readonly name = 'NotInSnapshotError';
  readonly queryKey: QueryKey;
  constructor(queryKey: QueryKey) {
    super(`Not in the deck's snapshot: ${JSON.stringify(queryKey)}`);
    this.queryKey = queryKey;
  }
}

/**
 * The snapshot of the feed queries named by `hashes` that have data: what the slides showed. `now` is
 * the moment of freezing; `dataVersion` the feed's, from its metadata, when the cache has it.
 */
export function takeSnapshot(
  queryClient: QueryClient,
  hashes: ReadonlySet<string>,
  now: number,
): DeckSnapshot {
  const queries: SnapshotEntry[] = queryClient
    .getQueryCache()
    .getAll()
    .filter(
      (q: Query) =>
        hashes.has(q.queryHash) && q.queryKey[0] === feedQueries.all[0] && q.state.data !== undefined,
    )
    .map((q) => ({ queryKey: [...q.queryKey], dataUpdatedAt: q.state.dataUpdatedAt, data: q.state.data }));
  const metadata = queryClient.getQueryData<{ dataVersion?: string }>(feedQueries.metadata().queryKey);
  return {
    takenAt: now,
    ...(metadata?.dataVersion ? { dataVersion: metadata.dataVersion } : {}),
    queries,
  };
}

/**
 * A client that only knows the snapshot. Its defaults cannot be loosened by a view: `defaultQueryOptions`,
 * through which every query's options pass, is overridden so that no query is ever stale, refetched on an
 * interval, on mount, on focus or on reconnect, retried, or given a function that reaches the network.
 * `misses` hears of a query a slide needed that the snapshot lacks.
 */
export function createFrozenClient(snapshot: DeckSnapshot, misses?: (key: QueryKey) => void): QueryClient {
  const client = new QueryClient();
  const frozen = {
    queryFn: ({ queryKey }: { queryKey: QueryKey }) => {
      misses?.(queryKey);
      return Promise.reject(new NotInSnapshotError(queryKey));
    },
    staleTime: 'static' as const,
    gcTime: Infinity,
    refetchInterval: false as const,
    refetchOnMount: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
  };
  const defaults = client.defaultQueryOptions.bind(client);
  // Replaced on the instance rather than in a subclass: the method's generic signature cannot be
  // overridden in TypeScript without repeating the library's six type parameters.
  client.defaultQueryOptions = ((options: Parameters<typeof defaults>[0]) => ({
    ...defaults(options),
    ...frozen,
  })) as typeof client.defaultQueryOptions;
  for (const entry of snapshot.queries) {
    client.setQueryData(entry.queryKey, entry.data, { updatedAt: entry.dataUpdatedAt });
  }
  return client;
}
