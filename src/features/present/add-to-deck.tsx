import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';

/** The deck's rules and store load on the first click: every page has the button, few pages use it. */
const loadDeckStore = () => Promise.all([import('./deck.ts'), import('./deck-store.ts')]);

/**
 * "Thêm vào bộ trình chiếu": the view on screen, as its URL, becomes the last slide of the current deck
 * (a first deck is made if there is none). The slide's title is the view's own heading, which the
 * presenter can change in the deck.
 */
export function AddToDeck() {
  const { t } = useI18n();
  const location = useLocation();
  const [said, setSaid] = useState<{ text: string; error: boolean; at: string } | null>(null);
  const here = `${location.pathname}${location.search}`;
  const add = async () => {
    let modules: Awaited<ReturnType<typeof loadDeckStore>>;
    try {
      modules = await loadDeckStore();
    } catch {
      setSaid({ text: t('error.unknown'), error: true, at: here });
      return;
    }
    const [{ viewOfLocation }, { addToCurrent, currentDeck, loadLibrary, saveLibrary }] = modules;
    const heading = document.querySelector('main h1')?.textContent.trim() ?? '';
    const next = addToCurrent(
      loadLibrary(),
      { view: viewOfLocation(location.pathname, location.search), ...(heading ? { title: heading } : {}) },
      crypto.randomUUID(),
      t('present.newTitle'),
    );
    const deck = currentDeck(next)?.deck;
    if (saveLibrary(next) === 'full' || !deck) {
      setSaid({ text: t('present.storageFull'), error: true, at: here });
      return;
    }
    setSaid({
      text: t('present.added', { n: deck.slides.length, title: deck.title }),
      error: false,
      at: here,
    });
  };
  return (
    <div className="add-to-deck">
      <button type="button" className="button button--small" onClick={() => void add()}>
        {t('present.add')}
      </button>
      {said && said.at === here && (
        <span className="add-to-deck__said" role={said.error ? 'alert' : 'status'}>
          {said.text} {!said.error && <Link to="/trinh-chieu">{t('present.open')}</Link>}
        </span>
      )}
    </div>
  );
}
