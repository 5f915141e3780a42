import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ChartEvents } from '../../charts/chart.tsx';
import { minRankingBarHeight } from '../../charts/ranking/bar-height.ts';
import { LazyChart, type ChartSpec } from '../../charts/lazy-chart.tsx';
import { THEMES } from '../../charts/theme/tokens.ts';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError, PanelPending } from '../../components/panel-error.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { Skeleton } from '../../components/skeleton.tsx';
import { usePrefersReducedMotion } from '../../components/use-reduced-motion.ts';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { formatDateTime } from '../../domain/format.ts';
import { formatIndicatorPeriod } from '../../domain/format-indicator.ts';
import { sourceAt } from '../../domain/indicators.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useBoard } from '../board/index.ts';
import {
  eventCode,
  exportPanelPng,
  FigureTable,
  figureColumns,
  rankingCsv,
  type BoardResult,
  type BoardRow,
  type FigureColumn,
  useUnitSearchIndex,
} from '../figures/index.tsx';
import {
  rankingTitle,
  selectLeftOut,
  selectRankingBars,
  selectNationalFigure,
  selectVisibleRows,
} from './select-ranking-rows.ts';

const NO_ROWS: readonly BoardRow[] = [];
const EXPORT_WIDTH = 900;

/**
 * The board's units ranked best first, as a table (every unit, with the reason for those without a
 * rank) or as bars; filtered by the board's region, a search, or the best or worst ten. Units are
 * generic (code, name, region): the same panel ranks provinces and, later, ministries.
 */
