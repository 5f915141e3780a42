/**
 * Figures of one indicator and period on the map of the era the reader chose, fetched through the feed
 * and converted by the domain. Everything the conversion needs (components of a ratio, weights of a mean,
 * the merger map) is requested in parallel with the figures themselves: the era that reported a period
 * is known from its end date, so nothing waits for the first answer.
 */
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { toObservationSet, type ObservationSet } from '../../api/observations/to-domain.ts';
import { feedQueries } from '../../api/queries.ts';
import type { UnitsResponse } from '../../api/units/schema.ts';
import { figuresForEra, weightPeriodFor, type EraFigures, type RuleInputs } from '../../domain/era-figures.ts';
import type { Indicator } from '../../domain/indicators.ts';
import type { Observation } from '../../domain/observation.ts';
import { periodEnd, periodKey, type Period } from '../../domain/period.ts';
import { provinceEraAt, type AdminUnit, type ProvinceEraId } from '../../domain/units.ts';

export interface IndicatorFigures {
  readonly figures: EraFigures;
  readonly national: Observation;
  readonly reportedEra: ProvinceEraId;
  readonly updatedAt: string;
}

export type FiguresResult =
  | { readonly status: 'pending' }
  | { readonly status: 'error'; readonly error: unknown; readonly retry: () => void }
  | { readonly status: 'success'; readonly data: IndicatorFigures };

interface FigureQueryPlan {
  readonly main: string;
  readonly numerator?: string;
  readonly denominator?: string;
  readonly weight?: { readonly id: string; readonly period: Period };
}

/** Which observations the conversion needs: none unless the 63's figures go on the map of the 34. */
export function planFigureQueries(
  indicator: Indicator,
  period: Period,
  era: ProvinceEraId,
  catalog: readonly Indicator[],
  latestYear: number,
): FigureQueryPlan {
  const reportedEra = provinceEraAt(periodEnd(period));
  if (!(era === '34' && reportedEra === '63')) return { main: indicator.id };
  const rule = indicator.aggregation;
  if (rule.kind === 'ratio') {
    return { main: indicator.id, numerator: rule.numeratorId, denominator: rule.denominatorId };
  }
  if (rule.kind === 'weighted-mean') {
    const weight = catalog.find((i) => i.id === rule.weightIndicatorId);
    if (!weight) return { main: indicator.id };
    return {
      main: indicator.id,
      weight: { id: weight.id, period: weightPeriodFor(weight.frequencies, period, reportedEra, latestYear) },
    };
  }
  return { main: indicator.id };
}

export function useIndicatorFigures({
  indicator,
  period,
  era,
  catalog,
  latestYear,
  enabled = true,
}: {
  indicator: Indicator;
  period: Period;
  era: ProvinceEraId;
  catalog: readonly Indicator[];
  latestYear: number;
  enabled?: boolean;
}): FiguresResult {
  const plan = planFigureQueries(indicator, period, era, catalog, latestYear);
  const key = periodKey(period);
  const observation = (id: string, at: string) => ({
    ...feedQueries.observations({ indicator: id, period: at, scope: 'province' }),
    select: toObservationSet,
    enabled,
  });
  const results = useQueries({
    queries: [
      observation(plan.main, key),
      { ...feedQueries.units('34'), enabled },
      ...(plan.numerator ? [observation(plan.numerator, key)] : []),
      ...(plan.denominator ? [observation(plan.denominator, key)] : []),
      ...(plan.weight ? [observation(plan.weight.id, periodKey(plan.weight.period))] : []),
    ],
  }) as UseQueryResult<unknown>[];

  const [main, units, ...extra] = results as [
    UseQueryResult<ObservationSet>,
    UseQueryResult<UnitsResponse>,
    ...UseQueryResult<ObservationSet>[],
  ];
  const failed = results.find((r) => r.isError);
  const mainData = main.data;
  const units34 = units.data?.units;
  const extraData = extra.map((r) => r.data);
  const ready = mainData !== undefined && units34 !== undefined && extraData.every((d) => d !== undefined);

  // extraData is a fresh array each render (its length follows the plan); the update stamps of its
  // queries say when its members change.
  const extraStamp = extra.map((r) => r.dataUpdatedAt).join(',');
  const data = useMemo(
    () => (ready ? compute(indicator, era, mainData, units34, plan, extraData as ObservationSet[]) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ready, indicator, era, mainData, units34, extraStamp],
  );

  if (failed) {
    return {
      status: 'error',
      error: failed.error,
      retry: () => {
        for (const r of results) if (r.isError) void r.refetch();
      },
    };
  }
  if (!data) return { status: 'pending' };
  return { status: 'success', data };
}

function compute(
  indicator: Indicator,
  era: ProvinceEraId,
  main: ObservationSet,
  units34: readonly AdminUnit[],
  plan: FigureQueryPlan,
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
    figures: figuresForEra(era, indicator.aggregation, { era: reportedEra, byCode: main.byCode }, units34, inputs),
    national: main.national,
    reportedEra,
    updatedAt: main.updatedAt,
  };
}
