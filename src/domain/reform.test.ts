import { describe, expect, it } from 'vitest';
import { monthPeriod, quarterPeriod, yearPeriod } from './period.ts';
import {
  countByReformStatus,
  expectedShare,
  PLAN_1085,
  planQuarters,
  reformRows,
  reformStatus,
  reformView,
  simplifiedShare,
} from './reform.ts';

describe('the rule of Decision 1085/QĐ-TTg, pro rata over its quarters', () => {
  it('runs 13 quarters, 2022-Q4 to 2025-Q4, towards 20 %', () => {
    expect(planQuarters()).toBe(13);
    expect(PLAN_1085.targetPercent).toBe(20);
    expect(expectedShare(quarterPeriod(2022, 4))).toBeCloseTo(20 / 13, 9);
    expect(expectedShare(quarterPeriod(2024, 4))).toBeCloseTo((20 * 9) / 13, 9);
    expect(expectedShare(quarterPeriod(2025, 4))).toBe(20);
    expect(expectedShare(quarterPeriod(2022, 3))).toBe(0);
  });

  it('on track at the expected share, at risk from 80 % of it, behind below (2024-Q4: 13.85 %, risk from 11.08 %)', () => {
    const q = quarterPeriod(2024, 4);
    expect(reformStatus({ inScope: 100, simplified: 14 }, q)).toBe('met');
    expect(reformStatus({ inScope: 100, simplified: 12 }, q)).toBe('at-risk');
    expect(reformStatus({ inScope: 1000, simplified: 111 }, q)).toBe('at-risk');
    expect(reformStatus({ inScope: 1000, simplified: 110 }, q)).toBe('not-met');
    expect(reformStatus({ inScope: 0, simplified: 0 }, q)).toBeNull();
  });

  it('at the plan’s end only the target counts: met or not met', () => {
    const end = quarterPeriod(2025, 4);
    expect(reformStatus({ inScope: 100, simplified: 20 }, end)).toBe('met');
    expect(reformStatus({ inScope: 100, simplified: 19 }, end)).toBe('not-met');
  });

  it('rows and counts by status', () => {
    const rows = reformRows(
      [
        { code: 'A', figures: { inScope: 100, reviewed: 100, simplified: 20, costSavedBillionVnd: 1 } },
        { code: 'B', figures: { inScope: 0, reviewed: 0, simplified: 0, costSavedBillionVnd: 0 } },
        { code: 'C', figures: { inScope: 100, reviewed: 80, simplified: 5, costSavedBillionVnd: 0 } },
      ],
      quarterPeriod(2025, 2),
    );
    expect(rows.map((r) => [r.code, r.share, r.status])).toEqual([
      ['A', 20, 'met'],
      ['B', null, null],
      ['C', 5, 'not-met'],
    ]);
    expect(countByReformStatus(rows)).toEqual({ met: 1, 'at-risk': 0, 'not-met': 1 });
    expect(simplifiedShare({ inScope: 3, simplified: 1 })).toBeCloseTo(33.33, 2);
  });
});

describe('which quarter a period reads', () => {
  it('a month its quarter, a year its fourth quarter', () => {
    expect(reformView(monthPeriod(2024, 8))).toEqual({
      kind: 'in-plan',
      requested: monthPeriod(2024, 8),
      quarter: quarterPeriod(2024, 3),
    });
    expect(reformView(yearPeriod(2023))).toMatchObject({ kind: 'in-plan', quarter: quarterPeriod(2023, 4) });
  });

  it('after the plan (2026): the final result of 2025-Q4; before it: nothing', () => {
    expect(reformView(quarterPeriod(2026, 3))).toEqual({
      kind: 'after-plan',
      requested: quarterPeriod(2026, 3),
      quarter: quarterPeriod(2025, 4),
    });
    expect(reformView(yearPeriod(2026)).kind).toBe('after-plan');
    expect(reformView(quarterPeriod(2022, 3)).kind).toBe('before-plan');
    expect(reformView(monthPeriod(2022, 10)).kind).toBe('in-plan');
  });
});
