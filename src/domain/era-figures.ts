/**
 * Figures of one indicator for one period on the map of either era. Feeds report a period by the units
 * in force at its end (the 63 until June 2025, the 34 since); this module converts, where the indicator's
 * rule allows it, to the era the reader asked for:
 * - 63 → 34: re-aggregation by rule ({@link reaggregateTo34}), the same period-last-year and target too;
 * - 34 → 63: only unchanged units carry over; a merged unit's figure cannot be split.
 */
import {
  aggregate,
  disaggregateTo63,
  reaggregateTo34,
  type AggregateResult,
  type AggregationPart,
} from './aggregate.ts';
import type { AggregationRule, Indicator } from './indicators.ts';
import type { MissingReason, Observation, ObservationStatus } from './observation.ts';
import { periodEnd, previousPeriod, yearPeriod, type Frequency, type Period } from './period.ts';
import { rankUnits, type RankInput, type Ranking } from './rank.ts';
import {
  mergerMap,
  PROVINCE_ERA_CHANGE,
  provinceEraAt,
  type AdminUnit,
  type EraId,
  type ProvinceEraId,
} from './units.ts';

/** The observations of one indicator and period, keyed by the code of the reporting era's units. */
export interface ReportedObservations {
  readonly era: EraId;
  readonly byCode: ReadonlyMap<string, Observation>;
}

/** What a rule needs besides the indicator's own figures: components for a ratio, weights for a mean. */
export interface RuleInputs {
  readonly numerator?: ReportedObservations;
  readonly denominator?: ReportedObservations;
  readonly weight?: ReportedObservations;
}

export type FigureState = 'value' | 'missing' | 'not-comparable';

export interface EraFigure {
  readonly code: string;
  readonly state: FigureState;
  /** Null unless `state` is 'value'. */
  readonly value: number | null;
  readonly status: ObservationStatus;
  readonly missingReason?: MissingReason;
  readonly previousYear: number | null;
  readonly target: number | null;
  /** True when the figure was computed from the other era's units. */
  readonly converted: boolean;
}

export type Conversion = 'none' | 'aggregated' | 'disaggregated';

export interface EraFigures {
  /** The era of the units keyed: a province era, or a ministry set for ministries (never converted). */
  readonly era: EraId;
  readonly conversion: Conversion;
  readonly byCode: ReadonlyMap<string, EraFigure>;
}

/**
 * The figures as reported, no conversion: what a board of ministries shows (their sets are not merged
 * on the client; a note says how the former bodies map to the new ones).
 */
export function asReported(era: EraId, reported: ReportedObservations): EraFigures {
  const byCode = new Map<string, EraFigure>();
  for (const [code, o] of reported.byCode) {
    byCode.set(code, {
      code,
      state: o.value === null ? 'missing' : 'value',
      value: o.value,
      status: o.status,
      ...(o.missingReason ? { missingReason: o.missingReason } : {}),
      previousYear: o.previousYear,
      target: o.target,
      converted: false,
    });
  }
  return { era, conversion: 'none', byCode };
}

/**
 * The figures of `reported` on the map of `era`. `units34` provides the merger map. `inputs` must hold
 * what the rule needs when converting 63 → 34 (numerator and denominator for a ratio, weights for a
 * weighted mean); without them the merged units are missing, never guessed.
 */
export function figuresForEra(
  era: ProvinceEraId,
  rule: AggregationRule,
  reported: ReportedObservations,
  units34: readonly AdminUnit[],
  inputs: RuleInputs = {},
): EraFigures {
  if (reported.era === era) return asReported(era, reported);
  if (era === '34' && reported.era === '63') return aggregated(rule, reported, units34, inputs);
  if (era === '63' && reported.era === '34') return disaggregated(reported, units34);
  throw new Error(`Cannot show figures of era ${reported.era} on the map of era ${era}`);
}

type Field = 'value' | 'previousYear' | 'target';

