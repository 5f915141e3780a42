import { describe, expect, it } from 'vitest';
import { FeedError } from './http.ts';
import { MAX_RETRIES, retryDelayMs } from './query-client.ts';
import { reconnectingOf, type QueryAttempts } from './retry-state.ts';

const down = new FeedError('network', '/observations');
const loading: QueryAttempts = {
  isError: false,
  failureCount: 0,
  failureReason: null,
  fetchStatus: 'fetching',
};

describe('reconnectingOf', () => {
  it('is undefined while every query is loading for the first time or has settled', () => {
    expect(reconnectingOf([])).toBeUndefined();
    expect(reconnectingOf([loading, { ...loading, fetchStatus: 'idle' }])).toBeUndefined();
  });

  it('names the attempt under way and why the last one failed, for the query furthest along', () => {
    const once = { isError: false, failureCount: 1, failureReason: down, fetchStatus: 'fetching' } as const;
    const twice = { ...once, failureCount: 2, failureReason: new FeedError('timeout', '/series') };
    expect(reconnectingOf([loading, once])).toEqual({ attempt: 2, attempts: 4, error: down });
    expect(reconnectingOf([once, twice, loading])?.attempt).toBe(3);
    expect(reconnectingOf([once, twice])?.error).toBe(twice.failureReason);
    // A retry waiting for the tab to become visible again is still a retry.
    expect(reconnectingOf([{ ...once, fetchStatus: 'paused' }])?.attempt).toBe(2);
  });

  it('leaves a query that gave up to the error panel', () => {
    expect(
      reconnectingOf([{ isError: true, failureCount: 4, failureReason: down, fetchStatus: 'idle' }]),
    ).toBeUndefined();
  });

  it('counts four attempts in all, with 1, 2 and 4 s between them', () => {
    expect(MAX_RETRIES + 1).toBe(4);
    expect([0, 1, 2].map(retryDelayMs)).toEqual([1000, 2000, 4000]);
  });
});
