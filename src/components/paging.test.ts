import { describe, expect, it } from 'vitest';
import { pageAt, pageBreaks } from './paging.ts';

describe('pageBreaks', () => {
  it('is one page when the view fits', () => {
    expect(pageBreaks([{ top: 0, bottom: 500 }], 1000, 500)).toEqual([{ offset: 0, height: 500 }]);
  });

  it('ends a page where the first block that does not fit begins', () => {
    // KPI strip 0–600, board 620–1600 on a 1000 px screen: the strip alone, then the board.
    const blocks = [
      { top: 0, bottom: 600 },
      { top: 620, bottom: 1600 },
    ];
    expect(pageBreaks(blocks, 1000, 1600)).toEqual([
      { offset: 0, height: 620 },
      { offset: 620, height: 980 },
    ]);
  });

  it('starts a page at the next block rather than in the gap before it', () => {
    // Strip 0–1000 fills the first page exactly; the board begins after a 24 px gap.
    const blocks = [
      { top: 0, bottom: 3000 },
      { top: 0, bottom: 1000 },
      { top: 1024, bottom: 3000 },
      { top: 1024, bottom: 2000 },
      { top: 2024, bottom: 3000 },
    ];
    expect(pageBreaks(blocks, 1000, 3000).map((p) => p.offset)).toEqual([0, 1024, 2024]);
  });

  it('breaks a block taller than the screen between the blocks inside it', () => {
    // A table 100–2500 with rows of 100 px: pages end at the first row that would be cut.
    const rows = Array.from({ length: 24 }, (_, i) => ({ top: 100 + i * 100, bottom: 200 + i * 100 }));
    const pages = pageBreaks([{ top: 100, bottom: 2500 }, ...rows], 950, 2500);
    expect(pages.map((p) => p.offset)).toEqual([0, 900, 1800]);
    expect(pages.every((p) => p.height <= 950)).toBe(true);
    expect(pages.at(-1)).toEqual({ offset: 1800, height: 700 });
  });

  it('cuts between rows rather than leave a panel’s header alone on a page', () => {
    // A panel with a header 0–100 and a table 100–1040 of rows of 70 px, on a 1000 px screen: the table
    // would fit a page of its own, but moving it would leave the header alone.
    const rows = Array.from({ length: 13 }, (_, i) => ({ top: 130 + i * 70, bottom: 200 + i * 70 }));
    const blocks = [
      { top: 0, bottom: 1040 },
      { top: 0, bottom: 100 },
      { top: 100, bottom: 1040 },
      { top: 100, bottom: 130 },
      ...rows,
    ];
    expect(pageBreaks(blocks, 1000, 1040).map((p) => p.offset)).toEqual([0, 970]);
  });

  it('cuts at the screen height when nothing inside gives a better place', () => {
    expect(pageBreaks([{ top: 0, bottom: 2500 }], 1000, 2500).map((p) => p.offset)).toEqual([0, 1000, 2000]);
  });

  it('always moves forward, even with a block starting just below the page top', () => {
    const pages = pageBreaks([{ top: 1, bottom: 5000 }], 1000, 5000);
    expect(pages.map((p) => p.offset)).toEqual([0, 1000, 2000, 3000, 4000]);
  });
});

describe('pageAt', () => {
  it('shares the dwell equally between the pages', () => {
    expect([0, 9_999, 10_000, 29_999, 30_000, 99_000].map((t) => pageAt(t, 30_000, 3))).toEqual([
      0, 0, 1, 2, 2, 2,
    ]);
    expect(pageAt(20_000, 30_000, 1)).toBe(0);
  });
});
