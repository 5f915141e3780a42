import type { LatestPeriods } from '../../api/metadata/schema.ts';
import type { Indicator, IndicatorGroup } from '../../domain/indicators.ts';
import {
  comparePeriods,
  firstPeriodOf,
  parsePeriod,
  periodContaining,
  periodEnd,
  previousPeriod,
  type Frequency,
  type Period,
} from '../../domain/period.ts';

/**
 * The overview's own headline set across boards, in the order a leader reads them (docs/design.md, reference
 * layout); each board shows its group's headline indicators instead.
 */
export const OVERVIEW_TILE_IDS: readonly string[] = [
  'public-investment-disbursement-rate',
  'grdp-growth',
  'budget-revenue',
  'cpi-yoy',
  'tasks-completion-rate',
  'dvc-766-total',
];

/** The tiles to show: the overview set, or a group's headlines; ids the catalog lacks are skipped. */
export function selectTileIndicators(
  catalog: readonly Indicator[],
  group: IndicatorGroup | null,
): Indicator[] {
  if (group) return catalog.filter((i) => i.group === group && i.headline);
  const byId = new Map(catalog.map((i) => [i.id, i]));
  return OVERVIEW_TILE_IDS.flatMap((id) => byId.get(id) ?? []);
}

/** The period a tile shows, and whether it is the latest of its own frequency up to the board's. */
export interface TilePeriod {
  readonly period: Period;
  /**
   * The tile's frequency when it differs from the board's chosen period ("9 tháng năm 2024 · quý gần
   * nhất" beside October 2024), so the tile says plainly why its period differs; null otherwise.
   */
  readonly latestOf: Frequency | null;
}

/**
 * The period a headline tile shows: the latest the feed has while the board shows its latest period
 * (`chosen` null), else the chosen period itself when the indicator is published at its frequency, else
 * the last period of the indicator's own frequency that has ended by the end of the chosen one: what a
 * reader of that month's briefing would have had (October 2024 → GRDP for the first nine months, the
 * population of 2023), never past the feed's latest. Null when no such period has data (before the first).
 */
export function selectTilePeriod(
  indicator: Pick<Indicator, 'frequencies'>,
  chosen: Period | null,
  latest: LatestPeriods,
  first: Period,
): TilePeriod | null {
  if (chosen && indicator.frequencies.includes(chosen.frequency)) {
    return { period: chosen, latestOf: null };
  }
  const frequency = indicator.frequencies[0] ?? 'month';
  const newest = parsePeriod(latest[frequency]);
  if (!newest) return null;
  if (!chosen) return { period: newest, latestOf: null };
  const end = periodEnd(chosen);
  const containing = periodContaining(end, frequency);
  let period = periodEnd(containing) > end ? previousPeriod(containing) : containing;
  if (comparePeriods(period, newest) > 0) period = newest;
  if (comparePeriods(period, firstPeriodOf(frequency, first)) < 0) return null;
  return { period, latestOf: frequency };
}
