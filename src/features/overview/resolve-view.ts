/**
 * Resolves the URL state against what the feed offers: the indicator (or the board's default), the
 * frequency and period (or the latest), and the periods the picker and the player can step through.
 * Whatever the URL says, the result is a view the feed can answer.
 */
import type { Indicator, IndicatorGroup } from '../../domain/indicators.ts';
import {
  comparePeriods,
  parsePeriod,
  periodsFrom,
  type Frequency,
  type Period,
} from '../../domain/period.ts';
import type { LatestPeriods } from '../../api/metadata/schema.ts';
import type { OverviewState } from './overview-state.ts';
import { OVERVIEW_TILE_IDS } from './tiles.ts';

export interface ResolvedView {
  /** The indicators the picker offers on this board (province figures only). */
  readonly choices: readonly Indicator[];
  readonly indicator: Indicator;
  readonly frequency: Frequency;
  readonly period: Period;
  /** Every period of the frequency from the first with data to the latest, oldest first. */
  readonly periods: readonly Period[];
  readonly latest: Period;
}

export function defaultIndicator(
  choices: readonly Indicator[],
  group: IndicatorGroup | null,
): Indicator | undefined {
  if (group) return choices.find((i) => i.headline) ?? choices[0];
  return OVERVIEW_TILE_IDS.flatMap((id) => choices.find((i) => i.id === id) ?? [])[0] ?? choices[0];
}

/** Null when the catalog offers nothing to show for the board (an empty feed). */
export function resolveView(
  state: OverviewState,
  catalog: readonly Indicator[],
  latest: LatestPeriods,
  firstPeriod: string,
): ResolvedView | null {
  const provincial = catalog.filter((i) => i.scopes.includes('province'));
  const choices = state.group ? provincial.filter((i) => i.group === state.group) : provincial;
  const indicator = choices.find((i) => i.id === state.indicator) ?? defaultIndicator(choices, state.group);
  const first = parsePeriod(firstPeriod);
  if (!indicator || !first) return null;

  const asked = state.period ? parsePeriod(state.period) : null;
  const frequency =
    asked && indicator.frequencies.includes(asked.frequency)
      ? asked.frequency
      : (indicator.frequencies[0] ?? 'month');
  const last = parsePeriod(latest[frequency]);
  if (!last) return null;
  const periods = periodsFrom(first, last);
  const start = periods[0] ?? last;
  const inRange =
    asked &&
    asked.frequency === frequency &&
    comparePeriods(asked, start) >= 0 &&
    comparePeriods(asked, last) <= 0;
  return { choices, indicator, frequency, period: inRange ? asked : last, periods, latest: last };
}
