/** Classes and fills: each unit in the colour of its bin, hatched when missing or not comparable. */
import { describe, expect, it } from 'vitest';
import type { Polarity } from '../../../domain/indicators.ts';
import { THEMES } from '../../theme/tokens.ts';
import { binIndex, quantileBins, roundTo } from '../binning.ts';
import { buildChoroplethOption, CHOROPLETH_SERIES } from '../build-choropleth-option.ts';
import { classColors, noDataFill, notComparableFill, sequentialScale } from '../palettes.ts';
import { figure, FIGURES, input, unitColor, view } from './fixtures.ts';

describe('buildChoroplethOption: colours', () => {
  it('fills every unit with the colour of its bin, on the geo region and on the series item', () => {
    const v = view(buildChoroplethOption(input()));
    const values = FIGURES.flatMap((f) => (f.value === null ? [] : [f.value]));
    const edges = quantileBins(values, 3, 1);
    const colors = classColors(THEMES.light, edges.length - 1, 'higher-is-better');
    for (const f of FIGURES.filter((x) => x.value !== null)) {
      const expected = colors[binIndex(edges, roundTo(f.value ?? NaN, 1))];
      expect(expected).toBeDefined();
      expect(v.regionColor(f.code)).toBe(expected);
      expect(unitColor(v, f.code)?.color).toBe(expected);
      expect(unitColor(v, f.code)?.decal).toBeUndefined();
    }
  });

  it('gives the best value the darkest colour whatever the polarity', () => {
    for (const [polarity, bestCode] of [
      ['higher-is-better', '01'],
      ['neutral', '01'],
      ['lower-is-better', '04'],
    ] as [Polarity, string][]) {
      for (const theme of Object.values(THEMES)) {
        const v = view(buildChoroplethOption(input({ polarity, theme })));
        const darkest = sequentialScale(theme, 3).at(-1);
        expect(v.regionColor(bestCode)).toBe(darkest);
      }
    }
    // and the lightest for the worst
    const lower = view(buildChoroplethOption(input({ polarity: 'lower-is-better' })));
    expect(lower.regionColor('01')).toBe(sequentialScale(THEMES.light, 3)[0]);
  });

  it('hatches missing and not-comparable units differently and never gives them a class colour', () => {
    const v = view(buildChoroplethOption(input()));
    const classColours = new Set(sequentialScale(THEMES.light, 3));
    const missing = unitColor(v, '79');
    const notComparable = unitColor(v, '92');
    expect(missing?.color).toBe(noDataFill(THEMES.light).color);
    expect(missing?.decal).toEqual(noDataFill(THEMES.light).decal);
    expect(notComparable?.decal).toEqual(notComparableFill(THEMES.light).decal);
    expect(missing?.decal).not.toEqual(notComparable?.decal);
    for (const code of ['79', '92']) {
      expect(classColours.has(v.regionColor(code) ?? '')).toBe(false);
      expect(v.byId(CHOROPLETH_SERIES.units).data.find((d) => d.name === code)?.value).toBe('-');
    }
  });

  it('clamps the number of classes to the 3–7 the palettes have', () => {
    const many = Array.from({ length: 20 }, (_, i) => figure(String(i + 10), `Tỉnh ${i}`, i * 3.7));
    const v = view(buildChoroplethOption(input({ figures: many, classes: 12, labelPoints: new Map() })));
    const colours = new Set(v.byId(CHOROPLETH_SERIES.units).data.map((d) => d.itemStyle?.color));
    expect(colours.size).toBe(7);
    expect(() => buildChoroplethOption(input({ classes: 1 }))).not.toThrow();
  });

  it('treats a unit of the map without a figure as missing', () => {
    const v = view(buildChoroplethOption(input({ figures: FIGURES.filter((f) => f.code !== '38') })));
    expect(unitColor(v, '38')?.decal).toEqual(noDataFill(THEMES.light).decal);
  });
});
