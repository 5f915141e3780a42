import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { feedQueries } from '../../api/queries.ts';
import type { Period } from '../../domain/period.ts';
import type { Era, MinistryEraId } from '../../domain/units.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useBoard } from '../board/index.ts';
import { selectMinistryTrendSeries } from './select-ministry-trend.ts';
import { TrendFrame, trendModeOf } from './trend-frame.tsx';
import { useMinistryTrendData } from './use-ministry-trend-data.ts';

const NO_PERIODS: readonly Period[] = [];
const NO_ERAS: readonly Era[] = [];

/**
 * The trend of a board of ministries (loaded through `trend-panel.tsx` when a board shows ministries):
 * the ministries' total and the compared bodies of the set `era`, their years before it combined from
 * the bodies they took over.
 */
export function MinistryTrendPanel({ id, era, note }: { id: string; era: MinistryEraId; note: ReactNode }) {
  const { t, locale } = useI18n();
  const board = useBoard();
  const { indicator, frequency, periods } = board;
  const { compare } = board.panels;
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) throw new Error('A trend needs at least one period');
  const result = useMinistryTrendData({ indicator, frequency, from: first, to: last, era, compare });
  const metadata = useQuery(feedQueries.metadata());
  const eras = metadata.data?.eras ?? NO_ERAS;
  const data = result.status === 'success' ? result.data : null;
  const mode = trendModeOf(board);
  const series = useMemo(
    () =>
      data
        ? selectMinistryTrendSeries({
            national: data.national,
            lines: data.lines,
            indicator,
            era,
            bodies: data.bodies,
            compare,
            eras,
            mode,
            frequency,
            t,
            locale,
          })
        : [],
    [data, indicator, era, compare, eras, mode, frequency, t, locale],
  );
  const choices = useMemo(
    () => (data ? data.bodies.map((b) => ({ code: b.code, name: (b.short ?? b.name)[locale] })) : []),
    [data, locale],
  );
  return (
    <TrendFrame
      id={id}
      lines={{
        result,
        series,
        periods: data ? data.national.periods : NO_PERIODS,
        choices,
        addLabel: 'trend.compare.addMinistry',
        note,
      }}
    />
  );
}
