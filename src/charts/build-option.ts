/** A chart spec to its ECharts option: the one switch over the option builders. */
import type { EChartsOption } from 'echarts';
import type { ChartSpec } from './chart-spec.ts';
import { buildChoroplethOption } from './map/build-choropleth-option.ts';
import { buildRankingBarOption } from './ranking/build-ranking-bar-option.ts';
import { buildStackedBarOption } from './stacked/build-stacked-bar-option.ts';
import { buildTrendOption } from './trend/build-trend-option.ts';

export function buildOption(spec: ChartSpec): EChartsOption {
  switch (spec.kind) {
    case 'map':
      return buildChoroplethOption(spec.input);
    case 'trend':
      return buildTrendOption(spec.input);
    case 'ranking':
      return buildRankingBarOption(spec.input);
    case 'stacked':
      return buildStackedBarOption(spec.input);
  }
}
