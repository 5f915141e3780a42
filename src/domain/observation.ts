/**
 * Observations and how leaders read them: against the same period last year, against the plan, with
 * the data stage (estimate, preliminary, official). Missing is a status, never a zero.
 */
import { changeKind, type Indicator, type Polarity } from './indicators.ts';
import { roundTo } from './rounding.ts';

// The mock data set rounds its figures with the same rule and imports it from here.
export { roundTo };

/** Data stages in increasing order of finality, plus "missing". */
export type ObservationStatus = 'estimate' | 'preliminary' | 'official' | 'missing';

/** Why a value is missing: the agency reported late, not at all, or the figure does not apply to it. */
export type MissingReason = 'late' | 'not-reported' | 'not-applicable';

export interface Observation {
  /** In the indicator's unit (its multiplier applied by formatting); null exactly when status is missing. */
  readonly value: number | null;
  readonly status: ObservationStatus;
  /** The same period a year earlier, on the same territorial basis; null when unknown. */
  readonly previousYear: number | null;
  /** The annual plan or budget estimate for the indicator's target kind; null when there is none. */
  readonly target: number | null;
  readonly missingReason?: MissingReason;
}

const FINALITY: Record<ObservationStatus, number> = { missing: 0, estimate: 1, preliminary: 2, official: 3 };

/**
 * The status of a figure computed from several: the least final of them. A sum of one estimated and two
 * official values is an estimate. Missing parts make the whole missing.
 */
export function combineStatuses(statuses: readonly ObservationStatus[]): ObservationStatus {
  if (statuses.length === 0) return 'missing';
  return statuses.reduce((least, s) => (FINALITY[s] < FINALITY[least] ? s : least));
}

export type Direction = 'up' | 'down' | 'flat';
/** How a change reads given the indicator's polarity: a rising CPI is bad, a rising disbursement good. */
export type Tone = 'good' | 'bad' | 'neutral';

export interface Change {
  /** `difference`: in the indicator's unit (percentage points, points); `relative`: per cent. */
  readonly kind: 'difference' | 'relative';
  readonly value: number;
  readonly direction: Direction;
  readonly tone: Tone;
}

/**
 * The change of `current` against `reference` for `indicator`, or null when either is missing or a
 * relative change would divide by zero. Changes that round to zero at the indicator's decimals are flat.
 */
export function computeChange(
  indicator: Pick<Indicator, 'unit' | 'polarity' | 'decimals'>,
  current: number | null,
  reference: number | null,
): Change | null {
  if (current === null || reference === null) return null;
  const kind = changeKind(indicator.unit);
  let value: number;
  if (kind === 'difference') {
    value = current - reference;
  } else {
    if (reference === 0) return null;
    value = ((current - reference) / Math.abs(reference)) * 100;
  }
  const shownDecimals = kind === 'difference' ? indicator.decimals : 1;
  const direction = directionOf(value, shownDecimals);
  return { kind, value, direction, tone: toneOf(direction, indicator.polarity) };
}

function directionOf(value: number, decimals: number): Direction {
  const rounded = roundTo(value, decimals);
  if (rounded === 0) return 'flat';
  return rounded > 0 ? 'up' : 'down';
}

export function toneOf(direction: Direction, polarity: Polarity): Tone {
  if (direction === 'flat' || polarity === 'neutral') return 'neutral';
  const good = polarity === 'higher-is-better' ? 'up' : 'down';
  return direction === good ? 'good' : 'bad';
}

/**
 * Share of the annual plan or estimate achieved, in per cent; null without a target. Only meaningful
 * for amounts and counts: a rate such as "% kế hoạch giải ngân" is already that share.
 */
export function shareOfTarget(
  indicator: Pick<Indicator, 'unit' | 'target'>,
  observation: Pick<Observation, 'value' | 'target'>,
): number | null {
  if (!indicator.target || observation.value === null || observation.target === null) return null;
  if (indicator.unit.kind !== 'amount' && indicator.unit.kind !== 'count') return null;
  if (observation.target <= 0) return null;
  return (observation.value / observation.target) * 100;
}
