import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/api/contract.ts';
import { computeChange, shareOfTarget } from '../../src/domain/observation.ts';
import { CATALOG } from './catalog.ts';
import { createDataset } from './dataset.ts';
import { profileOf } from './profile.ts';

const dataset = createDataset();
const provincial = CATALOG.filter((i) => i.scopes.includes('province'));
const ministerial = CATALOG.filter((i) => i.scopes.includes('ministry'));

function body(era: '34' | '63', unit: string) {
  const result = profileOf(dataset, { era, unit });
  if (!result.ok) throw new Error(result.problem.detail);
  return ENDPOINTS.profile.response.parse(result.body);
}

describe('the profile of a unit', () => {
  const hcmc = body('34', '79');
  const row = (id: string) => hcmc.rows.find((r) => r.indicatorId === id)!;

  it('has one row per provincial indicator, at its latest period', () => {
    expect(hcmc.rows.map((r) => r.indicatorId)).toEqual(provincial.map((i) => i.id));
    expect(row('cpi-yoy').period).toBe('2026-10');
    expect(row('grdp-growth').period).toBe('2026-Q3');
  });

  it("ranks the unit among the 34 and gives the observation's own figure", () => {
    const observed = dataset.observations({
      indicator: 'budget-revenue',
      period: '2026-10',
      scope: 'province',
    });
    if (!observed.ok) throw new Error('no observations');
    const own = observed.body.rows.find((r) => r.code === '79')!;
    const ranked = [...observed.body.rows]
      .filter((r) => r.value !== null)
      .sort((a, b) => b.value! - a.value!);
    expect(row('budget-revenue')).toMatchObject({
      state: 'value',
      value: own.value,
      previousYear: own.previousYear,
      target: own.target,
      rank: ranked.findIndex((r) => r.code === '79') + 1,
      rankedUnits: ranked.length,
    });
  });

  it('derives the change on last year and the share of plan by the domain rules', () => {
    for (const r of hcmc.rows) {
      const indicator = CATALOG.find((i) => i.id === r.indicatorId)!;
      expect(r.change).toBe(computeChange(indicator, r.value, r.previousYear)?.value ?? null);
      expect(r.targetShare).toBe(shareOfTarget(indicator, r));
    }
    expect(row('budget-revenue').targetShare).toBeGreaterThan(0);
  });

  it('carries a sparkline of the recent periods, ending at the row period', () => {
    expect(row('cpi-yoy').spark).toMatchObject({ from: '2025-10', to: '2026-10' });
    expect(row('cpi-yoy').spark.values).toHaveLength(13);
  });

  it('lists the late unit without a rank and says why', () => {
    const laiChau = body('34', '12').rows.find((r) => r.indicatorId === 'cpi-yoy')!;
    expect(laiChau).toMatchObject({
      state: 'missing',
      value: null,
      rank: null,
      unranked: 'late',
      missingReason: 'late',
    });
  });

  it("compares a merged unit's 2025 rank with 2024 re-aggregated from its former units", () => {
    // 2025 was reported by the 34, 2024 by the 63: Bắc Ninh (24) = Bắc Giang + Bắc Ninh of the 63.
    const population = body('34', '24').rows.find((r) => r.indicatorId === 'population')!;
    expect(population).toMatchObject({ period: '2025', state: 'value', converted: false });
    expect(population.rank).not.toBeNull();
    expect(population.rankChange).not.toBeNull();
  });

  it('gives a unit of the 63 its last periods before July 2025', () => {
    const former = body('63', '27');
    expect(new Set(former.rows.map((r) => r.period))).toEqual(new Set(['2025-06', '2025-Q2', '2024']));
    expect(former.rows.find((r) => r.indicatorId === 'cpi-yoy')?.rankedUnits).toBeGreaterThan(55);
  });

  it('is a 404 for a code that is not a unit of the era', () => {
    const result = profileOf(dataset, { era: '34', unit: '27' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ status: 404, parameter: 'unit' });
  });
});

describe('the profile of a ministry', () => {
  function ministry(era: '17' | '22', unit: string) {
    const result = profileOf(dataset, { scope: 'ministry', era, unit });
    if (!result.ok) throw new Error(result.problem.detail);
    return ENDPOINTS.profile.response.parse(result.body);
  }
  const finance = ministry('17', 'TC');
  const row = (id: string) => finance.rows.find((r) => r.indicatorId === id)!;

  it('has one row per ministry indicator, at the latest period, for the scope asked', () => {
    expect(finance).toMatchObject({ scope: 'ministry', era: '17', unit: 'TC' });
    expect(finance.rows.map((r) => r.indicatorId)).toEqual(ministerial.map((i) => i.id));
    expect(row('tasks-overdue-rate').period).toBe('2026-10');
  });

  it("ranks the ministry among the 17 with the feed's own figures, as reported", () => {
    const observed = dataset.observations({
      indicator: 'tasks-completion-rate',
      period: '2026-10',
      scope: 'ministry',
    });
    if (!observed.ok) throw new Error('no observations');
    const ranked = [...observed.body.rows]
      .filter((r) => r.value !== null)
      .sort((a, b) => b.value! - a.value!);
    const own = observed.body.rows.find((r) => r.code === 'TC')!;
    expect(row('tasks-completion-rate')).toMatchObject({
      value: own.value,
      previousYear: own.previousYear,
      converted: false,
      rank: ranked.findIndex((r) => r.code === 'TC') + 1,
      rankedUnits: ranked.length,
    });
    expect(ranked.length).toBeLessThanOrEqual(17);
  });

  it('gives a body of the 22 its last periods before March 2025, ranked among the 22', () => {
    const planning = ministry('22', 'KHDT');
    // Ministry indicators are published by month or, for internal procedures, by quarter.
    expect(new Set(planning.rows.map((r) => r.period))).toEqual(new Set(['2025-02', '2024-Q4']));
    const rate = planning.rows.find((r) => r.indicatorId === 'tasks-completion-rate')!;
    expect(rate.rankedUnits).toBeGreaterThan(17);
    expect(rate.rankedUnits).toBeLessThanOrEqual(22);
  });

  it('leaves out the change of rank where the previous period was reported by the other set', () => {
    // On 20 April 2025 the latest quarter, 2025-Q1, ends under the 17; 2024-Q4 was reported by the 22.
    const early = createDataset({ asOf: '2025-04-20' });
    const result = profileOf(early, { scope: 'ministry', era: '17', unit: 'TC' });
    if (!result.ok) throw new Error(result.problem.detail);
    const quarterly = result.body.rows.find((r) => r.indicatorId === 'internal-procedures-simplified-rate')!;
    expect(quarterly).toMatchObject({ period: '2025-Q1', rankChange: null });
    expect(quarterly.rank).not.toBeNull();
    // March 2025, the first month of the 17, has none either; a later month of the 17 has one.
    const monthly = result.body.rows.find((r) => r.indicatorId === 'tasks-completion-rate')!;
    expect(monthly.period).toBe('2025-03');
    expect(monthly.rankChange).toBeNull();
    const later = finance.rows.find((r) => r.indicatorId === 'tasks-completion-rate')!;
    expect(later.rankChange).not.toBeNull();
  });

  it('is a 404 for a body that is not of the set', () => {
    const result = profileOf(dataset, { scope: 'ministry', era: '17', unit: 'KHDT' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ status: 404, parameter: 'unit' });
  });
});
