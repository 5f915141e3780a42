import { parsePeriod, type Period } from '../../domain/period.ts';
import type { ObservationStatus, MissingReason } from '../../domain/observation.ts';
import type { EraId, Scope } from '../../domain/units.ts';
import type { Scores766Response } from './schema.ts';

export interface ScoreRow {
  readonly code: string;
  readonly total: number | null;
  /** Aligned with `COMPONENTS_766` (the feed sends the portal's order, checked here). */
  readonly scores: readonly (number | null)[];
  readonly status: ObservationStatus;
  readonly missingReason?: MissingReason;
  readonly rank: number | null;
  readonly previousRank: number | null;
  readonly rankChange: number | null;
  readonly previousTotal: number | null;
}

export interface ScoreTable {
  readonly period: Period;
  readonly previousPeriod: Period | null;
  readonly scope: Scope;
  readonly era: EraId;
  readonly updatedAt: string;
  readonly national: {
    readonly total: number | null;
    readonly scores: readonly (number | null)[];
    readonly previousTotal: number | null;
  };
  readonly rows: readonly ScoreRow[];
}

function periodOf(key: string): Period {
  const p = parsePeriod(key);
  if (!p) throw new Error(`Unparseable period ${key}`);
  return p;
}

export function toScoreTable(response: Scores766Response): ScoreTable {
  return {
    period: periodOf(response.period),
    previousPeriod: response.previousPeriod === null ? null : periodOf(response.previousPeriod),
    scope: response.scope,
    era: response.era,
    updatedAt: response.updatedAt,
    national: response.national,
    rows: response.rows,
  };
}
