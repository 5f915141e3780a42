import { describe, expect, it } from 'vitest';
import type { Indicator } from './indicators.ts';
import { combineStatuses, computeChange, roundTo, shareOfTarget, toneOf } from './observation.ts';

const disbursement: Pick<Indicator, 'unit' | 'polarity' | 'decimals' | 'target'> = {
  unit: { kind: 'percent', multiplier: 1, label: { vi: '%', en: '%' } },
  polarity: 'higher-is-better',
  decimals: 1,
};
const cpi: Pick<Indicator, 'unit' | 'polarity' | 'decimals'> = {
  unit: { kind: 'growth', multiplier: 1, label: { vi: '%', en: '%' } },
  polarity: 'lower-is-better',
  decimals: 2,
};
const revenue: Pick<Indicator, 'unit' | 'polarity' | 'decimals' | 'target'> = {
  unit: { kind: 'amount', multiplier: 1e9, currency: 'VND', label: { vi: 'tỷ đồng', en: 'VND billion' } },
  polarity: 'higher-is-better',
  decimals: 0,
  target: 'estimate',
};

describe('computeChange', () => {
  it('gives percentage points for a percentage (83.7% vs 80.3%: +3.4 pp, good)', () => {
    const change = computeChange(disbursement, 83.7, 80.3);
    expect(change?.kind).toBe('difference');
    expect(change?.value).toBeCloseTo(3.4, 10);
    expect(change).toMatchObject({ direction: 'up', tone: 'good' });
  });

  it('reads a rising CPI as bad', () => {
    expect(computeChange(cpi, 3.48, 3.31)).toMatchObject({ direction: 'up', tone: 'bad' });
    expect(computeChange(cpi, 3.1, 3.31)).toMatchObject({ direction: 'down', tone: 'good' });
  });

  it('gives per cent for an amount (2.65 vs 2.04 triệu tỷ: +29.9%)', () => {
    const change = computeChange(revenue, 2_650_000, 2_040_000);
    expect(change?.kind).toBe('relative');
    expect(change?.value).toBeCloseTo(29.902, 3);
  });

  it('is flat when the change rounds to zero at the shown precision', () => {
    expect(computeChange(disbursement, 80.32, 80.3)).toMatchObject({ direction: 'flat', tone: 'neutral' });
  });

  it('is unknown when either figure is missing or the base is zero', () => {
    expect(computeChange(revenue, null, 1)).toBeNull();
    expect(computeChange(revenue, 1, null)).toBeNull();
    expect(computeChange(revenue, 5, 0)).toBeNull();
  });

  it('never colours a neutral indicator', () => {
    expect(toneOf('up', 'neutral')).toBe('neutral');
  });
});

describe('shareOfTarget', () => {
  it('reads revenue against the budget estimate (2.65 of 1.96 triệu tỷ: 135.2%)', () => {
    expect(shareOfTarget(revenue, { value: 2_650_000, target: 1_960_000 })).toBeCloseTo(135.204, 3);
  });
  it('has none for a rate, which is already a share, or without a target', () => {
    expect(shareOfTarget(disbursement, { value: 83.7, target: 100 })).toBeNull();
    expect(shareOfTarget(revenue, { value: 1, target: null })).toBeNull();
    expect(shareOfTarget(revenue, { value: null, target: 1 })).toBeNull();
  });
});

describe('statuses and rounding', () => {
  it('combine to the least final stage', () => {
    expect(combineStatuses(['official', 'preliminary'])).toBe('preliminary');
    expect(combineStatuses(['official', 'missing'])).toBe('missing');
    expect(combineStatuses([])).toBe('missing');
  });
  it('round half away from zero like printed reports', () => {
    expect(roundTo(2.345, 2)).toBe(2.35);
    expect(roundTo(-2.345, 2)).toBe(-2.35);
    expect(roundTo(-0.004, 2)).toBe(0);
    expect(Object.is(roundTo(-0.004, 2), -0)).toBe(false);
  });
});
