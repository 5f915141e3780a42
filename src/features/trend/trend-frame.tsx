import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { feedQueries } from '../../api/queries.ts';
import type { FeedResult } from '../../api/result.ts';
import type { TrendSeries } from '../../charts/trend/types.ts';
import { LazyChart, renderSpecToPng, type ChartSpec } from '../../charts/lazy-chart.tsx';
import { THEMES } from '../../charts/theme/tokens.ts';
import { csvMeta } from '../../components/export/csv-meta.ts';
import { csvVariantNameParts, type CsvVariant } from '../../components/export/csv-variant.ts';
import { downloadCsv, downloadDataUrl } from '../../components/export/download.ts';
import { csvFileName, exportFileName, toCsv } from '../../components/export/to-csv.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError, PanelPending } from '../../components/panel-error.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { useElementSize } from '../../components/use-element-size.ts';
import { mergeRefs, useInView } from '../../components/use-in-view.ts';
import { usePrefersReducedMotion } from '../../components/use-reduced-motion.ts';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { formatDateTime } from '../../domain/format.ts';
import { sourcesBetween, type Indicator } from '../../domain/indicators.ts';
import { formatPeriod, periodKey, type Period } from '../../domain/period.ts';
import { matchesAnyTerm } from '../../domain/text.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import { useBoard, type BoardView, type TrendMode } from '../board/index.ts';
import { useUnitSearchIndex } from '../figures/index.tsx';
import { canSwitchMode, nativeMode } from './select-trend-lines.ts';
import { selectTrendTable, trendCsvTable, trendPeriodLabel } from './select-trend-table.ts';

export const FALLBACK_HEIGHT = 340;
const EXPORT_HEIGHT = 560;
const EXPORT_WIDTH = 1200;
const SCREEN_WIDTH = 900;

/** What the frame of a trend panel draws, whoever the units are. */
export interface TrendLines {
  /** Loading, failed, or there (its data is in `series` and `periods`). */
  readonly result: FeedResult<unknown>;
  readonly series: readonly TrendSeries[];
  /** The periods of the lines, oldest first (empty until they are there). */
  readonly periods: readonly Period[];
  /** Every unit that can be compared, with the name the chips show. */
  readonly choices: readonly { readonly code: string; readonly name: string }[];
  readonly addLabel: MessageKey;
  /** Said above the chart: why a line is absent, how the sets changed. */
  readonly note?: ReactNode;
}

/** The mode the trend draws: the reader's choice where the indicator allows one, else its own. */
export function trendModeOf(board: BoardView): TrendMode {
  return canSwitchMode(board.indicator, board.frequency)
    ? (board.panels.trendMode ?? nativeMode(board.indicator))
    : nativeMode(board.indicator);
}

/**
 * The panel around a trend's lines, whoever its units are: the mode and view switches, the compared
 * units (chips and a picker), the note, the chart or its table, CSV and PNG.
 */
