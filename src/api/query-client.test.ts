import { onlineManager, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedError } from './http.ts';
import { createQueryClient } from './query-client.ts';

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('the app query client', () => {
  it('asks the feed even when the browser says it is offline, and fails instead of waiting silently', async () => {
    onlineManager.setOnline(false);
    const client = createQueryClient({ refreshIntervalMs: 300_000, retry: false });
    let calls = 0;
    const failure = client.query({
      queryKey: ['offline'],
      queryFn: () => {
        calls++;
        return Promise.reject(new FeedError('network', '/observations'));
      },
    });
    await expect(failure).rejects.toMatchObject({ kind: 'network' });
    expect(calls).toBe(1);
  });

  it('asks again for a failed query when the browser comes back online', async () => {
    const client = createQueryClient({ refreshIntervalMs: 300_000, retry: false });
    client.mount();
    let calls = 0;
    const observer = new QueryObserver(client, {
      queryKey: ['reconnect'],
      queryFn: () =>
        ++calls === 1 ? Promise.reject(new FeedError('network', '/metadata')) : Promise.resolve('ok'),
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await expect.poll(() => observer.getCurrentResult().status).toBe('error');
    onlineManager.setOnline(false);
    onlineManager.setOnline(true);
    await expect.poll(() => observer.getCurrentResult().data).toBe('ok');
    expect(calls).toBe(2);
    unsubscribe();
    client.unmount();
  });

  it('retries transient failures three times, never an invalid payload or a 4xx', () => {
    const client = createQueryClient({ refreshIntervalMs: 300_000 });
    const retry = client.getDefaultOptions().queries?.retry as (n: number, e: unknown) => boolean;
    const network = new FeedError('network', '/series');
    expect([0, 1, 2, 3].map((n) => retry(n, network))).toEqual([true, true, true, false]);
    expect(retry(0, new FeedError('http', '/series', { status: 503 }))).toBe(true);
    expect(retry(0, new FeedError('http', '/series', { status: 404 }))).toBe(false);
    expect(retry(0, new FeedError('invalid-payload', '/series'))).toBe(false);
  });
});
