import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedQueries } from '../../api/queries.ts';
import { reconnectingOf, type Reconnecting } from '../../api/retry-state.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { comparePeriods, previousPeriod, type Period } from '../../domain/period.ts';
import type { ProvinceEraId } from '../../domain/units.ts';
import { selectBoardRows, type BoardRows } from './select-board-rows.ts';
import { useIndicatorFigures, type IndicatorFigures } from './use-indicator-figures.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export type BoardResult =
  | { readonly status: 'pending'; readonly reconnecting?: Reconnecting }
  | { readonly status: 'error'; readonly error: unknown; readonly retry: () => void }
  | {
      readonly status: 'success';
      readonly rows: BoardRows;
      readonly current: IndicatorFigures;
      /** False while the previous period (for the change of rank) is still loading or failed. */
      readonly hasRankChange: boolean;
    };

/**
 * The rows of the map, the ranking and their tables for one indicator, period and era, with the change
 * of rank against the previous period. The previous period is a bonus: if it fails, the board still
 * shows, without rank arrows.
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
  const rows = useMemo(
    () =>
      currentData && unitList
        ? selectBoardRows({
            indicator,
            figures: currentData.figures,
            ...(previousData ? { previous: previousData.figures } : {}),
            units: unitList,
            period,
            locale,
          })
        : undefined,
    [indicator, currentData, previousData, unitList, period, locale],
  );

  if (current.status === 'error') return current;
  if (units.isError && !units.data) {
    return { status: 'error', error: units.error, retry: () => void units.refetch() };
  }
  if (!rows || !currentData) {
    const reconnecting =
      (current.status === 'pending' ? current.reconnecting : undefined) ?? reconnectingOf([units]);
    return reconnecting ? { status: 'pending', reconnecting } : { status: 'pending' };
  }
  return { status: 'success', rows, current: currentData, hasRankChange: previousData !== undefined };
}
