import { describe, expect, it } from 'vitest';
import { deckKeyAction, parseSlideParam, stepDeck } from './navigation.ts';

describe('deckKeyAction', () => {
  it('goes forward and back with arrows, space and a remote’s page keys', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'Enter'].map((key) => deckKeyAction({ key }))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'PageUp', 'Backspace'].map((key) => deckKeyAction({ key }))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect(deckKeyAction({ key: 'F5' })).toBe('fullscreen');
    expect(deckKeyAction({ key: 'b' })).toBe('blank');
    expect(deckKeyAction({ key: 'r', ctrlKey: true })).toBeNull();
    expect(deckKeyAction({ key: 'Tab' })).toBeNull();
  });
});

describe('stepDeck', () => {
  it('turns a tall slide’s pages before going to the next slide', () => {
    expect(stepDeck({ slide: 0, page: 0 }, 'next', 3, 2)).toEqual({ slide: 0, page: 1 });
    expect(stepDeck({ slide: 0, page: 1 }, 'next', 3, 2)).toEqual({ slide: 1, page: 0 });
    expect(stepDeck({ slide: 1, page: 1 }, 'previous', 3, 2)).toEqual({ slide: 1, page: 0 });
    expect(stepDeck({ slide: 1, page: 0 }, 'previous', 3, 2)).toEqual({ slide: 0, page: 0 });
  });

  it('stops at both ends and jumps to the first and last slide', () => {
    expect(stepDeck({ slide: 2, page: 0 }, 'next', 3, 1)).toEqual({ slide: 2, page: 0 });
    expect(stepDeck({ slide: 0, page: 0 }, 'previous', 3, 1)).toEqual({ slide: 0, page: 0 });
    expect(stepDeck({ slide: 1, page: 1 }, 'first', 3, 2)).toEqual({ slide: 0, page: 0 });
    expect(stepDeck({ slide: 0, page: 0 }, 'last', 3, 2)).toEqual({ slide: 2, page: 0 });
  });
});

describe('parseSlideParam', () => {
  it('reads a slide number counted from 1, kept inside the deck', () => {
    expect(parseSlideParam('3', 5)).toBe(2);
    expect(parseSlideParam('9', 5)).toBe(4);
    expect(parseSlideParam('0', 5)).toBe(0);
    expect(parseSlideParam('x', 5)).toBe(0);
    expect(parseSlideParam(null, 5)).toBe(0);
  });
});