function partsFor(
  field: Field,
  rule: AggregationRule,
  reported: ReportedObservations,
  inputs: RuleInputs,
): Map<string, AggregationPart> {
  const parts = new Map<string, AggregationPart>();
  for (const [code, o] of reported.byCode) {
    const weight = inputs.weight?.byCode.get(code)?.value ?? null;
    const numerator = inputs.numerator?.byCode.get(code);
    const denominator = inputs.denominator?.byCode.get(code);
    const value = o[field];
    const present = value !== null && (field !== 'value' || o.status !== 'missing');
    // A ratio's period-last-year is recomputed from the components' own period-last-year; its target,
    // a level such as 20%, is averaged with the denominators as weights.
    let num: number | null = null;
    let den: number | null = null;
    if (rule.kind === 'ratio') {
      if (field === 'target') {
        num = value !== null && denominator?.value != null ? value * denominator.value : null;
        den = denominator?.value ?? null;
      } else {
        num = numerator?.[field] ?? null;
        den = denominator?.[field] ?? null;
      }
    }
    parts.set(code, {
      code,
      value: present ? value : null,
      status: field === 'value' ? o.status : 'official',
      weight,
      numerator: num,
      denominator: den,
    });
  }
  return parts;
}

function aggregated(
  rule: AggregationRule,
  reported: ReportedObservations,
  units34: readonly AdminUnit[],
  inputs: RuleInputs,
): EraFigures {
  const values = reaggregateTo34(rule, units34, partsFor('value', rule, reported, inputs));
  const previous = reaggregateTo34(rule, units34, partsFor('previousYear', rule, reported, inputs));
  const targets = reaggregateTo34(rule, units34, partsFor('target', rule, reported, inputs));
  const merger = mergerMap(units34);
  const byCode = new Map<string, EraFigure>();
  for (const [code, result] of values) {
    const formers = merger.get(code) ?? [];
    const converted = formers.length > 1;
    byCode.set(code, {
      code,
      ...stateOf(result, formers, reported),
      previousYear: numberOf(previous.get(code)),
      target: numberOf(targets.get(code)),
      converted,
    });
  }
  return { era: '34', conversion: 'aggregated', byCode };
}

function stateOf(
  result: AggregateResult,
  formers: readonly string[],
  reported: ReportedObservations,
): Pick<EraFigure, 'state' | 'value' | 'status' | 'missingReason'> {
  switch (result.kind) {
    case 'value':
      return { state: 'value', value: result.value, status: result.status };
    case 'not-comparable':
      return { state: 'not-comparable', value: null, status: 'missing' };
    case 'missing': {
      // A merged unit is late if any former unit was late; otherwise it was not reported.
      const reasons = (result.missingCodes.length ? result.missingCodes : formers).map(
        (code) => reported.byCode.get(code)?.missingReason,
      );
      const missingReason: MissingReason = reasons.includes('late')
        ? 'late'
        : reasons.includes('not-applicable') && reasons.every((r) => r === 'not-applicable')
          ? 'not-applicable'
          : 'not-reported';
      return { state: 'missing', value: null, status: 'missing', missingReason };
    }
  }
}

function numberOf(result: AggregateResult | undefined): number | null {
  return result?.kind === 'value' ? result.value : null;
}

function disaggregated(reported: ReportedObservations, units34: readonly AdminUnit[]): EraFigures {
  const results = disaggregateTo63(units34, reported.byCode);
  const byCode = new Map<string, EraFigure>();
  for (const [current, formers] of mergerMap(units34)) {
    const source = reported.byCode.get(current);
    for (const former of formers) {
      const result = results.get(former);
      const unchanged = formers.length === 1;
      if (result?.kind === 'value') {
        byCode.set(former, {
          code: former,
          state: 'value',
          value: result.value,
          status: result.status,
          previousYear: unchanged ? (source?.previousYear ?? null) : null,
          target: unchanged ? (source?.target ?? null) : null,
          converted: false,
        });
      } else if (result?.kind === 'missing') {
        byCode.set(former, {
          code: former,
          state: 'missing',
          value: null,
          status: 'missing',
          missingReason: source?.missingReason ?? 'not-reported',
          previousYear: null,
          target: null,
          converted: false,
        });
      } else {
        byCode.set(former, {
          code: former,
          state: 'not-comparable',
          value: null,
          status: 'missing',
          previousYear: null,
          target: null,
          converted: true,
        });
      }
    }
  }
  return { era: '63', conversion: 'disaggregated', byCode };
}

