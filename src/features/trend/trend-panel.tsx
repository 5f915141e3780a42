import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { feedQueries } from '../../api/queries.ts';
import type { TrendSeries } from '../../charts/trend/types.ts';
import { LazyChart, renderSpecToPng, type ChartSpec } from '../../charts/lazy-chart.tsx';
import { THEMES } from '../../charts/theme/tokens.ts';
import { downloadCsv, downloadDataUrl } from '../../components/export/download.ts';
import { csvFileName, exportFileName, toCsv } from '../../components/export/to-csv.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError, PanelPending } from '../../components/panel-error.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useElementSize } from '../../components/use-element-size.ts';
import { mergeRefs, useInView } from '../../components/use-in-view.ts';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { formatDateTime, formatNumber } from '../../domain/format.ts';
import { sourcesBetween } from '../../domain/indicators.ts';
import { formatPeriod, periodKey, periodEnd, type Period } from '../../domain/period.ts';
import { unitNameAt, type AdminUnit } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useBoard, type TrendMode } from '../board/index.ts';
import { canSwitchMode, nativeMode, selectTrendSeries } from './select-trend-lines.ts';
import { useTrendData } from './use-trend-data.ts';

const FALLBACK_HEIGHT = 340;
const EXPORT_HEIGHT = 560;
const EXPORT_WIDTH = 1200;
const SCREEN_WIDTH = 900;
const NO_UNITS: readonly AdminUnit[] = [];

/**
 * Trend of the board's indicator over the board's periods: the nation, the region's average, the
 * compared units, last year and the plan; as a chart or a table. `id` names the panel (its anchor).
 */
