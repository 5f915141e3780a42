import type { FigureState } from '../../domain/era-figures.ts';
import type { MissingReason, ObservationStatus } from '../../domain/observation.ts';
import { parsePeriod, type Period } from '../../domain/period.ts';
import type { UnrankedReason } from '../../domain/rank.ts';
import type { EraId, Scope } from '../../domain/units.ts';
import type { ProfileResponse } from './schema.ts';

/** One indicator's latest figure for the unit, with its rank among the units of the era. */
export interface ProfileFigure {
  readonly indicatorId: string;
  readonly period: Period;
  readonly state: FigureState;
  readonly value: number | null;
  readonly status: ObservationStatus;
  readonly missingReason?: MissingReason;
  readonly previousYear: number | null;
  readonly target: number | null;
  readonly converted: boolean;
  readonly rank: number | null;
  readonly tied: boolean;
  readonly rankedUnits: number;
  readonly rankChange: number | null;
  readonly unranked?: UnrankedReason;
  /** The unit's recent values, oldest first, for a sparkline. */
  readonly spark: readonly (number | null)[];
}

export interface UnitProfile {
  readonly scope: Scope;
  readonly era: EraId;
  readonly unit: string;
  readonly updatedAt: string;
  readonly byIndicator: ReadonlyMap<string, ProfileFigure>;
}

function period(key: string): Period {
  const parsed = parsePeriod(key);
  // The schema has checked the pattern; a null here is a contract bug, not bad data.
  if (!parsed) throw new Error(`Unparseable period ${key}`);
  return parsed;
}

/**
 * The profile keyed by indicator. The feed's `change` and `targetShare` are left out: the app derives
 * both from `value`, `previousYear` and `target` with the domain's rules, as it does on every board.
 */
export function toUnitProfile(response: ProfileResponse): UnitProfile {
  return {
    scope: response.scope,
    era: response.era,
    unit: response.unit,
    updatedAt: response.updatedAt,
    byIndicator: new Map(
      response.rows.map(({ change: _change, targetShare: _share, spark, ...row }) => [
        row.indicatorId,
        { ...row, period: period(row.period), spark: spark.values },
      ]),
    ),
  };
}
