/**
 * The ranking's view model: which of the board's rows are listed (a region's units, a search, the best
 * or worst ten) and the bars its chart draws. Ranks stay those among all units of the era. Pure.
 */
import type { RankingBarRow } from '../../charts/ranking/build-ranking-bar-option.ts';
import { matchesSearch } from '../../domain/text.ts';
import type { RegionId } from '../../domain/units.ts';
import type { RankingSlice } from '../board/index.ts';
import type { BoardRow } from '../figures/index.tsx';

/** How many units "the best ten" and "the worst ten" list. */
export const SLICE_SIZE = 10;

/**
 * The listed rows, in ranking order: those of `region` (all without one) whose name matches `query`
 * (diacritics and case folded) or whose code it is; then, for a slice, the best or worst ten of the
 * ranked ones among them.
 */
export function selectVisibleRows(
  rows: readonly BoardRow[],
  { region, query, slice }: { region: RegionId | null; query: string; slice: RankingSlice },
): BoardRow[] {
  let visible = rows.filter((r) => (region ? r.region === region : true));
  if (query.trim()) visible = visible.filter((r) => matchesSearch(r.name, query) || r.code === query.trim());
  if (slice === 'all') return visible;
  const ranked = visible.filter((r) => r.rank !== null);
  return slice === 'top'
    ? ranked.slice(0, SLICE_SIZE)
    : ranked.slice(Math.max(0, ranked.length - SLICE_SIZE));
}

/**
 * The chart's bars: the listed rows that have a rank and a value, best first (missing is never a bar),
 * each named by its short form where it has one (a ministry: "Bộ KH&ĐT"), since an axis label is short.
 */
export function selectRankingBars(visible: readonly BoardRow[]): RankingBarRow[] {
  return visible.flatMap((r) =>
    r.rank !== null && r.value !== null
      ? [
          {
            code: r.code,
            name: r.short ?? r.name,
            value: r.value,
            rank: r.rank,
            valueText: r.valueText ?? '',
          },
        ]
      : [],
  );
}
