/**
 * What a panel asks to draw: the kind of chart and its view model. Panels pass a spec, not an ECharts
 * option, so the option builders load with ECharts in the lazy chart chunk instead of with the first
 * paint (the KPI tiles do not wait for code they do not use). Types only: nothing here ships.
 */
import type { ChoroplethInput } from './map/types.ts';
import type { RankingBarInput } from './ranking/build-ranking-bar-option.ts';
import type { StackedBarInput } from './stacked/build-stacked-bar-option.ts';
import type { TrendInput } from './trend/types.ts';

export type ChartSpec =
  | { readonly kind: 'map'; readonly input: ChoroplethInput }
  | { readonly kind: 'trend'; readonly input: TrendInput }
  | { readonly kind: 'ranking'; readonly input: RankingBarInput }
  | { readonly kind: 'stacked'; readonly input: StackedBarInput };

/**
 * How a chart writes its numbers (axis ticks, legend edges, tooltips): plain data rather than a closure,
 * so two specs of the same view compare equal by value and a spec can be stored in a deck snapshot.
 * The builders format with `formatNumber(value, locale, decimals)` from the domain.
 */
export interface NumberFormatSpec {
  readonly locale: 'vi' | 'en';
  readonly decimals: number;
}