export function RankingPanel({ board }: { board: BoardResult }) {
  const { t, locale } = useI18n();
  const { indicator, period, era, region, regions, theme, hovered, setHovered, unitHref, update, panels } =
    useBoard();
  const { slice, rankingView: view } = panels;
  const [query, setQuery] = useState('');
  const textSize = useRootFontSize();
  const reducedMotion = usePrefersReducedMotion();
  const navigate = useNavigate();
  const data = board.status === 'success' ? board.data : null;
  const rows = data?.rows ?? NO_ROWS;
  const search = useUnitSearchIndex(era, query.trim() !== '');
  const visible = useMemo(
    () => selectVisibleRows(rows, { region, query, slice, search }),
    [rows, region, query, slice, search],
  );
  const bars = useMemo(() => selectRankingBars(visible), [visible]);
  const leftOut = useMemo(() => selectLeftOut(visible, t), [visible, t]);
  const regionName = region ? regions.find((r) => r.id === region)?.name[locale] : undefined;
  const periodText = formatIndicatorPeriod(indicator, period, locale);
  const title = data ? rankingTitle(t, visible.length, rows.length) : t('ranking.title', { count: era });
  const national = data?.current.national.value ?? null;
  const coverage = data?.current.coverage ?? 'nation';
  const nationalFigure = useMemo(
    () => selectNationalFigure(national, coverage, indicator, t, locale),
    [national, coverage, indicator, t, locale],
  );
  const updatedAt = data?.current.updatedAt;

  const chartSpec = useCallback(
    (exporting: boolean): ChartSpec => ({
      kind: 'ranking',
      input: {
        rows: bars,
        reference: nationalFigure.line,
        leftOut,
        polarity: indicator.polarity,
        highlighted: exporting ? null : hovered,
        ...(reducedMotion ? { reducedMotion } : {}),
        theme: THEMES[theme],
        size: exporting
          ? { width: EXPORT_WIDTH, height: minRankingBarHeight(bars.length, true, 0, leftOut) }
          : {
              width: EXPORT_WIDTH,
              height: minRankingBarHeight(bars.length, false, textSize, leftOut),
              fontSize: textSize,
            },
        ...(exporting
          ? {
              export: {
                title: `${t('ranking.heading')}: ${indicator.name[locale]}`,
                // A total (no line to read against) is said beside the period.
                subtitle: [periodText, ...(nationalFigure.line ? [] : [nationalFigure.text ?? ''])]
                  .filter(Boolean)
                  .join(' · '),
                footer: [
                  t('panel.source', { source: sourceAt(indicator, period)[locale] }),
                  ...(updatedAt ? [t('panel.asOf', { time: formatDateTime(updatedAt, locale) })] : []),
                ].join(' · '),
              },
            }
          : {}),
      },
    }),
    [
      bars,
      leftOut,
      nationalFigure,
      indicator,
      period,
      hovered,
      reducedMotion,
      theme,
      textSize,
      periodText,
      updatedAt,
      locale,
      t,
    ],
  );
  // Only the chart view draws; in the table view hovering must not rebuild a chart nobody sees.
  const showChart = view === 'chart' && bars.length > 0;
  const spec = useMemo(() => (showChart ? chartSpec(false) : null), [showChart, chartSpec]);
  const onEvents = useMemo<ChartEvents>(
    () => ({
      click: (e) => {
        const code = eventCode(e);
        if (code) void navigate(unitHref(code));
      },
      mouseover: (e) => {
        setHovered(eventCode(e));
      },
      mouseout: () => {
        setHovered(null);
      },
    }),
    [navigate, unitHref, setHovered],
  );

  const [rank, ...figures] = figureColumns<BoardRow>(
    ['rank', 'value', 'change', 'rankChange', 'status'],
    (row) => ({ row, total: data?.ranking.total ?? 0 }),
    { t, locale, rankChangeKnown: data?.hasRankChange ?? false },
  );
  const unit: FigureColumn<BoardRow> = {
    key: 'unit',
    header: t('ranking.col.unit'),
    rowHeader: true,
    cell: (row, { tabIndex }) => (
      <Link
        to={unitHref(row.code)}
        data-row-link=""
        tabIndex={tabIndex}
        onFocus={() => {
          setHovered(row.code);
        }}
        onBlur={() => {
          setHovered(null);
        }}
      >
        {row.name}
      </Link>
    ),
  };
  const columns = rank ? [rank, unit, ...figures] : [unit, ...figures];
  const chartHeight = `${minRankingBarHeight(bars.length, false, textSize, leftOut)}px`;

  return (
    <Panel
      id="ranking"
      className="panel--ranking"
      title={title}
      subtitle={regionName ? t('ranking.region', { region: regionName }) : periodText}
      actions={
        <>
          <Segmented
            label={t('ranking.slice')}
            value={slice}
            options={(['all', 'top', 'bottom'] as const).map((value) => ({
              value,
              label: t(`ranking.slice.${value}`),
            }))}
            onChange={(next) => {
              update({ slice: next });
            }}
          />
          <Segmented
            label={t('panel.viewAs')}
            value={view}
            options={(['table', 'chart'] as const).map((value) => ({
              value,
              label: t(`panel.view.${value}`),
            }))}
            onChange={(rankingView) => {
              update({ rankingView });
            }}
          />
          {data && (
            <ExportButtons
              onCsv={(variant) => {
                rankingCsv({ rows: visible, indicator, period, era, updatedAt, variant, t, locale });
              }}
              onPng={() =>
                exportPanelPng(
                  chartSpec(true),
                  { width: EXPORT_WIDTH, height: minRankingBarHeight(bars.length, true, 0, leftOut) },
                  ['xep-hang', indicator.id, period, era],
                )
              }
            />
          )}
        </>
      }
    >
      {board.status === 'pending' && (
        <PanelPending reconnecting={board.reconnecting}>
          <RankingSkeleton />
        </PanelPending>
      )}
      {board.status === 'error' && <PanelError error={board.error} onRetry={board.retry} othersKeepWorking />}
      {data && (
        <>
          <div className="ranking__search">
            <label htmlFor="ranking-search">{t('ranking.search')}</label>
            <input
              id="ranking-search"
              type="search"
              value={query}
              placeholder={t('ranking.search.placeholder')}
              onChange={(e) => {
                setQuery(e.target.value);
              }}
            />
          </div>
          {visible.length === 0 && <p className="panel__empty">{t('ranking.noMatch', { query })}</p>}
          {spec ? (
            // A scroll box the keyboard can reach, named like the chart it scrolls.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
              <div className="ranking__chart" style={{ height: chartHeight }}>
                <LazyChart
                  spec={spec}
                  height={chartHeight}
                  ariaLabel={`${title}. ${indicator.name[locale]}, ${periodText}`}
                  onEvents={onEvents}
                  fallback={<RankingSkeleton />}
                />
              </div>
            </div>
          ) : (
            visible.length > 0 && (
              <FigureTable
                rows={visible}
                rowKey={(row) => row.code}
                columns={columns}
                caption={t('table.caption', { indicator: indicator.name[locale], period: periodText })}
                className="ranking-table"
                rowProps={(row) => ({
                  'data-code': row.code,
                  ...(row.code === hovered ? { className: 'is-highlighted' } : {}),
                  onMouseEnter: () => {
                    setHovered(row.code);
                  },
                  onMouseLeave: () => {
                    setHovered(null);
                  },
                })}
                roving
                activeKey={hovered}
              />
            )
          )}
        </>
      )}
    </Panel>
  );
}

function RankingSkeleton() {
  return (
    <div className="ranking__skeleton" aria-hidden="true">
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} className="skeleton--row" />
      ))}
    </div>
  );
}
