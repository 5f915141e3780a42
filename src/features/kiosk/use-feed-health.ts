import { useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isFeedError } from '../../api/http.ts';
import { feedQueries } from '../../api/queries.ts';
import { selectFeedHealth, type FeedHealth, type QuerySummary } from './feed-health.ts';

/** How often the header re-reads the cache without an event: figures age while nothing happens. */
const RECHECK_MS = 15_000;
/** Events of one refresh arrive in a burst; the header is recomputed once per burst. */
const COALESCE_MS = 250;

function unreachable(error: unknown): boolean {
  return isFeedError(error) && error.transient;
}

/**
 * A feed query as the health rules see it. It is failing once its last fetch ended in an error, or two
 * attempts in a row have failed while it retries (one lost request is not yet a mark on the wall).
 */
export function summarizeQuery(query: Pick<Query, 'state' | 'getObserversCount'>): QuerySummary {
  const { state } = query;
  const failing = state.status === 'error' || state.fetchFailureCount >= 2;
  return {
    dataUpdatedAt: state.data === undefined ? 0 : state.dataUpdatedAt,
    active: query.getObserversCount() > 0,
    failing,
    unreachable: failing && unreachable(state.fetchFailureReason ?? state.error),
  };
}

/** The wall's header facts, kept current from the query cache's events and the browser's online state. */
export function useFeedHealth(refreshIntervalMs: number): FeedHealth & { readonly now: number } {
  const queryClient = useQueryClient();
  const [health, setHealth] = useState<FeedHealth & { now: number }>(() => ({
    asOf: null,
    stale: false,
    offline: false,
    now: Date.now(),
  }));

  useEffect(() => {
    const cache = queryClient.getQueryCache();
    let lastSuccessAt = 0;
    let lastUnreachableAt = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const compute = () => {
      timer = null;
      const now = Date.now();
      const queries = cache
        .getAll()
        .filter((q) => q.queryKey[0] === feedQueries.all[0])
        .map(summarizeQuery);
      const next = selectFeedHealth({
        queries,
        now,
        refreshIntervalMs,
        browserOnline: navigator.onLine,
        lastSuccessAt,
        lastUnreachableAt,
      });
      setHealth((previous) =>
        previous.asOf === next.asOf && previous.stale === next.stale && previous.offline === next.offline
          ? previous
          : { ...next, now },
      );
    };
    const schedule = () => {
      timer ??= setTimeout(compute, COALESCE_MS);
    };

    const unsubscribe = cache.subscribe((event) => {
      if ((event.query as Query).queryKey[0] !== feedQueries.all[0]) return;
      if (event.type === 'updated') {
        const action = event.action;
        if (action.type === 'success') lastSuccessAt = Date.now();
        if ((action.type === 'failed' || action.type === 'error') && unreachable(action.error)) {
          lastUnreachableAt = Date.now();
        }
      }
      schedule();
    });
    const interval = setInterval(compute, RECHECK_MS);
    window.addEventListener('online', schedule);
    window.addEventListener('offline', schedule);
    compute();
    return () => {
      unsubscribe();
      clearInterval(interval);
      if (timer !== null) clearTimeout(timer);
      window.removeEventListener('online', schedule);
      window.removeEventListener('offline', schedule);
    };
  }, [queryClient, refreshIntervalMs]);

  return health;
}
