/**
 * What the panels' download buttons produce: CSV of exactly the rows shown (raw feed numbers, headers in
 * the UI language, UTF-8 with BOM) and PNG of the chart with title, period, source and as-of line.
 */
import { renderSpecToPng, type ChartSpec } from '../../charts/lazy-chart.tsx';
import { downloadCsv, downloadDataUrl } from '../../components/export/download.ts';
import { csvFileName, exportFileName, toCsv } from '../../components/export/to-csv.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { periodKey, type Period } from '../../domain/period.ts';
import { eraScope, type EraId, type Locale } from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { missingKey } from './missing-wording.ts';
import type { BoardRow } from './select-board-rows.ts';

/** The header of the value column names the unit, since the cells are bare numbers. */
export function valueHeader(indicator: Indicator, t: Translate, locale: Locale): string {
  return `${t('ranking.col.value')} (${indicator.unit.label[locale]})`;
}

export function rankingCsvContent({
  rows,
  indicator,
  t,
  locale,
}: {
  rows: readonly BoardRow[];
  indicator: Indicator;
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
    r.value,
    r.previousYear,
    r.rankChange,
    t(missingKey(r, `status.${r.status}`)),
  ]);
  return toCsv(headers, body);
}

export function rankingCsv(args: {
  rows: readonly BoardRow[];
  indicator: Indicator;
  period: Period;
  /** The set ranked: a province era ('34', '63') or a ministry set ('22', '17'). */
  era: EraId;
  t: Translate;
  locale: Locale;
}): void {
  const setName = `${args.era}-${eraScope(args.era) === 'province' ? 'tinh' : 'bo'}`;
  downloadCsv(
    rankingCsvContent(args),
    csvFileName(['dieu-hanh', args.indicator.name[args.locale], periodKey(args.period), setName]),
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
