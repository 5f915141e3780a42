import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { ChartEvents } from '../../charts/chart.tsx';
import { minRankingBarHeight } from '../../charts/ranking/bar-height.ts';
import type { RankingBarRow, RankingLeftOut } from '../../charts/ranking/build-ranking-bar-option.ts';
import type { ChartSpec } from '../../charts/lazy-chart.tsx';
import { THEMES } from '../../charts/theme/tokens.ts';
import { Skeleton } from '../../components/skeleton.tsx';
import { usePrefersReducedMotion } from '../../components/use-reduced-motion.ts';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { formatDateTime } from '../../domain/format.ts';
import { formatIndicatorPeriod } from '../../domain/format-indicator.ts';
import { sourceAt } from '../../domain/indicators.ts';
import type { EraId } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { boardAgencies, useBoard, type BoardView } from '../board/index.ts';
import { eventCode, type BoardResult } from '../figures/index.tsx';
import { selectNationalFigure } from './select-ranking-rows.ts';

export const EXPORT_WIDTH = 900;

/** The set the board ranks, as file names and titles say it: '34', '63', or a ministry set '22', '17'. */
export function rankedSet(board: Pick<BoardView, 'era' | 'ministries'>): EraId {
  return board.ministries?.era ?? board.era;
}

/**
 * The chart of the listed rows as a spec, for the screen or (`exporting`) for a PNG with its title,
 * period, source and as-of line. Shared by the ranking's chart view and the bars panel of ministries.
 * `leftOut` names the listed units without a bar (the chart's note), so an image drops none silently.
 */
export function useRankingChartSpec(
  board: BoardResult,
  bars: readonly RankingBarRow[],
  leftOut: readonly RankingLeftOut[],
) {
  const { t, locale } = useI18n();
  const boardView = useBoard();
  const { indicator, period, theme, hovered } = boardView;
  const kind = boardAgencies(boardView);
  const textSize = useRootFontSize();
  const reducedMotion = usePrefersReducedMotion();
  const data = board.status === 'success' ? board.data : null;
  const national = data?.current.national.value ?? null;
  const coverage = data?.current.coverage ?? 'nation';
  // A board of ministries names a whole-country figure as the ministries' total, not "Cả nước".
  const nationLabel = kind === 'ministry' && coverage === 'nation' ? t('agencies.total') : undefined;
  const nationalFigure = useMemo(
    () => selectNationalFigure(national, coverage, indicator, t, locale, nationLabel),
    [national, coverage, indicator, t, locale, nationLabel],
  );
  const updatedAt = data?.current.updatedAt;
  const periodText = formatIndicatorPeriod(indicator, period, locale);
  return useCallback(
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
}

/** Click opens the unit's page; pointing highlights it in every panel. */
export function useBarEvents(): ChartEvents {
  const { unitHref, setHovered } = useBoard();
  const navigate = useNavigate();
  return useMemo<ChartEvents>(
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
}

/** The ranking's shape while its rows load. */
export function RankingSkeleton() {
  return (
    <div className="ranking__skeleton" aria-hidden="true">
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} className="skeleton--row" />
      ))}
    </div>
  );
}
