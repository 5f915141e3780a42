/**
 * A chart spec to its ECharts option: the one switch over the option builders. Each builder is a chunk of
 * its own, loaded with the ECharts parts only it draws: the board's first screen shows the ranking as a
 * table, so the bar chart and its mark lines (a tenth of ECharts) load when a ranking chart is first shown.
 */
import type { EChartsOption } from 'echarts';
import type { ChartSpec } from './chart-spec.ts';

export type ChartKind = ChartSpec['kind'];

type BuilderOf<K extends ChartKind> = (input: Extract<ChartSpec, { kind: K }>['input']) => EChartsOption;
type Builders = { [K in ChartKind]: BuilderOf<K> };

export const CHART_KINDS: readonly ChartKind[] = ['map', 'trend', 'ranking', 'stacked'];

const LOADERS: { [K in ChartKind]: () => Promise<BuilderOf<K>> } = {
  map: async () => (await import('./map/build-choropleth-option.ts')).buildChoroplethOption,
  trend: async () => (await import('./trend/build-trend-option.ts')).buildTrendOption,
  ranking: async () => {
    const [{ buildRankingBarOption }, { registerBarCharts }] = await Promise.all([
      import('./ranking/build-ranking-bar-option.ts'),
      import('./register-echarts.ts'),
    ]);
    await registerBarCharts();
    return buildRankingBarOption;
  },
  // The tasks board's 100 % stacked bars draw with the same lazily registered bar chart.
  stacked: async () => {
    const [{ buildStackedBarOption }, { registerBarCharts }] = await Promise.all([
      import('./stacked/build-stacked-bar-option.ts'),
      import('./register-echarts.ts'),
    ]);
    await registerBarCharts();
    return buildStackedBarOption;
  },
};

const loaded: Partial<Builders> = {};
const loading = new Map<ChartKind, Promise<void>>();

/**
 * Loads the builder of `kind` and the ECharts parts it needs; once per page (a failure is forgotten, so a
 * remount tries again). {@link buildOption} works for `kind` once this has resolved.
 */
export function loadOptionBuilder(kind: ChartKind): Promise<void> {
  let promise = loading.get(kind);
  if (!promise) {
    promise = (LOADERS[kind] as () => Promise<Builders[typeof kind]>)().then((builder) => {
      (loaded as Record<ChartKind, unknown>)[kind] = builder;
    });
    loading.set(kind, promise);
    promise.catch(() => loading.delete(kind));
  }
  return promise;
}

/** The option of `spec`; its kind's builder must have been loaded ({@link loadOptionBuilder}). */
export function buildOption(spec: ChartSpec): EChartsOption {
  const builder = loaded[spec.kind] as ((input: ChartSpec['input']) => EChartsOption) | undefined;
  if (!builder) throw new Error(`The ${spec.kind} chart builder has not been loaded`);
  return builder(spec.input);
}
