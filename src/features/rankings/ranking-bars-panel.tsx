import { useMemo } from 'react';
import { minRankingBarHeight } from '../../charts/ranking/bar-height.ts';
import { LazyChart } from '../../charts/lazy-chart.tsx';
import { ExportButtons } from '../../components/export-buttons.tsx';
import { Panel } from '../../components/panel.tsx';
import { PanelError, PanelPending } from '../../components/panel-error.tsx';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { formatIndicatorPeriod } from '../../domain/format-indicator.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useBoard } from '../board/index.ts';
import { exportPanelPng, rankingCsv, type BoardResult, type BoardRow } from '../figures/index.tsx';
import {
  EXPORT_WIDTH,
  RankingSkeleton,
  rankedSet,
  useBarEvents,
  useRankingChartSpec,
} from './ranking-chart.tsx';
import { selectLeftOut, selectRankingBars, selectVisibleRows } from './select-ranking-rows.ts';

const NO_ROWS: readonly BoardRow[] = [];

/**
 * The bars of a board of ministries (loaded through `ranking-bars-lazy.tsx`): the same rows (and the
 * same slice) as the ranking, so the two never disagree; the table beside it is the text alternative.
 */
export function RankingBarsPanel({ board }: { board: BoardResult }) {
  const { t, locale } = useI18n();
  const boardView = useBoard();
  const { indicator, period, panels } = boardView;
  const set = rankedSet(boardView);
  const textSize = useRootFontSize();
  const data = board.status === 'success' ? board.data : null;
  const rows = data?.rows ?? NO_ROWS;
  const visible = useMemo(
    () => selectVisibleRows(rows, { region: null, query: '', slice: panels.slice }),
    [rows, panels.slice],
  );
  const bars = useMemo(() => selectRankingBars(visible), [visible]);
  const leftOut = useMemo(() => selectLeftOut(visible, t), [visible, t]);
  const chartSpec = useRankingChartSpec(board, bars, leftOut);
  const spec = useMemo(() => (bars.length > 0 ? chartSpec(false) : null), [bars.length, chartSpec]);
  const onEvents = useBarEvents();
  const periodText = formatIndicatorPeriod(indicator, period, locale);
  const title = t('ranking.bars', { count: data ? bars.length : (boardView.ministries?.count ?? set) });
  const chartHeight = `${minRankingBarHeight(bars.length, false, textSize, leftOut)}px`;
  return (
    <Panel
      id="ranking-bars"
      className="panel--bars"
      title={title}
      subtitle={`${(indicator.shortName ?? indicator.name)[locale]} · ${periodText}`}
      actions={
        data && (
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
        )
      }
    >
      {board.status === 'pending' && (
        <PanelPending reconnecting={board.reconnecting}>
          <RankingSkeleton />
        </PanelPending>
      )}
      {board.status === 'error' && <PanelError error={board.error} onRetry={board.retry} othersKeepWorking />}
      {data && !spec && <p className="panel__empty">{t('empty.noData')}</p>}
      {spec && (
        <div className="ranking__chart" style={{ height: chartHeight }}>
          <LazyChart
            spec={spec}
            height={chartHeight}
            ariaLabel={`${title}. ${indicator.name[locale]}, ${periodText}`}
            onEvents={onEvents}
            fallback={<RankingSkeleton />}
          />
        </div>
      )}
    </Panel>
  );
}
