/**
 * Combining the figures of several units into one by the indicator's aggregation rule: the 63 former
 * units into the 34 for periods before July 2025, units into a region, units into the nation.
 *
 * Two rules hold throughout: a missing part makes the whole missing (a partial sum would understate the
 * unit, and nobody can see that it did), and percentages are never averaged: rates are recomputed from
 * their components or weighted.
 */
import type { AggregationRule } from './indicators.ts';
import { combineStatuses, type ObservationStatus } from './observation.ts';
import type { AdminUnit } from './units.ts';
import { mergerMap } from './units.ts';

/** One unit's contribution; `weight`, `numerator` and `denominator` are read only by the rules that use them. */
export interface AggregationPart {
  readonly code: string;
  readonly value: number | null;
  readonly status: ObservationStatus;
  readonly weight?: number | null;
  readonly numerator?: number | null;
  readonly denominator?: number | null;
}

export type AggregateResult =
  | { readonly kind: 'value'; readonly value: number; readonly status: ObservationStatus }
  /** At least one part lacks what the rule needs; `missingCodes` says which, for the tooltip. */
  | { readonly kind: 'missing'; readonly missingCodes: readonly string[] }
  /** The rule forbids combining (the indicator is not aggregatable): say "không so sánh được". */
  | { readonly kind: 'not-comparable' };

/**
 * Aggregates `parts` by `rule`.
 * - `sum`: Σ value.
 * - `weighted-mean`: Σ(weight × value) / Σ weight; weights must be positive.
 * - `ratio`: Σ numerator / Σ denominator × scale; a zero denominator total is missing, not infinite.
 * - `none`: always not comparable, even for a single part, so that the map never silently shows a
 *   converted figure for an indicator whose rule forbids conversion. Callers with a 1:1 mapping should
 *   pass the value through themselves (see {@link reaggregateTo34}).
 * The status of the result is the least final status of the parts (an estimate taints the sum).
 */
export function aggregate(rule: AggregationRule, parts: readonly AggregationPart[]): AggregateResult {
  if (rule.kind === 'none') return { kind: 'not-comparable' };
  if (parts.length === 0) return { kind: 'missing', missingCodes: [] };

  const missing = parts.filter((p) => !hasInputs(rule, p)).map((p) => p.code);
  if (missing.length > 0) return { kind: 'missing', missingCodes: missing };

  const status = combineStatuses(parts.map((p) => p.status));
  switch (rule.kind) {
    case 'sum':
      return { kind: 'value', value: sum(parts.map((p) => p.value as number)), status };
    case 'weighted-mean': {
      const totalWeight = sum(parts.map((p) => p.weight as number));
      if (totalWeight <= 0) return { kind: 'missing', missingCodes: parts.map((p) => p.code) };
      const weighted = sum(parts.map((p) => (p.weight as number) * (p.value as number)));
      return { kind: 'value', value: weighted / totalWeight, status };
    }
    case 'ratio': {
      const denominator = sum(parts.map((p) => p.denominator as number));
      if (denominator === 0) return { kind: 'missing', missingCodes: parts.map((p) => p.code) };
      const numerator = sum(parts.map((p) => p.numerator as number));
      return { kind: 'value', value: (numerator / denominator) * rule.scale, status };
    }
  }
}

function hasInputs(rule: AggregationRule, part: AggregationPart): boolean {
  if (part.status === 'missing') return false;
  switch (rule.kind) {
    case 'sum':
      return isNumber(part.value);
    case 'weighted-mean':
      return isNumber(part.value) && isNumber(part.weight) && (part.weight as number) > 0;
    case 'ratio':
      return isNumber(part.numerator) && isNumber(part.denominator);
    case 'none':
      return false;
  }
}

function isNumber(x: number | null | undefined): boolean {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Kahan-free plain sum: inputs are a few dozen figures of similar magnitude. */
function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * Re-aggregates figures reported by the 63 former units onto the 34 current ones.
 * `parts` holds the former units' figures keyed by former code. A unit of the 34 that is one former unit
 * unchanged (11 of them) takes its figure as is, whatever the rule: same territory, same number. For the
 * others the rule decides; for `none` they are not comparable.
 */
export function reaggregateTo34(
  rule: AggregationRule,
  units34: readonly AdminUnit[],
  parts: ReadonlyMap<string, AggregationPart>,
): Map<string, AggregateResult> {
  const result = new Map<string, AggregateResult>();
  for (const [code, formerCodes] of mergerMap(units34)) {
    const unitParts = formerCodes.map(
      (former): AggregationPart => parts.get(former) ?? { code: former, value: null, status: 'missing' },
    );
    const only = unitParts.length === 1 ? unitParts[0] : undefined;
    if (only) {
      result.set(
        code,
        only.value !== null && only.status !== 'missing'
          ? { kind: 'value', value: only.value, status: only.status }
          : { kind: 'missing', missingCodes: [only.code] },
      );
    } else {
      result.set(code, aggregate(rule, unitParts));
    }
  }
  return result;
}

export type DisaggregateResult =
  | { readonly kind: 'value'; readonly value: number; readonly status: ObservationStatus }
  | { readonly kind: 'missing' }
  /** The former unit is part of a merged unit: its own share of the current figure is unknown. */
  | { readonly kind: 'not-comparable' };

/**
 * Shows figures reported by the 34 on the map of the 63: only a former unit that continues unchanged
 * can take the current unit's figure; a merged unit's figure cannot be split, whatever the rule.
 */
export function disaggregateTo63(
  units34: readonly AdminUnit[],
  figures34: ReadonlyMap<string, { readonly value: number | null; readonly status: ObservationStatus }>,
): Map<string, DisaggregateResult> {
  const result = new Map<string, DisaggregateResult>();
  for (const [code, formerCodes] of mergerMap(units34)) {
    const figure = figures34.get(code);
    for (const former of formerCodes) {
      if (formerCodes.length > 1) {
        result.set(former, { kind: 'not-comparable' });
      } else if (!figure || figure.value === null || figure.status === 'missing') {
        result.set(former, { kind: 'missing' });
      } else {
        result.set(former, { kind: 'value', value: figure.value, status: figure.status });
      }
    }
  }
  return result;
}
