/** Order statistics for the bench's figures. */

/** The median (the mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The `p`-th percentile by the nearest-rank method: the smallest value with at least p % of the values at or
 * below it, so p95 of 30 values is the 29th smallest (one value may exceed it). NaN for none.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** Total blocking of a list of task durations: the part of each beyond 50 ms, summed (as Lighthouse's TBT). */
export function totalBlocking(durations: readonly number[]): number {
  return durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
}
