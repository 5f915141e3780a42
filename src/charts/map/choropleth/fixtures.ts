/**
 * Test fixtures shared by the choropleth tests (imported by no app code): a small synthetic map of eight units
 * spread over Vietnam (two of them the archipelagos' provinces), loose views of the option, and the real map of
 * both eras with crowded choices of best and worst units at the panel sizes seen in the app.
 */
import { footprints, labelPoints } from 'virtual:vn-geometry';
import { registryUnits } from '../../../domain/registry.ts';
import type { ProvinceEraId } from '../../../domain/units.ts';
import { THEMES } from '../../theme/tokens.ts';
import type { ThemeTokens } from '../../theme/tokens.ts';
import { CHOROPLETH_SERIES } from '../build-choropleth-option.ts';
import type { buildChoroplethOption } from '../build-choropleth-option.ts';
import { toFootprintMap, toLabelPointMap } from '../geometry/decode.ts';
import type { Rect } from '../label-placement.ts';
import type { ChoroplethInput, MapFigure, UnitFootprint } from '../types.ts';

// ---------------------------------------------------------------------------------------------------------
// A small synthetic map: eight units spread over Vietnam, two of them the archipelagos' provinces.

export const POINTS: Record<string, [number, number]> = {
  '01': [105.8, 21.0],
  '04': [106.2, 22.7],
  '22': [107.3, 21.2],
  '38': [105.5, 19.9],
  '48': [108.1, 16.0],
  '56': [109.0, 12.3],
  '79': [106.7, 10.8],
  '92': [105.6, 10.1],
};

export const fmt = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function figure(
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
    changeText: '▲ tăng +3,4 điểm % so với cùng kỳ',
    statusText: 'Sơ bộ',
  };
}

export const FIGURES: readonly MapFigure[] = [
  figure('01', 'Hà Nội', 92.14),
  figure('04', 'Cao Bằng', 41.05),
  figure('22', 'Quảng Ninh', 88.3),
  figure('38', 'Thanh Hóa', 63.27),
  figure('48', 'Đà Nẵng', 75.0),
  figure('56', 'Khánh Hòa', 55.55),
  figure('79', 'TP. Hồ Chí Minh', null, 'missing'),
  figure('92', 'Cần Thơ', null, 'not-comparable'),
];

export const TEXTS: ChoroplethInput['texts'] = {
  legendTitle: 'Tỷ lệ giải ngân (% kế hoạch)',
  noData: 'Chưa có số liệu',
  notComparable: 'Không so sánh được',
  sea: 'Biển Đông',
  archipelagos: { 'hoang-sa': 'Quần đảo Hoàng Sa (Đà Nẵng)', 'truong-sa': 'Quần đảo Trường Sa (Khánh Hòa)' },
  credit: 'Bản đồ: © Những người đóng góp OpenStreetMap (ODbL); ranh giới theo NQ 202/2025/QH15',
  bestLabel: '3 tỉnh dẫn đầu',
  worstLabel: '3 tỉnh thấp nhất',
};

