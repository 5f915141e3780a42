/**
 * What the wall's header says about its figures: how old they are, whether that is older than the refresh
 * interval allows (stale), and whether the feed can be reached at all (offline). Pure rules over a summary
 * of the query cache, so a test can state them with plain numbers.
 */

/** One query of the feed as far as these rules care. */
export interface QuerySummary {
  /** When its data last arrived (ms epoch); 0 when it has none. */
  readonly dataUpdatedAt: number;
  /** Whether a view on screen uses it. */
  readonly active: boolean;
  /** The last attempt failed and no success came after it. */
  readonly failing: boolean;
  /** …and the failure was the network, a timeout or a 5xx: the feed could not be reached. */
  readonly unreachable: boolean;
}

export interface FeedHealth {
  /** When the oldest figure on screen arrived: what the header calls the time of the last refresh. */
  readonly asOf: number | null;
  readonly stale: boolean;
  readonly offline: boolean;
}

/**
 * How far past one refresh interval figures may lag before they are called stale: a refresh is retried for
 * a while (three retries with backoff, each with its own timeout) before it is counted as failed, and the
 * wall should not flash a mark for a refresh that is merely slow.
 */
export const STALE_GRACE_MS = 2 * 60 * 1000;

/** Data older than this is stale: one interval, plus half of one, plus {@link STALE_GRACE_MS}. */
export function staleAfterMs(refreshIntervalMs: number): number {
  return Math.round(refreshIntervalMs * 1.5) + STALE_GRACE_MS;
}

/**
 * The header's figures from the queries on screen:
 * - as of: the oldest `dataUpdatedAt` among the active queries that have data (the figure that lags most
 *   decides what the wall can promise);
 * - stale: that figure is older than {@link staleAfterMs};
 * - offline: the browser says it is offline, or the most recent feed attempt could not reach the feed and
 *   nothing has succeeded since (`lastSuccessAt` < `lastUnreachableAt`).
 */
export function selectFeedHealth({
  queries,
  now,
  refreshIntervalMs,
  browserOnline,
  lastSuccessAt,
  lastUnreachableAt,
}: {
  readonly queries: readonly QuerySummary[];
  readonly now: number;
  readonly refreshIntervalMs: number;
  readonly browserOnline: boolean;
  /** The last time any feed request succeeded (ms epoch), 0 if never. */
  readonly lastSuccessAt: number;
  /** The last time a feed request failed to reach the feed, 0 if never. */
  readonly lastUnreachableAt: number;
}): FeedHealth {
  const shown = queries.filter((q) => q.active && q.dataUpdatedAt > 0);
  const asOf = shown.length > 0 ? Math.min(...shown.map((q) => q.dataUpdatedAt)) : null;
  const stale = asOf !== null && now - asOf > staleAfterMs(refreshIntervalMs);
  const offline =
    !browserOnline ||
    (lastUnreachableAt > lastSuccessAt && queries.some((q) => q.active && q.failing && q.unreachable));
  return { asOf, stale, offline };
}
