/**
 * The span of a weight series a trend asks for, so that every period of the trend finds its weight and no
 * period outside the feed's range is asked for (the feed answers such a request with 404, and no retry can
 * fix it). Pure.
 */
import { weightPeriodFor } from '../../domain/era-figures.ts';
import { periodEnd, periodRange, yearPeriod, type Frequency, type Period } from '../../domain/period.ts';
import { provinceEraAt } from '../../domain/units.ts';

export interface WeightRange {
  readonly frequency: Frequency;
  readonly from: Period;
  readonly to: Period;
}

/**
 * The weights of a trend from `from` to `to` (periods of `frequency`): the same span when the weight
 * indicator publishes that frequency, otherwise the earliest to the latest of the years
 * {@link weightPeriodFor} picks for its periods. A trend from January 2022 needs weights from 2022, not
 * 2021; one that starts in the first half of 2025 (reported by the 63, weighted with 2024) needs 2024.
 */
export function weightRange(
  weightFrequencies: readonly Frequency[],
  frequency: Frequency,
  from: Period,
  to: Period,
  latestYear: number,
): WeightRange {
  if (weightFrequencies.includes(frequency)) return { frequency, from, to };
  const periods = periodRange(from, to);
  const years = (periods.length > 0 ? periods : [from]).map(
    (p) => weightPeriodFor(weightFrequencies, p, provinceEraAt(periodEnd(p)), latestYear).year,
  );
  return {
    frequency: 'year',
    from: yearPeriod(Math.min(...years)),
    to: yearPeriod(Math.max(...years)),
  };
}
