import { useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { RouteObject } from 'react-router';
import { feedQueries } from '../../api/queries.ts';
import { SlideBoundary, ViewAt } from '../../components/view-at.tsx';
import type { Deck, DeckSnapshot } from './deck.ts';
import { takeSnapshot } from './snapshot.ts';

/** The figures settle when no query has started for this long and none is still fetching. */
const QUIET_MS = 800;
const GIVE_UP_MS = 60_000;

export type FreezeResult =
  | { readonly ok: true; readonly snapshot: DeckSnapshot }
  | { readonly ok: false; readonly reason: 'failed' | 'timeout'; readonly failed: number };

/**
 * Freezing a deck: every slide is drawn once, out of sight, on the app's own cache, and the feed queries
 * they ask for are noted as they are asked (the cache's `observerAdded` events). Once the figures have
 * settled, those queries are the snapshot: exactly the data the slides show, not the whole cache. A
 * slide whose figures did not load fails the freeze, rather than freezing a gap.
 */
export function FreezeCapture({
  deck,
  views,
  base,
  onDone,
}: {
  deck: Deck;
  views: readonly RouteObject[];
  base: string;
  onDone: (result: FreezeResult) => void;
}) {
  const queryClient = useQueryClient();
  const [listening, setListening] = useState(false);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });

  useEffect(() => {
    const cache = queryClient.getQueryCache();
    const hashes = new Set<string>();
    let lastAdded = Date.now();
    const started = Date.now();
    const unsubscribe = cache.subscribe((event) => {
      const query = event.query as Query;
      if (event.type === 'observerAdded' && query.queryKey[0] === feedQueries.all[0]) {
        if (!hashes.has(query.queryHash)) lastAdded = Date.now();
        hashes.add(query.queryHash);
      }
    });
    // The slides are drawn only once this listener is in place: their queries subscribe in their own
    // effects, which run before this component's, so a render with the slides from the start would miss them.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the second render is the point
    setListening(true);
    const timer = setInterval(() => {
      const queries = [...hashes].flatMap((h) => cache.get(h) ?? []);
      const fetching = queries.some((q) => q.state.fetchStatus === 'fetching');
      const now = Date.now();
      if (!fetching && queries.length > 0 && now - lastAdded > QUIET_MS) {
        clearInterval(timer);
        const failed = queries.filter((q) => q.state.status === 'error' && q.state.data === undefined).length;
        done.current(
          failed > 0
            ? { ok: false, reason: 'failed', failed }
            : { ok: true, snapshot: takeSnapshot(queryClient, hashes, now) },
        );
      } else if (now - started > GIVE_UP_MS) {
        clearInterval(timer);
        done.current({ ok: false, reason: 'timeout', failed: 0 });
      }
    }, 200);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [queryClient]);

  if (!listening) return null;
  return (
    <div className="deck-capture" aria-hidden="true" inert data-presentation="video">
      {deck.slides.map((slide, i) => (
        <div key={i} className="deck-capture__slide">
          <SlideBoundary fallback={null}>
            <ViewAt path={slide.view} views={views} base={base} fallback={null} />
          </SlideBoundary>
        </div>
      ))}
    </div>
  );
}
