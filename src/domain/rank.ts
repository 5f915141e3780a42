/**
 * League tables: competition ranking ("1, 2, 2, 4") as the Decision 766 portal publishes it, aware of
 * polarity, with unranked units listed with their reason and the change of rank against another period.
 */
import type { Polarity } from './indicators.ts';
import { roundTo } from './rounding.ts';

/** Why a unit has no rank: no figure, late, or a figure that cannot be converted to this era. */
export type UnrankedReason = 'missing' | 'late' | 'not-reported' | 'not-applicable' | 'not-comparable';

export interface RankInput {
  readonly code: string;
  readonly value: number | null;
  /** Required when `value` is null; defaults to 'missing'. */
  readonly reason?: UnrankedReason;
}

export interface RankedEntry {
  readonly code: string;
  readonly value: number;
  /** 1 is best; tied units share the rank and the next rank skips (1, 2, 2, 4). */
  readonly rank: number;
  readonly tied: boolean;
}

export interface Ranking {
  /** Best first; ties in the order of `tieOrder` (official code order by default). */
  readonly ranked: readonly RankedEntry[];
  readonly unranked: readonly { readonly code: string; readonly reason: UnrankedReason }[];
  /** Number of ranked units: the N in "Hạng 3/N". */
  readonly total: number;
}

export interface RankOptions {
  readonly polarity: Polarity;
  /** Values equal at the displayed precision are ties: readers cannot tell 87.454 from 87.451. */
  readonly decimals: number;
  readonly tieOrder?: (a: string, b: string) => number;
}

/**
 * Ranks `inputs`. Higher values rank first unless the polarity is lower-is-better; a neutral indicator
 * (population, plans) is ordered by size, highest first, without implying better or worse.
 */
export function rankUnits(inputs: readonly RankInput[], options: RankOptions): Ranking {
  const tieOrder = options.tieOrder ?? ((a: string, b: string) => a.localeCompare(b));
  const sign = options.polarity === 'lower-is-better' ? 1 : -1;
  const present = inputs
    .filter((i): i is RankInput & { value: number } => i.value !== null && Number.isFinite(i.value))
    .map((i) => ({ code: i.code, value: i.value, key: roundTo(i.value, options.decimals) }));
  present.sort((a, b) => sign * (a.key - b.key) || tieOrder(a.code, b.code));

  const ranked: RankedEntry[] = [];
  present.forEach((entry, index) => {
    const previous = present[index - 1];
    const next = present[index + 1];
    const prevRanked = ranked[index - 1];
    const rank = previous && prevRanked && previous.key === entry.key ? prevRanked.rank : index + 1;
    const tied = previous?.key === entry.key || next?.key === entry.key;
    ranked.push({ code: entry.code, value: entry.value, rank, tied });
  });

  const unranked = inputs
    .filter((i) => i.value === null || !Number.isFinite(i.value))
    .map((i) => ({ code: i.code, reason: i.reason ?? ('missing' as const) }))
    .sort((a, b) => tieOrder(a.code, b.code));

  return { ranked, unranked, total: ranked.length };
}

/**
 * Places gained since `previous` (positive = moved up), per code ranked in both; null when the unit was
 * not ranked then (new, missing, or not comparable), so the UI shows no arrow rather than a false one.
 */
export function rankChanges(current: Ranking, previous: Ranking): Map<string, number | null> {
  const before = new Map(previous.ranked.map((e) => [e.code, e.rank]));
  const changes = new Map<string, number | null>();
  for (const entry of current.ranked) {
    const old = before.get(entry.code);
    changes.set(entry.code, old === undefined ? null : old - entry.rank);
  }
  return changes;
}

/** The best and worst `n` entries, for map labels and the top/bottom-10 view; no overlap when few. */
export function topAndBottom(ranking: Ranking, n: number): { top: RankedEntry[]; bottom: RankedEntry[] } {
  const top = ranking.ranked.slice(0, n);
  const rest = ranking.ranked.slice(top.length);
  const bottom = rest.slice(Math.max(0, rest.length - n)).reverse();
  return { top, bottom };
}

/** Units that share the best (or worst) value, when they are more than there are labels for them. */
export interface ExtremeTie {
  /** How many units share the value. */
  readonly count: number;
  readonly value: number;
}

export interface LabelledExtremes {
  /** The best units to label, best first: at most `n`, never part of a tie. */
  readonly top: readonly RankedEntry[];
  /** The worst units to label, worst first: at most `n`, never part of a tie, none of `top`. */
  readonly bottom: readonly RankedEntry[];
  /** Set when more than `n` units tie for the best value: none of them is labelled, they are counted. */
  readonly topTie: ExtremeTie | null;
  readonly bottomTie: ExtremeTie | null;
}

/**
 * The best and worst units a map labels (`n` each), fair to ties: labelling three of twenty units tied at
 * 100% would single out three for no reason, so a group of tied units is labelled whole or not at all.
 * From each end, units are taken in ranking order up to `n`; a tie group that the `n`th place would cut is
 * left out; when the very first group (the best, or the worst) is larger than `n`, nothing is labelled at
 * that end and `topTie` (or `bottomTie`) counts the group instead ("20 đơn vị cùng đạt 100%"). The worst
 * are taken from the units not already among the best or tied for the best.
 */
export function labelledExtremes(ranking: Ranking, n: number): LabelledExtremes {
  const groups: RankedEntry[][] = [];
  for (const entry of ranking.ranked) {
    const last = groups.at(-1);
    if (last && last[0]?.rank === entry.rank) last.push(entry);
    else groups.push([entry]);
  }
  const take = (ordered: readonly RankedEntry[][]) => {
    const picked: RankedEntry[] = [];
    let used = 0;
    for (const group of ordered) {
      if (picked.length + group.length > n) break;
      picked.push(...group);
      used++;
    }
    const first = ordered[0];
    const tie =
      used === 0 && first && first.length > n ? { count: first.length, value: first[0]?.value ?? 0 } : null;
    return { picked, used: tie ? 1 : used, tie };
  };
  const best = take(groups);
  const rest = groups.slice(best.used);
  const worst = take([...rest].reverse());
  return { top: best.picked, bottom: worst.picked, topTie: best.tie, bottomTie: worst.tie };
}
