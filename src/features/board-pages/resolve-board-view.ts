/**
 * Resolves a board's URL state against what the feed offers: the indicators of the board's group that
 * are published for the agencies chosen (provinces or ministries), the indicator (or the group's
 * headline), the frequency and period (or the latest), and the periods the picker and player step
 * through. Whatever the URL says, the result is a view the feed can answer. Pure.
 */
import type { LatestPeriods } from '../../api/metadata/schema.ts';
import type { Indicator, IndicatorGroup } from '../../domain/indicators.ts';
import {
  comparePeriods,
  parsePeriod,
  periodsFrom,
  type Frequency,
  type Period,
} from '../../domain/period.ts';
import type { AgencyKind } from '../board/index.ts';

export interface ResolvedBoardView {
  /** The indicators the picker offers: the group's, published for the agencies chosen. */
  readonly choices: readonly Indicator[];
  readonly indicator: Indicator;
  readonly frequency: Frequency;
  readonly period: Period;
  /** Every period of the frequency from the first with data to the latest, oldest first. */
  readonly periods: readonly Period[];
  readonly latest: Period;
}

/**
 * Null when the feed has nothing to show for the group and agencies (an empty catalog, or a group
 * published for provinces only while ministries are asked for).
 */
export function resolveBoardView(
  state: { readonly agencies: AgencyKind; readonly indicator: string | null; readonly period: string | null },
  group: IndicatorGroup,
  catalog: readonly Indicator[],
  latest: LatestPeriods,
  firstPeriod: string,
): ResolvedBoardView | null {
  const choices = catalog.filter((i) => i.group === group && i.scopes.includes(state.agencies));
  const indicator =
    choices.find((i) => i.id === state.indicator) ?? choices.find((i) => i.headline) ?? choices[0];
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