/**
 * The aggregate of some units' figures by the indicator's rule, for a region average or a group of
 * peers. `inputs` as for {@link figuresForEra}, keyed by the same era's codes.
 */
export function aggregateFigures(
  rule: AggregationRule,
  codes: readonly string[],
  reported: ReportedObservations,
  inputs: RuleInputs = {},
): AggregateResult {
  const parts = partsFor('value', rule, reported, inputs);
  return aggregate(
    rule,
    codes.map((code) => parts.get(code) ?? { code, value: null, status: 'missing' }),
  );
}

/**
 * The period whose weights combine a weighted mean for `period`: the same period when the weight
 * indicator publishes that frequency, otherwise the period's year; stepped back a year when that year
 * was reported by another era than the figures being combined (2025 is reported by the 34, so the 63's
 * figures of early 2025 are weighted with 2024), and never later than the latest year published.
 */
export function weightPeriodFor(
  weightFrequencies: readonly Frequency[],
  period: Period,
  reportedEra: ProvinceEraId,
  latestYear: number,
): Period {
  if (weightFrequencies.includes(period.frequency)) return period;
  let year = Math.min(period.year, latestYear);
  if (provinceEraAt(periodEnd(yearPeriod(year))) !== reportedEra) year -= 1;
  return yearPeriod(year);
}

/**
 * The observations a figure on the map of `era` is computed from: the indicator's own for `period`, and,
 * only when the 63's figures go on the map of the 34, what its rule needs to re-aggregate them (the
 * components of a ratio, the weights of a weighted mean at {@link weightPeriodFor}). The era that
 * reported a period follows from its last day, so every request can start at once.
 */
export interface ConversionPlan {
  readonly main: string;
  readonly numerator?: string;
  readonly denominator?: string;
  readonly weight?: { readonly id: string; readonly period: Period };
}

export function planConversion(
  indicator: Indicator,
  period: Period,
  era: ProvinceEraId,
  catalog: readonly Indicator[],
  latestYear: number,
): ConversionPlan {
  const reportedEra = provinceEraAt(periodEnd(period));
  if (!(era === '34' && reportedEra === '63')) return { main: indicator.id };
  const rule = indicator.aggregation;
  if (rule.kind === 'ratio') {
    return { main: indicator.id, numerator: rule.numeratorId, denominator: rule.denominatorId };
  }
  if (rule.kind === 'weighted-mean') {
    const weight = catalog.find((i) => i.id === rule.weightIndicatorId);
    if (!weight) return { main: indicator.id };
    return {
      main: indicator.id,
      weight: { id: weight.id, period: weightPeriodFor(weight.frequencies, period, reportedEra, latestYear) },
    };
  }
  return { main: indicator.id };
}

/**
 * The league table of `figures`: units with a value ranked by the indicator's polarity at its decimals;
 * the others unranked with their reason ('not-comparable' for a merged unit whose figure cannot be
 * combined, else why it is missing).
 */
export function rankEraFigures(
  indicator: Pick<Indicator, 'polarity' | 'decimals'>,
  figures: EraFigures,
): Ranking {
  const inputs: RankInput[] = [...figures.byCode.values()].map((f) => ({
    code: f.code,
    value: f.state === 'value' ? f.value : null,
    reason: f.state === 'not-comparable' ? 'not-comparable' : (f.missingReason ?? 'missing'),
  }));
  return rankUnits(inputs, { polarity: indicator.polarity, decimals: indicator.decimals });
}

/**
 * The latest period of `latest`'s frequency that the units of `era` reported: `latest` itself for the
 * 34; for the 63, the last one that ended before the 34 took over ({@link PROVINCE_ERA_CHANGE}).
 */
export function lastPeriodOfEra(latest: Period, era: ProvinceEraId): Period {
  if (era === '34') return latest;
  let period = latest;
  while (periodEnd(period) >= PROVINCE_ERA_CHANGE) period = previousPeriod(period);
  return period;
}
