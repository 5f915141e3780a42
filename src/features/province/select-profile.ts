/**
 * The province page's indicator table: for one unit, every provincial indicator's latest figure, change
 * on the same period last year, share of plan, rank and rank change, status and sparkline, from the
 * feed's profile of the unit. Pure: profile in, rows out.
 */
import type { LatestPeriods } from '../../api/metadata/schema.ts';
import type { ProfileFigure, UnitProfile } from '../../api/profile/to-domain.ts';
import { lastPeriodOfEra } from '../../domain/era-figures.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { parsePeriod, type Frequency, type Period } from '../../domain/period.ts';
import { compareNames } from '../../domain/text.ts';
import type { AdminUnit, IsoDate, Locale, ProvinceEraId } from '../../domain/units.ts';
import { toBoardRow, type BoardRow } from '../figures/index.tsx';
import type { ProvinceSort } from './province-state.ts';

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
  return newest ? lastPeriodOfEra(newest, era) : null;
}

/**
 * The date a unit's page reads its names, kind and region at: its last day for a former unit, else the
 * feed's as-of date (never the reader's clock, which may be ahead of the data or wrong).
 */
export function unitDate(unit: Pick<AdminUnit, 'validTo'>, asOf: IsoDate): IsoDate {
  return unit.validTo ?? asOf;
}

export interface ProfileRow {
  readonly indicator: Indicator;
  readonly period: Period;
  /** The unit's row among all units of the era; null while the profile loads or when it has none. */
  readonly row: BoardRow | null;
  /** How many units of the era are ranked: the N of "Hạng 3/N". */
  readonly total: number;
  /** The unit's recent values, oldest first. */
  readonly spark: readonly (number | null)[];
}

const NO_SPARK: readonly (number | null)[] = [];

function rowOf(indicator: Indicator, figure: ProfileFigure, unit: AdminUnit, locale: Locale): BoardRow {
  return toBoardRow(
    indicator,
    { ...figure, code: unit.code },
    unit,
    {
      rank: figure.rank,
      tied: figure.tied,
      rankChange: figure.rankChange,
      ...(figure.unranked ? { unranked: figure.unranked } : {}),
    },
    figure.period,
    locale,
  );
}

/**
 * One row per indicator of `indicators` (in their order) that the unit's era has a period for: its
 * figure from `profile` (null while there is none yet, or when the profile lacks the indicator), in the
 * same words and rules as every board's rows.
 */
export function selectProfileRows({
  indicators,
  profile,
  unit,
  latest,
  locale,
}: {
  indicators: readonly Indicator[];
  profile: UnitProfile | null;
  unit: AdminUnit;
  latest: LatestPeriods;
  locale: Locale;
}): ProfileRow[] {
  return indicators.flatMap((indicator): ProfileRow[] => {
    const figure = profile?.byIndicator.get(indicator.id);
    const period =
      figure?.period ?? latestPeriodForEra(indicator.frequencies[0] ?? 'month', unit.era, latest);
    if (!period) return [];
    return [
      {
        indicator,
        period,
        row: figure ? rowOf(indicator, figure, unit, locale) : null,
        total: figure?.rankedUnits ?? 0,
        spark: figure?.spark ?? NO_SPARK,
      },
    ];
  });
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
