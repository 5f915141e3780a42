/** Classes and fills: each unit in the colour of its bin, hatched when missing or not comparable. */
import { describe, expect, it } from 'vitest';
import type { Polarity } from '../../../domain/indicators.ts';
import { THEMES } from '../../theme/tokens.ts';
import { binIndex, divergingBins, quantileBins, roundTo } from '../binning.ts';
import { buildChoroplethOption, CHOROPLETH_SERIES } from '../build-choropleth-option.ts';
import { classColors, divergingScale, noDataFill, notComparableFill, sequentialScale } from '../palettes.ts';
import { dimColor, rangeClassEdges } from './classes.ts';
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

describe('buildChoroplethOption: classes fixed from outside (the period player)', () => {
  it('colours each unit on the given edges, whatever this period’s own spread', () => {
    // A period where every value is low on a scale fixed over a year that ends high.
    const low = FIGURES.map((f) => (f.value === null ? f : figure(f.code, f.name, f.value / 10)));
    const edges = [0, 20, 40, 60, 80, 100];
    const v = view(buildChoroplethOption(input({ figures: low, edges })));
    const colors = classColors(THEMES.light, 5, 'higher-is-better');
    for (const f of low.filter((x) => x.value !== null)) {
      expect(v.regionColor(f.code)).toBe(colors[0]);
    }
    const legend = v.texts(v.graphic.filter((g) => g.id === 'legend'));
    expect(legend).toContain('80,0 – 100,0');
    expect(legend).toContain('0,0 – 20,0');
  });

  it('pools the values of every period of the range, leaving out the missing', () => {
    const jan = [
      figure('01', 'Hà Nội', 5),
      figure('04', 'Cao Bằng', 8),
      figure('79', 'HCM', null, 'missing'),
    ];
    const oct = [figure('01', 'Hà Nội', 61), figure('04', 'Cao Bằng', 70)];
    expect(rangeClassEdges([jan, oct], 1, 3)).toEqual(quantileBins([5, 8, 61, 70], 3, 1));
    expect(rangeClassEdges([[figure('79', 'HCM', null, 'missing')]], 1)).toEqual([]);
  });

  it('holds a diverging scale about its centre over the range, in the diverging colours', () => {
    // CPI y/y over two months around a national 3.5%: the furthest unit of either month sets the reach.
    const jan = [figure('01', 'Hà Nội', 3.1), figure('04', 'Cao Bằng', 2.9)];
    const feb = [figure('01', 'Hà Nội', 4.4), figure('04', 'Cao Bằng', 3.6)];
    const edges = rangeClassEdges([jan, feb], 1, 5, 3.5);
    expect(edges).toEqual(divergingBins([3.1, 2.9, 4.4, 3.6], 3.5, 5, 1));
    expect(edges).toHaveLength(6);
    // On those edges a month whose units sit at the centre is all in the neutral middle class.
    const calm = FIGURES.map((f) => (f.value === null ? f : figure(f.code, f.name, 3.5)));
    const v = view(
      buildChoroplethOption(
        input({ figures: calm, decimals: 1, edges, scale: { kind: 'diverging', centre: 3.5 } }),
      ),
    );
    const middle = divergingScale(THEMES.light, 5)[2];
    for (const f of calm.filter((x) => x.value !== null)) expect(v.regionColor(f.code)).toBe(middle);
  });
});

describe('buildChoroplethOption: a region in focus', () => {
  it('dims the units outside the region, keeping their class, and says so in the legend', () => {
    const plain = view(buildChoroplethOption(input()));
    const focused = view(
      buildChoroplethOption(
        input({
          focus: ['01', '22'],
          texts: { ...input().texts, outside: 'Ngoài vùng Đồng bằng sông Hồng' },
        }),
      ),
    );
    // In the region: the same colour as without a region.
    expect(focused.regionColor('01')).toBe(plain.regionColor('01'));
    expect(focused.regionColor('22')).toBe(plain.regionColor('22'));
    // Outside: the same class, faded towards the background.
    for (const code of ['04', '38', '48']) {
      expect(focused.regionColor(code)).toBe(dimColor(plain.regionColor(code) ?? '', THEMES.light));
      expect(focused.regionColor(code)).not.toBe(plain.regionColor(code));
    }
    expect(focused.texts(focused.graphic.filter((g) => g.id === 'legend'))).toContain(
      'Ngoài vùng Đồng bằng sông Hồng',
    );
  });

  it('fades towards the theme’s surface: lighter on the light theme, darker on the dark one', () => {
    const lum = (hex: string) => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16);
    expect(lum(dimColor('#253494', THEMES.light))).toBeGreaterThan(lum('#253494'));
    expect(lum(dimColor('#fde725', THEMES.dark))).toBeLessThan(lum('#fde725'));
  });
});
