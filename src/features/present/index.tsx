import { lazy } from 'react';
import { loadMessageArea } from '../../i18n/i18n.tsx';

/** The conference deck at `/trinh-chieu`: its own chunk, loaded when opened. */
export const DeckPage = lazy(async () => {
  // The page's words come with its code (i18n.tsx, message areas); a printed slide that failed says so as the wall does.
  const [module] = await Promise.all([
    import('./deck-page.tsx'),
    loadMessageArea('present'),
    loadMessageArea('kiosk'),
  ]);
  return { default: module.DeckPage };
});

export type { DeckSettings } from './deck-page.tsx';
/** The header's "add this view to the deck": small, in the shell's chunk. */
export { AddToDeck } from './add-to-deck.tsx';
