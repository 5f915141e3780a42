/**
 * The trend as a table and as a CSV: the same lines, one column each with the unit in its header, one row
 * per period named the way the values are counted ("10 tháng năm 2026" for a value from January). Pure.
 */
import type { TrendSeries } from '../../charts/trend/types.ts';
import { exportNumber, type CsvVariant } from '../../components/export/csv-variant.ts';
import type { CsvCell } from '../../components/export/to-csv.ts';
import { formatNumber } from '../../domain/format.ts';
import { formatIndicatorPeriod } from '../../domain/format-indicator.ts';
import { accumulationOf, type Indicator } from '../../domain/indicators.ts';
import { formatPeriod, periodKey, type Period } from '../../domain/period.ts';
import type { Locale } from '../../domain/units.ts';
import type { TrendMode } from '../board/index.ts';
import { nativeMode } from './select-trend-lines.ts';

export interface TrendTableColumn {
  readonly id: string;
  /** "Cả nước (tỷ đồng)": the line's name and the unit its cells are in. */
  readonly header: string;
}

export interface TrendTableRow {
  readonly key: string;
  /** "Tháng 10/2026", or "10 tháng năm 2026" when the values run from January. */
  readonly label: string;
  /** Aligned with the columns; null where the line has no value (shown as a dash, never zero). */
  readonly cells: readonly (string | null)[];
}

export interface TrendTable {
  readonly columns: readonly TrendTableColumn[];
  /** Newest first, as a reader scans a table of recent figures. */
  readonly rows: readonly TrendTableRow[];
}

/**
 * A period of the trend named by what its values count in `mode`: as the indicator's own figures in its
 * native mode ("10 tháng năm 2026", "Quý III/2026 (lũy kế từ 2022)", "Tháng 10/2026"); accumulated by the
 * trend, from January or from the plan's start; taken apart, by the period alone.
 */
export function trendPeriodLabel(
  indicator: Indicator,
  mode: TrendMode,
  period: Period,
  locale: Locale,
): string {
  if (mode === nativeMode(indicator)) return formatIndicatorPeriod(indicator, period, locale);
  if (mode === 'period') return formatPeriod(period, locale);
  const accumulation = accumulationOf(indicator);
  return accumulation.kind === 'since'
    ? formatIndicatorPeriod({ cumulative: false, accumulation }, period, locale)
    : formatPeriod(period, locale, { cumulative: true });
}

/** "Cả nước (tỷ đồng)". */
function columnHeader(series: TrendSeries, indicator: Indicator, locale: Locale): string {
  return `${series.name} (${indicator.unit.label[locale]})`;
}

/**
 * The table view of the trend: every line in the indicator's own unit (the one the chart's axis is in)
 * with exactly the indicator's decimals, so a column of money reads "81.770 / 70.100 / 60.040" in one
 * precision, never a mix of scales and decimals; periods labelled as cumulative in `mode` "cumulative".
 */
export function selectTrendTable({
  series,
  periods,
  indicator,
  mode,
  locale,
}: {
  series: readonly TrendSeries[];
  periods: readonly Period[];
  indicator: Indicator;
  mode: TrendMode;
  locale: Locale;
}): TrendTable {
  const rows = periods.map((period, i) => ({
    key: periodKey(period),
    label: trendPeriodLabel(indicator, mode, period, locale),
    cells: series.map((s) => {
      const value = s.values[i];
      return value === null || value === undefined || !Number.isFinite(value)
        ? null
        : formatNumber(value, locale, indicator.decimals);
    }),
  }));
  return {
    columns: series.map((s) => ({ id: s.id, header: columnHeader(s, indicator, locale) })),
    rows: rows.reverse(),
  };
}

/**
 * The trend's CSV body: a period column with the wire key ("2026-10", sortable and unambiguous), then each
 * line in the indicator's unit, rounded to its decimals unless `variant` asks for raw values (a merged
 * unit's re-aggregated 3.236749306123544 is 3.24 at two decimals). Oldest first, like the feed.
 */
export function trendCsvTable({
  series,
  periods,
  indicator,
  variant,
  periodHeader,
  locale,
}: {
  series: readonly TrendSeries[];
  periods: readonly Period[];
  indicator: Indicator;
  variant: CsvVariant;
  periodHeader: string;
  locale: Locale;
}): { headers: string[]; rows: CsvCell[][] } {
  return {
    headers: [periodHeader, ...series.map((s) => columnHeader(s, indicator, locale))],
    rows: periods.map((p, i) => [
      periodKey(p),
      ...series.map((s) => exportNumber(s.values[i] ?? null, indicator.decimals, variant)),
    ]),
  };
}
