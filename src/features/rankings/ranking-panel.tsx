import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { minRankingBarHeight } from '../../charts/ranking/bar-height.ts';
import { LazyChart } from '../../charts/lazy-chart.tsx';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError, PanelPending } from '../../components/panel-error.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { formatIndicatorPeriod } from '../../domain/format-indicator.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { boardAgencies, useBoard } from '../board/index.ts';
import {
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
  EXPORT_WIDTH,
  RankingSkeleton,
  rankedSet,
  useBarEvents,
  useRankingChartSpec,
} from './ranking-chart.tsx';
import { rankingTitle, selectLeftOut, selectRankingBars, selectVisibleRows } from './select-ranking-rows.ts';

const NO_ROWS: readonly BoardRow[] = [];

/**
 * The board's units ranked best first, as a table (every unit, with the reason for those without a
 * rank) or as bars; filtered by the board's region, a search, or the best or worst ten. Units are
 * generic (code, name, region, short form): the same panel ranks provinces and ministries. `note` is
 * said above the rows (how the ministry sets changed, where the comparisons cross the change).
 */
export function RankingPanel({ board, note }: { board: BoardResult; note?: ReactNode }) {
  const { t, locale } = useI18n();
  const boardView = useBoard();
  const { indicator, period, region, regions, hovered, setHovered, unitHref, update, panels } = boardView;
  const kind = boardAgencies(boardView);
  const set = rankedSet(boardView);
  const { slice, rankingView: view } = panels;
  const [query, setQuery] = useState('');
  const textSize = useRootFontSize();
  const data = board.status === 'success' ? board.data : null;
  const rows = data?.rows ?? NO_ROWS;
  // Abbreviations and former names are those of provinces; ministries are found by name or code.
  const unitSearch = useUnitSearchIndex(boardView.era, kind === 'province' && query.trim() !== '');
  const search = kind === 'province' ? unitSearch : null;
  const visible = useMemo(
    () => selectVisibleRows(rows, { region, query, slice, search }),
    [rows, region, query, slice, search],
  );
  const bars = useMemo(() => selectRankingBars(visible), [visible]);
  const leftOut = useMemo(() => selectLeftOut(visible, t), [visible, t]);
  const regionName = region ? regions.find((r) => r.id === region)?.name[locale] : undefined;
  const periodText = formatIndicatorPeriod(indicator, period, locale);
  const title = data
    ? rankingTitle(t, visible.length, rows.length)
    : t('ranking.title', { count: boardView.ministries?.count ?? set });
  const chartSpec = useRankingChartSpec(board, bars, leftOut);
  // Only the chart view draws; in the table view hovering must not rebuild a chart nobody sees.
  const showChart = view === 'chart' && bars.length > 0;
  const spec = useMemo(() => (showChart ? chartSpec(false) : null), [showChart, chartSpec]);
  const onEvents = useBarEvents();

  const [rank, ...figures] = figureColumns<BoardRow>(
    ['rank', 'value', 'change', 'rankChange', 'status'],
    (row) => ({ row, total: data?.ranking.total ?? 0 }),
    { t, locale, rankChangeKnown: data?.hasRankChange ?? false },
  );
  const unit: FigureColumn<BoardRow> = {
    key: 'unit',
    header: t(kind === 'ministry' ? 'ranking.col.ministry' : 'ranking.col.unit'),
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
                rankingCsv({
                  rows: visible,
                  indicator,
                  period,
                  era: set,
                  updatedAt: data.current.updatedAt,
                  variant,
                  t,
                  locale,
                });
              }}
              onPng={() =>
                exportPanelPng(
                  chartSpec(true),
                  { width: EXPORT_WIDTH, height: minRankingBarHeight(bars.length, true, 0, leftOut) },
                  ['xep-hang', indicator.id, period, set],
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
      {note}
      {data && (
        <>
          <div className="ranking__search">
            <label htmlFor="ranking-search">
              {t(kind === 'ministry' ? 'ranking.search.ministry' : 'ranking.search')}
            </label>
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
          {visible.length === 0 && (
            <p className="panel__empty">
              {t(kind === 'ministry' ? 'ranking.noMatch.ministry' : 'ranking.noMatch', { query })}
            </p>
          )}
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
