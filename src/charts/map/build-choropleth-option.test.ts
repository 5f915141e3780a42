import { describe, expect, it } from 'vitest';
import topology from 'virtual:vn-geometry';
import { THEMES } from '../theme/tokens.ts';
import type { ThemeTokens } from '../theme/tokens.ts';
import type { Polarity } from '../../domain/indicators.ts';
import type { ProvinceEraId } from '../../domain/units.ts';
import { ARCHIPELAGOS, SEA_LABEL, VIETNAM_BOUNDING_COORDS } from './geometry/archipelagos.ts';
import { toFeatureCollection } from './geometry/decode.ts';
import { binIndex, quantileBins, roundTo } from './binning.ts';
import { classColors, noDataFill, notComparableFill, sequentialScale } from './palettes.ts';
import {
  buildChoroplethOption,
  CHOROPLETH_SERIES,
  compactValue,
  computeLabelPoints,
  layoutMapLabels,
  MAP_ASPECT,
  mapTypeScale,
  MIN_LABEL_FONT,
  project,
} from './build-choropleth-option.ts';
import type { ChoroplethInput, MapFigure } from './build-choropleth-option.ts';
import { pointInGeometry } from './label-points.ts';
import { rectsOverlap, segmentHitsRect } from './label-placement.ts';
import type { Rect } from './label-placement.ts';
import { registryUnits } from '../../domain/registry.ts';

// ---------------------------------------------------------------------------------------------------------
// A small synthetic map: eight units spread over Vietnam, two of them the archipelagos' provinces.

const POINTS: Record<string, [number, number]> = {
  '01': [105.8, 21.0],
  '04': [106.2, 22.7],
  '22': [107.3, 21.2],
  '38': [105.5, 19.9],
  '48': [108.1, 16.0],
  '56': [109.0, 12.3],
  '79': [106.7, 10.8],
  '92': [105.6, 10.1],
};

const fmt = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function figure(
  code: string,
  name: string,
  value: number | null,
  state: MapFigure['state'] = 'value',
): MapFigure {
  return {
    code,
    name,
    value,
    state,
    valueText:
      state === 'value' && value !== null
        ? `${fmt.format(value)}% kế hoạch`
        : state === 'missing'
          ? 'Chưa có số liệu'
          : 'Không so sánh được',
    rankText: 'Hạng 3/34',
    changeText: '▲ tăng +3,4 đpt so với cùng kỳ',
    statusText: 'Sơ bộ',
  };
}

const FIGURES: readonly MapFigure[] = [
  figure('01', 'Hà Nội', 92.14),
  figure('04', 'Cao Bằng', 41.05),
  figure('22', 'Quảng Ninh', 88.3),
  figure('38', 'Thanh Hóa', 63.27),
  figure('48', 'Đà Nẵng', 75.0),
  figure('56', 'Khánh Hòa', 55.55),
  figure('79', 'TP. Hồ Chí Minh', null, 'missing'),
  figure('92', 'Cần Thơ', null, 'not-comparable'),
];

const TEXTS: ChoroplethInput['texts'] = {
  legendTitle: 'Tỷ lệ giải ngân (% kế hoạch)',
  noData: 'Chưa có số liệu',
  notComparable: 'Không so sánh được',
  sea: 'Biển Đông',
  archipelagos: { 'hoang-sa': 'Quần đảo Hoàng Sa (Đà Nẵng)', 'truong-sa': 'Quần đảo Trường Sa (Khánh Hòa)' },
  credit: 'Bản đồ: © OpenStreetMap contributors (ODbL); ranh giới theo NQ 202/2025/QH15',
  bestLabel: '3 tỉnh dẫn đầu',
  worstLabel: '3 tỉnh thấp nhất',
};

function input(overrides: Partial<ChoroplethInput> = {}): ChoroplethInput {
  return {
    mapName: 'vn-34',
    era: '34',
    figures: FIGURES,
    polarity: 'higher-is-better',
    decimals: 1,
    classes: 3,
    formatEdge: (v) => fmt.format(v),
    best: ['01', '22', '48'],
    worst: ['04', '56', '38'],
    labelPoints: new Map(Object.entries(POINTS)),
    highlighted: null,
    texts: TEXTS,
    theme: THEMES.light,
    size: { width: 700, height: 900 },
    ...overrides,
  };
}

