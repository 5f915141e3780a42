/**
 * The rows every panel of a board reads (map, ranking, table, CSV): one per unit of the era, with the
 * figure, its change on the same period last year, its rank and its change of rank. One selector for all
 * panels, so the table is exactly what the map and the chart draw.
 */
import type { EraFigure, EraFigures } from '../../domain/era-figures.ts';
import { formatIndicatorChange, formatIndicatorValue } from '../../domain/format-indicator.ts';
import type { Indicator } from '../../domain/indicators.ts';
import {
  computeChange,
  shareOfTarget,
  type Change,
  type MissingReason,
  type ObservationStatus,
} from '../../domain/observation.ts';
import { periodEnd, type Period } from '../../domain/period.ts';
import {
  rankChanges,
  rankUnits,
  type RankInput,
  type Ranking,
  type UnrankedReason,
} from '../../domain/rank.ts';
import { unitNameAt, unitRegionAt, type AdminUnit, type Locale, type RegionId } from '../../domain/units.ts';

export interface BoardRow {
  readonly code: string;
  readonly name: string;
  readonly region: RegionId;
  readonly state: EraFigure['state'];
  readonly value: number | null;
  readonly status: ObservationStatus;
  readonly missingReason?: MissingReason;
  /** "67,3% kế hoạch"; null when there is no value. */
  readonly valueText: string | null;
  readonly change: Change | null;
  readonly changeText: string | null;
  readonly previousYear: number | null;
  readonly target: number | null;
  /** Per cent of the plan or estimate, for amounts and counts with a target. */
  readonly shareOfTarget: number | null;
  readonly rank: number | null;
  readonly tied: boolean;
  /** Places gained since the previous period; null when not ranked then (or no previous period). */
  readonly rankChange: number | null;
  /** Why the unit has no rank. */
  readonly unranked?: UnrankedReason;
  readonly converted: boolean;
}

export interface BoardRows {
  /** Ranked rows best first (ties in official code order), then unranked rows in code order. */
  readonly rows: readonly BoardRow[];
  readonly ranking: Ranking;
}

function rankInputs(figures: EraFigures): RankInput[] {
  return [...figures.byCode.values()].map((f) => ({
    code: f.code,
    value: f.state === 'value' ? f.value : null,
    reason: f.state === 'not-comparable' ? 'not-comparable' : (f.missingReason ?? 'missing'),
  }));
}

export function rankFigures(
  indicator: Pick<Indicator, 'polarity' | 'decimals'>,
  figures: EraFigures,
): Ranking {
  return rankUnits(rankInputs(figures), { polarity: indicator.polarity, decimals: indicator.decimals });
}

export function selectBoardRows({
  indicator,
  figures,
  previous,
  units,
  period,
  locale,
}: {
  indicator: Indicator;
  figures: EraFigures;
  /** The previous period's figures on the same era, for the change of rank. */
  previous?: EraFigures;
  /** Units of the figures' era. */
  units: readonly AdminUnit[];
  period: Period;
  locale: Locale;
}): BoardRows {
  const at = periodEnd(period);
  const ranking = rankFigures(indicator, figures);
  const changes = previous
    ? rankChanges(ranking, rankFigures(indicator, previous))
    : new Map<string, number | null>();
  const rankOf = new Map(ranking.ranked.map((e) => [e.code, e]));
  const unrankedOf = new Map(ranking.unranked.map((e) => [e.code, e.reason]));
  const byCode = new Map(units.map((u) => [u.code, u]));

  const toRow = (figure: EraFigure): BoardRow => {
    const unit = byCode.get(figure.code);
    const ranked = rankOf.get(figure.code);
    const change =
      figure.state === 'value' ? computeChange(indicator, figure.value, figure.previousYear) : null;
    const unranked = unrankedOf.get(figure.code);
    return {
      code: figure.code,
      name: unit ? unitNameAt(unit, at, locale) : figure.code,
      region: unit ? unitRegionAt(unit, at) : 'TDMNPB',
      state: figure.state,
      value: figure.value,
      status: figure.status,
      ...(figure.missingReason ? { missingReason: figure.missingReason } : {}),
      valueText: figure.value === null ? null : formatIndicatorValue(indicator, figure.value, locale).text,
      change,
      changeText: change ? formatIndicatorChange(indicator, change, locale) : null,
      previousYear: figure.previousYear,
      target: figure.target,
      shareOfTarget: shareOfTarget(indicator, figure),
      rank: ranked?.rank ?? null,
      tied: ranked?.tied ?? false,
      rankChange: changes.get(figure.code) ?? null,
      ...(unranked ? { unranked } : {}),
      converted: figure.converted,
    };
  };

  const figureOf = (code: string) => figures.byCode.get(code);
  const ranked = ranking.ranked.flatMap((e) => figureOf(e.code) ?? []).map(toRow);
  const rest = ranking.unranked.flatMap((e) => figureOf(e.code) ?? []).map(toRow);
  // Units the feed did not mention at all are still listed, as missing.
  const mentioned = new Set(figures.byCode.keys());
  const absent = units
    .filter((u) => !mentioned.has(u.code))
    .map((u) =>
      toRow({
        code: u.code,
        state: 'missing',
        value: null,
        status: 'missing',
        previousYear: null,
        target: null,
        converted: false,
      }),
    )
    .map((row) => ({ ...row, unranked: 'missing' as const }));
  return { rows: [...ranked, ...rest, ...absent], ranking };
}