export function input(overrides: Partial<ChoroplethInput> = {}): ChoroplethInput {
  return {
    mapName: 'vn-34',
    era: '34',
    figures: FIGURES,
    polarity: 'higher-is-better',
    decimals: 1,
    classes: 3,
    number: { locale: 'vi', decimals: 1 },
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
  itemStyle?: { color?: string; areaColor?: string; borderColor?: string; decal?: { symbol?: string } };
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
export interface GraphicView {
  type: string;
  id?: string;
  style?: { text?: string };
  children?: GraphicView[];
}

export function view(option: ReturnType<typeof buildChoroplethOption>) {
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

export const unitColor = (v: ReturnType<typeof view>, code: string) =>
  v.byId(CHOROPLETH_SERIES.units).data.find((d) => d.name === code)?.itemStyle;

// ---------------------------------------------------------------------------------------------------------
// The labels on the real map: crowded choices of best and worst units, at the panel sizes seen in the app
// (1366×768 and 1920×1080 screens, a portrait wall tile, a 4K wall), checked on exactly what is drawn.

const eraPoints = new Map<ProvinceEraId, ReadonlyMap<string, readonly [number, number]>>();
export function realPoints(era: ProvinceEraId) {
  let points = eraPoints.get(era);
  if (!points) {
    points = toLabelPointMap(labelPoints, era);
    eraPoints.set(era, points);
  }
  return points;
}

const eraFootprints = new Map<ProvinceEraId, ReadonlyMap<string, UnitFootprint>>();
export function realFootprints(era: ProvinceEraId) {
  let map = eraFootprints.get(era);
  if (!map) {
    map = toFootprintMap(footprints, era);
    eraFootprints.set(era, map);
  }
  return map;
}

export interface Crowd {
  readonly name: string;
  readonly era: ProvinceEraId;
  readonly best: readonly string[];
  readonly worst: readonly string[];
  /** Units without a value, which no label may cover. */
  readonly missing?: readonly string[];
  /** Units whose value cannot be compared on this era, which no label may cover either. */
  readonly notComparable?: readonly string[];
  /** The smallest panel height from which every label must be on the map (default: {@link ROOMY_PANELS}). */
  readonly roomyFrom?: number;
}

export const CROWDS: readonly Crowd[] = [
  // The overview's default view: Lai Châu (12) the one unit without data, next to Lào Cai (15) and Điện Biên (11).
  {
    name: 'era 34, north and centre',
    era: '34',
    best: ['46', '75', '15'],
    worst: ['11', '22', '38'],
    missing: ['12'],
  },
  { name: 'era 34, six northern units', era: '34', best: ['15', '20', '12'], worst: ['31', '22', '14'] },
  { name: 'era 63, six northern units', era: '63', best: ['27', '22', '31'], worst: ['11', '12', '02'] },
  { name: 'era 63, six units of the delta', era: '63', best: ['01', '26', '27'], worst: ['34', '35', '36'] },
  // The 63 on a period the 34 reported (the overview's `?era=63`): only the units the merger left unchanged
  // have a value, every merged one cannot be compared.
  {
    name: 'era 63, unchanged units only',
    era: '63',
    best: ['46', '14', '04'],
    worst: ['22', '38', '11'],
    notComparable: registryUnits('34').flatMap((u) =>
      (u.formerCodes?.length ?? 0) > 1 ? (u.formerCodes ?? []) : [],
    ),
    // Điện Biên (11), walled in by the hatched Lai Châu and Lào Cai, Sơn La's label and the map's western
    // edge, is listed below 1000 px.
    roomyFrom: 1000,
  },
];
/** Panels as small as a laptop's stacked layout, and the map panel of the board at 1280×720 up to 4K. */
export const PANELS: readonly (readonly [number, number])[] = [
  [540, 300],
  [600, 560],
  [600, 800],
  [700, 1000],
  [900, 1000],
  [1600, 2000],
];
/** The sizes at which every best and worst unit must be labelled on the map itself, none listed. */
export const ROOMY_PANELS: readonly (readonly [number, number])[] = PANELS.filter(([, h]) => h >= 800);

export function realInput(
  crowd: Crowd,
  width: number,
  height: number,
  theme: ThemeTokens = THEMES.light,
  overrides: Partial<ChoroplethInput> = {},
) {
  const figures = registryUnits(crowd.era).map((unit, i) => {
    if (crowd.missing?.includes(unit.code)) return figure(unit.code, unit.name.vi, null, 'missing');
    if (crowd.notComparable?.includes(unit.code)) {
      return figure(unit.code, unit.name.vi, null, 'not-comparable');
    }
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
    footprints: realFootprints(crowd.era),
    size: { width, height },
    theme,
    ...overrides,
  });
}

export const inside = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;