export function TrendFrame({ id, lines }: { id: string; lines: TrendLines }) {
  const { t, locale } = useI18n();
  const board = useBoard();
  const { indicator, frequency, periods, theme, update } = board;
  const { compare, trendView: view } = board.panels;
  const { result, series, choices } = lines;
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) throw new Error('A trend needs at least one period');
  const metadata = useQuery(feedQueries.metadata());
  const [pick, setPick] = useState('');
  // Abbreviations and former names are those of provinces; ministries are picked by name.
  const provinces = !board.ministries;
  const unitSearch = useUnitSearchIndex(board.era, provinces && pick.trim() !== '');
  const searchIndex = provinces ? unitSearch : null;
  const [chartRef, chartSize] = useElementSize();
  const [viewRef, inView] = useInView();
  const panelRef = useMemo(() => mergeRefs(chartRef, viewRef), [chartRef, viewRef]);
  const textSize = useRootFontSize();
  const reducedMotion = usePrefersReducedMotion();
  const switchable = canSwitchMode(indicator, frequency);
  const mode = trendModeOf(board);
  const ready = result.status === 'success';
  const set = board.ministries?.era ?? board.era;

  const categories = useMemo(
    () => lines.periods.map((p) => formatPeriod(p, locale, { short: true })),
    [lines.periods, locale],
  );
  const axisLabel = indicator.unit.label[locale];
  // The board's period (the map's, the player's), marked on the axis.
  const current = lines.periods.findIndex((p) => periodKey(p) === periodKey(board.period));
  const rangeText = `${trendPeriodLabel(indicator, mode, first, locale)} – ${trendPeriodLabel(indicator, mode, last, locale)}`;
  const nameOf = (code: string) => choices.find((c) => c.code === code)?.name ?? code;
  // Only a hovered unit that is drawn changes the chart; hovering any other leaves it as it is.
  const highlightedId =
    board.hovered && compare.includes(board.hovered) ? `unit:${set}:${board.hovered}` : null;
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
          provisional: t('trend.provisional'),
        },
        ...(current >= 0 ? { current } : {}),
        ...(reducedMotion ? { reducedMotion } : {}),
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
                subtitle: rangeText,
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
      current,
      reducedMotion,
      theme,
      chartSize.width,
      chartSize.height,
      textSize,
      first,
      last,
      rangeText,
      updatedAt,
      locale,
      t,
    ],
  );
  const spec = useMemo(() => chartSpec(false), [chartSpec]);

  const exportCsv = (variant: CsvVariant) => {
    const { headers, rows } = trendCsvTable({
      series,
      periods: lines.periods,
      indicator,
      variant,
      periodHeader: t('trend.col.period'),
      locale,
    });
    const meta = csvMeta(
      {
        indicator,
        period: rangeText,
        // The meta row names a province era; a ministry set has no wording of its own there.
        ...(set === '34' || set === '63' ? { era: set } : {}),
        source: sourcesBetween(indicator, first, last)
          .map((s) => s[locale])
          .join('; '),
        updatedAt,
        extra: switchable ? [{ label: t('trend.mode'), value: t(`trend.mode.${mode}`) }] : [],
      },
      variant,
      { t, locale },
    );
    downloadCsv(
      toCsv(headers, rows, { dialect: variant.dialect, meta }),
      csvFileName([
        'dieu-hanh',
        'xu-huong',
        indicator.name[locale],
        `${periodKey(first)}-${periodKey(last)}`,
        set,
        ...csvVariantNameParts(variant),
      ]),
    );
  };
  const exportPng = async () => {
    const url = await renderSpecToPng(chartSpec(true), { width: EXPORT_WIDTH, height: EXPORT_HEIGHT });
    downloadDataUrl(url, exportFileName(['dieu-hanh', 'xu-huong', indicator.name[locale], set], 'png'));
  };

  const available = choices.filter((u) => !compare.includes(u.code));
  const matching = pick.trim()
    ? available.filter((u) => matchesAnyTerm([u.name, ...(searchIndex?.get(u.code) ?? [])], pick))
    : available;
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
          {ready && <ExportButtons onCsv={exportCsv} onPng={exportPng} />}
        </>
      }
    >
      <div className="trend__compare">
        <span className="trend__compare-label">{t('trend.compare')}</span>
        <ul className="chips">
          {compare.map((code) => {
            const name = nameOf(code);
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
          <>
            {/* Narrows the list by name, abbreviation or former name ("hcm", "thua thien"); Enter adds the first. */}
            <input
              type="search"
              className="trend__compare-search"
              aria-label={t('trend.compare.search')}
              placeholder={t('trend.compare.search.placeholder')}
              value={pick}
              onChange={(e) => {
                setPick(e.target.value);
              }}
              onKeyDown={(e) => {
                const first = matching[0];
                if (e.key === 'Enter' && pick.trim() && first) {
                  e.preventDefault();
                  update({ compare: [...compare, first.code] });
                  setPick('');
                }
              }}
            />
            <select
              aria-label={t(lines.addLabel)}
              value=""
              onChange={(e) => {
                if (e.target.value) {
                  update({ compare: [...compare, e.target.value] });
                  setPick('');
                }
              }}
            >
              <option value="">{t(lines.addLabel)}</option>
              {matching.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name}
                </option>
              ))}
            </select>
            {pick.trim() && matching.length === 0 && (
              <span className="muted" role="status">
                {t('trend.compare.noMatch')}
              </span>
            )}
          </>
        ) : (
          <span className="muted">{t('trend.compare.full', { max: board.maxCompare })}</span>
        )}
      </div>
      {lines.note}
      {result.status === 'pending' && (
        <PanelPending reconnecting={result.reconnecting}>
          <Skeleton className="skeleton--chart" height={`${FALLBACK_HEIGHT}px`} />
        </PanelPending>
      )}
      {result.status === 'error' && (
        <PanelError error={result.error} onRetry={result.retry} othersKeepWorking />
      )}
      {ready &&
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
            periods={lines.periods}
            indicator={indicator}
            mode={mode}
            caption={indicator.name[locale]}
          />
        ))}
    </Panel>
  );
}

function TrendTable({
  series,
  periods,
  indicator,
  mode,
  caption,
}: {
  series: readonly TrendSeries[];
  periods: readonly Period[];
  indicator: Indicator;
  mode: TrendMode;
  caption: string;
}) {
  const { t, locale } = useI18n();
  const table = useMemo(
    () => selectTrendTable({ series, periods, indicator, mode, locale }),
    [series, periods, indicator, mode, locale],
  );
  return (
    // A scroll box the keyboard can reach (its rows hold nothing focusable), named like its table.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll table-scroll--tall" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.col.period')}</th>
            {table.columns.map((column) => (
              <th key={column.id} scope="col" className="num">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={table.columns[i]?.id ?? i} className="num">
                  {cell ?? <span className="muted">–</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
