import { describe, expect, it } from 'vitest';
import {
  aggregateFigures,
  figuresForEra,
  lastPeriodOfEra,
  planConversion,
  rankEraFigures,
  weightPeriodFor,
  type ReportedObservations,
} from './era-figures.ts';
import type { Indicator } from './indicators.ts';
import { monthPeriod, periodKey, quarterPeriod, yearPeriod } from './period.ts';
import type { Observation } from './observation.ts';
import { registryUnits } from './registry.ts';

const units34 = registryUnits('34');
const codes63 = registryUnits('63').map((u) => u.code);
const codes34 = units34.map((u) => u.code);

function reported(
  era: '63' | '34',
  codes: string[],
  make: (code: string) => Partial<Observation>,
): ReportedObservations {
  return {
    era,
    byCode: new Map(
      codes.map((code) => [
        code,
        { value: 1, status: 'official', previousYear: null, target: null, ...make(code) },
      ]),
    ),
  };
}

describe('figures reported by the 63, shown on the map of the 34', () => {
  it('sum the former units, with the same period last year and the targets', () => {
    const obs = reported('63', codes63, (code) => ({ value: Number(code), previousYear: 1, target: 10 }));
    const figures = figuresForEra('34', { kind: 'sum' }, obs, units34);
    expect(figures.conversion).toBe('aggregated');
    expect(figures.byCode.size).toBe(34);
    // Ninh Bình 37 = Hà Nam 35 + Nam Định 36 + Ninh Bình 37.
    expect(figures.byCode.get('37')).toEqual({
      code: '37',
      state: 'value',
      value: 35 + 36 + 37,
      status: 'official',
      previousYear: 3,
      target: 30,
      converted: true,
    });
    expect(figures.byCode.get('01')).toMatchObject({ value: 1, converted: false });
  });

  it('recompute a ratio from its components instead of averaging the rates', () => {
    const rate = reported('63', codes63, (code) => ({ value: code === '27' ? 90 : 10 }));
    const numerator = reported('63', codes63, (code) => ({ value: code === '27' ? 90 : 1, previousYear: 5 }));
    const denominator = reported('63', codes63, (code) => ({
      value: code === '27' ? 100 : 10,
      previousYear: 10,
    }));
    const figures = figuresForEra(
      '34',
      { kind: 'ratio', numeratorId: 'n', denominatorId: 'd', scale: 100 },
      rate,
      units34,
      { numerator, denominator },
    );
    // Bắc Ninh 24 = Bắc Giang 24 (1/10) + Bắc Ninh 27 (90/100): 91/110 = 82.7%, not (10 + 90) / 2 = 50%.
    expect(figures.byCode.get('24')?.value).toBeCloseTo((91 / 110) * 100, 10);
    expect(figures.byCode.get('24')?.previousYear).toBeCloseTo(50, 10);
  });

  it('weight a rate by the weight indicator', () => {
    const cpi = reported('63', codes63, (code) => ({ value: code === '74' ? 5 : 3 }));
    const population = reported('63', codes63, (code) => ({ value: code === '74' ? 3000 : 1000 }));
    const figures = figuresForEra(
      '34',
      { kind: 'weighted-mean', weightIndicatorId: 'population' },
      cpi,
      units34,
      {
        weight: population,
      },
    );
    // TP.HCM 79 = Bình Dương 74 (5%, 3000) + BR-VT 77 (3%, 1000) + TP.HCM 79 (3%, 1000): 21000/5000 = 4.2%.
    expect(figures.byCode.get('79')?.value).toBeCloseTo(4.2, 10);
  });

  it('mark merged units "not comparable" for a non-aggregatable indicator, but keep the 11 unchanged ones', () => {
    const scores = reported('63', codes63, () => ({ value: 80 }));
    const figures = figuresForEra('34', { kind: 'none' }, scores, units34);
    const states = [...figures.byCode.values()].map((f) => f.state);
    expect(states.filter((s) => s === 'value')).toHaveLength(11);
    expect(states.filter((s) => s === 'not-comparable')).toHaveLength(23);
    expect(figures.byCode.get('79')).toMatchObject({ state: 'not-comparable', value: null });
  });

  it('leave a merged unit missing, as late, when one former unit was late', () => {
    const obs = reported('63', codes63, (code) =>
      code === '26' ? { value: null, status: 'missing', missingReason: 'late' } : {},
    );
    expect(figuresForEra('34', { kind: 'sum' }, obs, units34).byCode.get('25')).toMatchObject({
      state: 'missing',
      value: null,
      missingReason: 'late',
    });
  });

  it('leave merged units missing when the components a ratio needs are absent', () => {
    const rate = reported('63', codes63, () => ({ value: 50 }));
    const figures = figuresForEra(
      '34',
      { kind: 'ratio', numeratorId: 'n', denominatorId: 'd', scale: 100 },
      rate,
      units34,
    );
    expect(figures.byCode.get('24')?.state).toBe('missing');
    expect(figures.byCode.get('01')).toMatchObject({ state: 'value', value: 50 });
  });
});

describe('figures reported by the 34, shown on the map of the 63', () => {
  it('carry over to unchanged units only', () => {
    const obs = reported('34', codes34, () => ({ value: 7, previousYear: 6 }));
    const figures = figuresForEra('63', { kind: 'sum' }, obs, units34);
    expect(figures.conversion).toBe('disaggregated');
    expect(figures.byCode.size).toBe(63);
    expect(figures.byCode.get('01')).toMatchObject({ state: 'value', value: 7, previousYear: 6 });
    expect(figures.byCode.get('27')).toMatchObject({ state: 'not-comparable', value: null });
  });
});