export function TrendPanel({ id = 'trend' }: { id?: string }) {
  const { t, locale } = useI18n();
  const board = useBoard();
  const { indicator, catalog, frequency, periods, era, region, regions, theme, latestYear, update } = board;
  const { compare, trendView: view } = board.panels;
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) throw new Error('A trend needs at least one period');
  const result = useTrendData({
    indicator,
    catalog,
    frequency,
    from: first,
    to: last,
    era,
    region,
    units: compare,
    latestYear,
  });
  const data = result.status === 'success' ? result.data : null;
  const metadata = useQuery(feedQueries.metadata());
  const [chartRef, chartSize] = useElementSize();
  const [viewRef, inView] = useInView();
  const panelRef = useMemo(() => mergeRefs(chartRef, viewRef), [chartRef, viewRef]);
  const textSize = useRootFontSize();
  const switchable = canSwitchMode(indicator, frequency);
  const mode: TrendMode = switchable
    ? (board.panels.trendMode ?? nativeMode(indicator))
    : nativeMode(indicator);
  const regionName = region ? regions.find((r) => r.id === region)?.name[locale] : undefined;

  const series = useMemo(
    () =>
      data
        ? selectTrendSeries({ data, indicator, era, region, regionName, compare, mode, frequency, t, locale })
        : [],
    [data, indicator, era, region, regionName, compare, mode, frequency, t, locale],
  );
  const categories = useMemo(
    () => (data ? data.national.periods.map((p) => formatPeriod(p, locale, { short: true })) : []),
    [data, locale],
  );
  const axisLabel = indicator.unit.label[locale];
  // The chips and the picker name units from the era's list, not from the trend's answer: a trend still
  // loading (or failed) must not show bare codes.
  const eraUnits = useQuery(feedQueries.units(era));
  const unitsOfEra = eraUnits.data?.units ?? NO_UNITS;
  const latestDate = periodEnd(last);
  const nameOf = (u: AdminUnit) => unitNameAt(u, latestDate, locale);
  // Only a hovered unit that is drawn changes the chart; hovering any other leaves it as it is.
  const highlightedId =
    board.hovered && compare.includes(board.hovered) ? `unit:${era}:${board.hovered}` : null;
  const updatedAt = metadata.data?.updatedAt;

  const chartSpec = useCallback(
    (exporting: boolean): ChartSpec => ({
      kind: 'trend',
      input: {
        categories,
        series,
        axisLabel,
        number: { locale, decimals: indicator.decimals },
        highlighted: exporting ? null : highlightedId,
        texts: {
          statusWords: {
            estimate: t('status.estimate'),
            preliminary: t('status.preliminary'),
            official: t('status.official'),
          },
          noData: t('status.missing'),
        },
        theme: THEMES[theme],
        size: exporting
          ? { width: EXPORT_WIDTH, height: EXPORT_HEIGHT }
          : {
              width: chartSize.width || SCREEN_WIDTH,
              height: chartSize.height || FALLBACK_HEIGHT,
              fontSize: textSize,
            },
        ...(exporting
          ? {
              export: {
                title: `${t('trend.title')}: ${indicator.name[locale]}`,
                subtitle: `${formatPeriod(first, locale)} – ${formatPeriod(last, locale)}`,
                footer: [
                  t('panel.source', {
                    source: sourcesBetween(indicator, first, last)
                      .map((s) => s[locale])
                      .join('; '),
                  }),
                  ...(updatedAt ? [t('panel.asOf', { time: formatDateTime(updatedAt, locale) })] : []),
                ].join(' · '),
              },
            }
          : {}),
      },
    }),
    [
      categories,
      series,
      axisLabel,
      indicator,
      highlightedId,
      theme,
      chartSize.width,
      chartSize.height,
      textSize,
      first,
      last,
      updatedAt,
      locale,
      t,
    ],
  );
  const spec = useMemo(() => chartSpec(false), [chartSpec]);

  const exportCsv = () => {
    const headers = [t('trend.col.period'), ...series.map((s) => `${s.name} (${axisLabel})`)];
    const rows = (data ? data.national.periods : []).map((p, i) => [
      periodKey(p),
      ...series.map((s) => s.values[i] ?? null),
    ]);
    downloadCsv(toCsv(headers, rows), csvFileName(['dieu-hanh', 'xu-huong', indicator.name[locale], era]));
  };
  const exportPng = async () => {
    const url = await renderSpecToPng(chartSpec(true), { width: EXPORT_WIDTH, height: EXPORT_HEIGHT });
    downloadDataUrl(url, exportFileName(['dieu-hanh', 'xu-huong', indicator.name[locale], era], 'png'));
  };

  const available = unitsOfEra.filter((u) => !compare.includes(u.code));
  return (
    <Panel
      id={id}
      className="panel--trend"
      title={t('trend.title')}
      subtitle={indicator.name[locale]}
      actions={
        <>
          {switchable && (
            <Segmented
              label={t('trend.mode')}
              value={mode}
              options={(['period', 'cumulative'] as const).map((value) => ({
                value,
                label: t(`trend.mode.${value}`),
              }))}
              onChange={(trendMode) => {
                update({ trendMode });
              }}
            />
          )}
          <Segmented
            label={t('panel.viewAs')}
            value={view}
            options={(['chart', 'table'] as const).map((value) => ({
              value,
              label: t(`panel.view.${value}`),
            }))}
            onChange={(trendView) => {
              update({ trendView });
            }}
          />
          {data && <ExportButtons onCsv={exportCsv} onPng={exportPng} />}
        </>
      }
    >
      <div className="trend__compare">
        <span className="trend__compare-label">{t('trend.compare')}</span>
        <ul className="chips">
          {compare.map((code) => {
            const unit = unitsOfEra.find((u) => u.code === code);
            const name = unit ? nameOf(unit) : code;
            return (
              <li key={code} className="chip">
                {name}
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={t('trend.compare.remove', { name })}
                  onClick={() => {
                    update({ compare: compare.filter((c) => c !== code) });
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        {compare.length < board.maxCompare ? (
          <select
            aria-label={t('trend.compare.add')}
            value=""
            onChange={(e) => {
              if (e.target.value) update({ compare: [...compare, e.target.value] });
            }}
          >
            <option value="">{t('trend.compare.add')}</option>
            {available.map((u) => (
              <option key={u.code} value={u.code}>
                {nameOf(u)}
              </option>
            ))}
          </select>
        ) : (
          <span className="muted">{t('trend.compare.full', { max: board.maxCompare })}</span>
        )}
      </div>
      {region && indicator.aggregation.kind === 'none' && (
        <p className="panel__note">{t('trend.regionNotComparable')}</p>
      )}
      {result.status === 'pending' && (
        <PanelPending reconnecting={result.reconnecting}>
          <Skeleton className="skeleton--chart" height={`${FALLBACK_HEIGHT}px`} />
        </PanelPending>
      )}
      {result.status === 'error' && (
        <PanelError error={result.error} onRetry={result.retry} othersKeepWorking />
      )}
      {data &&
        (view === 'chart' ? (
          <div className="trend__chart" ref={panelRef}>
            {inView && chartSize.height > 0 && (
              <LazyChart
                spec={spec}
                height="100%"
                ariaLabel={t('trend.ariaLabel', { indicator: indicator.name[locale] })}
                fallback={<Skeleton className="skeleton--chart" height="100%" />}
              />
            )}
          </div>
        ) : (
          <TrendTable
            series={series}
            periods={data.national.periods}
            decimals={indicator.decimals}
            caption={indicator.name[locale]}
          />
        ))}
    </Panel>
  );
}

function TrendTable({
  series,
  periods,
  decimals,
  caption,
}: {
  series: readonly TrendSeries[];
  periods: readonly Period[];
  decimals: number;
  caption: string;
}) {
  const { t, locale } = useI18n();
  const newestFirst = periods.map((period, i) => ({ period, i })).reverse();
  return (
    // A scroll box the keyboard can reach (its rows hold nothing focusable), named like its table.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll table-scroll--tall" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.col.period')}</th>
            {series.map((s) => (
              <th key={s.id} scope="col" className="num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {newestFirst.map(({ period, i }) => (
            <tr key={periodKey(period)}>
              <th scope="row">{formatPeriod(period, locale)}</th>
              {series.map((s) => {
                const v = s.values[i];
                return (
                  <td key={s.id} className="num">
                    {v === null || v === undefined ? (
                      <span className="muted">–</span>
                    ) : (
                      formatNumber(v, locale, decimals)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
