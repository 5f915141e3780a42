import { describe, expect, it } from 'vitest';
import { createDataset } from '../../../mocks/data/dataset.ts';
import { feedQueries } from '../../api/queries.ts';
import {
  DECK_FORMAT,
  MAX_DECK_BYTES,
  addSlide,
  moveSlide,
  parseDeckFile,
  removeSlide,
  retitleSlide,
  serializeDeck,
  viewOfLocation,
  type Deck,
} from './deck.ts';

const dataset = createDataset();
const metadata = dataset.metadata();

const file = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: DECK_FORMAT,
    version: 1,
    title: 'Họp Chính phủ thường kỳ tháng 11/2026',
    slides: [{ view: '/', title: 'Tổng quan' }, { view: '/tinh/79?era=63' }],
    ...extra,
  });

const problemOf = (text: string) => {
  const result = parseDeckFile(text);
  return result.ok ? null : result.problem;
};

describe('parseDeckFile', () => {
  it('reads a deck with titled and untitled slides', () => {
    expect(parseDeckFile(file())).toEqual({
      ok: true,
      deck: {
        title: 'Họp Chính phủ thường kỳ tháng 11/2026',
        slides: [{ view: '/', title: 'Tổng quan' }, { view: '/tinh/79?era=63' }],
      },
    });
  });

  it('names what is wrong with a malformed file', () => {
    expect(problemOf('{"format": ')).toEqual({ field: '', reason: 'not-json' });
    expect(problemOf('[]')).toEqual({ field: '', reason: 'not-a-deck' });
    expect(problemOf(JSON.stringify({ title: 'x', slides: [] }))).toEqual({
      field: 'format',
      reason: 'not-a-deck',
    });
    expect(problemOf(file({ version: 2 }))).toEqual({ field: 'version', reason: 'version' });
    expect(problemOf(file({ slides: [{ title: 'no view' }] }))).toEqual({
      field: 'slides[0].view',
      reason: 'missing',
    });
    expect(problemOf(file({ slides: [{ view: 42 }] }))).toEqual({
      field: 'slides[0].view',
      reason: 'wrong-type',
    });
    expect(problemOf(file({ colour: 'red' }))).toEqual({ field: 'colour', reason: 'unknown-field' });
    expect(problemOf(file({ title: 'x'.repeat(201) }))).toEqual({ field: 'title', reason: 'too-long' });
    expect(problemOf(file({ slides: Array.from({ length: 101 }, () => ({ view: '/' })) }))).toEqual({
      field: 'slides',
      reason: 'too-many',
    });
  });

  it('refuses slides that lead away from the app or into the deck itself', () => {
    expect(problemOf(file({ slides: [{ view: '/' }, { view: 'https://evil.example/' }] }))).toEqual({
      field: 'slides[1].view',
      reason: 'not-a-path',
    });
    expect(problemOf(file({ slides: [{ view: '//evil.example/x' }] }))?.reason).toBe('other-origin');
    expect(problemOf(file({ slides: [{ view: 'javascript:alert(1)' }] }))?.reason).toBe('not-a-path');
    expect(problemOf(file({ slides: [{ view: '/trinh-chieu?deck=/decks/a.json' }] }))?.reason).toBe('nested');
  });

  it('refuses an oversized file before parsing it', () => {
    const big = file({ title: 'x', padding: 'y'.repeat(MAX_DECK_BYTES) });
    expect(problemOf(big)).toEqual({ field: '', reason: 'too-large' });
  });

  it('keeps hostile strings as the text they are', () => {
    const title = '<img src=x onerror=alert(1)> "quoted" ';
    const result = parseDeckFile(file({ title, slides: [{ view: '/', title }] }));
    expect(result.ok && result.deck.title).toBe(title);
    expect(result.ok && result.deck.slides[0]?.title).toBe(title);
  });

  it('refuses a snapshot entry that is not a feed response of its endpoint', () => {
    const snapshot = (queries: unknown[]) =>
      file({ snapshot: { takenAt: '2026-11-27T07:30:00+07:00', queries } });
    const key = feedQueries.metadata().queryKey;
    expect(problemOf(snapshot([{ queryKey: ['vn-map', '34'], dataUpdatedAt: 1, data: {} }]))).toEqual({
      field: 'snapshot.queries[0].queryKey',
      reason: 'not-a-feed-query',
    });
    expect(
      problemOf(snapshot([{ queryKey: ['feed', 'constructor'], dataUpdatedAt: 1, data: {} }]))?.reason,
    ).toBe('not-a-feed-query');
    expect(
      problemOf(snapshot([{ queryKey: [...key], dataUpdatedAt: 1, data: { ...metadata, asOf: 42 } }])),
    ).toEqual({ field: 'snapshot.queries[0].data.asOf', reason: 'invalid-data' });
    expect(problemOf(file({ snapshot: { takenAt: 'yesterday', queries: [] } }))).toEqual({
      field: 'snapshot.takenAt',
      reason: 'invalid',
    });
  });
});

describe('serializeDeck', () => {
  it('round-trips a deck through its file', () => {
    const deck: Deck = {
      title: 'Giao ban',
      slides: [{ view: '/?indicator=cpi-yoy', title: 'CPI' }, { view: '/tinh/01' }],
      snapshot: {
        takenAt: Date.parse('2026-11-27T00:30:00Z'),
        dataVersion: metadata.dataVersion,
        queries: [{ queryKey: [...feedQueries.metadata().queryKey], dataUpdatedAt: 123, data: metadata }],
      },
    };
    expect(parseDeckFile(serializeDeck(deck))).toEqual({ ok: true, deck });
  });
});

describe('editing a deck', () => {
  const deck: Deck = { title: 'd', slides: [{ view: '/a' }, { view: '/b' }, { view: '/c' }] };

  it('adds a view as a slide, unfreezing a frozen deck, and refuses what is not a view', () => {
    const frozen: Deck = { ...deck, snapshot: { takenAt: 1, queries: [] } };
    const added = addSlide(frozen, { view: '/tinh/79#top', title: '  TP. Hồ Chí Minh ' });
    expect(added.slides.at(-1)).toEqual({ view: '/tinh/79', title: 'TP. Hồ Chí Minh' });
    expect(added.snapshot).toBeUndefined();
    expect(addSlide(deck, { view: 'https://evil.example/' })).toBe(deck);
  });

  it('moves, removes and retitles slides', () => {
    expect(moveSlide(deck, 0, 1).slides.map((s) => s.view)).toEqual(['/b', '/a', '/c']);
    expect(moveSlide(deck, 0, -1)).toBe(deck);
    expect(removeSlide(deck, 1).slides.map((s) => s.view)).toEqual(['/a', '/c']);
    expect(retitleSlide(deck, 2, 'Cuối').slides[2]).toEqual({ view: '/c', title: 'Cuối' });
    expect(retitleSlide(retitleSlide(deck, 2, 'x'), 2, ' ').slides[2]).toEqual({ view: '/c' });
  });

  it('takes the view of the current page without the shell’s language and theme', () => {
    expect(viewOfLocation('/', '?indicator=cpi-yoy&lang=en&theme=dark')).toBe('/?indicator=cpi-yoy');
    expect(viewOfLocation('/tinh/79', '')).toBe('/tinh/79');
  });
});
