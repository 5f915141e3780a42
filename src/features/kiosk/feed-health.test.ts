import { describe, expect, it } from 'vitest';
import { selectFeedHealth, staleAfterMs, STALE_GRACE_MS, type QuerySummary } from './feed-health.ts';

const MINUTE = 60_000;
const fresh = (at: number, extra: Partial<QuerySummary> = {}): QuerySummary => ({
  dataUpdatedAt: at,
  active: true,
  failing: false,
  unreachable: false,
  ...extra,
});
const base = {
  refreshIntervalMs: 5 * MINUTE,
  browserOnline: true,
  lastSuccessAt: 0,
  lastUnreachableAt: 0,
};

describe('selectFeedHealth', () => {
  it('dates the screen by its oldest figure, ignoring views not on screen', () => {
    const h = selectFeedHealth({
      ...base,
      now: 10 * MINUTE,
      queries: [fresh(9 * MINUTE), fresh(8 * MINUTE), fresh(1, { active: false }), fresh(0)],
    });
    expect(h).toEqual({ asOf: 8 * MINUTE, stale: false, offline: false });
  });

  it('calls figures stale once they lag more than one and a half refresh intervals and the grace', () => {
    expect(staleAfterMs(5 * MINUTE)).toBe(7.5 * MINUTE + STALE_GRACE_MS);
    const at = (now: number) => selectFeedHealth({ ...base, now, queries: [fresh(0 + 1)] }).stale;
    expect(at(1 + staleAfterMs(5 * MINUTE))).toBe(false);
    expect(at(2 + staleAfterMs(5 * MINUTE))).toBe(true);
  });

  it('has no time and nothing stale before any figure arrived', () => {
    expect(selectFeedHealth({ ...base, now: 1e9, queries: [] })).toEqual({
      asOf: null,
      stale: false,
      offline: false,
    });
  });

  it('is offline when the browser says so', () => {
    expect(selectFeedHealth({ ...base, browserOnline: false, now: 1, queries: [] }).offline).toBe(true);
  });

  it('is offline when the feed cannot be reached and nothing succeeded since', () => {
    const failing = fresh(1, { failing: true, unreachable: true });
    const h = (lastSuccessAt: number, lastUnreachableAt: number, q = failing) =>
      selectFeedHealth({ ...base, now: 100, lastSuccessAt, lastUnreachableAt, queries: [q] }).offline;
    expect(h(10, 20)).toBe(true);
    // Something succeeded after: the feed is back, the failing query will retry.
    expect(h(30, 20)).toBe(false);
    // A query that fails with a bad payload says nothing about reaching the feed.
    expect(h(10, 20, fresh(1, { failing: true, unreachable: false }))).toBe(false);
  });
});
