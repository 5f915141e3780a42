import type { NationalCoverage } from '../../domain/indicators.ts';
import type { ObservationStatus } from '../../domain/observation.ts';
import { parsePeriod, type Frequency, type Period } from '../../domain/period.ts';
import type { EraId } from '../../domain/units.ts';
import type { SeriesResponse } from './schema.ts';

export interface SeriesLine {
  readonly values: readonly (number | null)[];
  readonly statuses: readonly ObservationStatus[];
  readonly targets?: readonly (number | null)[];
}

export interface UnitSeries extends SeriesLine {
  readonly era: EraId;
  readonly code: string;
}

/** An indicator over a range of periods: aligned arrays for the nation and for each unit of each era. */
export interface SeriesSet {
  readonly indicatorId: string;
  readonly frequency: Frequency;
  readonly periods: readonly Period[];
  readonly national: SeriesLine;
  /** Who the national line covers (see `ObservationSet.coverage`). */
  readonly coverage: NationalCoverage;
  readonly units: readonly UnitSeries[];
}

export function toSeriesSet(response: SeriesResponse): SeriesSet {
  return {
    indicatorId: response.indicatorId,
    frequency: response.frequency,
    periods: response.periods.map((key) => {
      const period = parsePeriod(key);
      if (!period) throw new Error(`Unparseable period ${key}`);
      return period;
    }),
    national: response.national,
    coverage: response.coverage,
    units: response.units,
  };
}