// Loose views of the option: the ECharts option types are unions too wide to index in a test.
interface Item {
  name: string;
  value: unknown;
  itemStyle?: { color?: string; areaColor?: string; decal?: { symbol?: string } };
  label?: { position?: string; offset?: number[] };
}
interface SeriesView {
  type: string;
  id: string;
  geoIndex?: number;
  coordinateSystem?: string;
  data: Item[];
  label?: { formatter?: (p: { dataIndex: number }) => string; fontSize?: number; fontStyle?: string };
}
interface GeoView {
  id: string;
  map: string;
  roam: boolean;
  boundingCoords: number[][];
  nameProperty: string;
  left: number;
  top: number;
  width: number;
  height: number;
  regions: { name: string; itemStyle: { areaColor?: string; borderColor?: string } }[];
}
interface GraphicView {
  type: string;
  id?: string;
  style?: { text?: string };
  children?: GraphicView[];
}

function view(option: ReturnType<typeof buildChoroplethOption>) {
  const series = option.series as unknown as SeriesView[];
  const geo = option.geo as unknown as GeoView[];
  const graphic = (option.graphic as unknown as { elements: GraphicView[] }).elements;
  const byId = (id: string): SeriesView => {
    const found = series.find((s) => s.id === id);
    if (!found) throw new Error(`no series ${id}`);
    return found;
  };
  const texts = (elements: readonly GraphicView[]): string[] =>
    elements.flatMap((e) => [
      ...(e.style?.text !== undefined ? [e.style.text] : []),
      ...texts(e.children ?? []),
    ]);
  const regionColor = (code: string) => geo[0]?.regions.find((r) => r.name === code)?.itemStyle.areaColor;
  const labelTexts = (s: SeriesView) => s.data.map((_, dataIndex) => s.label?.formatter?.({ dataIndex }));
  const tooltip = option.tooltip as { formatter: (p: unknown) => string };
  return { series, geo, graphic, byId, texts, regionColor, labelTexts, tooltip };
}

const unitColor = (v: ReturnType<typeof view>, code: string) =>
  v.byId(CHOROPLETH_SERIES.units).data.find((d) => d.name === code)?.itemStyle;

// ---------------------------------------------------------------------------------------------------------

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

describe('buildChoroplethOption: geo and layout', () => {
  it('binds the map series to a fixed geo that fits the whole country with both archipelagos', () => {
    const v = view(buildChoroplethOption(input()));
    const geo = v.geo[0];
    expect(geo?.map).toBe('vn-34');
    expect(geo?.roam).toBe(false);
    expect(geo?.nameProperty).toBe('code');
    expect(geo?.boundingCoords).toEqual(VIETNAM_BOUNDING_COORDS);
    expect(v.byId(CHOROPLETH_SERIES.units)).toMatchObject({ type: 'map', geoIndex: 0 });
    // Tall: as high as the panel allows, with the country's proportions.
    expect((geo?.width ?? 0) / (geo?.height ?? 1)).toBeCloseTo(MAP_ASPECT, 6);
    const wide = view(buildChoroplethOption(input({ size: { width: 1600, height: 900 } }))).geo[0];
    expect(wide?.height).toBeGreaterThan(800);
  });

  it('sizes labels with the panel: at least 1/60 of the height and 12 px', () => {
    const small = view(buildChoroplethOption(input({ size: { width: 400, height: 500 } })));
    expect(small.byId(CHOROPLETH_SERIES.archipelagoLabels).label?.fontSize).toBe(12);
    const wall = view(buildChoroplethOption(input({ size: { width: 1800, height: 2100 } })));
    for (const id of [CHOROPLETH_SERIES.archipelagoLabels, CHOROPLETH_SERIES.best, CHOROPLETH_SERIES.worst]) {
      expect(wall.byId(id).label?.fontSize).toBeGreaterThanOrEqual(2100 / 60);
    }
  });

  it('outlines the highlighted unit on top of the map, and nothing for an unknown code', () => {
    const v = view(buildChoroplethOption(input({ highlighted: '48' })));
    expect(v.geo.map((g) => g.id)).toEqual(['provinces', 'highlight-halo', 'highlight']);
    expect(v.geo[2]?.regions).toEqual([
      { name: '48', itemStyle: expect.objectContaining({ borderColor: THEMES.light.color.text }) as unknown },
    ]);
    expect(view(buildChoroplethOption(input({ highlighted: '99' }))).geo).toHaveLength(1);
  });
});

