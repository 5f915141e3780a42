/**
 * What the panels' download buttons produce: CSV of exactly the rows shown (headers in the UI language,
 * UTF-8 with BOM, leading rows naming indicator, period, source and update time; figures rounded as shown
 * unless the reader asks for the raw values; comma- or semicolon-separated) and PNG of the chart with
 * title, period, source and as-of line.
 */
import { renderSpecToPng, type ChartSpec } from '../../charts/lazy-chart.tsx';
import { csvVariantNameParts, exportNumber, type CsvVariant } from '../../components/export/csv-variant.ts';
import { csvMeta } from '../../components/export/csv-meta.ts';
import { downloadCsv, downloadDataUrl } from '../../components/export/download.ts';
import { csvFileName, exportFileName, toCsv } from '../../components/export/to-csv.ts';
import { sourceAt, type Indicator } from '../../domain/indicators.ts';
import { formatIndicatorPeriod } from '../../domain/format-indicator.ts';
import { periodKey, type Period } from '../../domain/period.ts';
import { eraScope, type EraId, type Locale } from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { missingKey } from './missing-wording.ts';
import type { BoardRow } from './select-board-rows.ts';

/** The header of the value column names the unit, since the cells are bare numbers. */
export function valueHeader(indicator: Indicator, t: Translate, locale: Locale): string {
  return `${t('ranking.col.value')} (${indicator.unit.label[locale]})`;
}

/** The board's rows as a CSV of `variant`: rank, code, name, value, same period last year, status. */
export function rankingCsvContent({
  rows,
  indicator,
  period,
  era,
  updatedAt,
  variant,
  t,
  locale,
}: {
  rows: readonly BoardRow[];
  indicator: Indicator;
  period: Period;
  /** The set ranked: a province era ('34', '63') or a ministry set ('22', '17'). */
  era: EraId;
  updatedAt?: string | undefined;
  variant: CsvVariant;
  t: Translate;
  locale: Locale;
}): string {
  const headers = [
    t('ranking.col.rank'),
    t('csv.code'),
    t('ranking.col.unit'),
    valueHeader(indicator, t, locale),
    `${t('trend.lastYear')} (${indicator.unit.label[locale]})`,
    t('ranking.col.rankChange'),
    t('ranking.col.status'),
  ];
  const body = rows.map((r) => [
    r.rank,
    r.code,
    r.name,
    exportNumber(r.value, indicator.decimals, variant),
    exportNumber(r.previousYear, indicator.decimals, variant),
    r.rankChange,
    t(missingKey(r, `status.${r.status}`)),
  ]);
  const meta = csvMeta(
    {
      indicator,
      period: formatIndicatorPeriod(indicator, period, locale),
      // The meta row names a province era; a ministry set has no wording of its own there.
      ...(era === '34' || era === '63' ? { era } : {}),
      source: sourceAt(indicator, period)[locale],
      updatedAt,
    },
    variant,
    { t, locale },
  );
  return toCsv(headers, body, { dialect: variant.dialect, meta });
}

export function rankingCsv(args: Parameters<typeof rankingCsvContent>[0]): void {
  downloadCsv(
    rankingCsvContent(args),
    csvFileName([
      'dieu-hanh',
      args.indicator.name[args.locale],
      periodKey(args.period),
      `${args.era}-${eraScope(args.era) === 'province' ? 'tinh' : 'bo'}`,
      ...csvVariantNameParts(args.variant),
    ]),
  );
}

/** Renders the export variant of a chart off screen and downloads it. */
export async function exportPanelPng(
  spec: ChartSpec | null,
  size: { width: number; height: number },
  nameParts: readonly (string | Period)[],
): Promise<void> {
  if (!spec) throw new Error('The chart is not ready yet.');
  const url = await renderSpecToPng(spec, size);
  downloadDataUrl(
    url,
    exportFileName(['dieu-hanh', ...nameParts.map((p) => (typeof p === 'string' ? p : periodKey(p)))], 'png'),
  );
}
