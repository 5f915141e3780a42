/**
 * What the map draws besides its figures, as pure rules: which units are in focus when a region is chosen
 * and which of them are labelled best and worst, the credit of the era's boundaries, and the colour classes
 * fixed over the range the period player plays.
 */
import type { FeedResult } from '../../api/result.ts';
import { rangeClassEdges } from '../../charts/map/choropleth/classes.ts';
import type { ChoroplethInput } from '../../charts/map/types.ts';
import type { EraFigures } from '../../domain/era-figures.ts';
import type { ProvinceEraId, RegionId } from '../../domain/units.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import type { BoardRow } from '../figures/index.tsx';

/** How many units the map labels at each end. */
export const MAP_EXTREMES = 3;

/**
 * The units in focus: those of `region` (all of them without one, `undefined`). The map draws the others
 * dimmed rather than zooming in, so Hoàng Sa and Trường Sa stay on it and the country stays where it was.
 */
export function selectMapFocus(rows: readonly BoardRow[], region: RegionId | null): string[] | undefined {
  return region ? rows.filter((r) => r.region === region).map((r) => r.code) : undefined;
}

/**
 * The units labelled best and worst: among the ranked units of `region` (every ranked unit without one), the
 * first `n` and the last `n` of the rest, worst first, in ranking order (the rows come best first). A region
 * of five ranked units labels three best and two worst; no unit is both.
 */
export function selectRegionExtremes(
  rows: readonly BoardRow[],
  region: RegionId | null,
  n = MAP_EXTREMES,
): { best: string[]; worst: string[] } {
  const ranked = rows.filter((r) => r.rank !== null && (region === null || r.region === region));
  const best = ranked.slice(0, n);
  const rest = ranked.slice(best.length);
  const worst = rest.slice(Math.max(0, rest.length - n)).reverse();
  return { best: best.map((r) => r.code), worst: worst.map((r) => r.code) };
}

/** The credit line of the era's map: the 34 are drawn per Resolution 202/2025/QH15, the 63 as before it. */
export function mapCreditKey(era: ProvinceEraId): MessageKey {
  return era === '63' ? 'map.credit.63' : 'map.credit.34';
}

/** The fixed classes of a playback: pending while any period of the range loads, failed if one failed. */
export type RangeEdges =
  | { readonly status: 'pending' }
  | { readonly status: 'failed' }
  | { readonly status: 'ready'; readonly edges: readonly number[] };

/**
 * The colour classes fixed over the periods a playback runs over (`rangeClassEdges`: quantiles of every value
 * of every period together), from each period's figures. Pending until every period has loaded; failed when
 * one failed (the map then keeps each period's own classes rather than wait). With a diverging `scale`, the
 * classes are symmetric about its centre, held over the range (the centre of the period play started on).
 */
export function selectRangeEdges(
  periods: readonly FeedResult<{ readonly figures: EraFigures }>[],
  decimals: number,
  scale?: ChoroplethInput['scale'],
): RangeEdges {
  if (periods.some((p) => p.status === 'error')) return { status: 'failed' };
  const loaded = periods.flatMap((p) => (p.status === 'success' ? [p.data.figures] : []));
  if (loaded.length < periods.length || loaded.length === 0) return { status: 'pending' };
  return {
    status: 'ready',
    edges: rangeClassEdges(
      loaded.map((figures) => [...figures.byCode.values()]),
      decimals,
      undefined,
      scale?.centre,
    ),
  };
}
