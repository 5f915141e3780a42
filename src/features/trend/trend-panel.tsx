import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { feedQueries } from '../../api/queries.ts';
import { Skeleton } from '../../components/skeleton.tsx';
import { periodEnd, type Period } from '../../domain/period.ts';
import { unitNameAt, type AdminUnit } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useBoard } from '../board/index.ts';
import { selectTrendSeries } from './select-trend-lines.ts';
import { FALLBACK_HEIGHT, TrendFrame, trendModeOf } from './trend-frame.tsx';
import { useTrendData } from './use-trend-data.ts';

const NO_UNITS: readonly AdminUnit[] = [];
const NO_PERIODS: readonly Period[] = [];

/**
 * Trend of the board's indicator over the board's periods: the nation (or, on a board of ministries, the
 * ministries' total), the region's average, the compared units, last year and the plan; as a chart or a
 * table. `id` names the panel (its anchor); `note` is said above the chart (how the ministry sets
 * changed, where the range crosses a change).
 */
export function TrendPanel({ id = 'trend', note }: { id?: string; note?: ReactNode }) {
  const board = useBoard();
  // Two components, so that switching between provinces and ministries remounts with the other hooks.
  return board.ministries ? (
    <Suspense fallback={<Skeleton className="skeleton--chart" height={`${FALLBACK_HEIGHT}px`} />}>
      <MinistryTrendPanel id={id} era={board.ministries.era} note={note} />
    </Suspense>
  ) : (
    <ProvinceTrendPanel id={id} note={note} />
  );
}

// Only a board of ministries draws their trend: its code loads with it, not with the overview.
const MinistryTrendPanel = lazy(async () => {
  const module = await import('./ministry-trend-panel.tsx');
  return { default: module.MinistryTrendPanel };
});

function ProvinceTrendPanel({ id, note }: { id: string; note: ReactNode }) {
  const { t, locale } = useI18n();
  const board = useBoard();
  const { indicator, catalog, frequency, periods, era, region, regions, latestYear } = board;
  const { compare } = board.panels;
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) throw new Error('A trend needs at least one period');
  const result = useTrendData({
    indicator,
    catalog,
    frequency,
    from: first,
    to: last,
    era,
    region,
    units: compare,
    latestYear,
  });
  const data = result.status === 'success' ? result.data : null;
  const mode = trendModeOf(board);
  const regionName = region ? regions.find((r) => r.id === region)?.name[locale] : undefined;
  const series = useMemo(
    () =>
      data
        ? selectTrendSeries({ data, indicator, era, region, regionName, compare, mode, frequency, t, locale })
        : [],
    [data, indicator, era, region, regionName, compare, mode, frequency, t, locale],
  );
  // The chips and the picker name units from the era's list, not from the trend's answer: a trend still
  // loading (or failed) must not show bare codes.
  const eraUnits = useQuery(feedQueries.units(era));
  const unitsOfEra = eraUnits.data?.units ?? NO_UNITS;
  const latestDate = periodEnd(last);
  const choices = useMemo(
    () => unitsOfEra.map((u) => ({ code: u.code, name: unitNameAt(u, latestDate, locale) })),
    [unitsOfEra, latestDate, locale],
  );
  return (
    <TrendFrame
      id={id}
      lines={{
        result,
        series,
        periods: data ? data.national.periods : NO_PERIODS,
        choices,
        addLabel: 'trend.compare.add',
        note: (
          <>
            {region && indicator.aggregation.kind === 'none' && (
              <p className="panel__note">{t('trend.regionNotComparable')}</p>
            )}
            {note}
          </>
        ),
      }}
    />
  );
}
