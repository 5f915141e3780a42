import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { persistQueryClientRestore, persistQueryClientSave } from '@tanstack/react-query-persist-client';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../mocks/data/dataset.ts';
import {
  PERSIST_SCHEMA_VERSION,
  createIdbPersister,
  persistBuster,
  shouldPersistQuery,
  watchDataVersion,
} from './persist.ts';
import { feedQueries } from './queries.ts';
import { FeedError } from './http.ts';

const dataset = createDataset();
const metadata = dataset.metadata();
const observationsKey = feedQueries.observations({
  indicator: 'cpi-yoy',
  period: metadata.latest.month,
  scope: 'province',
}).queryKey;

let storeCount = 0;
/** A persister on its own IndexedDB database, so tests do not see each other's caches. */
function freshPersister(options: { liveDataVersion?: () => string | undefined } = {}) {
  storeCount += 1;
  return createIdbPersister({
    store: createStore(`test-${storeCount}`, 'cache'),
    throttleMs: 10,
    ...options,
  });
}

function clientWithFigures(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity, retry: false } } });
  client.setQueryData(feedQueries.metadata().queryKey, metadata, { updatedAt: 1_000 });
  const body = dataset.observations({
    indicator: 'cpi-yoy',
    period: metadata.latest.month,
    scope: 'province',
  });
  if (!body.ok) throw new Error(body.problem.detail);
  client.setQueryData(observationsKey, body.body, { updatedAt: 2_000 });
  return client;
}

const dehydrateOptions = { shouldDehydrateQuery: shouldPersistQuery };

async function saveAndRestore(
  from: QueryClient,
  {
    buster = 'a',
    restoreBuster = buster,
    liveDataVersion,
  }: { buster?: string; restoreBuster?: string; liveDataVersion?: string } = {},
): Promise<QueryClient> {
  const persister = freshPersister({ liveDataVersion: () => liveDataVersion });
  await persistQueryClientSave({ queryClient: from, persister, buster, dehydrateOptions });
  await persister.flush();
  const to = new QueryClient();
  await persistQueryClientRestore({ queryClient: to, persister, buster: restoreBuster });
  return to;
}

describe('persisted query cache', () => {
  it('brings the figures back into a fresh cache with the time they arrived', async () => {
    const restored = await saveAndRestore(clientWithFigures());
    expect(restored.getQueryData(feedQueries.metadata().queryKey)).toEqual(metadata);
    expect(restored.getQueryState(observationsKey)?.dataUpdatedAt).toBe(2_000);
    expect(restored.getQueryState(observationsKey)?.status).toBe('success');
  });

  it('keeps the last good figures of a query whose refresh failed, with their own time', async () => {
    const client = clientWithFigures();
    await client
      .query({
        queryKey: observationsKey,
        queryFn: () => Promise.reject(new FeedError('network', '/observations')),
        staleTime: 0,
      })
      .catch(() => undefined);
    expect(client.getQueryState(observationsKey)?.status).toBe('error');
    const restored = await saveAndRestore(client);
    const state = restored.getQueryState(observationsKey);
    expect(state?.status).toBe('success');
    expect(state?.dataUpdatedAt).toBe(2_000);
    expect(state?.error).toBeNull();
  });

  it('keeps feed responses only', async () => {
    const client = clientWithFigures();
    client.setQueryData(['vn-map', '34'], { huge: 'geometry' });
    const restored = await saveAndRestore(client);
    expect(restored.getQueryData(['vn-map', '34'])).toBeUndefined();
  });

  it('drops a cache written under another contract version or for another feed', async () => {
    const restored = await saveAndRestore(clientWithFigures(), {
      buster: persistBuster('/api/v1'),
      restoreBuster: persistBuster('https://other.example/v1'),
    });
    expect(restored.getQueryData(feedQueries.metadata().queryKey)).toBeUndefined();
    expect(persistBuster('/api/v1')).toContain(`schema-${PERSIST_SCHEMA_VERSION}`);
  });

  it('drops a cache of another data version once the feed has answered with a newer one', async () => {
    const kept = await saveAndRestore(clientWithFigures(), { liveDataVersion: metadata.dataVersion });
    expect(kept.getQueryData(observationsKey)).toBeDefined();
    const dropped = await saveAndRestore(clientWithFigures(), { liveDataVersion: 'newer' });
    expect(dropped.getQueryData(observationsKey)).toBeUndefined();
  });

  it('writes at most once per throttle period, the latest state', async () => {
    const persister = freshPersister();
    const client = clientWithFigures();
    for (let i = 0; i < 5; i++) {
      client.setQueryData(['feed', 'counter'], i);
      await persistQueryClientSave({ queryClient: client, persister, buster: 'a', dehydrateOptions });
    }
    await persister.flush();
    const restored = new QueryClient();
    await persistQueryClientRestore({ queryClient: restored, persister, buster: 'a' });
    expect(restored.getQueryData(['feed', 'counter'])).toBe(4);
  });

  it('refetches figures of an old data version when the feed republishes, and forgets unused ones', () => {
    const client = clientWithFigures();
    const unused = ['feed', 'series', { indicator: 'x' }];
    client.setQueryData(unused, { old: true });
    // A view on screen uses the observations.
    let fetches = 0;
    const onScreen = new QueryObserver(client, {
      queryKey: observationsKey,
      queryFn: () => {
        fetches += 1;
        return client.getQueryData(observationsKey) ?? null;
      },
      staleTime: Infinity,
    });
    const unsubscribe = onScreen.subscribe(() => undefined);
    const stop = watchDataVersion(client);
    client.setQueryData(feedQueries.metadata().queryKey, { ...metadata, dataVersion: metadata.dataVersion });
    expect(fetches).toBe(0);
    client.setQueryData(feedQueries.metadata().queryKey, { ...metadata, dataVersion: 'republished' });
    stop();
    unsubscribe();
    expect(client.getQueryData(unused)).toBeUndefined();
    expect(fetches).toBe(1);
  });

  it('has a schema version that moves with the feed contract', async () => {
    // When openapi/openapi.json changes, a cache of the old shapes must not be restored: bump
    // PERSIST_SCHEMA_VERSION and add the new document's hash under it here.
    const CONTRACT_OF_VERSION: Record<number, string> = {
      1: '32ee135d905d3955174a7244ed2f5e952e85d736b443f3a400ba4e0399397d7e',
      2: '44822c9b3c3a47614c65e2f2c048b5a2afbe615520e26758025e9c8031a085f9',
      3: '8a22da626e0cbd65fe3a80ef322ed119da3ee4afeca2c4001f29c17627fe2eeb',
    };
    const text = await readFile(new URL('../../openapi/openapi.json', import.meta.url), 'utf8');
    const hash = createHash('sha256').update(text).digest('hex');
    expect(
      CONTRACT_OF_VERSION[PERSIST_SCHEMA_VERSION],
      'bump PERSIST_SCHEMA_VERSION in src/api/persist.ts',
    ).toBe(hash);
  });
});
