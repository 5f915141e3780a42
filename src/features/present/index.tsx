import { lazy } from 'react';

/** The conference deck at `/trinh-chieu`: its own chunk, loaded when opened. */
export const DeckPage = lazy(async () => {
  const module = await import('./deck-page.tsx');
  return { default: module.DeckPage };
});

export type { DeckSettings } from './deck-page.tsx';
/** The header's "add this view to the deck": small, in the shell's chunk. */
export { AddToDeck } from './add-to-deck.tsx';
