import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from './text-layout.ts';

describe('wrapText', () => {
  it('wraps at word boundaries and keeps a parenthesised group whole', () => {
    expect(wrapText('Quần đảo Hoàng Sa (Đà Nẵng)', 20)).toEqual(['Quần đảo Hoàng Sa', '(Đà Nẵng)']);
    expect(wrapText('Tỷ lệ giải ngân vốn đầu tư công (% kế hoạch)', 20)).toEqual([
      'Tỷ lệ giải ngân vốn',
      'đầu tư công',
      '(% kế hoạch)',
    ]);
  });

  it('keeps the text as written (no space added or lost)', () => {
    expect(wrapText('Hoang Sa Archipelago (Da Nang)', 100)).toEqual(['Hoang Sa Archipelago (Da Nang)']);
    expect(wrapText('abc(def) ghi', 100)).toEqual(['abc(def) ghi']);
  });

  it('gives an over-long word a line of its own', () => {
    expect(wrapText('a Supercalifragilistic b', 5)).toEqual(['a', 'Supercalifragilistic', 'b']);
  });
});

describe('estimateTextWidth', () => {
  it('measures the longest line in characters, counting a precomposed Vietnamese letter once', () => {
    expect(estimateTextWidth('Hà Nội\n92,1% kế hoạch', 10)).toBeCloseTo(14 * 10 * 0.6);
    expect(estimateTextWidth('', 10)).toBe(0);
  });
});
