import { useEffect, useState } from 'react';
import { MAX_DECK_BYTES, parseDeckFile, type Deck, type DeckProblem } from './deck.ts';

export type PublishedDeck =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'ok'; readonly url: string; readonly deck: Deck }
  | {
      readonly status: 'error';
      readonly url: string;
      readonly problem: DeckProblem | 'other-origin' | 'unreachable';
    };

/**
 * Where a `deck` URL parameter points, if it is on this site: a deck published beside the app
 * (`/decks/hop-thang-11.json`). Another origin is refused: a link must not make the app fetch, and present
 * as the Government's, a file from anywhere.
 */
export function publishedDeckUrl(param: string, here: Location | URL): URL | null {
  try {
    const url = new URL(param, here.href);
    return url.origin === here.origin && (url.protocol === 'https:' || url.protocol === 'http:') ? url : null;
  } catch {
    return null;
  }
}

/** Loads and checks the deck named by the `deck` parameter (null: none named). */
export function usePublishedDeck(param: string | null): PublishedDeck {
  const [state, setState] = useState<PublishedDeck>(
    param === null ? { status: 'none' } : { status: 'loading', url: param },
  );
  const [loadedFor, setLoadedFor] = useState(param);
  if (loadedFor !== param) {
    setLoadedFor(param);
    setState(param === null ? { status: 'none' } : { status: 'loading', url: param });
  }
  const href = param === null ? null : (publishedDeckUrl(param, window.location)?.href ?? null);
  useEffect(() => {
    if (param === null || href === null) return;
    const url = href;
    const controller = new AbortController();
    void (async () => {
      try {
        const response = await fetch(url, {
          signal: controller.signal,
          headers: { Accept: 'application/json' },
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const length = Number(response.headers.get('content-length') ?? 0);
        if (length > MAX_DECK_BYTES) {
          setState({ status: 'error', url: param, problem: { field: '', reason: 'too-large' } });
          return;
        }
        const parsed = parseDeckFile(await response.text());
        setState(
          parsed.ok
            ? { status: 'ok', url: param, deck: parsed.deck }
            : { status: 'error', url: param, problem: parsed.problem },
        );
      } catch {
        if (!controller.signal.aborted) setState({ status: 'error', url: param, problem: 'unreachable' });
      }
    })();
    return () => controller.abort();
  }, [param, href]);
  if (param !== null && href === null) return { status: 'error', url: param, problem: 'other-origin' };
  return state;
}
