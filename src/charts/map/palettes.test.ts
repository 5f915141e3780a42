import { describe, expect, it } from 'vitest';
import { THEMES } from '../theme/tokens.ts';
import {
  classColors,
  divergingScale,
  MAX_SCALE_CLASSES,
  MIN_SCALE_CLASSES,
  noDataFill,
  notComparableFill,
  sequentialScale,
} from './palettes.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('sequentialScale', () => {
  for (const theme of Object.values(THEMES)) {
    it(`${theme.name}: stands out more against the background from the first class to the last, for 1 to 7 classes`, () => {
      for (let classes = 1; classes <= MAX_SCALE_CLASSES; classes++) {
        const scale = sequentialScale(theme, classes);
        expect(scale).toHaveLength(classes);
        for (const colour of scale) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
        for (let i = 1; i < scale.length; i++) {
          expect(contrast(scale[i] ?? '', theme.color.background)).toBeGreaterThan(
            contrast(scale[i - 1] ?? '', theme.color.background),
          );
        }
      }
    });
  }

  it('keeps even the dimmest dark-theme class visible on the navy background, and the best one bright', () => {
    const dark = THEMES.dark;
    for (let classes = MIN_SCALE_CLASSES; classes <= MAX_SCALE_CLASSES; classes++) {
      const scale = sequentialScale(dark, classes);
      expect(contrast(scale[0] ?? '', dark.color.background)).toBeGreaterThan(2.5);
      expect(contrast(scale.at(-1) ?? '', dark.color.background)).toBeGreaterThan(10);
    }
  });

  it('uses the published ColorBrewer YlGnBu values on the light theme', () => {
    expect(sequentialScale(THEMES.light, 5)).toEqual(['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']);
  });

  it('rejects class counts it has no scale for', () => {
    expect(() => sequentialScale(THEMES.light, 0)).toThrow(RangeError);
    expect(() => sequentialScale(THEMES.light, 8)).toThrow(RangeError);
  });
});

describe('classColors', () => {
  it('gives the most salient colour to the highest class for higher-is-better and neutral', () => {
    const scale = sequentialScale(THEMES.light, 5);
    expect(classColors(THEMES.light, 5, 'higher-is-better')).toEqual(scale);
    expect(classColors(THEMES.light, 5, 'neutral')).toEqual(scale);
  });

  it('gives the most salient colour to the lowest class for lower-is-better', () => {
    const scale = sequentialScale(THEMES.dark, 4);
    expect(classColors(THEMES.dark, 4, 'lower-is-better')).toEqual([...scale].reverse());
  });
});

describe('hatched fills', () => {
  for (const theme of Object.values(THEMES)) {
    it(`${theme.name}: no data and not comparable are hatched differently and never a class colour`, () => {
      const noData = noDataFill(theme);
      const notComparable = notComparableFill(theme);
      expect(noData.decal).not.toEqual(notComparable.decal);
      expect(noData.pattern).not.toBe(notComparable.pattern);
      for (let classes = 1; classes <= MAX_SCALE_CLASSES; classes++) {
        expect(sequentialScale(theme, classes)).not.toContain(noData.color);
        expect(sequentialScale(theme, classes)).not.toContain(notComparable.color);
      }
    });
  }
});

describe('divergingScale', () => {
  it.each(['light', 'dark'] as const)(
    '%s: orange below the centre, purple above, the neutral colour in the middle, most salient at the ends',
    (name) => {
      const theme = THEMES[name];
      for (const classes of [3, 5, 7]) {
        const scale = divergingScale(theme, classes);
        expect(scale).toHaveLength(classes);
        const middle = (classes - 1) / 2;
        // Symmetric salience: the distance from the centre, not the side, sets how far the colour is from neutral.
        const l = scale.map(luminance);
        const centre = l[middle] ?? NaN;
        for (let d = 1; d <= middle; d++) {
          const below = Math.abs((l[middle - d] ?? NaN) - centre);
          const above = Math.abs((l[middle + d] ?? NaN) - centre);
          expect(below).toBeGreaterThan(Math.abs((l[middle - d + 1] ?? NaN) - centre));
          expect(above).toBeGreaterThan(Math.abs((l[middle + d - 1] ?? NaN) - centre));
        }
      }
    },
  );

  it('is ColorBrewer PuOr on the light theme', () => {
    expect(divergingScale(THEMES.light, 5)).toEqual(['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99']);
    expect(divergingScale(THEMES.light, 1)).toEqual(['#f7f7f7']);
  });

  it('takes an odd number of classes from 1 to 7', () => {
    expect(() => divergingScale(THEMES.light, 4)).toThrow(RangeError);
    expect(() => divergingScale(THEMES.light, 9)).toThrow(RangeError);
  });
});
