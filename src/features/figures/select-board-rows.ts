/**
 * The rows every panel of a board reads (map, ranking, table, CSV): one per unit of the era, with the
 * figure, its change on the same period last year, its rank and its change of rank. One selector for all
 * panels, so the table is exactly what the map and the chart draw.
 */
import { rankEraFigures, type EraFigure, type EraFigures } from '../../domain/era-figures.ts';
import {
  formatIndicatorCell,
  formatIndicatorChange,
  formatIndicatorValue,
} from '../../domain/format-indicator.ts';
import type { Indicator } from '../../domain/indicators.ts';
import {
  computeChange,
  shareOfTarget,
  type Change,
  type MissingReason,
  type ObservationStatus,
} from '../../domain/observation.ts';
import { periodEnd, type Period } from '../../domain/period.ts';
import { rankChanges, type Ranking, type UnrankedReason } from '../../domain/rank.ts';
import {
  unitNameAt,
  unitRegionAt,
  type AdminUnit,
  type Locale,
  type Ministry,
  type RegionId,
} from '../../domain/units.ts';

/** What a board ranks: a provincial unit of either era, or a ministry of either set. */
export type BoardAgency = AdminUnit | Ministry;

/**
 * A unit as a board lists it: its official code, its name and, for a province, its region; for a
 * ministry, its usual short form too, for bars and narrow cells ("Bộ KH&ĐT", "NHNN").
 */
export interface BoardUnit {
  readonly code: string;
  readonly name: string;
  readonly short?: string;
  readonly region?: RegionId;
}

/** The unit's name as on `at` (a province's names change over time) and, for a province, its region. */
function describeAgency(agency: BoardAgency, at: string, locale: Locale): Omit<BoardUnit, 'code'> {
  if ('kinds' in agency) return { name: unitNameAt(agency, at, locale), region: unitRegionAt(agency, at) };
  return { name: agency.name[locale], short: (agency.short ?? agency.name)[locale] };
}

export interface BoardRow extends BoardUnit {
  readonly state: EraFigure['state'];
  readonly value: number | null;
  readonly status: ObservationStatus;
  readonly missingReason?: MissingReason;
  /** "67,3% kế hoạch", "2,65 triệu tỷ đồng"; null when there is no value. */
  readonly valueText: string | null;
  /**
   * The value as a cell of a table or a bar label, in one precision down a column: "81.770 tỷ đồng" (the
   * indicator's own unit and decimals) where `valueText` scales ("81,77 nghìn tỷ đồng"); null without one.
   */
  readonly cellText: string | null;
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

/** Where a unit stands: its rank (null when unranked), whether it is tied, places gained, why unranked. */
export interface RowRank {
  readonly rank: number | null;
  readonly tied: boolean;
  readonly rankChange: number | null;
  readonly unranked?: UnrankedReason;
}

/**
 * One unit's row: its figure written with the indicator's unit and decimals, its change on the same
 * period last year read by polarity, its share of plan, its rank; named (and placed in its region) as on
 * the period's last day. The one place a row is assembled, for boards and for a unit's profile alike.
 */
export function toBoardRow(
  indicator: Indicator,
  figure: EraFigure,
  unit: BoardAgency | undefined,
  rank: RowRank,
  period: Period,
  locale: Locale,
): BoardRow {
  const at = periodEnd(period);
  const change =
    figure.state === 'value' ? computeChange(indicator, figure.value, figure.previousYear) : null;
  return {
    code: figure.code,
    ...(unit ? describeAgency(unit, at, locale) : { name: figure.code }),
    state: figure.state,
    value: figure.value,
    status: figure.status,
    ...(figure.missingReason ? { missingReason: figure.missingReason } : {}),
    valueText: figure.value === null ? null : formatIndicatorValue(indicator, figure.value, locale).text,
    cellText: figure.value === null ? null : formatIndicatorCell(indicator, figure.value, locale),
    change,
    changeText: change ? formatIndicatorChange(indicator, change, locale) : null,
    previousYear: figure.previousYear,
    target: figure.target,
    shareOfTarget: shareOfTarget(indicator, figure),
    rank: rank.rank,
    tied: rank.tied,
    rankChange: rank.rankChange,
    ...(rank.unranked ? { unranked: rank.unranked } : {}),
    converted: figure.converted,
  };
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
  /** Units of the figures' era: provinces, or the ministries of the set. */
  units: readonly BoardAgency[];
  period: Period;
  locale: Locale;
}): BoardRows {
  const ranking = rankEraFigures(indicator, figures);
  const changes = previous
    ? rankChanges(ranking, rankEraFigures(indicator, previous))
    : new Map<string, number | null>();
  const rankOf = new Map(ranking.ranked.map((e) => [e.code, e]));
  const unrankedOf = new Map(ranking.unranked.map((e) => [e.code, e.reason]));
  const byCode = new Map(units.map((u) => [u.code, u]));

  const toRow = (figure: EraFigure): BoardRow => {
    const ranked = rankOf.get(figure.code);
    const unranked = unrankedOf.get(figure.code);
    return toBoardRow(
      indicator,
      figure,
      byCode.get(figure.code),
      {
        rank: ranked?.rank ?? null,
        tied: ranked?.tied ?? false,
        rankChange: changes.get(figure.code) ?? null,
        ...(unranked ? { unranked } : {}),
      },
      period,
      locale,
    );
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
