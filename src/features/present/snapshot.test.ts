import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../mocks/data/dataset.ts';
import { feedQueries } from '../../api/queries.ts';
import { parseDeckFile, serializeDeck, type Deck } from './deck.ts';
import { NotInSnapshotError, createFrozenClient, takeSnapshot } from './snapshot.ts';

const dataset = createDataset();
const metadata = dataset.metadata();
const params = { indicator: 'cpi-yoy', period: metadata.latest.month, scope: 'province' as const };
const observationsResult = dataset.observations(params);
if (!observationsResult.ok) throw new Error(observationsResult.problem.detail);
const observations = { body: observationsResult.body };

function liveClient(): QueryClient {
  const client = new QueryClient();
  client.setQueryData(feedQueries.metadata().queryKey, metadata, { updatedAt: 1000 });
  client.setQueryData(feedQueries.observations(params).queryKey, observations.body, { updatedAt: 2000 });
  client.setQueryData(feedQueries.indicators().queryKey, dataset.indicators(), { updatedAt: 3000 });
  client.setQueryData(['vn-map', '34'], { geometry: true });
  return client;
}

const hashOf = (key: readonly unknown[]) => JSON.stringify(key);

describe('deck snapshots', () => {
  it('takes the feed responses the slides used, with their times and the data version', () => {
    const client = liveClient();
    const used = new Set([
      hashOf(feedQueries.metadata().queryKey),
      hashOf(feedQueries.observations(params).queryKey),
      hashOf(['vn-map', '34']),
    ]);
    const snapshot = takeSnapshot(client, used, 5000);
    expect(snapshot.takenAt).toBe(5000);
    expect(snapshot.dataVersion).toBe(metadata.dataVersion);
    expect(snapshot.queries.map((q) => [q.queryKey[1], q.dataUpdatedAt])).toEqual([
      ['metadata', 1000],
      ['observations', 2000],
    ]);
  });

  it('survives the file round trip and answers the slides with the frozen figures', async () => {
    const client = liveClient();
    const used = new Set(
      client
        .getQueryCache()
        .getAll()
        .map((q) => q.queryHash),
    );
    const deck: Deck = {
      title: 'Giao ban',
      slides: [{ view: '/?indicator=cpi-yoy' }],
      snapshot: takeSnapshot(client, used, 5000),
    };
    const reopened = parseDeckFile(serializeDeck(deck));
    if (!reopened.ok || !reopened.deck.snapshot) throw new Error('the deck did not reopen');
    const frozen = createFrozenClient(reopened.deck.snapshot);
    expect(frozen.getQueryData(feedQueries.observations(params).queryKey)).toEqual(observations.body);
    expect(frozen.getQueryState(feedQueries.observations(params).queryKey)?.dataUpdatedAt).toBe(2000);
    // A view mounting the query with its own options (query function, refresh interval) gets the frozen
    // figures and never calls its query function.
    let fetched = 0;
    const observer = new QueryObserver(frozen, {
      ...feedQueries.observations(params),
      queryFn: () => {
        fetched += 1;
        return observations.body;
      },
      refetchInterval: 10,
      staleTime: 0,
    });
    const stop = observer.subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await frozen.refetchQueries();
    await frozen.invalidateQueries();
    stop();
    expect(fetched).toBe(0);
    expect(observer.getCurrentResult().data).toEqual(observations.body);
  });

  it('fails a query the snapshot lacks without reaching the feed, and says which', async () => {
    const missed: unknown[] = [];
    const frozen = createFrozenClient({ takenAt: 1, queries: [] }, (key) => missed.push(key));
    const key = feedQueries.series({
      indicator: 'x',
      frequency: 'month',
      from: '2026-01',
      to: '2026-10',
      scope: 'province',
    }).queryKey;
    await expect(
      frozen.query({ queryKey: key, queryFn: () => Promise.resolve('from the feed') }),
    ).rejects.toBeInstanceOf(NotInSnapshotError);
    expect(missed).toEqual([key]);
  });
});
