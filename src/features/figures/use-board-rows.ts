import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedQueries } from '../../api/queries.ts';
import type { FeedResult } from '../../api/result.ts';
import { reconnectingOf } from '../../api/retry-state.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { comparePeriods, previousPeriod, type Period } from '../../domain/period.ts';
import type { ProvinceEraId } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { selectBoardRows, type BoardRows } from './select-board-rows.ts';
import { useIndicatorFigures, type IndicatorFigures } from './use-indicator-figures.ts';

/** The rows of a board and what they were computed from. */
export interface BoardData extends BoardRows {
  readonly current: IndicatorFigures;
  /** False while the previous period (for the change of rank) is still loading or failed. */
  readonly hasRankChange: boolean;
}

export type BoardResult = FeedResult<BoardData>;

/**
 * The rows of the map, the ranking and their tables for one indicator, period and era, with the change
 * of rank against the previous period. The previous period is a bonus: if it fails, the board still
 * shows, without rank arrows. The result keeps its identity until its data changes, so panels that
 * memoise on it do not redraw while the reader only hovers.
 */
export function useBoardRows({
  indicator,
  period,
  era,
  catalog,
  latestYear,
  firstPeriod,
}: {
  indicator: Indicator;
  period: Period;
  era: ProvinceEraId;
  catalog: readonly Indicator[];
  latestYear: number;
  /** The first period with data: no previous period before it. */
  firstPeriod: Period;
}): BoardResult {
  const { locale } = useI18n();
  const before = previousPeriod(period);
  const hasPrevious = comparePeriods(before, firstPeriod) >= 0;
  const current = useIndicatorFigures({ indicator, period, era, catalog, latestYear });
  const previous = useIndicatorFigures({
    indicator,
    period: before,
    era,
    catalog,
    latestYear,
    enabled: hasPrevious,
  });
  const units = useQuery(feedQueries.units(era));

  const currentData = current.status === 'success' ? current.data : undefined;
  const previousData = previous.status === 'success' ? previous.data : undefined;
  const unitList = units.data?.units;
  // A failed refresh keeps the units on screen; only a query with nothing to show fails the board.
  const unitsError = units.isError && !units.data ? units.error : null;
  const refetchUnits = units.refetch;
  const failed = current.status === 'error' ? current : null;
  const { isError: unitsIsError, failureCount, failureReason, fetchStatus } = units;
  const unitsReconnecting = useMemo(
    () => reconnectingOf([{ isError: unitsIsError, failureCount, failureReason, fetchStatus }]),
    [unitsIsError, failureCount, failureReason, fetchStatus],
  );
  const reconnecting = (current.status === 'pending' ? current.reconnecting : undefined) ?? unitsReconnecting;

  return useMemo((): BoardResult => {
    if (failed) return failed;
    if (unitsError) return { status: 'error', error: unitsError, retry: () => void refetchUnits() };
    if (!currentData || !unitList)
      return reconnecting ? { status: 'pending', reconnecting } : { status: 'pending' };
    const rows = selectBoardRows({
      indicator,
      figures: currentData.figures,
      ...(previousData ? { previous: previousData.figures } : {}),
      units: unitList,
      period,
      locale,
    });
    return {
      status: 'success',
      data: { ...rows, current: currentData, hasRankChange: previousData !== undefined },
    };
  }, [
    failed,
    unitsError,
    refetchUnits,
    reconnecting,
    currentData,
    unitList,
    previousData,
    indicator,
    period,
    locale,
  ]);
}
