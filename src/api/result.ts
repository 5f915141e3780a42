import type { Reconnecting } from './retry-state.ts';

/**
 * What a panel gets from the feed: still loading, failed (with the error to show and a retry), or the
 * data. One shape for every hook that assembles feed answers (board rows, figures, trends), so any panel
 * renders its skeleton, its error and its content the same way.
 */
export type FeedResult<T> =
  | { readonly status: 'pending'; readonly reconnecting?: Reconnecting }
  | { readonly status: 'error'; readonly error: unknown; readonly retry: () => void }
  | { readonly status: 'success'; readonly data: T };
