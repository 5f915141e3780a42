/**
 * The series a trend needs, and only those: the national line alone by default (a few hundred bytes),
 * plus one request per compared unit (with its former units) and one for a region, each with the
 * components or weights its rule needs to re-aggregate the years the 63 reported.
 */
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedQueries } from '../../api/queries.ts';
import type { FeedResult } from '../../api/result.ts';
import { reconnectingOf } from '../../api/retry-state.ts';
import type { SeriesParams } from '../../api/series/client.ts';
import { toSeriesSet, type SeriesSet, type UnitSeries } from '../../api/series/to-domain.ts';
import { weightPeriodFor } from '../../domain/era-figures.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { periodEnd, periodKey, yearPeriod, type Frequency, type Period } from '../../domain/period.ts';
import { provinceEraAt, type AdminUnit, type ProvinceEraId, type RegionId } from '../../domain/units.ts';
import type { LineSources, TrendData } from './select-trend-lines.ts';

const NO_UNITS: readonly AdminUnit[] = [];

export interface TrendRequest {
  readonly indicator: Indicator;
  readonly catalog: readonly Indicator[];
  readonly frequency: Frequency;
  readonly from: Period;
  readonly to: Period;
  readonly era: ProvinceEraId;
  readonly region: RegionId | null;
  /** Codes of `era` to draw beside the nation. */
  readonly units: readonly string[];
  readonly latestYear: number;
}

export type TrendDataResult = FeedResult<TrendData>;

/** Requests (as series params minus the indicator) for the lines other than the nation. */
function lineRequests(
  request: TrendRequest,
  units34: readonly AdminUnit[] | undefined,
  units63: readonly AdminUnit[] | undefined,
): Omit<SeriesParams, 'indicator' | 'frequency' | 'from' | 'to' | 'scope'>[] {
  const out: Omit<SeriesParams, 'indicator' | 'frequency' | 'from' | 'to' | 'scope'>[] = [];
  if (request.region) out.push({ region: request.region });
  for (const code of request.units) {
    if (request.era === '34') {
      out.push({ era: '34', unit: code });
    } else {
      // A former unit continues after June 2025 only through its successor, whose series carries it too.
      const successor = units63?.find((u) => u.code === code)?.successor;
      if (successor && units34) out.push({ era: '34', unit: successor });
      else out.push({ era: '63', unit: code });
    }
  }
  return out;
}

function merge(sets: readonly SeriesSet[]): SeriesSet | undefined {
  const [first] = sets;
  if (!first) return undefined;
  const seen = new Set<string>();
  const units: UnitSeries[] = [];
  for (const set of sets) {
    for (const line of set.units) {
      const key = `${line.era}:${line.code}`;
      if (!seen.has(key)) {
        seen.add(key);
        units.push(line);
      }
    }
  }
  return { ...first, units };
}

/**
 * Weights aligned with `periods`: for a weight published at another frequency (population by year),
 * each period takes the weight of the year {@link weightPeriodFor} picks.
 */
export function alignWeights(
  periods: readonly Period[],
  weights: SeriesSet,
  weightFrequencies: readonly Frequency[],
  latestYear: number,
): SeriesSet {
  const indexOf = new Map(weights.periods.map((p, i) => [periodKey(p), i]));
  const pick = periods.map((period) => {
    const at = weightPeriodFor(weightFrequencies, period, provinceEraAt(periodEnd(period)), latestYear);
    return indexOf.get(periodKey(at));
  });
  const align = <T>(values: readonly T[], fill: T): T[] =>
    pick.map((i) => (i === undefined ? fill : (values[i] ?? fill)));
  return {
    ...weights,
    periods,
    national: {
      values: align(weights.national.values, null),
      statuses: align(weights.national.statuses, 'missing'),
    },
    units: weights.units.map((u) => ({
      ...u,
      values: align(u.values, null),
      statuses: align(u.statuses, 'missing'),
    })),
  };
}

