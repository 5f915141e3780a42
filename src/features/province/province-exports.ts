/**
 * The CSV files of a unit's page: its table of every indicator, and the breakdown of a merged unit's figure
 * into the former units it absorbed. Same rules as every other export (see `csvMeta`, `exportNumber`):
 * leading rows naming the file, figures rounded to each indicator's decimals unless raw values are asked
 * for, either separator. Pure.
 */
import { csvMeta } from '../../components/export/csv-meta.ts';
import { csvVariantNameParts, exportNumber, type CsvVariant } from '../../components/export/csv-variant.ts';
import { csvFileName, toCsv, type CsvCell } from '../../components/export/to-csv.ts';
import type { EraFigure } from '../../domain/era-figures.ts';
import { sourceAt, type Indicator } from '../../domain/indicators.ts';
import type { Observation } from '../../domain/observation.ts';
import { formatIndicatorPeriod } from '../../domain/format-indicator.ts';
import { periodEnd, periodKey, type Period } from '../../domain/period.ts';
import { unitNameAt, type AdminUnit, type Locale, type ProvinceEraId } from '../../domain/units.ts';
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
      sourceAt(r.indicator, r.period)[locale],
    ];
  });
  const meta = csvMeta({ unitName, period: t('csv.meta.period.perRow'), era, updatedAt }, variant, {
    t,
    locale,
  });
  return toCsv(headers, body, { dialect: variant.dialect, meta });
}

/**
 * A merged unit's figure for a period of the 63, by former unit (named as on the period's last day), then
 * the unit's own figure re-aggregated from them (empty where it cannot be combined, the reason in the
 * status column). `byCode` holds the 63's observations of the period; `total` the unit's figure on the 34.
 */
export function breakdownCsvContent(
  {
    indicator,
    unit,
    formers,
    period,
    byCode,
    total,
    updatedAt,
  }: {
    indicator: Indicator;
    unit: AdminUnit;
    formers: readonly AdminUnit[];
    period: Period;
    byCode: ReadonlyMap<string, Observation>;
    total: EraFigure | undefined;
    updatedAt?: string | undefined;
  },
  { variant, t, locale }: Context,
): string {
  const unitName = unitNameAt(unit, unit.validFrom, locale);
  const headers = [
    t('csv.code'),
    t('province.col.formerUnit'),
    `${t('ranking.col.value')} (${indicator.unit.label[locale]})`,
    t('ranking.col.status'),
  ];
  const formerRows = formers.map((f): CsvCell[] => {
    const o = byCode.get(f.code);
    return [
      f.code,
      unitNameAt(f, periodEnd(period), locale),
      exportNumber(o?.value ?? null, indicator.decimals, variant),
      o?.value != null ? t(`status.${o.status}`) : t(missingKey(o ?? {})),
    ];
  });
  const totalRow: CsvCell[] = [
    unit.code,
    t('province.breakdown.total', { name: unitName }),
    exportNumber(total?.state === 'value' ? total.value : null, indicator.decimals, variant),
    total ? t(missingKey(total, `status.${total.status}`)) : t('status.missing'),
  ];
  const meta = csvMeta(
    {
      indicator,
      unitName,
      period: formatIndicatorPeriod(indicator, period, locale),
      source: sourceAt(indicator, period)[locale],
      updatedAt,
    },
    variant,
    { t, locale },
  );
  return toCsv(headers, [...formerRows, totalRow], { dialect: variant.dialect, meta });
}

/** "dieu-hanh_tinh-cu_tp-ho-chi-minh_thu-ngan-sach-nha-nuoc_2025-05.csv" (plus the variant's parts). */
export function breakdownCsvName(unit: AdminUnit, indicator: Indicator, period: Period, variant: CsvVariant) {
  return csvFileName([
    'dieu-hanh',
    'tinh-cu',
    unitNameAt(unit, unit.validFrom, 'vi'),
    indicator.name.vi,
    periodKey(period),
    ...csvVariantNameParts(variant),
  ]);
}
