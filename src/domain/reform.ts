/**
 * Internal administrative procedure reform under the plan of Decision 1085/QĐ-TTg (15/9/2022): review
 * and simplify at least 20 % of the internal procedures in the published lists by the end of 2025.
 *
 * The status of a unit (đạt, có nguy cơ không đạt, không đạt) is decided by a rule kept as data
 * ({@link ReformRule}), so the legend can state it and a later plan can replace it: the target is
 * spread evenly over the plan's quarters (pro rata), a unit is on track when its share simplified
 * reaches the share expected by the quarter shown, at risk when it reaches {@link ReformRule.atRiskRatio}
 * of it, behind below that. At the plan's last quarter the target itself decides: met or not met.
 * After the plan has ended, boards show its final result (the last quarter) and say so.
 */
import {
  comparePeriods,
  periodLastMonth,
  periodsBetween,
  quarterPeriod,
  type Period,
  type QuarterPeriod,
} from './period.ts';

export interface ReformRule {
  /** Share of the procedures in scope to simplify by the end of the plan, per cent. */
  readonly targetPercent: number;
  /** First quarter the plan counts (the lists were published from the fourth quarter of 2022). */
  readonly firstQuarter: QuarterPeriod;
  /** The plan's last quarter: its result is final. */
  readonly lastQuarter: QuarterPeriod;
  /** At or above this fraction of the expected share a unit is at risk rather than behind. */
  readonly atRiskRatio: number;
}

/**
 * Decision 1085/QĐ-TTg: 20 % by the end of 2025, counted from 2022-Q4 (13 quarters); at risk from 80 %
 * of the pro-rata share. The 80 % line is the dashboard's, not the plan's: the plan sets only the target.
 */
export const PLAN_1085: ReformRule = {
  targetPercent: 20,
  firstQuarter: quarterPeriod(2022, 4),
  lastQuarter: quarterPeriod(2025, 4),
  atRiskRatio: 0.8,
};

export const REFORM_STATUSES = ['met', 'at-risk', 'not-met'] as const;
export type ReformStatus = (typeof REFORM_STATUSES)[number];

/** Number of quarters the plan runs (13 for Decision 1085). */
export function planQuarters(rule: ReformRule = PLAN_1085): number {
  return periodsBetween(rule.firstQuarter, rule.lastQuarter) + 1;
}

/**
 * The share simplified the plan expects by the end of `quarter`, per cent: the target times the
 * quarters elapsed over the plan's quarters (20 × 4/13 ≈ 6.2 at the end of 2023-Q3); 0 before the plan,
 * the target from its last quarter on.
 */
export function expectedShare(quarter: QuarterPeriod, rule: ReformRule = PLAN_1085): number {
  const elapsed = periodsBetween(rule.firstQuarter, quarter) + 1;
  const total = planQuarters(rule);
  if (elapsed <= 0) return 0;
  return (rule.targetPercent * Math.min(elapsed, total)) / total;
}

export interface ReformFigures {
  readonly inScope: number;
  readonly reviewed: number;
  readonly simplified: number;
  readonly costSavedBillionVnd: number;
}

/** Share of the procedures in scope simplified, per cent; null when none is in scope. */
export function simplifiedShare(figures: Pick<ReformFigures, 'inScope' | 'simplified'>): number | null {
  return figures.inScope > 0 ? (100 * figures.simplified) / figures.inScope : null;
}

/** Share reviewed, per cent; null when none is in scope. */
export function reviewedShare(figures: Pick<ReformFigures, 'inScope' | 'reviewed'>): number | null {
  return figures.inScope > 0 ? (100 * figures.reviewed) / figures.inScope : null;
}

/**
 * The status of a unit at the end of `quarter` (a quarter of the plan); null when it has nothing in
 * scope. At the plan's last quarter only met and not met remain.
 */
export function reformStatus(
  figures: Pick<ReformFigures, 'inScope' | 'simplified'>,
  quarter: QuarterPeriod,
  rule: ReformRule = PLAN_1085,
): ReformStatus | null {
  const share = simplifiedShare(figures);
  if (share === null) return null;
  if (comparePeriods(quarter, rule.lastQuarter) >= 0) return share >= rule.targetPercent ? 'met' : 'not-met';
  const expected = expectedShare(quarter, rule);
  if (share >= expected) return 'met';
  return share >= expected * rule.atRiskRatio ? 'at-risk' : 'not-met';
}

/** What a board shows for a period the reader picked. */
export type ReformView =
  | { readonly kind: 'before-plan'; readonly requested: Period }
  | { readonly kind: 'in-plan'; readonly requested: Period; readonly quarter: QuarterPeriod }
  /** The plan has ended: the final result, of the plan's last quarter. */
  | { readonly kind: 'after-plan'; readonly requested: Period; readonly quarter: QuarterPeriod };

/**
 * The quarter whose figures answer `requested`: a month reads the quarter it falls in, a half-year or a
 * year its last quarter; a period after the plan reads the plan's last quarter (the final result of 2025), one
 * before the plan reads nothing.
 */
export function reformView(requested: Period, rule: ReformRule = PLAN_1085): ReformView {
  const quarter =
    requested.frequency === 'quarter'
      ? requested
      : quarterPeriod(requested.year, Math.ceil(periodLastMonth(requested) / 3));
  if (comparePeriods(quarter, rule.firstQuarter) < 0) return { kind: 'before-plan', requested };
  if (comparePeriods(quarter, rule.lastQuarter) > 0) {
    return { kind: 'after-plan', requested, quarter: rule.lastQuarter };
  }
  return { kind: 'in-plan', requested, quarter };
}

export interface ReformRow {
  readonly code: string;
  readonly figures: ReformFigures;
  readonly share: number | null;
  readonly status: ReformStatus | null;
}

/** Each unit's share and status at `quarter`. */
export function reformRows(
  rows: readonly { readonly code: string; readonly figures: ReformFigures }[],
  quarter: QuarterPeriod,
  rule: ReformRule = PLAN_1085,
): ReformRow[] {
  return rows.map((r) => ({
    code: r.code,
    figures: r.figures,
    share: simplifiedShare(r.figures),
    status: reformStatus(r.figures, quarter, rule),
  }));
}

/** How many units are in each status (units without a status are left out). */
export function countByReformStatus(rows: readonly ReformRow[]): Record<ReformStatus, number> {
  const counts: Record<ReformStatus, number> = { met: 0, 'at-risk': 0, 'not-met': 0 };
  for (const r of rows) if (r.status) counts[r.status]++;
  return counts;
}
