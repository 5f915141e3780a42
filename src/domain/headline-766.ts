/**
 * The headline of the public-service board (Decision 766 index): the score of the provinces or the
 * ministries against the previous period, the highest and the lowest unit, how many reach the
 * dashboard's "Tốt" band and how many are "Yếu", and the biggest riser.
 */
import {
  changePhrase,
  compose,
  headline,
  joinNames,
  num,
  type HeadlineContext,
  type HeadlineSentence,
} from './headline.ts';
import { formatPeriod, type Period } from './period.ts';
import { bandOf, DEFAULT_SCORE_BANDS, type ScoreBands } from './score-766.ts';
import type { Locale, Scope } from './units.ts';

/** Figure ids of the public-service board. */
export const SCORE_FIGURES = {
  national: 'dvc766.national.total',
  nationalChange: 'dvc766.national.change',
  unitTotal: (code: string) => `dvc766.${code}.total`,
  unitRankChange: (code: string) => `dvc766.${code}.rank-change`,
  unitRank: (code: string) => `dvc766.${code}.rank`,
  bandCount: (band: string) => `dvc766.band.${band}`,
  bandEdge: (band: string) => `dvc766.band.${band}.min`,
} as const;

export interface ScoreHeadlineRow {
  readonly code: string;
  readonly total: number | null;
  readonly rank: number | null;
  /** Places gained since the previous period; null when not comparable. */
  readonly rankChange: number | null;
}

export interface ScoreHeadlineInput {
  readonly period: Period;
  readonly previousPeriod: Period | null;
  readonly scope: Scope;
  readonly national: { readonly total: number | null; readonly previousTotal: number | null };
  readonly rows: readonly ScoreHeadlineRow[];
  readonly bands?: ScoreBands;
  readonly nameOf: (code: string) => string;
}

/** "Tháng 10/2026", "Quý III/2026", "6 tháng đầu năm 2026", "Năm 2025". */
export function scorePeriodLabel(p: Period, locale: Locale): string {
  return formatPeriod(p, locale);
}

export function scoreHeadline(input: ScoreHeadlineInput, ctx: HeadlineContext): HeadlineSentence[] {
  return headline([national(input, ctx), leaders(input, ctx), bands(input, ctx), riser(input, ctx)]);
}

function national(input: ScoreHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const { total, previousTotal } = input.national;
  if (total === null) return null;
  const period = scorePeriodLabel(input.period, ctx.locale);
  const totalSlot = num(total, SCORE_FIGURES.national, { kind: 'score' });
  if (previousTotal === null || input.previousPeriod === null) {
    return compose(ctx, `headline.766.national.${input.scope}`, { period, total: totalSlot });
  }
  return compose(ctx, `headline.766.nationalChange.${input.scope}`, {
    period,
    total: totalSlot,
    change: changePhrase(ctx, 'score', total - previousTotal, 2, SCORE_FIGURES.nationalChange),
    previous: scorePeriodLabel(input.previousPeriod, ctx.locale),
  });
}

function ranked(input: ScoreHeadlineInput): (ScoreHeadlineRow & { total: number; rank: number })[] {
  return input.rows
    .filter(
      (r): r is ScoreHeadlineRow & { total: number; rank: number } => r.total !== null && r.rank !== null,
    )
    .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
}

function leaders(input: ScoreHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const rows = ranked(input);
  if (rows.length < 2) return null;
  const best = rows.filter((r) => r.rank === rows[0]?.rank);
  const lastRank = rows[rows.length - 1]?.rank;
  const worst = rows.filter((r) => r.rank === lastRank);
  // Everyone tied: there is no best or worst to name.
  if (best.length === rows.length) return null;
  const [b] = best;
  const [w] = worst;
  if (!b || !w) return null;
  return compose(ctx, 'headline.766.leaders', {
    best: joinNames(
      ctx,
      best.slice(0, 3).map((r) => input.nameOf(r.code)),
    ),
    bestScore: num(b.total, SCORE_FIGURES.unitTotal(b.code), { kind: 'score' }),
    worst: joinNames(
      ctx,
      worst.slice(0, 3).map((r) => input.nameOf(r.code)),
    ),
    worstScore: num(w.total, SCORE_FIGURES.unitTotal(w.code), { kind: 'score' }),
  });
}

function bands(input: ScoreHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const rows = ranked(input);
  if (rows.length < 2) return null;
  const edges = input.bands ?? DEFAULT_SCORE_BANDS;
  const good = rows.filter((r) => {
    const band = bandOf(r.total, edges);
    return band === 'excellent' || band === 'good';
  }).length;
  const weak = rows.filter((r) => bandOf(r.total, edges) === 'weak').length;
  return compose(ctx, `headline.766.bands.${input.scope}`, {
    good: num(good, SCORE_FIGURES.bandCount('good-or-better'), { kind: 'count' }),
    goodMin: num(edges.good, SCORE_FIGURES.bandEdge('good'), { kind: 'count' }),
    weak: num(weak, SCORE_FIGURES.bandCount('weak'), { kind: 'count' }),
    averageMin: num(edges.average, SCORE_FIGURES.bandEdge('average'), { kind: 'count' }),
  });
}

function riser(input: ScoreHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const moved = ranked(input).filter((r): r is typeof r & { rankChange: number } => r.rankChange !== null);
  // Across the 2025 reforms the previous ranks are of other units: no rank change to speak of.
  if (moved.length < 2) return null;
  const most = Math.max(...moved.map((r) => r.rankChange));
  if (most <= 0) return null;
  const top = moved.filter((r) => r.rankChange === most);
  const [first] = top;
  if (!first) return null;
  return compose(ctx, 'headline.766.riser', {
    name: joinNames(
      ctx,
      top.slice(0, 3).map((r) => input.nameOf(r.code)),
    ),
    places: num(most, SCORE_FIGURES.unitRankChange(first.code), { kind: 'count' }),
    rank: num(first.rank, SCORE_FIGURES.unitRank(first.code), { kind: 'count' }),
  });
}
