import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { toObservationSet, type ObservationSet } from '../../api/observations/to-domain.ts';
import { feedQueries } from '../../api/queries.ts';
import { asReported } from '../../domain/era-figures.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { comparePeriods, periodKey, previousPeriod, type Period } from '../../domain/period.ts';
import type { Era } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { selectBoardRows, type BoardResult, type IndicatorFigures } from '../figures/index.tsx';
import { ministrySetOf, sameMinistrySet } from './agencies.ts';

function figuresOf(set: ObservationSet): IndicatorFigures {
  return {
    figures: asReported(set.era, set),
    national: set.national,
    coverage: set.coverage,
    reportedEra: set.era,
    updatedAt: set.updatedAt,
  };
}

/**
 * The rows of a board of ministries for one indicator and period: the feed's `scope=ministry` figures,
 * ranked among the set that reported the period (the 22 or the 17, by the feed's eras), named with their
 * short forms for bars. Ministry figures are shown as reported, never converted between the sets; the
 * change of rank is left out where the previous period was reported by the other set, since the bodies
 * are not the same. The same result type as the provinces' `useBoardRows`, so every panel takes either.
 */
export function useMinistryBoardRows({
  indicator,
  period,
  firstPeriod,
  eras,
}: {
  indicator: Indicator;
  period: Period;
  /** The first period with data: no previous period before it. */
  firstPeriod: Period;
  /** The feed's eras (metadata), which date the ministry sets. */
  eras: readonly Era[];
}): BoardResult {
  const { locale } = useI18n();
  const before = previousPeriod(period);
  const hasPrevious = comparePeriods(before, firstPeriod) >= 0 && sameMinistrySet(eras, before, period);
  const set = ministrySetOf(eras, period);
  const observation = (at: Period, enabled: boolean) => ({
    ...feedQueries.observations({ indicator: indicator.id, period: periodKey(at), scope: 'ministry' }),
    select: toObservationSet,
    enabled,
  });
  const [current, previous, ministries] = useQueries({
    queries: [
      observation(period, true),
      observation(before, hasPrevious),
      { ...feedQueries.ministries(set?.era ?? '17'), enabled: set !== null },
    ],
  });

  const currentData = current.data;
  const previousData = hasPrevious ? previous.data : undefined;
  const list = ministries.data?.ministries;
  const failed = current.isError ? current : ministries.isError ? ministries : null;
  const failedError = failed?.error;
  const retry = failed?.refetch;

  return useMemo((): BoardResult => {
    if (failedError !== undefined && retry) {
      return { status: 'error', error: failedError, retry: () => void retry() };
    }
    if (!currentData || !list) return { status: 'pending' };
    const figures = figuresOf(currentData);
    const rows = selectBoardRows({
      indicator,
      figures: figures.figures,
      ...(previousData ? { previous: asReported(previousData.era, previousData) } : {}),
      units: list,
      period,
      locale,
    });
    return {
      status: 'success',
      data: { ...rows, current: figures, hasRankChange: previousData !== undefined },
    };
  }, [failedError, retry, currentData, previousData, list, indicator, period, locale]);
}