export function useTrendData(request: TrendRequest): TrendDataResult {
  const { indicator, frequency, from, to, catalog, latestYear } = request;
  const base = { frequency, from: periodKey(from), to: periodKey(to), scope: 'province' as const };
  const rule = indicator.aggregation;
  const weight =
    rule.kind === 'weighted-mean' ? catalog.find((i) => i.id === rule.weightIndicatorId) : undefined;
  const weightFrequency: Frequency | undefined = weight
    ? weight.frequencies.includes(frequency)
      ? frequency
      : 'year'
    : undefined;
  const weightBase = weightFrequency
    ? {
        frequency: weightFrequency,
        from: weightFrequency === frequency ? base.from : periodKey(yearPeriod(from.year - 1)),
        to: weightFrequency === frequency ? base.to : periodKey(yearPeriod(Math.min(to.year, latestYear))),
        scope: 'province' as const,
      }
    : undefined;

  // The former units are needed only to draw them (era 63); the board on the 34 never asks for them.
  const needs63 = request.era === '63';
  const reference = useQueries({
    queries: [feedQueries.units('34'), { ...feedQueries.units('63'), enabled: needs63 }],
  });
  const units34 = reference[0].data?.units;
  const units63 = needs63 ? reference[1].data?.units : NO_UNITS;
  const lines = lineRequests(request, units34, units63);

  const indicatorIds = [indicator.id];
  if (rule.kind === 'ratio') indicatorIds.push(rule.numeratorId, rule.denominatorId);
  const queries = [
    { ...feedQueries.series({ indicator: indicator.id, ...base, units: 'none' }), select: toSeriesSet },
    ...lines.flatMap((line) => [
      ...indicatorIds.map((id) => ({
        ...feedQueries.series({ indicator: id, ...base, ...line }),
        select: toSeriesSet,
      })),
      ...(weight && weightBase
        ? [{ ...feedQueries.series({ indicator: weight.id, ...weightBase, ...line }), select: toSeriesSet }]
        : []),
    ]),
  ];
  const results: UseQueryResult<SeriesSet>[] = useQueries({ queries });
  const perLine = indicatorIds.length + (weight ? 1 : 0);

  const all: UseQueryResult[] = (reference as UseQueryResult[]).concat(results);
  // A failed refresh keeps the lines on screen; only a query with nothing to show fails the panel.
  const failed = all.find((r) => r.isError && r.data === undefined);
  const ready = units34 !== undefined && units63 !== undefined && results.every((r) => r.data !== undefined);
  // `results` is a new array each render; the update stamps say when its members change.
  const stamp = results.map((r) => r.dataUpdatedAt).join(',');
  const failedStamp = `${failed ? 'failed' : 'ok'}:${all
    .map((r) => `${r.errorUpdatedAt}:${r.failureCount}:${r.fetchStatus}`)
    .join(',')}`;

  const assembled = useMemo(() => {
    if (!ready) return undefined;
    const data = results.map((r) => r.data);
    const [national, ...rest] = data;
    if (!national) return undefined;
    if (lines.length === 0) return { national, sources: null };
    const column = (offset: number) => rest.filter((_, i) => i % perLine === offset);
    const main = merge(column(0));
    if (!main) return { national, sources: null };
    const numerator = rule.kind === 'ratio' ? merge(column(1)) : undefined;
    const denominator = rule.kind === 'ratio' ? merge(column(2)) : undefined;
    const weightSet = weight ? merge(column(indicatorIds.length)) : undefined;
    const sources: LineSources = {
      main,
      ...(numerator ? { numerator } : {}),
      ...(denominator ? { denominator } : {}),
      ...(weight && weightSet
        ? {
            weight:
              weightFrequency === frequency
                ? weightSet
                : alignWeights(main.periods, weightSet, weight.frequencies, latestYear),
          }
        : {}),
    };
    return { national, sources };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, stamp, lines.length, perLine, rule.kind, weight, weightFrequency, frequency, latestYear]);

  // One object per answer, not per render: the trend's chart is memoised on it and must not be rebuilt
  // when only something else on the board (the hovered unit) changes.
  return useMemo((): TrendDataResult => {
    if (failed) {
      return {
        status: 'error',
        error: failed.error,
        retry: () => {
          for (const r of all) if (r.isError) void r.refetch();
        },
      };
    }
    if (!assembled || !units34 || !units63) {
      const reconnecting = reconnectingOf(all);
      return reconnecting ? { status: 'pending', reconnecting } : { status: 'pending' };
    }
    return { status: 'success', data: { ...assembled, units34, units63 } };
    // `failed` and `all` are new objects each render; `failedStamp` tracks them (and the retries).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [failedStamp, assembled, units34, units63]);
}
