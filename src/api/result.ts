/**
 * What a panel gets from the feed: still loading, failed (with the error to show and a retry), or the
 * data. One shape for every hook that assembles feed answers (board rows, figures, trends, profiles), so
 * any panel renders its skeleton, its error and its content the same way.
 */
import type { UseQueryResult } from '@tanstack/react-query';

export type FeedResult<T> =
  | { readonly status: 'pending' }
  | { readonly status: 'error'; readonly error: unknown; readonly retry: () => void }
  | { readonly status: 'success'; readonly data: T };

export const PENDING: FeedResult<never> = { status: 'pending' };

/** A TanStack query as a {@link FeedResult}: its error with a refetch, or its data. */
export function fromQuery<T>(query: UseQueryResult<T>): FeedResult<T> {
  if (query.isError) return { status: 'error', error: query.error, retry: () => void query.refetch() };
  if (query.data === undefined) return PENDING;
  return { status: 'success', data: query.data };
}
