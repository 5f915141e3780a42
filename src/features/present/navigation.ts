/**
 * Moving through a deck while presenting, by keyboard or a presentation remote. A slide taller than the
 * screen is shown a page at a time (components/paging.ts), so "next" first turns the slide's pages, then
 * goes to the next slide, as a presenter clicks through the builds of a slide. Pure: tested without keys.
 */

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'blank' | 'exit';

const ACTIONS: Readonly<Record<string, DeckAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  n: 'next',
  N: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  p: 'previous',
  P: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  // The start button of most remotes; in a browser F5 would reload the deck mid-conference.
  F5: 'fullscreen',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  Escape: 'exit',
};

/** The deck's action for a key (`KeyboardEvent.key`), or null; shortcuts with Ctrl, Alt or Meta are the browser's. */
export function deckKeyAction(event: {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}): DeckAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  return ACTIONS[event.key] ?? null;
}

export interface DeckPosition {
  /** Slide index from 0. */
  readonly slide: number;
  /** Page of that slide from 0. */
  readonly page: number;
}

/**
 * Where `action` leads from `at`, in a deck of `slides` slides whose current slide has `pages` pages. The
 * deck stops at both ends (a presenter pressing once too often must not wrap to the first slide). Going
 * back from a slide's first page opens the previous slide at its start.
 */
export function stepDeck(at: DeckPosition, action: DeckAction, slides: number, pages: number): DeckPosition {
  const last = Math.max(0, slides - 1);
  switch (action) {
    case 'next':
      if (at.page < pages - 1) return { slide: at.slide, page: at.page + 1 };
      return at.slide < last ? { slide: at.slide + 1, page: 0 } : at;
    case 'previous':
      if (at.page > 0) return { slide: at.slide, page: at.page - 1 };
      return at.slide > 0 ? { slide: at.slide - 1, page: 0 } : at;
    case 'first':
      return { slide: 0, page: 0 };
    case 'last':
      return { slide: last, page: 0 };
    default:
      return at;
  }
}

/** The slide number from a URL (`slide=3`, counted from 1), as an index inside the deck. */
export function parseSlideParam(value: string | null, slides: number): number {
  if (value === null || !/^\d{1,4}$/.test(value)) return 0;
  return Math.min(Math.max(0, Number(value) - 1), Math.max(0, slides - 1));
}
