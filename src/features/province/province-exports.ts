/**
 * The CSV files of a unit's page: its table of every indicator, and the breakdown of a merged unit's figure
 * into the former units it absorbed. Same rules as every other export (see `csvMeta`, `exportNumber`):
 * leading rows naming the file, figures rounded to each indicator's decimals unless raw values are asked
 * for, either separator. Pure.
 */
import { csvMeta } from '../../components/export/csv-meta.ts';
import { exportNumber, type CsvVariant } from '../../components/export/csv-variant.ts';
import { toCsv, type CsvCell } from '../../components/export/to-csv.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { periodKey } from '../../domain/period.ts';
import type { Locale, ProvinceEraId } from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { missingKey } from '../figures/index.tsx';
import type { ProfileRow } from './select-profile.ts';

interface Context {
  readonly variant: CsvVariant;
  readonly t: Translate;
  readonly locale: Locale;
}

/**
 * The unit's table as shown (sorted as on screen): indicator, its period (wire key), unit, value, same
 * period last year, rank, change of rank, status and source; each figure at its own indicator's decimals.
 */
export function profileCsvContent(
  {
    rows,
    unitName,
    era,
    updatedAt,
  }: {
    rows: readonly ProfileRow[];
    unitName: string;
    era: ProvinceEraId;
    updatedAt?: string | undefined;
  },
  { variant, t, locale }: Context,
): string {
  const headers = [
    t('province.col.indicator'),
    t('controls.period'),
    t('province.col.unit'),
    t('ranking.col.value'),
    t('trend.lastYear'),
    t('ranking.col.rank'),
    t('ranking.col.rankChange'),
    t('ranking.col.status'),
    t('csv.meta.source'),
  ];
  const body = rows.map((r): CsvCell[] => {
    const decimals = r.indicator.decimals;
    return [
      r.indicator.name[locale],
      periodKey(r.period),
      r.indicator.unit.label[locale],
      exportNumber(r.row?.value ?? null, decimals, variant),
      exportNumber(r.row?.previousYear ?? null, decimals, variant),
      r.row?.rank ?? null,
      r.row?.rankChange ?? null,
      r.row ? t(missingKey(r.row, `status.${r.row.status}`)) : t('status.missing'),
      r.indicator.source[locale],
    ];
  });
  const meta = csvMeta({ unitName, period: t('csv.meta.period.perRow'), era, updatedAt }, variant, {
    t,
    locale,
  });
  return toCsv(headers, body, { dialect: variant.dialect, meta });
}

/** One former unit's figure in a breakdown; `value` null when it has none (with `status` saying why). */
export interface BreakdownCsvRow {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
  /** The words for the status or the missing reason, as the table shows them. */
  readonly statusText: string;
}

/**
 * A merged unit's figure for a period of the 63, by former unit, then the unit's own figure re-aggregated
 * from them (empty where it cannot be combined, with the reason in the status column).
 */
export function breakdownCsvContent(
  {
    indicator,
    unitName,
    periodText,
    formers,
    total,
    updatedAt,
  }: {
    indicator: Indicator;
    unitName: string;
    periodText: string;
    formers: readonly BreakdownCsvRow[];
    total: BreakdownCsvRow;
    updatedAt?: string | undefined;
  },
  { variant, t, locale }: Context,
): string {
  const headers = [
    t('csv.code'),
    t('province.col.formerUnit'),
    `${t('ranking.col.value')} (${indicator.unit.label[locale]})`,
    t('ranking.col.status'),
  ];
  const body = [...formers, total].map((r): CsvCell[] => [
    r.code,
    r.name,
    exportNumber(r.value, indicator.decimals, variant),
    r.statusText,
  ]);
  const meta = csvMeta({ indicator, unitName, period: periodText, updatedAt }, variant, { t, locale });
  return toCsv(headers, body, { dialect: variant.dialect, meta });
}
