/**
 * The view model of a KPI tile: national value with unit and period, change on the same period last
 * year read by polarity, share of (or distance to) the plan, status, and the recent trend.
 */
import type { ObservationSet } from '../../api/observations/to-domain.ts';
import type { SeriesSet } from '../../api/series/to-domain.ts';
import {
  formatIndicatorChange,
  formatIndicatorPeriod,
  formatIndicatorValue,
  type FormattedValue,
} from '../../domain/format-indicator.ts';
import { formatNumber } from '../../domain/format.ts';
import {
  indicatorTitle,
  type Indicator,
  type NationalCoverage,
  type TargetKind,
} from '../../domain/indicators.ts';
import {
  computeChange,
  shareOfTarget,
  type Direction,
  type MissingReason,
  type ObservationStatus,
  type Tone,
} from '../../domain/observation.ts';
import { firstPeriodOf, formatPeriod, monthPeriod, recentFrom, type Period } from '../../domain/period.ts';
import type { Locale } from '../../domain/units.ts';

export interface KpiTileModel {
  readonly indicatorId: string;
  readonly title: string;
  readonly period: string;
  /** Who the figure covers; the tile names it when it is not the whole country ("Các địa phương"). */
  readonly coverage: NationalCoverage;
  readonly value: FormattedValue | null;
  readonly status: ObservationStatus;
  readonly missingReason?: MissingReason;
  readonly change: { readonly text: string; readonly direction: Direction; readonly tone: Tone } | null;
  /** "135,2%" of the budget estimate, or the planned level itself for a rate ("8,00%"). */
  readonly target: {
    readonly kind: TargetKind;
    readonly mode: 'share' | 'level';
    readonly text: string;
  } | null;
  readonly trend: readonly (number | null)[];
  readonly trendFrom: string | null;
  readonly trendTo: string | null;
}

/**
 * Where the tile's sparkline starts: a year or so back ({@link recentFrom}); for a figure accumulated
 * from January, January of the same year, since a line across two years would only show the reset to
 * zero.
 */
export function trendStart(indicator: Pick<Indicator, 'cumulative'>, period: Period): Period {
  if (indicator.cumulative && period.frequency !== 'year') {
    return firstPeriodOf(period.frequency, monthPeriod(period.year, 1));
  }
  return recentFrom(period);
}

export function selectKpiTile(
  indicator: Indicator,
  observations: ObservationSet,
  trend: SeriesSet | undefined,
  locale: Locale,
): KpiTileModel {
  const national = observations.national;
  const change = computeChange(indicator, national.value, national.previousYear);
  const share = shareOfTarget(indicator, national);
  let target: KpiTileModel['target'] = null;
  if (indicator.target && share !== null) {
    target = { kind: indicator.target, mode: 'share', text: `${formatNumber(share, locale, 1)}%` };
  } else if (indicator.target && national.target !== null) {
    target = {
      kind: indicator.target,
      mode: 'level',
      text: formatIndicatorValue(indicator, national.target, locale).text,
    };
  }
  const firstPeriod = trend?.periods[0];
  const lastPeriod = trend?.periods.at(-1);
  return {
    indicatorId: indicator.id,
    title: indicatorTitle(indicator, 'nation', locale),
    period: formatIndicatorPeriod(indicator, observations.period, locale),
    coverage: observations.coverage,
    value: national.value === null ? null : formatIndicatorValue(indicator, national.value, locale),
    status: national.status,
    ...(national.missingReason ? { missingReason: national.missingReason } : {}),
    change: change && {
      text: formatIndicatorChange(indicator, change, locale, { signed: false }),
      direction: change.direction,
      tone: change.tone,
    },
    target,
    trend: trend?.national.values ?? [],
    trendFrom: firstPeriod ? formatPeriod(firstPeriod, locale, { short: true }) : null,
    trendTo: lastPeriod ? formatPeriod(lastPeriod, locale, { short: true }) : null,
  };
}
