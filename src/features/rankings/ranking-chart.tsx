import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { ChartEvents } from '../../charts/chart.tsx';
import { minRankingBarHeight, type RankingBarRow } from '../../charts/ranking/build-ranking-bar-option.ts';
import type { ChartSpec } from '../../charts/lazy-chart.tsx';
import { THEMES } from '../../charts/theme/tokens.ts';
import { Skeleton } from '../../components/skeleton.tsx';
import { useRootFontSize } from '../../components/use-root-font-size.ts';
import { formatDateTime } from '../../domain/format.ts';
import { formatIndicatorPeriod } from '../../domain/format-indicator.ts';
import { sourceAt } from '../../domain/indicators.ts';
import type { EraId } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { boardAgencies, useBoard, type BoardView } from '../board/index.ts';
import { eventCode, type BoardResult } from '../figures/index.tsx';

export const EXPORT_WIDTH = 900;

/** The set the board ranks, as file names and titles say it: '34', '63', or a ministry set '22', '17'. */
export function rankedSet(board: Pick<BoardView, 'era' | 'ministries'>): EraId {
  return board.ministries?.era ?? board.era;
}

/**
 * The chart of the listed rows as a spec, for the screen or (`exporting`) for a PNG with its title,
 * period, source and as-of line. Shared by the ranking's chart view and the bars panel of ministries.
 */
export function useRankingChartSpec(board: BoardResult, bars: readonly RankingBarRow[]) {
  const { t, locale } = useI18n();
  const boardView = useBoard();
  const { indicator, period, theme, hovered } = boardView;
  const kind = boardAgencies(boardView);
  const textSize = useRootFontSize();
  const data = board.status === 'success' ? board.data : null;
  const national = data?.current.national.value ?? null;
  const updatedAt = data?.current.updatedAt;
  const periodText = formatIndicatorPeriod(indicator, period, locale);
  return useCallback(
    (exporting: boolean): ChartSpec => ({
      kind: 'ranking',
      input: {
        rows: bars,
        ...(national !== null
          ? {
              reference: {
                value: national,
                label: t(kind === 'ministry' ? 'agencies.total' : 'trend.nation'),
              },
            }
          : {}),
        polarity: indicator.polarity,
        highlighted: exporting ? null : hovered,
        theme: THEMES[theme],
        size: exporting
          ? { width: EXPORT_WIDTH, height: minRankingBarHeight(bars.length, true) }
          : {
              width: EXPORT_WIDTH,
              height: minRankingBarHeight(bars.length, false, textSize),
              fontSize: textSize,
            },
        ...(exporting
          ? {
              export: {
                title: `${t('ranking.heading')}: ${indicator.name[locale]}`,
                subtitle: periodText,
                footer: [
                  t('panel.source', { source: sourceAt(indicator, period)[locale] }),
                  ...(updatedAt ? [t('panel.asOf', { time: formatDateTime(updatedAt, locale) })] : []),
                ].join(' · '),
              },
            }
          : {}),
      },
    }),
    [bars, national, indicator, period, hovered, theme, textSize, periodText, updatedAt, locale, t, kind],
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
