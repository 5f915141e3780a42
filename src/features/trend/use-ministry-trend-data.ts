/**
 * The series a trend of ministries needs: the ministries' total alone (`units=none`), and for each
 * compared body its own series with its former bodies (and, for a share, the numerator's and the
 * denominator's), so the years before the current set can be combined by rule.
 */
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { feedQueries } from '../../api/queries.ts';
import type { FeedResult } from '../../api/result.ts';
import { toSeriesSet, type SeriesSet } from '../../api/series/to-domain.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { periodKey, type Frequency, type Period } from '../../domain/period.ts';
import type { Ministry, MinistryEraId } from '../../domain/units.ts';
import type { MinistryLineSources } from './select-ministry-trend.ts';

export interface MinistryTrendData {
  readonly national: SeriesSet;
  /** Sources of each compared body, by code. */
  readonly lines: ReadonlyMap<string, MinistryLineSources>;
  /** The bodies of the set, for names and the compare picker. */
  readonly bodies: readonly Ministry[];
}

export function useMinistryTrendData({
  indicator,
  frequency,
  from,
  to,
  era,
  compare,
}: {
  indicator: Indicator;
  frequency: Frequency;
  from: Period;
  to: Period;
  era: MinistryEraId;
  compare: readonly string[];
}): FeedResult<MinistryTrendData> {
  const base = { frequency, from: periodKey(from), to: periodKey(to), scope: 'ministry' as const };
  const rule = indicator.aggregation;
  const ids = rule.kind === 'ratio' ? [indicator.id, rule.numeratorId, rule.denominatorId] : [indicator.id];
  const [ministries, national] = useQueries({
    queries: [
      feedQueries.ministries(era),
      { ...feedQueries.series({ indicator: indicator.id, ...base, units: 'none' }), select: toSeriesSet },
    ],
  });
  const perBody: UseQueryResult<SeriesSet>[] = useQueries({
    queries: compare.flatMap((unit) =>
      ids.map((id) => ({
        ...feedQueries.series({ indicator: id, ...base, era, unit }),
        select: toSeriesSet,
      })),
    ),
  });

  const all: UseQueryResult[] = [ministries as UseQueryResult, national as UseQueryResult].concat(perBody);
  const failed = all.find((r) => r.isError);
  // The results are new objects each render; the update stamps say when their members change.
  const stamp = all.map((r) => `${r.dataUpdatedAt}:${r.errorUpdatedAt}`).join(',');
  const compareKey = compare.join(',');

  return useMemo((): FeedResult<MinistryTrendData> => {
    if (failed) {
      return {
        status: 'error',
        error: failed.error,
        retry: () => {
          for (const r of all) if (r.isError) void r.refetch();
        },
      };
    }
    const bodies = ministries.data?.ministries;
    const total = national.data;
    if (!bodies || !total || perBody.some((r) => r.data === undefined)) return { status: 'pending' };
    const lines = new Map<string, MinistryLineSources>();
    compare.forEach((code, n) => {
      const [main, numerator, denominator] = ids.map((_, k) => perBody[n * ids.length + k]?.data);
      if (!main) return;
      lines.set(code, {
        main,
        ...(numerator ? { numerator } : {}),
        ...(denominator ? { denominator } : {}),
      });
    });
    return { status: 'success', data: { national: total, lines, bodies } };
    // `all` and its members are new objects each render; `stamp` and `compareKey` track them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stamp, compareKey, ids.length]);
}