describe('buildChoroplethOption: legend', () => {
  it('lists every class with its formatted edges, highest first, and the hatched states that occur', () => {
    const v = view(buildChoroplethOption(input()));
    const values = FIGURES.flatMap((f) => (f.value === null ? [] : [f.value]));
    const edges = quantileBins(values, 3, 1);
    expect(edges).toEqual([41.1, 63.3, 88.3, 92.1]);
    const legend = v.texts(v.graphic.filter((g) => g.id === 'legend'));
    expect(legend).toEqual([
      'Tỷ lệ giải ngân', // the title, wrapped with its unit kept whole
      '(% kế hoạch)',
      '88,3 – 92,1',
      '63,3 – 88,3',
      '41,1 – 63,3',
      'Chưa có số liệu',
      'Không so sánh được',
      '3 tỉnh dẫn đầu',
      '3 tỉnh thấp nhất',
    ]);
  });

  it('leaves out the hatched rows when every unit has a value', () => {
    const complete = FIGURES.map((f) => (f.value === null ? figure(f.code, f.name, 50) : f));
    const v = view(buildChoroplethOption(input({ figures: complete })));
    const legend = v.texts(v.graphic.filter((g) => g.id === 'legend'));
    expect(legend).not.toContain('Chưa có số liệu');
    expect(legend).not.toContain('Không so sánh được');
  });
});

describe('buildChoroplethOption: labels and furniture', () => {
  it('labels exactly the best and worst units with their names and values, apart from each other', () => {
    const option = buildChoroplethOption(input());
    const v = view(option);
    const best = v.byId(CHOROPLETH_SERIES.best);
    const worst = v.byId(CHOROPLETH_SERIES.worst);
    expect(best.data.map((d) => d.name)).toEqual(['01', '22', '48']);
    expect(worst.data.map((d) => d.name)).toEqual(['04', '56', '38']);
    expect(v.labelTexts(best)).toEqual([
      'Hà Nội\n92,1% kế hoạch',
      'Quảng Ninh\n88,3% kế hoạch',
      'Đà Nẵng\n75,0% kế hoạch',
    ]);
    expect(v.labelTexts(worst)[0]).toBe('Cao Bằng\n41,1% kế hoạch');
    expect(best.data[0]?.value).toEqual(POINTS['01']);
    for (const s of [best, worst]) expect(s.coordinateSystem).toBe('geo');
  });

  it('places the six labels so that none overlaps another', () => {
    const option = buildChoroplethOption(input());
    const v = view(option);
    const geo = v.geo[0];
    if (!geo) throw new Error('no geo');
    const font = v.byId(CHOROPLETH_SERIES.best).label?.fontSize ?? 0;
    const rects = [v.byId(CHOROPLETH_SERIES.best), v.byId(CHOROPLETH_SERIES.worst)].flatMap((s) =>
      s.data.map((d, i) => {
        const box = { x: geo.left, y: geo.top, width: geo.width, height: geo.height };
        const [x, y] = project(box, d.value as [number, number]);
        const text = v.labelTexts(s)[i] ?? '';
        const width = Math.max(...text.split('\n').map((l) => l.length)) * font * 0.6;
        const height = 2 * font * 1.25;
        const dx = d.label?.offset?.[0] ?? 0;
        const left = (d.label?.position === 'left' ? x - width - font : x + font / 2) + dx;
        return { x: left, y: y - height / 2 + (d.label?.offset?.[1] ?? 0), width, height };
      }),
    );
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        expect(rectsOverlap(rects[i]!, rects[j]!), `labels ${i} and ${j}`).toBe(false);
      }
    }
  });

  for (const era of ['63', '34'] as ProvinceEraId[]) {
    for (const withFigures of [true, false]) {
      it(`draws Hoàng Sa and Trường Sa, coloured like 48 and 56 (era ${era}, ${withFigures ? 'with' : 'without'} figures)`, () => {
        const v = view(
          buildChoroplethOption(
            input({ era, mapName: `vn-${era}`, figures: withFigures ? FIGURES : [], best: [], worst: [] }),
          ),
        );
        const islands = v.byId(CHOROPLETH_SERIES.islands);
        expect(islands.coordinateSystem).toBe('geo');
        expect(islands.data).toHaveLength(ARCHIPELAGOS.reduce((n, a) => n + a.islands.length, 0));
        expect(new Set(islands.data.map((d) => d.name))).toEqual(new Set(['48', '56']));
        for (const island of islands.data) {
          expect(island.itemStyle?.color).toBe(v.regionColor(island.name));
        }
        const labels = v.byId(CHOROPLETH_SERIES.archipelagoLabels);
        expect(labels.data.map((d) => [d.name, d.value])).toEqual([
          ['48', [112.0, 16.5]],
          ['56', [114.0, 9.8]],
        ]);
        expect(v.labelTexts(labels).map((t) => t?.replace('\n', ' '))).toEqual([
          'Quần đảo Hoàng Sa (Đà Nẵng)',
          'Quần đảo Trường Sa (Khánh Hòa)',
        ]);
        const sea = v.byId(CHOROPLETH_SERIES.sea);
        expect(sea.data[0]?.value).toEqual([...SEA_LABEL.anchor]);
        expect(v.labelTexts(sea)).toEqual(['Biển Đông']);
        expect(sea.label?.fontStyle).toBe('italic');
        expect(v.texts(v.graphic.filter((g) => g.id === 'credit'))).toEqual([TEXTS.credit]);
      });
    }
  }

  it('wraps the credit on a narrow chart without losing a word', () => {
    const v = view(buildChoroplethOption(input({ size: { width: 320, height: 480 } })));
    const [credit] = v.texts(v.graphic.filter((g) => g.id === 'credit'));
    expect(credit?.split('\n').length).toBeGreaterThan(1);
    expect(credit?.replace(/\n/g, ' ')).toBe(TEXTS.credit);
  });

  it('never writes "South China Sea" or another sea name of its own', () => {
    const json = JSON.stringify(buildChoroplethOption(input()));
    expect(json).not.toMatch(/South China Sea|Nam Hải|Xisha|Nansha/i);
  });
});

