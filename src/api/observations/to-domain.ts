import { parsePeriod, type Period } from '../../domain/period.ts';
import type { NationalCoverage } from '../../domain/indicators.ts';
import type { Observation } from '../../domain/observation.ts';
import type { EraId, Scope } from '../../domain/units.ts';
import type { ObservationsResponse } from './schema.ts';

/** One indicator for one period, keyed by unit code, as the domain reads it. */
export interface ObservationSet {
  readonly indicatorId: string;
  readonly period: Period;
  readonly scope: Scope;
  /** The era whose units reported the period. */
  readonly era: EraId;
  readonly updatedAt: string;
  readonly national: Observation;
  /** Who `national` covers: the whole country, or the reporting scope alone ("Các địa phương"). */
  readonly coverage: NationalCoverage;
  /** The scope's own total where `national` covers provinces and ministries together. */
  readonly scopeTotal?: Observation;
  readonly byCode: ReadonlyMap<string, Observation>;
}

export function toObservationSet(response: ObservationsResponse): ObservationSet {
  const period = parsePeriod(response.period);
  // The schema has checked the pattern; a null here is a contract bug, not bad data.
  if (!period) throw new Error(`Unparseable period ${response.period}`);
  return {
    indicatorId: response.indicatorId,
    period,
    scope: response.scope,
    era: response.era,
    updatedAt: response.updatedAt,
    national: response.national,
    coverage: response.coverage,
    ...(response.scopeTotal ? { scopeTotal: response.scopeTotal } : {}),
    byCode: new Map(response.rows.map(({ code, ...observation }) => [code, observation])),
  };
}
