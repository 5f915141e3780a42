/**
 * The indicator catalog: what each figure is, how to read it and how units combine. The catalog is
 * data served by the feed; this module holds its type and the rules that depend on it.
 */
import type { LocalizedText, Scope } from './units.ts';
import type { Frequency } from './period.ts';

/** The five boards: socio-economic, public service (Decision 766), internal procedures, tasks, reporting. */
export type IndicatorGroup =
  'socio-economic' | 'public-service' | 'internal-procedures' | 'tasks' | 'reporting';

export const INDICATOR_GROUPS: readonly IndicatorGroup[] = [
  'socio-economic',
  'public-service',
  'internal-procedures',
  'tasks',
  'reporting',
];

export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

/**
 * What a value measures, which decides how it is written and how it changes:
 * - `percent`: a share or a rate, written "8,02%"; changes in percentage points;
 * - `growth`: a rate of change already ("GRDP tăng 8,02%"); changes in percentage points;
 * - `amount`: money in `currency` times `multiplier`; changes in per cent;
 * - `count`: things counted (enterprises, tasks); changes in per cent;
 * - `score`: points out of `max` (the Decision 766 index); changes in points.
 */
export type ValueKind = 'percent' | 'growth' | 'amount' | 'count' | 'score';

export interface IndicatorUnit {
  readonly kind: ValueKind;
  /** How many base units one reported unit is: 1e9 for "tỷ đồng", 1e6 for "triệu USD". */
  readonly multiplier: number;
  readonly currency?: 'VND' | 'USD';
  /** The unit as written after a number ("%", "tỷ đồng", "doanh nghiệp", "điểm"). */
  readonly label: LocalizedText;
  /** The top of the scale for scores (100 for the 766 index). */
  readonly max?: number;
}

/**
 * How the values of several units combine into one (63 former units into one of the 34, units into
 * a region or the nation):
 * - `sum`: additive flows and stocks;
 * - `weighted-mean`: a rate averaged with weights from another indicator of the same period or,
 *   for an annual weight, of the latest year available (CPI by population, growth by GRDP);
 * - `ratio`: recomputed from the sums of a numerator and a denominator indicator, times `scale`;
 * - `none`: cannot be combined (a score computed from the dossiers themselves); the result is an explicit
 *   "not comparable", never a number.
 */
export type AggregationRule =
  | { readonly kind: 'sum' }
  | { readonly kind: 'weighted-mean'; readonly weightIndicatorId: string }
  | {
      readonly kind: 'ratio';
      readonly numeratorId: string;
      readonly denominatorId: string;
      readonly scale: number;
    }
  | { readonly kind: 'none' };

export type TargetKind = 'plan' | 'estimate';

export interface Indicator {
  readonly id: string;
  readonly name: LocalizedText;
  /** A short form for tiles and axes; falls back to `name`. */
  readonly shortName?: LocalizedText;
  readonly group: IndicatorGroup;
  readonly unit: IndicatorUnit;
  /** The frequencies the feed publishes, most frequent first. */
  readonly frequencies: readonly Frequency[];
  readonly polarity: Polarity;
  readonly aggregation: AggregationRule;
  readonly decimals: number;
  readonly source: LocalizedText;
  /** Values accumulate from January ("lũy kế"): October's value covers January–October. */
  readonly cumulative: boolean;
  /** The annual plan ("kế hoạch") or budget estimate ("dự toán") the value is read against, if any. */
  readonly target?: TargetKind;
  /** Who the indicator is published for besides the nation. */
  readonly scopes: readonly Scope[];
  /** Shown as a KPI tile on its group's board. */
  readonly headline: boolean;
}

/** Changes of percentages, growth rates and scores are differences; of amounts and counts, ratios. */
export function changeKind(unit: IndicatorUnit): 'difference' | 'relative' {
  return unit.kind === 'amount' || unit.kind === 'count' ? 'relative' : 'difference';
}
