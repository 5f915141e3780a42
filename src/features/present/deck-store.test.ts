import { describe, expect, it } from 'vitest';
import {
  EMPTY_LIBRARY,
  addToCurrent,
  currentDeck,
  deleteDeck,
  keepDeck,
  parseLibrary,
  serializeLibrary,
  updateDeck,
} from './deck-store.ts';
import { retitleSlide } from './deck.ts';

describe('deck library', () => {
  it('adds a view to the current deck, making one the first time', () => {
    const one = addToCurrent(
      EMPTY_LIBRARY,
      { view: '/?indicator=cpi-yoy', title: 'CPI' },
      'a',
      'Bộ trình chiếu',
    );
    expect(currentDeck(one)?.deck).toEqual({
      title: 'Bộ trình chiếu',
      slides: [{ view: '/?indicator=cpi-yoy', title: 'CPI' }],
    });
    const two = addToCurrent(one, { view: '/tinh/79' }, 'b', 'unused');
    expect(two.decks).toHaveLength(1);
    expect(currentDeck(two)?.deck.slides.map((s) => s.view)).toEqual(['/?indicator=cpi-yoy', '/tinh/79']);
  });

  it('keeps an imported deck beside the others without touching them', () => {
    const mine = addToCurrent(EMPTY_LIBRARY, { view: '/' }, 'mine', 'Của tôi');
    const imported = keepDeck(mine, 'imported', { title: 'Nhận được', slides: [{ view: '/tinh/01' }] });
    expect(imported.current).toBe('imported');
    expect(imported.decks.find((d) => d.id === 'mine')).toBe(mine.decks[0]);
  });

  it('round-trips through storage and drops what no longer reads as a deck', () => {
    const library = updateDeck(addToCurrent(EMPTY_LIBRARY, { view: '/' }, 'a', 'Một'), 'a', (d) =>
      retitleSlide(d, 0, 'Đầu'),
    );
    expect(parseLibrary(serializeLibrary(library))).toEqual(library);
    const text = JSON.stringify({
      current: 'gone',
      decks: [
        {
          id: 'bad',
          file: {
            format: 'dieu-hanh/deck',
            version: 1,
            title: 'x',
            slides: [{ view: 'https://evil.example' }],
          },
        },
        { id: '../../etc', file: {} },
        (JSON.parse(serializeLibrary(library)) as { decks: unknown[] }).decks[0],
      ],
    });
    expect(parseLibrary(text)).toEqual({ current: 'a', decks: library.decks });
    expect(parseLibrary('not json')).toEqual(EMPTY_LIBRARY);
    expect(parseLibrary(null)).toEqual(EMPTY_LIBRARY);
  });

  it('makes another deck current when the current one is deleted', () => {
    const two = keepDeck(addToCurrent(EMPTY_LIBRARY, { view: '/' }, 'a', 'A'), 'b', {
      title: 'B',
      slides: [],
    });
    expect(deleteDeck(two, 'b').current).toBe('a');
    expect(deleteDeck(deleteDeck(two, 'b'), 'a')).toEqual(EMPTY_LIBRARY);
  });
});
