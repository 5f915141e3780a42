/**
 * Figures of one indicator and period on the map of the era the reader chose, fetched through the feed
 * and converted by the domain. Everything the conversion needs (components of a ratio, weights of a mean,
 * the merger map) is requested in parallel with the figures themselves: the era that reported a period
 * is known from its end date, so nothing waits for the first answer.
 */
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { toObservationSet, type ObservationSet } from '../../api/observations/to-domain.ts';
import { feedQueries } from '../../api/queries.ts';
import { reconnectingOf } from '../../api/retry-state.ts';
import type { FeedResult } from '../../api/result.ts';
import {
  figuresForEra,
  planConversion,
  type ConversionPlan,
  type EraFigures,
  type RuleInputs,
} from '../../domain/era-figures.ts';
import type { Indicator, NationalCoverage } from '../../domain/indicators.ts';
import type { Observation } from '../../domain/observation.ts';
import { periodKey, type Period } from '../../domain/period.ts';
import type { AdminUnit, EraId, ProvinceEraId } from '../../domain/units.ts';

export interface IndicatorFigures {
  readonly figures: EraFigures;
  readonly national: Observation;
  /** Who `national` covers: the whole country, or the reporting scope alone ("Các địa phương"). */
  readonly coverage: NationalCoverage;
  /** The era whose units reported the period (a ministry set for a board of ministries). */
  readonly reportedEra: EraId;
  readonly updatedAt: string;
}

/** The figures of one request, loading, failed or there. */
export type FiguresResult = FeedResult<IndicatorFigures>;

export interface FiguresRequest {
  readonly indicator: Indicator;
  readonly period: Period;
  readonly era: ProvinceEraId;
  readonly enabled?: boolean;
}

/**
 * Figures for several indicator–period pairs at once (the province page asks for every indicator):
 * one `useQueries` over all the observations they need, deduplicated by the query cache.
 */
export function useFiguresBatch(
  requests: readonly FiguresRequest[],
  catalog: readonly Indicator[],
  latestYear: number,
): FiguresResult[] {
  const plans = requests.map((r) => planConversion(r.indicator, r.period, r.era, catalog, latestYear));
  const observation = (id: string, at: string, enabled: boolean) => ({
    ...feedQueries.observations({ indicator: id, period: at, scope: 'province' }),
    select: toObservationSet,
    enabled,
  });
  const perRequest = plans.map((plan, i) => {
    const request = requests[i];
    if (!request) return [];
    const key = periodKey(request.period);
    const enabled = request.enabled ?? true;
    return [
      observation(plan.main, key, enabled),
      ...(plan.numerator ? [observation(plan.numerator, key, enabled)] : []),
      ...(plan.denominator ? [observation(plan.denominator, key, enabled)] : []),
      ...(plan.weight ? [observation(plan.weight.id, periodKey(plan.weight.period), enabled)] : []),
    ];
  });
  // Where each request's queries start in the flat list.
  const offsets = perRequest.reduce<number[]>((acc, list, i) => [...acc, (acc[i] ?? 0) + list.length], [0]);
  const units = useQuery(feedQueries.units('34'));
  const results: UseQueryResult<ObservationSet>[] = useQueries({ queries: perRequest.flat() });
  const units34 = units.data?.units;
  // A failed refresh keeps the figures on screen (the banner says they are not fresh); only a query
  // with nothing to show fails the panel.
  const unitsFailed = units.isError && !units.data;
  const refetchUnits = units.refetch;
  // `results` is a new array each render; the update stamps say when its members change (and the
  // failure counts, while a failed request is being retried).
  const stamp = [units as UseQueryResult]
    .concat(results)
    .map((r) => `${r.dataUpdatedAt}:${r.errorUpdatedAt}:${r.failureCount}:${r.fetchStatus}`)
    .join(',');
  const requestKey = requests.map((r) => `${r.indicator.id}@${periodKey(r.period)}/${r.era}`).join(',');

  return useMemo(
    () =>
      requests.map((request, i): FiguresResult => {
        const plan = plans[i];
        const own = results.slice(offsets[i] ?? 0, offsets[i + 1] ?? 0);
        const failed = own.find((r) => r.isError && r.data === undefined);
        if (failed || unitsFailed) {
          return {
            status: 'error',
            error: failed ? failed.error : units.error,
            retry: () => {
              for (const r of own) if (r.isError) void r.refetch();
              if (unitsFailed) void refetchUnits();
            },
          };
        }
        const [main, ...extra] = own.map((r) => r.data);
        if (!plan || !main || !units34 || extra.some((d) => d === undefined)) {
          const reconnecting = reconnectingOf([...own, units]);
          return reconnecting ? { status: 'pending', reconnecting } : { status: 'pending' };
        }
        return {
          status: 'success',
          data: compute(request.indicator, request.era, main, units34, plan, extra as ObservationSet[]),
        };
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stamp, requestKey, units34, unitsFailed, catalog, latestYear],
  );
}

export function useIndicatorFigures({
  indicator,
  period,
  era,
  catalog,
  latestYear,
  enabled = true,
}: FiguresRequest & { catalog: readonly Indicator[]; latestYear: number }): FiguresResult {
  const [result] = useFiguresBatch([{ indicator, period, era, enabled }], catalog, latestYear);
  return result ?? { status: 'pending' };
}

function compute(
  indicator: Indicator,
  era: ProvinceEraId,
  main: ObservationSet,
  units34: readonly AdminUnit[],
  plan: ConversionPlan,
  extra: readonly ObservationSet[],
): IndicatorFigures {
  const queue = [...extra];
  const inputs: RuleInputs = {
    ...(plan.numerator ? { numerator: queue.shift() } : {}),
    ...(plan.denominator ? { denominator: queue.shift() } : {}),
    ...(plan.weight ? { weight: queue.shift() } : {}),
  };
  const reportedEra = main.era === '63' || main.era === '34' ? main.era : era;
  return {
    figures: figuresForEra(
      era,
      indicator.aggregation,
      { era: reportedEra, byCode: main.byCode },
      units34,
      inputs,
    ),
    national: main.national,
    coverage: main.coverage,
    reportedEra,
    updatedAt: main.updatedAt,
  };
}