describe('figures in their own era', () => {
  it('pass through untouched', () => {
    const obs = reported('34', codes34, (code) =>
      code === '12' ? { value: null, status: 'missing', missingReason: 'late' } : {},
    );
    const figures = figuresForEra('34', { kind: 'sum' }, obs, units34);
    expect(figures.conversion).toBe('none');
    expect(figures.byCode.get('12')).toMatchObject({ state: 'missing', missingReason: 'late' });
  });
});

describe('aggregateFigures', () => {
  it('averages a region by rule', () => {
    const obs = reported('34', codes34, (code) => ({ value: code === '79' ? 10 : 20 }));
    expect(aggregateFigures({ kind: 'sum' }, ['79', '75', '80'], obs)).toEqual({
      kind: 'value',
      value: 50,
      status: 'official',
    });
  });
});

describe('weightPeriodFor', () => {
  it('uses the same period when the weight publishes that frequency', () => {
    expect(weightPeriodFor(['quarter', 'year'], quarterPeriod(2024, 3), '63', 2025)).toEqual(
      quarterPeriod(2024, 3),
    );
  });
  it("uses the period's year otherwise, a year earlier when that year belongs to the other era", () => {
    expect(weightPeriodFor(['year'], monthPeriod(2024, 5), '63', 2025)).toEqual(yearPeriod(2024));
    expect(weightPeriodFor(['year'], monthPeriod(2025, 3), '63', 2025)).toEqual(yearPeriod(2024));
    expect(weightPeriodFor(['year'], monthPeriod(2025, 9), '34', 2025)).toEqual(yearPeriod(2025));
  });
  it('never asks for a year not yet published', () => {
    expect(weightPeriodFor(['year'], monthPeriod(2026, 10), '34', 2025)).toEqual(yearPeriod(2025));
  });
});

const indicator = (aggregation: Indicator['aggregation']): Indicator => ({
  id: 'x',
  name: { vi: 'x', en: 'x' },
  group: 'socio-economic',
  unit: { kind: 'percent', multiplier: 1, label: { vi: '%', en: '%' } },
  frequencies: ['month'],
  polarity: 'higher-is-better',
  aggregation,
  decimals: 1,
  source: { vi: 'x', en: 'x' },
  cumulative: false,
  scopes: ['province'],
  headline: false,
});
const population: Indicator = { ...indicator({ kind: 'sum' }), id: 'population', frequencies: ['year'] };

describe('planConversion', () => {
  const ratio = indicator({ kind: 'ratio', numeratorId: 'a', denominatorId: 'b', scale: 100 });
  const mean = indicator({ kind: 'weighted-mean', weightIndicatorId: 'population' });

  it('asks for nothing else when the era on show reported the period', () => {
    expect(planConversion(ratio, monthPeriod(2026, 10), '34', [], 2025)).toEqual({ main: 'x' });
    expect(planConversion(ratio, monthPeriod(2024, 10), '63', [], 2025)).toEqual({ main: 'x' });
    expect(planConversion(mean, monthPeriod(2026, 10), '63', [population], 2025)).toEqual({ main: 'x' });
  });

  it("asks for a ratio's components and a mean's weights to put the 63's figures on the 34", () => {
    expect(planConversion(ratio, monthPeriod(2024, 10), '34', [], 2025)).toEqual({
      main: 'x',
      numerator: 'a',
      denominator: 'b',
    });
    expect(planConversion(mean, monthPeriod(2024, 10), '34', [population], 2025)).toEqual({
      main: 'x',
      weight: { id: 'population', period: yearPeriod(2024) },
    });
    expect(planConversion(indicator({ kind: 'sum' }), monthPeriod(2024, 10), '34', [], 2025)).toEqual({
      main: 'x',
    });
  });
});

describe('rankEraFigures', () => {
  it('ranks the values best first and lists the others with their reason', () => {
    const obs = reported('63', codes63, (code) =>
      code === '01'
        ? { value: 90 }
        : code === '12'
          ? { value: null, status: 'missing', missingReason: 'late' }
          : {},
    );
    const ranking = rankEraFigures(
      { polarity: 'higher-is-better', decimals: 1 },
      figuresForEra('34', { kind: 'none' }, obs, units34),
    );
    expect(ranking.ranked[0]).toMatchObject({ code: '01', rank: 1, tied: false });
    expect(ranking.unranked.find((u) => u.code === '12')?.reason).toBe('late');
    // 23 merged units cannot combine a score: not comparable, never ranked.
    expect(ranking.unranked.filter((u) => u.reason === 'not-comparable')).toHaveLength(23);
    expect(ranking.total).toBe(34 - 23 - 1);
  });
});

describe('lastPeriodOfEra', () => {
  it('is the latest period for the 34 and the last before July 2025 for the 63', () => {
    expect(periodKey(lastPeriodOfEra(monthPeriod(2026, 10), '34'))).toBe('2026-10');
    expect(periodKey(lastPeriodOfEra(monthPeriod(2026, 10), '63'))).toBe('2025-06');
    expect(periodKey(lastPeriodOfEra(quarterPeriod(2026, 3), '63'))).toBe('2025-Q2');
    expect(periodKey(lastPeriodOfEra(yearPeriod(2025), '63'))).toBe('2024');
  });
});
