/**
 * What a panel waiting for data can say: only "loading", or "reconnecting" because a request failed and
 * is being retried (TanStack Query keeps the query pending meanwhile, which would otherwise show a
 * skeleton for the 7 s or more of backoff, and far longer when each attempt times out).
 */
import { MAX_RETRIES } from './query-client.ts';

/** A retry in progress. */
export interface Reconnecting {
  /** The attempt under way or next: 2 after the first failure. */
  readonly attempt: number;
  /** Attempts in all before the panel shows the error. */
  readonly attempts: number;
  /** Why the last attempt failed (a FeedError, usually). */
  readonly error: unknown;
}

/** The parts of a TanStack query result this reads (`UseQueryResult` has them). */
export interface QueryAttempts {
  readonly isError: boolean;
  readonly failureCount: number;
  readonly failureReason: unknown;
  readonly fetchStatus: 'fetching' | 'paused' | 'idle';
}

/**
 * The retry in progress among `queries` that a panel waits for, the one furthest along, or undefined
 * when none is retrying (all loading for the first time, settled, or given up: then the panel shows
 * the error itself).
 */
export function reconnectingOf(queries: readonly QueryAttempts[]): Reconnecting | undefined {
  let furthest: QueryAttempts | undefined;
  for (const query of queries) {
    if (query.isError || query.failureCount === 0 || query.fetchStatus === 'idle') continue;
    if (!furthest || query.failureCount > furthest.failureCount) furthest = query;
  }
  if (!furthest) return undefined;
  return {
    attempt: Math.min(furthest.failureCount + 1, MAX_RETRIES + 1),
    attempts: MAX_RETRIES + 1,
    error: furthest.failureReason,
  };
}
