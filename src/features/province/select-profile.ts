/**
 * The province page's indicator table: for one unit, every indicator's latest figure, change on the same
 * period last year, share of plan, rank and rank change, status. Pure: figures in, rows out.
 */
import type { MetadataResponse } from '../../api/metadata/schema.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { parsePeriod, periodEnd, previousPeriod, type Frequency, type Period } from '../../domain/period.ts';
import { compareNames } from '../../domain/text.ts';
import { PROVINCE_ERA_CHANGE, type AdminUnit, type Locale, type ProvinceEraId } from '../../domain/units.ts';
import { selectBoardRows, type BoardRow, type IndicatorFigures } from '../figures/index.tsx';
import type { ProvinceSort } from './province-state.ts';

/** The latest period of each frequency, as /metadata says. */
export type LatestPeriods = MetadataResponse['latest'];

/**
 * The latest period of `frequency` the units of `era` reported: the feed's latest for the 34; for the 63,
 * the last one that ended before July 2025.
 */
export function latestPeriodForEra(
  frequency: Frequency,
  era: ProvinceEraId,
  latest: LatestPeriods,
): Period | null {
  const newest = parsePeriod(latest[frequency]);
  if (!newest || era === '34') return newest;
  let period = newest;
  while (periodEnd(period) >= PROVINCE_ERA_CHANGE) period = previousPeriod(period);
  return period;
}

export interface ProfileRow {
  readonly indicator: Indicator;
  readonly period: Period;
  /** The unit's row among all units of the era; null while loading or when it failed. */
  readonly row: BoardRow | null;
  readonly total: number;
  readonly status: 'pending' | 'error' | 'success';
  readonly error?: unknown;
  readonly retry?: () => void;
}

export function selectProfileRow({
  indicator,
  period,
  code,
  current,
  previous,
  units,
  locale,
}: {
  indicator: Indicator;
  period: Period;
  code: string;
  current: IndicatorFigures;
  previous: IndicatorFigures | undefined;
  units: readonly AdminUnit[];
  locale: Locale;
}): { row: BoardRow | null; total: number } {
  const board = selectBoardRows({
    indicator,
    figures: current.figures,
    ...(previous ? { previous: previous.figures } : {}),
    units,
    period,
    locale,
  });
  return { row: board.rows.find((r) => r.code === code) ?? null, total: board.ranking.total };
}

/** Rows sorted for the table; rows without the sort key go last whatever the direction. */
export function sortProfileRows(
  rows: readonly ProfileRow[],
  sort: ProvinceSort,
  descending: boolean,
  locale: Locale,
  catalogOrder: ReadonlyMap<string, number>,
): ProfileRow[] {
  const byName = compareNames(locale);
  const key = (r: ProfileRow): number | string | null => {
    switch (sort) {
      case 'group':
        return catalogOrder.get(r.indicator.id) ?? 0;
      case 'name':
        return r.indicator.name[locale];
      case 'value':
        return r.row?.value ?? null;
      case 'change':
        return r.row?.change?.value ?? null;
      case 'rank':
        return r.row?.rank ?? null;
      case 'rankChange':
        return r.row?.rankChange ?? null;
    }
  };
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null && kb === null) return 0;
    if (ka === null) return 1;
    if (kb === null) return -1;
    const order =
      typeof ka === 'string' && typeof kb === 'string' ? byName(ka, kb) : (ka as number) - (kb as number);
    return descending ? -order : order;
  });
}