describe('buildChoroplethOption: tooltip, aria, export', () => {
  it('escapes every feed string in the tooltip', () => {
    const hostile = figure('01', `<img src=x onerror=alert(1)> "Hà" 'Nội'`, 92.1);
    const v = view(
      buildChoroplethOption(
        input({
          figures: [
            { ...hostile, rankText: '<b>1</b>', changeText: '<script>x</script>', statusText: '"Sơ bộ"' },
            ...FIGURES.slice(1),
          ],
        }),
      ),
    );
    const html = v.tooltip.formatter({ componentType: 'series', name: '01' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Hà&quot; &#39;Nội&#39;');
    expect(html).toContain('&lt;b&gt;1&lt;/b&gt;');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('&quot;Sơ bộ&quot;');
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('92,1% kế hoạch');
  });

  it('gives an island the tooltip of its province, and nothing to the sea', () => {
    const v = view(buildChoroplethOption(input()));
    expect(v.tooltip.formatter({ seriesId: CHOROPLETH_SERIES.islands, name: '56' })).toContain('Khánh Hòa');
    expect(v.tooltip.formatter({ name: '' })).toBe('');
  });

  it('enables aria with a description naming the labelled units', () => {
    const option = buildChoroplethOption(input());
    const aria = option.aria as { enabled: boolean; label: { description: string } };
    expect(aria.enabled).toBe(true);
    expect(aria.label.description).toContain('Tỷ lệ giải ngân (% kế hoạch)');
    expect(aria.label.description).toContain('Hà Nội: 92,1% kế hoạch');
    expect(aria.label.description).toContain('Quần đảo Hoàng Sa (Đà Nẵng)');
  });

  it('draws title, subtitle and footer inside the option for export, and none without', () => {
    const exported = buildChoroplethOption(
      input({
        export: {
          title: 'Giải ngân vốn đầu tư công',
          subtitle: 'Tháng 10/2026',
          footer: 'Nguồn: Bộ Tài chính',
        },
      }),
    );
    expect(exported.title).toMatchObject({ text: 'Giải ngân vốn đầu tư công', subtext: 'Tháng 10/2026' });
    const v = view(exported);
    expect(v.texts(v.graphic.filter((g) => g.id === 'export-footer'))).toEqual(['Nguồn: Bộ Tài chính']);
    expect(exported.backgroundColor).toBe(THEMES.light.color.surface);
    const plain = buildChoroplethOption(input());
    expect(plain.title).toBeUndefined();
    expect(view(plain).graphic.some((g) => g.id === 'export-footer')).toBe(false);
  });

  it('uses the theme for text and the font family', () => {
    const dark: ThemeTokens = THEMES.dark;
    const option = buildChoroplethOption(input({ theme: dark }));
    expect(option.textStyle).toMatchObject({ fontFamily: dark.font.family, color: dark.color.text });
  });
});

describe('computeLabelPoints (real topology)', () => {
  for (const era of ['63', '34'] as ProvinceEraId[]) {
    it(`puts every unit's point inside its own main polygon (era ${era})`, () => {
      const collection = toFeatureCollection(topology, era);
      const points = computeLabelPoints(collection);
      expect(points.size).toBe(era === '63' ? 63 : 34);
      for (const feature of collection.features) {
        const point = points.get(feature.properties.code);
        expect(point, feature.properties.code).toBeDefined();
        expect(pointInGeometry(point!, feature.geometry), `unit ${feature.properties.code}`).toBe(true);
      }
      // Hà Nội inside Hà Nội; Đà Nẵng and Khánh Hòa labelled on the mainland, not on their archipelagos.
      const hanoi = collection.features.find((f) => f.properties.code === '01');
      expect(pointInGeometry(points.get('01')!, hanoi!.geometry)).toBe(true);
      expect(points.get('01')?.[0]).toBeCloseTo(105.7, 0);
      expect(points.get('01')?.[1]).toBeCloseTo(21.0, 0);
      expect(points.get('48')?.[0]).toBeLessThan(109);
      expect(points.get('56')?.[0]).toBeLessThan(110);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// The labels on the real map: crowded choices of best and worst units, at the panel sizes seen in the app
// (1366×768 and 1920×1080 screens, a portrait wall tile, a 4K wall), checked on exactly what is drawn.

const eraPoints = new Map<ProvinceEraId, ReadonlyMap<string, readonly [number, number]>>();
function realPoints(era: ProvinceEraId) {
  let points = eraPoints.get(era);
  if (!points) {
    points = computeLabelPoints(toFeatureCollection(topology, era));
    eraPoints.set(era, points);
  }
  return points;
}

interface Crowd {
  readonly name: string;
  readonly era: ProvinceEraId;
  readonly best: readonly string[];
  readonly worst: readonly string[];
}

const CROWDS: readonly Crowd[] = [
  { name: 'era 34, north and centre', era: '34', best: ['46', '75', '15'], worst: ['11', '22', '38'] },
  { name: 'era 34, six northern units', era: '34', best: ['15', '20', '12'], worst: ['31', '22', '14'] },
  { name: 'era 63, six northern units', era: '63', best: ['27', '22', '31'], worst: ['11', '12', '02'] },
  { name: 'era 63, six units of the delta', era: '63', best: ['01', '26', '27'], worst: ['34', '35', '36'] },
];
const PANELS: readonly (readonly [number, number])[] = [
  [540, 300],
  [600, 560],
  [760, 1000],
  [2000, 1800],
];

function realInput(crowd: Crowd, width: number, height: number, theme: ThemeTokens = THEMES.light) {
  const figures = registryUnits(crowd.era).map((unit, i) => {
    const rank = crowd.best.indexOf(unit.code);
    const low = crowd.worst.indexOf(unit.code);
    const value = rank >= 0 ? 95 - rank : low >= 0 ? 20 + low : 40 + ((i * 37) % 50) + 0.3;
    return figure(unit.code, unit.name.vi, value);
  });
  return input({
    era: crowd.era,
    mapName: `vn-${crowd.era}`,
    figures,
    classes: 5,
    best: crowd.best,
    worst: crowd.worst,
    labelPoints: realPoints(crowd.era),
    size: { width, height },
    theme,
  });
}

const inside = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;

describe('labels of the best and worst units on the real map', () => {
  for (const crowd of CROWDS) {
    for (const [width, height] of PANELS) {
      it(`are all free of each other and of the legend, sea and archipelagos (${crowd.name}, ${width}×${height})`, () => {
        const layout = layoutMapLabels(realInput(crowd, width, height));
        const { labels, furniture, bounds } = layout;
        expect(labels.map((l) => l.code)).toEqual([...crowd.best, ...crowd.worst]);
        const fixed: [string, Rect][] = [
          ['legend', furniture.legend],
          ['sea label', furniture.sea],
          ...furniture.archipelagoLabels.map((r): [string, Rect] => ['archipelago label', r]),
          ...furniture.archipelagos.map((r): [string, Rect] => ['archipelago', r]),
          ...furniture.islands.map((r): [string, Rect] => ['island', r]),
        ];
        labels.forEach((label, i) => {
          const { rect, leader, free } = label.placement;
          expect(free, `${label.code} free`).toBe(true);
          expect(inside(bounds, rect), `${label.code} inside the chart`).toBe(true);
          for (const [what, r] of fixed) {
            expect(rectsOverlap(rect, r), `${label.code} over the ${what}`).toBe(false);
          }
          labels.forEach((other, j) => {
            if (j === i) return;
            const [ox, oy] = other.anchor;
            if (j > i)
              expect(rectsOverlap(rect, other.placement.rect), `${label.code} / ${other.code}`).toBe(false);
            // No label hides another's marker.
            const covers =
              ox > rect.x && ox < rect.x + rect.width && oy > rect.y && oy < rect.y + rect.height;
            expect(covers, `${label.code} over the marker of ${other.code}`).toBe(false);
            if (leader) {
              expect(
                segmentHitsRect(leader.from, leader.to, other.placement.rect),
                `line of ${label.code} through ${other.code}`,
              ).toBe(false);
            }
          });
          if (leader) {
            expect(leader.from).toEqual(label.anchor);
            for (const [what, r] of fixed.filter(([what]) => what !== 'archipelago')) {
              expect(
                segmentHitsRect(leader.from, leader.to, r),
                `line of ${label.code} through the ${what}`,
              ).toBe(false);
            }
          }
        });
        // The type: the chart's label size or smaller, never under 12 px.
        expect(layout.box.font).toBeGreaterThanOrEqual(MIN_LABEL_FONT);
        expect(layout.box.font).toBeLessThanOrEqual(mapTypeScale(height).label);
      });
    }
  }

  it('draws each label, marker and leader line exactly where the layout put it', () => {
    for (const crowd of CROWDS) {
      for (const [width, height] of PANELS) {
        const data = realInput(crowd, width, height);
        const layout = layoutMapLabels(data);
        const v = view(buildChoroplethOption(data));
        const geo = v.geo[0]!;
        const box = { x: geo.left, y: geo.top, width: geo.width, height: geo.height };
        const drawn = [v.byId(CHOROPLETH_SERIES.best), v.byId(CHOROPLETH_SERIES.worst)].flatMap((s) =>
          s.data.map((d, i) => ({ d, text: v.labelTexts(s)[i], series: s })),
        );
        expect(drawn.map(({ d }) => d.name)).toEqual(layout.labels.map((l) => l.code));
        drawn.forEach(({ d, text, series }, i) => {
          const label = layout.labels[i]!;
          const { rect, side } = label.placement;
          const [ax, ay] = project(box, d.value as [number, number]);
          expect(ax).toBeCloseTo(label.anchor[0], 6);
          expect(ay).toBeCloseTo(label.anchor[1], 6);
          expect(text).toBe(label.text);
          expect(series.label?.fontSize).toBe(layout.box.font);
          const [dx = 0, dy = 0] = d.label?.offset ?? [];
          const gap = layout.box.symbol / 2 + layout.box.distance;
          expect(d.label?.position).toBe(side);
          const nearEdge = side === 'right' ? rect.x : rect.x + rect.width;
          expect(Math.abs(ax + (side === 'right' ? gap : -gap) + dx - nearEdge)).toBeLessThan(0.06);
          expect(Math.abs(ay + dy - (rect.y + rect.height / 2))).toBeLessThan(0.06);
        });
        const leaders = layout.labels.flatMap((l) => (l.placement.leader ? [l.placement.leader] : []));
        const group = (option: GraphicView[]) => option.find((g) => g.id === 'label-leaders');
        const lines = (group(v.graphic)?.children ?? []) as unknown as { shape: Record<string, number> }[];
        expect(lines).toHaveLength(2 * leaders.length); // a halo and a line each
        leaders.forEach((leader, i) => {
          const shape = lines[2 * i + 1]?.shape ?? {};
          expect(shape.x1).toBeCloseTo(leader.from[0], 1);
          expect(shape.y1).toBeCloseTo(leader.from[1], 1);
          expect(shape.x2).toBeCloseTo(leader.to[0], 1);
          expect(shape.y2).toBeCloseTo(leader.to[1], 1);
        });
        // The legend is drawn where the labels were kept away from.
        const legend = v.graphic.find((g) => g.id === 'legend') as unknown as {
          x: number;
          y: number;
          children: { shape: { width: number; height: number } }[];
        };
        expect([legend.x, legend.y]).toEqual([layout.furniture.legend.x, layout.furniture.legend.y]);
        expect(legend.children[0]?.shape.width).toBe(layout.furniture.legend.width);
        expect(legend.children[0]?.shape.height).toBe(layout.furniture.legend.height);
      }
    }
  });

  it('moves a label out with a leader line when the north is crowded, and keeps it next to its point otherwise', () => {
    const crowded = layoutMapLabels(realInput(CROWDS[2]!, 600, 560));
    expect(crowded.labels.some((l) => l.placement.leader !== null)).toBe(true);
    const spread = layoutMapLabels(
      realInput(
        { name: 'spread', era: '34', best: ['01', '48', '79'], worst: ['04', '66', '96'] },
        760,
        1000,
      ),
    );
    expect(spread.labels.every((l) => l.placement.leader === null)).toBe(true);
    expect(spread.compact).toBe(false);
  });

  it('falls back to one-line labels on a small crowded panel, at 12 px, the unit words dropped', () => {
    const layout = layoutMapLabels(realInput(CROWDS[2]!, 540, 300));
    expect(layout.compact).toBe(true);
    expect(layout.box.font).toBe(MIN_LABEL_FONT);
    expect(layout.labels.map((l) => l.text)).toContain('Bắc Ninh 95,0%');
    // Two lines where there is room.
    expect(layoutMapLabels(realInput(CROWDS[2]!, 2000, 1800)).labels[0]?.text).toBe(
      'Bắc Ninh\n95,0% kế hoạch',
    );
  });

  it('keeps the sea label clear of the archipelagos, and their labels above the credit', () => {
    for (const crowd of CROWDS.slice(0, 1)) {
      for (const [width, height] of [...PANELS, [360, 280] as const, [2400, 1900] as const]) {
        const { furniture, bounds } = layoutMapLabels(realInput(crowd, width, height));
        for (const r of [...furniture.archipelagoLabels, ...furniture.archipelagos]) {
          expect(rectsOverlap(furniture.sea, r), `${width}×${height}`).toBe(false);
        }
        for (const r of furniture.archipelagoLabels) {
          expect(r.y + r.height, `${width}×${height}`).toBeLessThanOrEqual(bounds.y + bounds.height + 1e-6);
          expect(rectsOverlap(furniture.legend, r), `${width}×${height}`).toBe(false);
        }
      }
    }
  });

  it('draws the same in the dark theme', () => {
    const light = layoutMapLabels(realInput(CROWDS[0]!, 540, 300));
    const dark = layoutMapLabels(realInput(CROWDS[0]!, 540, 300, THEMES.dark));
    expect(dark.labels.map((l) => l.placement.rect)).toEqual(light.labels.map((l) => l.placement.rect));
  });
});

describe('compactValue', () => {
  it('keeps a percentage without the words after it, and anything else whole', () => {
    expect(compactValue('75,1% kế hoạch')).toBe('75,1%');
    expect(compactValue('92,1 % kế hoạch')).toBe('92,1 %');
    expect(compactValue('−3,4% so với cùng kỳ')).toBe('−3,4%');
    expect(compactValue('8,02%')).toBe('8,02%');
    expect(compactValue('2,65 triệu tỷ đồng')).toBe('2,65 triệu tỷ đồng');
    expect(compactValue('Chưa có số liệu')).toBe('Chưa có số liệu');
  });
});
