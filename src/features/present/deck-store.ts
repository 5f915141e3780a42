/**
 * The decks kept in this browser (localStorage), one of them current: the one "Thêm vào bộ trình chiếu"
 * adds to. What is stored is read back like a file, through {@link parseDeckFile}: storage can be edited
 * by hand, written by an older build or cut short by a full disk, and a deck that no longer reads is left
 * out rather than breaking the page.
 */
import { addSlide, parseDeckFile, serializeDeck, type Deck, type DeckSlide } from './deck.ts';

export const DECKS_STORAGE_KEY = 'dieu-hanh:decks';

export interface StoredDeck {
  readonly id: string;
  readonly deck: Deck;
}

export interface DeckLibrary {
  readonly current: string | null;
  readonly decks: readonly StoredDeck[];
}

export const EMPTY_LIBRARY: DeckLibrary = { current: null, decks: [] };

/** Reads the library from its stored text (null: nothing stored). */
export function parseLibrary(text: string | null): DeckLibrary {
  if (!text) return EMPTY_LIBRARY;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return EMPTY_LIBRARY;
  }
  if (typeof json !== 'object' || json === null) return EMPTY_LIBRARY;
  const { current, decks } = json as { current?: unknown; decks?: unknown };
  if (!Array.isArray(decks)) return EMPTY_LIBRARY;
  const kept: StoredDeck[] = [];
  for (const item of decks as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, file } = item as { id?: unknown; file?: unknown };
    if (typeof id !== 'string' || !/^[\w-]{1,64}$/.test(id)) continue;
    const parsed = parseDeckFile(JSON.stringify(file));
    if (parsed.ok) kept.push({ id, deck: parsed.deck });
  }
  const currentId = typeof current === 'string' && kept.some((d) => d.id === current) ? current : null;
  return { current: currentId ?? kept[0]?.id ?? null, decks: kept };
}

/** The library as stored: each deck in its file form. */
export function serializeLibrary(library: DeckLibrary): string {
  return JSON.stringify({
    current: library.current,
    decks: library.decks.map(({ id, deck }) => ({ id, file: JSON.parse(serializeDeck(deck)) as unknown })),
  });
}

export function currentDeck(library: DeckLibrary): StoredDeck | null {
  return library.decks.find((d) => d.id === library.current) ?? null;
}

/** A new empty deck, made current. */
export function createDeck(library: DeckLibrary, id: string, title: string): DeckLibrary {
  return { current: id, decks: [...library.decks, { id, deck: { title, slides: [] } }] };
}

/** An imported or published deck, kept as a new deck and made current; the others are untouched. */
export function keepDeck(library: DeckLibrary, id: string, deck: Deck): DeckLibrary {
  return { current: id, decks: [...library.decks, { id, deck }] };
}

export function selectDeck(library: DeckLibrary, id: string): DeckLibrary {
  return library.decks.some((d) => d.id === id) ? { ...library, current: id } : library;
}

export function updateDeck(library: DeckLibrary, id: string, change: (deck: Deck) => Deck): DeckLibrary {
  return { ...library, decks: library.decks.map((d) => (d.id === id ? { id, deck: change(d.deck) } : d)) };
}

export function deleteDeck(library: DeckLibrary, id: string): DeckLibrary {
  const decks = library.decks.filter((d) => d.id !== id);
  return { current: library.current === id ? (decks[0]?.id ?? null) : library.current, decks };
}

/** Adds a view to the current deck, first making a deck called `newTitle` if there is none. */
export function addToCurrent(
  library: DeckLibrary,
  slide: DeckSlide,
  newId: string,
  newTitle: string,
): DeckLibrary {
  const base = currentDeck(library) ? library : createDeck(library, newId, newTitle);
  const id = base.current;
  return id === null ? base : updateDeck(base, id, (deck) => addSlide(deck, slide));
}

// The browser side: localStorage, shared by every tab of the app (the view in one tab, the deck in another).

const listeners = new Set<() => void>();
let cachedText: string | null | undefined;
let cachedLibrary: DeckLibrary = EMPTY_LIBRARY;

function readStorage(): string | null {
  try {
    return localStorage.getItem(DECKS_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The library as stored now; the same object until the stored text changes. */
export function loadLibrary(): DeckLibrary {
  const text = readStorage();
  if (text !== cachedText) {
    cachedText = text;
    cachedLibrary = parseLibrary(text);
  }
  return cachedLibrary;
}

export type SaveResult = 'saved' | 'full';

/** Stores the library; 'full' when the browser refuses (its storage for this site is full). */
export function saveLibrary(library: DeckLibrary): SaveResult {
  try {
    localStorage.setItem(DECKS_STORAGE_KEY, serializeLibrary(library));
  } catch {
    return 'full';
  }
  for (const listener of listeners) listener();
  return 'saved';
}

/** For useSyncExternalStore: hears this tab's saves and other tabs' (the `storage` event). */
export function subscribeLibrary(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === DECKS_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
