import { lazy, Suspense } from 'react';
import type { BoardResult } from '../figures/index.tsx';
import { RankingSkeleton } from './ranking-chart.tsx';

// Only a board of ministries draws the bars: they load with it, not with the overview.
const Bars = lazy(async () => {
  const module = await import('./ranking-bars-panel.tsx');
  return { default: module.RankingBarsPanel };
});

/**
 * The ranked units as bars, best at the top, read against the total: on a board of ministries, where a
 * map has nothing to show, this takes the map's place beside the ranking's table.
 */
export function RankingBarsPanel({ board }: { board: BoardResult }) {
  return (
    <Suspense fallback={<RankingSkeleton />}>
      <Bars board={board} />
    </Suspense>
  );
}
