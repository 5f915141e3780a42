/**
 * How long the map's labels take to place: `layoutMapLabels` (what the choropleth builder runs on every new
 * figure set and every resize; hover reuses the placed layout) on the real geometry of both eras, for crowded
 * choices of best and worst units at the map panel's sizes, each timed cold (layout cache cleared). A
 * measurement, not a test. Also prints how many labels are listed beside the legend and the longest leader
 * line against the bound.
 *
 *   npx tsx test/bench/map-labels.ts [--rounds N]
 */
import { buildGeometry } from '../../scripts/geo/build-geometry.ts';
import { layoutMapLabels } from '../../src/charts/map/build-choropleth-option.ts';
import { clearLabelLayoutCache } from '../../src/charts/map/choropleth/unit-labels.ts';
import { toFootprintMap, toLabelPointMap } from '../../src/charts/map/geometry/decode.ts';
import type { ChoroplethInput, MapFigure } from '../../src/charts/map/types.ts';
import { THEMES } from '../../src/charts/theme/tokens.ts';
import { registryUnits } from '../../src/domain/registry.ts';
import type { ProvinceEraId } from '../../src/domain/units.ts';

const index = process.argv.indexOf('--rounds');
const rounds = index >= 0 ? Math.max(1, Number(process.argv[index + 1]) || 5) : 5;
const { labelPoints, footprints } = buildGeometry();

interface Crowd {
  readonly name: string;
  readonly era: ProvinceEraId;
  readonly best: readonly string[];
  readonly worst: readonly string[];
  readonly noData: readonly string[];
}
const merged = registryUnits('34').flatMap((u) =>
  (u.formerCodes?.length ?? 0) > 1 ? (u.formerCodes ?? []) : [],
);
const CROWDS: readonly Crowd[] = [
  {
    name: '34, overview default',
    era: '34',
    best: ['46', '75', '15'],
    worst: ['11', '22', '38'],
    noData: ['12'],
  },
  {
    name: '34, six in the north',
    era: '34',
    best: ['15', '20', '12'],
    worst: ['31', '22', '14'],
    noData: [],
  },
  {
    name: '63, six in the delta',
    era: '63',
    best: ['01', '26', '27'],
    worst: ['34', '35', '36'],
    noData: [],
  },
  {
    name: '63, unchanged units only',
    era: '63',
    best: ['46', '14', '04'],
    worst: ['22', '38', '11'],
    noData: merged,
  },
];
const SIZES = [
  [510, 430],
  [600, 800],
  [700, 1000],
  [900, 1000],
  [1600, 2000],
] as const;

function input(crowd: Crowd, width: number, height: number): ChoroplethInput {
  const figures = registryUnits(crowd.era).map((unit, i): MapFigure => {
    const rank = crowd.best.indexOf(unit.code);
    const low = crowd.worst.indexOf(unit.code);
    const value = rank >= 0 ? 95 - rank : low >= 0 ? 20 + low : 40 + ((i * 37) % 50) + 0.3;
    const none = crowd.noData.includes(unit.code);
    return {
      code: unit.code,
      name: unit.name.vi,
      value: none ? null : value,
      state: none ? 'not-comparable' : 'value',
      valueText: none ? 'Không so sánh được' : `${value.toFixed(1).replace('.', ',')}% kế hoạch`,
      rankText: 'Hạng 3/34',
    };
  });
  return {
    mapName: `vn-${crowd.era}`,
    era: crowd.era,
    figures,
    polarity: 'higher-is-better',
    decimals: 1,
    number: { locale: 'vi', decimals: 1 },
    best: crowd.best,
    worst: crowd.worst,
    labelPoints: toLabelPointMap(labelPoints, crowd.era),
    footprints: toFootprintMap(footprints, crowd.era),
    highlighted: null,
    texts: {
      legendTitle: 'Giải ngân đầu tư công (% kế hoạch)',
      noData: 'Chưa có số liệu',
      notComparable: 'Không so sánh được',
      sea: 'Biển Đông',
      archipelagos: {
        'hoang-sa': 'Quần đảo Hoàng Sa (Đà Nẵng)',
        'truong-sa': 'Quần đảo Trường Sa (Khánh Hòa)',
      },
      credit: 'Bản đồ: © OpenStreetMap contributors (ODbL); ranh giới theo NQ 202/2025/QH15',
      bestLabel: 'Cao nhất',
      worstLabel: 'Thấp nhất',
    },
    theme: THEMES.light,
    size: { width, height },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
console.log(
  `layoutMapLabels, cold, median of ${rounds} (ms) · listed beside the legend · longest leader / bound (px)`,
);
const all: number[] = [];
for (const crowd of CROWDS) {
  for (const [width, height] of SIZES) {
    const data = input(crowd, width, height);
    const times: number[] = [];
    let layout = layoutMapLabels(data);
    for (let r = 0; r < rounds; r++) {
      clearLabelLayoutCache();
      const started = performance.now();
      layout = layoutMapLabels(data);
      times.push(performance.now() - started);
    }
    all.push(...times);
    const longest = Math.max(
      0,
      ...[...layout.labels, ...layout.listed].map((l) =>
        l.placement?.leader
          ? Math.hypot(l.placement.leader.to[0] - l.anchor[0], l.placement.leader.to[1] - l.anchor[1])
          : 0,
      ),
    );
    console.log(
      `${crowd.name.padEnd(26)} ${`${width}×${height}`.padEnd(10)} ${median(times).toFixed(1).padStart(7)} ms` +
        `  listed ${layout.listed.length}  leader ${longest.toFixed(0)}/${layout.maxLeader.toFixed(0)}  font ${layout.box.font}`,
    );
  }
}
console.log(`all cases: median ${median(all).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms`);
