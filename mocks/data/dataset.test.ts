import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/api/contract.ts';
import type { ObservationsResponse } from '../../src/api/observations/schema.ts';
import type { Indicator } from '../../src/domain/indicators.ts';
import { roundTo } from '../../src/domain/observation.ts';
import { addPeriods, parsePeriod, periodKey, periodRange, type Frequency } from '../../src/domain/period.ts';
import { registryMinistries, registryUnits } from '../../src/domain/registry.ts';
import type { Scope } from '../../src/domain/units.ts';
import { CATALOG } from './catalog.ts';
import { createDataset, type DatasetResult } from './dataset.ts';

const dataset = createDataset();

function ok<T>(result: DatasetResult<T>): T {
  if (!result.ok) throw new Error(`expected a body, got ${result.problem.status} ${result.problem.detail}`);
  return result.body;
}

function obs(indicator: string, period: string, scope: Scope = 'province'): ObservationsResponse {
  return ok(dataset.observations({ indicator, period, scope }));
}

function rowValue(body: ObservationsResponse, code: string): number | null {
  return body.rows.find((r) => r.code === code)?.value ?? null;
}

function indicator(id: string): Indicator {
  const found = CATALOG.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
}

const LATEST = { month: '2026-10', quarter: '2026-Q3', half: '2026-H1', year: '2025' } as const;
/** A period of each frequency reported by the former units (63 provinces, 22 ministries). */
const BEFORE_REFORM = { month: '2025-01', quarter: '2024-Q4', half: '2024-H2', year: '2024' } as const;

const codes63 = registryUnits('63').map((u) => u.code);
const codes34 = registryUnits('34').map((u) => u.code);
const codes22 = registryMinistries('22').map((m) => m.code);
const codes17 = registryMinistries('17').map((m) => m.code);

const MONTHLY_SOCIO_ECONOMIC = CATALOG.filter(
  (i) => i.group === 'socio-economic' && i.frequencies.includes('month'),
);

describe('every payload parses with its response schema', () => {
  it('metadata, units of both eras, ministries of both eras and the catalog', () => {
    const metadata = ENDPOINTS.metadata.response.parse(dataset.metadata());
    expect(metadata.latest).toEqual({ month: '2026-10', quarter: '2026-Q3', half: '2026-H1', year: '2025' });
    expect(metadata.firstPeriod).toBe('2022-01');
    expect(metadata.updatedAt).toBe('2026-11-20T14:30:00+07:00');
    expect(metadata.eras.map((e) => e.id)).toEqual(['63', '34', '22', '17']);
    expect(ENDPOINTS.units.response.parse(dataset.units('63')).units).toHaveLength(63);
    expect(ENDPOINTS.units.response.parse(dataset.units('34')).units).toHaveLength(34);
    expect(ENDPOINTS.ministries.response.parse(dataset.ministries('22')).ministries).toHaveLength(22);
    expect(ENDPOINTS.ministries.response.parse(dataset.ministries('17')).ministries).toHaveLength(17);
    expect(ENDPOINTS.indicators.response.parse(dataset.indicators()).indicators).toHaveLength(CATALOG.length);
  });

  const cases = CATALOG.flatMap((ind) =>
    ind.frequencies.flatMap((f: Frequency) =>
      ind.scopes.flatMap((scope) => [
        { id: ind.id, scope, period: LATEST[f] },
        { id: ind.id, scope, period: BEFORE_REFORM[f] },
      ]),
    ),
  );

  it.each(cases)('observations $id $period $scope', ({ id, period, scope }) => {
    const body = ok(dataset.observations({ indicator: id, period, scope }));
    expect(() => ENDPOINTS.observations.response.parse(body)).not.toThrow();
    expect(body.rows.length).toBeGreaterThan(0);
  });

  const seriesCases = CATALOG.flatMap((ind) =>
    ind.frequencies.flatMap((frequency: Frequency) =>
      ind.scopes.map((scope) => ({ id: ind.id, scope, frequency })),
    ),
  );

  it.each(seriesCases)('series $id $frequency $scope over the full range', ({ id, scope, frequency }) => {
    const from = { month: '2022-01', quarter: '2022-Q1', half: '2022-H1', year: '2022' }[frequency];
    const body = ok(dataset.series({ indicator: id, frequency, from, to: LATEST[frequency], scope }));
    expect(() => ENDPOINTS.series.response.parse(body)).not.toThrow();
  });

  it.each([
    { scope: 'province' as const, period: '2026-10' },
    { scope: 'province' as const, period: '2025-03' },
    { scope: 'ministry' as const, period: '2026-10' },
    { scope: 'ministry' as const, period: '2025-01' },
    { scope: 'province' as const, period: '2025' },
  ])('tasks and reporting $scope $period', ({ scope, period }) => {
    expect(() => ENDPOINTS.tasks.response.parse(ok(dataset.tasks({ period, scope })))).not.toThrow();
    expect(() => ENDPOINTS.reporting.response.parse(ok(dataset.reporting({ period, scope })))).not.toThrow();
  });

  it.each([
    { scope: 'province' as const, period: '2026-Q3' },
    { scope: 'province' as const, period: '2024-Q4' },
    { scope: 'ministry' as const, period: '2026-Q3' },
    { scope: 'ministry' as const, period: '2022-Q4' },
    { scope: 'ministry' as const, period: '2025' },
  ])('procedure reform $scope $period', ({ scope, period }) => {
    expect(() => ENDPOINTS.reform.response.parse(ok(dataset.reform({ period, scope })))).not.toThrow();
  });
});

describe('determinism', () => {
  const sample = (seed: number, reverse = false): string => {
    const d = createDataset({ seed });
    const calls = [
      () => d.observations({ indicator: 'budget-revenue', period: '2026-10', scope: 'province' }),
      () => d.observations({ indicator: 'dvc-766-total', period: '2025-Q2', scope: 'ministry' }),
      () =>
        d.series({
          indicator: 'cpi-yoy',
          frequency: 'quarter',
          from: '2022-Q1',
          to: '2026-Q3',
          scope: 'province',
        }),
      () => d.tasks({ period: '2025-10', scope: 'ministry' }),
      () => d.reform({ period: '2025-Q4', scope: 'province' }),
      () => d.reporting({ period: '2026-10', scope: 'province' }),
    ];
    const results = (reverse ? [...calls].reverse() : calls).map((call) => JSON.stringify(call()));
    return (reverse ? results.reverse() : results).join('\n');
  };

  it('the same seed gives byte-identical JSON, whatever the order of requests', () => {
    expect(sample(7, true)).toBe(sample(7));
    expect(sample(20261120, true)).toBe(sample(20261120));
  });

  it('a different seed gives different figures', () => {
    expect(sample(8)).not.toBe(sample(7));
  });
});

describe('eras: periods before July 2025 come from the 63, later ones from the 34', () => {
  it.each([
    { period: '2025-06', era: '63', codes: codes63 },
    { period: '2025-Q2', era: '63', codes: codes63 },
    { period: '2024', era: '63', codes: codes63 },
    { period: '2025-07', era: '34', codes: codes34 },
    { period: '2025-Q3', era: '34', codes: codes34 },
    { period: '2025', era: '34', codes: codes34 },
  ])('provinces $period → era $era', ({ period, era, codes }) => {
    const f = parsePeriod(period)?.frequency;
    const id = f === 'month' ? 'budget-revenue' : 'cpi-yoy';
    const body = obs(id, period);
    expect(body.era).toBe(era);
    expect(body.rows.map((r) => r.code)).toEqual(codes);
  });

  it.each([
    { period: '2025-02', era: '22', codes: codes22 },
    { period: '2025-03', era: '17', codes: codes17 },
  ])('ministries $period → era $era', ({ period, era, codes }) => {
    const body = obs('tasks-assigned', period, 'ministry');
    expect(body.era).toBe(era);
    expect(body.rows.map((r) => r.code)).toEqual(codes);
    expect(ok(dataset.tasks({ period, scope: 'ministry' })).rows.map((r) => r.code)).toEqual(codes);
  });

  it('a unit of the 34 continues the sum of its former units (TP.HCM = TP.HCM + Bình Dương + Bà Rịa–Vũng Tàu)', () => {
    // Same territory either side of the merger: the 34's June figure would be the 63's sum.
    const june = obs('retail-sales', '2025-Q2');
    const formers = ['74', '77', '79'].map((c) => rowValue(june, c));
    const series = ok(
      dataset.series({
        indicator: 'retail-sales',
        frequency: 'quarter',
        from: '2025-Q2',
        to: '2025-Q3',
        scope: 'province',
        era: '34',
        unit: '79',
      }),
    );
    expect(series.units.map((u) => `${u.era}:${u.code}`)).toEqual(['34:79', '63:74', '63:77', '63:79']);
    expect(series.units[0]?.values[0]).toBeNull();
    expect(series.units[1]?.values).toEqual([formers[0], null]);
    const q3 = series.units[0]?.values[1] ?? 0;
    const q2 = formers.reduce<number>((s, v) => s + (v ?? 0), 0);
    expect(q3 / q2).toBeGreaterThan(0.95);
    expect(q3 / q2).toBeLessThan(1.15);
  });

  it('a series carries every unit of both eras, each with values only in its own era', () => {
    const body = ok(
      dataset.series({
        indicator: 'budget-revenue',
        frequency: 'month',
        from: '2022-01',
        to: '2026-10',
        scope: 'province',
      }),
    );
    expect(body.periods).toHaveLength(58);
    expect(body.units).toHaveLength(97);
    const july = body.periods.indexOf('2025-07');
    for (const line of body.units) {
      const own = line.era === '63' ? line.values.slice(0, july) : line.values.slice(july);
      const other = line.era === '63' ? line.values.slice(july) : line.values.slice(0, july);
      expect(other.every((v) => v === null)).toBe(true);
      expect(own.filter((v) => v !== null).length).toBeGreaterThan(own.length * 0.9);
    }
    expect(body.national.targets).toHaveLength(58);
    expect(body.national.values[body.periods.indexOf('2025-12')]).toBe(
      obs('budget-revenue', '2025-12').national.value,
    );
  });

  it('a ministry of the 17 comes with the ministries of the 22 it took over', () => {
    const body = ok(
      dataset.series({
        indicator: 'tasks-assigned',
        frequency: 'month',
        from: '2024-01',
        to: '2026-10',
        scope: 'ministry',
        era: '17',
        unit: 'TC',
      }),
    );
    expect(body.units.map((u) => `${u.era}:${u.code}`)).toEqual(['17:TC', '22:TC', '22:KHDT']);
  });
});

describe('national figures aggregate the units', () => {
  /** A month in which no province is hidden, so the rows are complete. */
  function completeMonth(id: string, scope: Scope = 'province'): string {
    for (const p of periodRange(parsePeriod('2025-07')!, parsePeriod('2026-09')!)) {
      const body = obs(id, periodKey(p), scope);
      if (body.rows.every((r) => r.value !== null)) return periodKey(p);
    }
    throw new Error('no complete month');
  }

  it.each(['budget-revenue', 'exports', 'fdi-registered', 'dossiers-received'])(
    'sum indicator %s: the scope total (national for provinces-only figures) = sum of the rows on a complete period',
    (id) => {
      const body = obs(id, completeMonth(id));
      const total = body.rows.reduce((s, r) => s + (r.value ?? 0), 0);
      expect((body.scopeTotal ?? body.national).value).toBe(roundTo(total, indicator(id).decimals));
    },
  );

  it.each(['dossiers-received', 'public-investment-disbursed', 'tasks-assigned', 'reports-required'])(
    'indicator %s reported by provinces and ministries: national = the whole country (both scope totals)',
    (id) => {
      for (const period of ['2024-10', '2025-10', '2026-10']) {
        const provinces = obs(id, period, 'province');
        const ministries = obs(id, period, 'ministry');
        expect(provinces.coverage).toBe('nation');
        expect(provinces.national.value).toBe(
          (provinces.scopeTotal?.value ?? NaN) + (ministries.scopeTotal?.value ?? NaN),
        );
        expect(ministries.national.value).toBe(provinces.national.value);
      }
    },
  );

  it('indicators reported by provinces only have no separate scope total; the 766 index covers its scope only', () => {
    expect(obs('budget-revenue', '2026-10').scopeTotal).toBeUndefined();
    expect(obs('budget-revenue', '2026-10').coverage).toBe('nation');
    expect(obs('dvc-766-total', '2026-10').coverage).toBe('localities');
    expect(obs('dvc-766-total', '2026-10', 'ministry').coverage).toBe('ministries');
    const series = ok(
      dataset.series({
        indicator: 'dvc-766-total',
        frequency: 'month',
        from: '2026-01',
        to: '2026-10',
        scope: 'province',
        units: 'none',
      }),
    );
    expect(series.coverage).toBe('localities');
  });

  it('national exact sums include the units whose value is hidden (Lai Châu late in the latest month)', () => {
    const body = obs('budget-revenue', '2026-10');
    expect(body.rows.some((r) => r.value === null)).toBe(true);
    const shown = body.rows.reduce((s, r) => s + (r.value ?? 0), 0);
    expect(body.national.value ?? 0).toBeGreaterThan(shown);
  });

  it.each([
    { id: 'public-investment-disbursement-rate', scope: 'province' as const },
    { id: 'public-investment-disbursement-rate', scope: 'ministry' as const },
    { id: 'online-dossier-rate', scope: 'province' as const },
    { id: 'tasks-completion-rate', scope: 'ministry' as const },
  ])(
    'ratio indicator $id ($scope): scope total = ratio of the summed components; national = of both scopes',
    ({ id, scope }) => {
      const rule = indicator(id).aggregation;
      if (rule.kind !== 'ratio') throw new Error('not a ratio');
      const period = completeMonth(rule.numeratorId, scope);
      const numerator = obs(rule.numeratorId, period, scope);
      const denominator = obs(rule.denominatorId, period, scope);
      const sum = (b: ObservationsResponse) => b.rows.reduce((s, r) => s + (r.value ?? 0), 0);
      const expected = roundTo((sum(numerator) / sum(denominator)) * rule.scale, indicator(id).decimals);
      expect(obs(id, period, scope).scopeTotal?.value).toBe(expected);
      // The whole country: both scopes' numerators over both scopes' denominators, not either scope's rate.
      const whole = roundTo(
        ((numerator.national.value ?? NaN) / (denominator.national.value ?? NaN)) * rule.scale,
        indicator(id).decimals,
      );
      expect(obs(id, period, scope).national.value).toBe(whole);
      // And every row is the ratio of its own components.
      const rows = obs(id, period, scope).rows;
      for (const row of rows) {
        const n = rowValue(numerator, row.code);
        const d = rowValue(denominator, row.code);
        if (n !== null && d !== null && row.value !== null) {
          expect(row.value).toBe(roundTo((n / d) * rule.scale, indicator(id).decimals));
        }
      }
    },
  );

  it('weighted mean (CPI by household consumption, as the statistics office weights it): national within 0.02 of the weighted rows', () => {
    const body = obs('cpi-yoy', '2025-09');
    const population = obs('household-consumption', '2025');
    let weighted = 0;
    let total = 0;
    for (const row of body.rows) {
      const w = rowValue(population, row.code);
      if (row.value === null || w === null) continue;
      weighted += row.value * w;
      total += w;
    }
    expect(Math.abs((body.national.value ?? 0) - weighted / total)).toBeLessThan(0.02);
  });
});

describe('previousYear is on the same territorial basis', () => {
  it('a 34 row of 2025-10 (sum: budget revenue) has the sum of its former units in 2024-10', () => {
    const now = obs('budget-revenue', '2025-10');
    const before = obs('budget-revenue', '2024-10');
    let checked = 0;
    for (const unit of registryUnits('34')) {
      const formers = (unit.formerCodes ?? []).map((c) => rowValue(before, c));
      const row = now.rows.find((r) => r.code === unit.code);
      if (formers.some((v) => v === null)) {
        expect(row?.previousYear).toBeNull();
        continue;
      }
      expect(row?.previousYear).toBe(formers.reduce<number>((s, v) => s + (v ?? 0), 0));
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('a 34 row of 2025-10 (ratio: online dossiers) recomputes the former units’ 2024-10 components', () => {
    const now = obs('online-dossier-rate', '2025-10');
    const online = obs('dossiers-online', '2024-10');
    const received = obs('dossiers-received', '2024-10');
    for (const unit of registryUnits('34')) {
      const formers = unit.formerCodes ?? [];
      const n = formers.map((c) => rowValue(online, c));
      const d = formers.map((c) => rowValue(received, c));
      if ([...n, ...d].some((v) => v === null)) continue;
      const sum = (xs: (number | null)[]) => xs.reduce<number>((s, v) => s + (v ?? 0), 0);
      expect(now.rows.find((r) => r.code === unit.code)?.previousYear).toBe(
        roundTo((sum(n) / sum(d)) * 100, 1),
      );
    }
  });

  it('the national previousYear is last year’s national value', () => {
    expect(obs('exports', '2026-10').national.previousYear).toBe(obs('exports', '2025-10').national.value);
    expect(obs('exports', '2022-10').national.previousYear).toBeNull();
  });
});

describe('2025 national figures as published (docs/domain.md §7.2: NSO press conference of 5/1/2026, Ministry of Finance)', () => {
  it('GDP growth, cumulative: the year 8.02% ±0.02, Q1 7.05 ±0.02, 9 months 7.85 ±0.05; 6 months 7.63 ±0.05 with Q2 revised to 8.16', () => {
    const cumulative = (p: string) => obs('grdp-growth', p).national.value ?? NaN;
    expect(Math.abs(cumulative('2025') - 8.02)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(cumulative('2025-Q1') - 7.05)).toBeLessThanOrEqual(0.02);
    // The first estimate of 7.52% was computed with Q2 at 7.96%.
    expect(Math.abs(cumulative('2025-Q2') - 7.63)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(cumulative('2025-Q3') - 7.85)).toBeLessThanOrEqual(0.05);
    expect(obs('grdp-growth', '2025').national.target).toBe(8);
    expect(obs('grdp-growth', '2026-Q3').national.target).toBe(10);
  });

  it('GDP growth of each quarter of 2025 (discrete): 7.05, 8.16, 8.25, 8.46 ±0.02; the cumulative rates are the quarters weighted by output', () => {
    const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
    const discrete = quarters.map((p) => obs('grdp-growth-quarter', p).national.value ?? NaN);
    [7.05, 8.16, 8.25, 8.46].forEach((published, i) => {
      expect(Math.abs((discrete[i] ?? NaN) - published)).toBeLessThanOrEqual(0.02);
    });
    const output = quarters.map((p) => obs('grdp-nominal-quarter', p).national.value ?? NaN);
    const weighted = (n: number) =>
      discrete.slice(0, n).reduce((s, g, i) => s + g * (output[i] ?? NaN), 0) /
      output.slice(0, n).reduce((s, w) => s + w, 0);
    expect(Math.abs((obs('grdp-growth', '2025').national.value ?? NaN) - weighted(4))).toBeLessThan(0.02);
    expect(Math.abs((obs('grdp-growth', '2025-Q2').national.value ?? NaN) - weighted(2))).toBeLessThan(0.02);
    // Quarterly GRDP adds up to the cumulative figure.
    expect(output.reduce((s, w) => s + w, 0)).toBe(obs('grdp-nominal', '2025').national.value);
  });

  it('GDP 12,847.6 nghìn tỷ ±0.1%; population 2025 102.3–102.4 million (125.5 triệu đồng per head)', () => {
    const gdp = obs('grdp-nominal', '2025').national.value ?? NaN;
    const population = obs('population', '2025').national.value ?? NaN;
    expect(Math.abs(gdp / 12_847_600 - 1)).toBeLessThan(0.001);
    expect(population).toBeGreaterThanOrEqual(102_300);
    expect(population).toBeLessThanOrEqual(102_400);
    // GDP per head in triệu đồng: tỷ đồng × 1e9 / people / 1e6.
    expect(Math.abs((gdp * 1e3) / (population * 1e3) / 125.5 - 1)).toBeLessThan(0.005);
  });

  it('CPI average 3.31% ±0.02 (year = mean of its months); the 4.5% ceiling is the nation’s, not a provincial plan', () => {
    const body = obs('cpi-yoy', '2025');
    const year = body.national;
    expect(Math.abs((year.value ?? 0) - 3.31)).toBeLessThanOrEqual(0.02);
    expect(year.target).toBe(4.5);
    expect(body.rows.every((r) => r.target === null)).toBe(true);
    expect(obs('cpi-yoy', '2026-10').rows.every((r) => r.target === null)).toBe(true);
    const months = periodRange(parsePeriod('2025-01')!, parsePeriod('2025-12')!).map(
      (p) => obs('cpi-yoy', periodKey(p)).national.value ?? 0,
    );
    expect(Math.abs(months.reduce((s, v) => s + v, 0) / 12 - (year.value ?? 0))).toBeLessThan(0.01);
  });

  it('IIP as an annual figure: 2025 +9.2% ±0.1 (the first six months too), the fourth quarter +9.9% ±0.1', () => {
    expect(Math.abs((obs('iip-growth', '2025').national.value ?? NaN) - 9.2)).toBeLessThanOrEqual(0.1);
    expect(Math.abs((obs('iip-growth', '2025-Q4').national.value ?? NaN) - 9.9)).toBeLessThanOrEqual(0.1);
    const firstHalf = periodRange(parsePeriod('2025-01')!, parsePeriod('2025-06')!).map(
      (p) => obs('iip-growth', periodKey(p)).national.value ?? NaN,
    );
    expect(Math.abs(firstHalf.reduce((s, v) => s + v, 0) / 6 - 9.2)).toBeLessThanOrEqual(0.1);
  });

  it('retail 7,008.9 nghìn tỷ, +9.2% on 2024, December 627.8 nghìn tỷ (each within 1%); exports 470 bn USD ±1%; FDI registered 38 bn USD ±5%', () => {
    const year = obs('retail-sales', '2025').national.value ?? NaN;
    expect(Math.abs(year / 7_008_900 - 1)).toBeLessThan(0.01);
    const growth = (year / (obs('retail-sales', '2024').national.value ?? NaN) - 1) * 100;
    expect(Math.abs(growth / 9.2 - 1)).toBeLessThan(0.01);
    expect(Math.abs((obs('retail-sales', '2025-12').national.value ?? NaN) / 627_800 - 1)).toBeLessThan(0.01);
    expect(Math.abs((obs('exports', '2025').national.value ?? 0) / 470_000 - 1)).toBeLessThan(0.01);
    expect(Math.abs((obs('fdi-registered', '2025-12').national.value ?? 0) / 38_000 - 1)).toBeLessThan(0.05);
  });

  it('new enterprises: first quarter 2025 36.4 nghìn and December 2025 17.2 nghìn (within 1%), +71.6% ±3 on December 2024', () => {
    expect(Math.abs((obs('new-enterprises', '2025-Q1').national.value ?? NaN) / 36_400 - 1)).toBeLessThan(
      0.01,
    );
    const december = obs('new-enterprises', '2025-12').national;
    expect(Math.abs((december.value ?? NaN) / 17_200 - 1)).toBeLessThan(0.01);
    const growth = ((december.value ?? NaN) / (december.previousYear ?? NaN) - 1) * 100;
    expect(Math.abs(growth - 71.6)).toBeLessThanOrEqual(3);
    const months = periodRange(parsePeriod('2025-01')!, parsePeriod('2025-12')!).map(
      (p) => obs('new-enterprises', periodKey(p)).national.value ?? NaN,
    );
    expect(obs('new-enterprises', '2025').national.value).toBe(months.reduce((s, v) => s + v, 0));
  });

  it('quarters and years of flows are the sums of their months (retail 2025-Q4)', () => {
    const months = ['2025-10', '2025-11', '2025-12'].map((p) => obs('retail-sales', p).national.value ?? 0);
    expect(obs('retail-sales', '2025-Q4').national.value).toBe(months.reduce((s, v) => s + v, 0));
  });

  it('budget revenue ≈ 2.65 triệu tỷ ±1% at December, ≈135% ±2 of the estimate', () => {
    const december = obs('budget-revenue', '2025-12').national;
    expect(Math.abs((december.value ?? 0) / 2_650_000 - 1)).toBeLessThan(0.01);
    expect(Math.abs(((december.value ?? 0) / (december.target ?? 1)) * 100 - 135)).toBeLessThanOrEqual(2);
    // Cumulative from January: each month at least the one before, January restarts.
    expect(obs('budget-revenue', '2025-11').national.value ?? 0).toBeLessThan(december.value ?? 0);
    expect(obs('budget-revenue', '2026-01').national.value ?? 0).toBeLessThan((december.value ?? 0) / 5);
  });

  it('public investment disbursement of the whole plan (central and local): 83.7% ±0.3 at Dec 2025, ≈10% ±2 at end of March, ≈50% ±3 in October; provinces ahead, ministries behind', () => {
    const rate = (p: string) => obs('public-investment-disbursement-rate', p).national.value ?? 0;
    expect(Math.abs(rate('2025-12') - 83.7)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(rate('2025-03') - 10)).toBeLessThanOrEqual(2);
    expect(Math.abs(rate('2025-10') - 50)).toBeLessThanOrEqual(3);
    const provinces = obs('public-investment-disbursement-rate', '2025-12').scopeTotal?.value ?? NaN;
    const ministries =
      obs('public-investment-disbursement-rate', '2025-12', 'ministry').scopeTotal?.value ?? NaN;
    expect(provinces).toBeGreaterThan(rate('2025-12'));
    expect(ministries).toBeLessThan(rate('2025-12'));
    const disbursed = obs('public-investment-disbursed', '2025-12').national;
    expect(disbursed.target).toBe(obs('public-investment-plan', '2025-12').national.value);
  });

  it('2026 public investment plan of all agencies (the national figure) 995.4 nghìn tỷ ±0.1%', () => {
    const plan = obs('public-investment-plan', '2026-10').national.value ?? 0;
    expect(Math.abs(plan / 995_400 - 1)).toBeLessThan(0.001);
  });

  it('tasks 1/1–31/10/2025, the whole country (ministries and provinces): ≈9,831 ±2%, ≈80.3% ±1.5 completed, ≈3.23% ±0.5 overdue', () => {
    const body = ok(dataset.tasks({ period: '2025-10', scope: 'province' }));
    const ministries = ok(dataset.tasks({ period: '2025-10', scope: 'ministry' }));
    const n = body.national;
    expect(ministries.national).toEqual(n);
    expect(n.assigned).toBe(body.scopeTotal.assigned + ministries.scopeTotal.assigned);
    expect(n.overdue).toBe(body.scopeTotal.overdue + ministries.scopeTotal.overdue);
    expect(Math.abs(n.assigned / 9831 - 1)).toBeLessThan(0.02);
    expect(Math.abs(((n.doneOnTime + n.doneLate) / n.assigned) * 100 - 80.3)).toBeLessThanOrEqual(1.5);
    expect(Math.abs((n.overdue / n.assigned) * 100 - 3.23)).toBeLessThanOrEqual(0.5);
    expect(obs('tasks-assigned', '2025-10').national.value).toBe(n.assigned);
  });

  it('other years are plausible: GRDP growth 2024 below 2025, 2026 to date above; nominal GRDP rising', () => {
    expect(obs('grdp-growth', '2024').national.value ?? 0).toBeLessThan(8.02);
    expect(obs('grdp-growth', '2026-Q3').national.value ?? 0).toBeGreaterThan(
      obs('grdp-growth', '2025-Q3').national.value ?? 0,
    );
    expect(obs('grdp-nominal', '2024').national.value ?? 0).toBeLessThan(
      obs('grdp-nominal', '2025').national.value ?? 0,
    );
  });
});

describe('provincial spreads of the typical ranges (docs/domain.md §7.3)', () => {
  const values = (id: string, period: string, scope: Scope = 'province') =>
    obs(id, period, scope)
      .rows.map((r) => r.value)
      .filter((v): v is number => v !== null);
  const share = (xs: number[], lo: number, hi: number) =>
    xs.filter((v) => v >= lo && v <= hi).length / xs.length;

  it('GRDP growth 2025: all 34 within 4–13%, 90% within 5–12%', () => {
    const xs = values('grdp-growth', '2025');
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...xs)).toBeLessThanOrEqual(13);
    expect(share(xs, 5, 12)).toBeGreaterThanOrEqual(0.9);
  });

  it('CPI 2025: all within 1.5–5.5%, 90% within 2–5%', () => {
    const xs = values('cpi-yoy', '2025');
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(1.5);
    expect(Math.max(...xs)).toBeLessThanOrEqual(5.5);
    expect(share(xs, 2, 5)).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['2025-12', '2026-10'])('IIP %s: 85% within −5…+20%, all within −15…+35%', (period) => {
    const xs = values('iip-growth', period);
    expect(share(xs, -5, 20)).toBeGreaterThanOrEqual(0.85);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-15);
    expect(Math.max(...xs)).toBeLessThanOrEqual(35);
  });

  it('disbursement: mid-year 90% within 10–45%, year end 90% within 60–100%', () => {
    expect(share(values('public-investment-disbursement-rate', '2025-06'), 10, 45)).toBeGreaterThanOrEqual(
      0.9,
    );
    expect(share(values('public-investment-disbursement-rate', '2026-06'), 10, 45)).toBeGreaterThanOrEqual(
      0.9,
    );
    expect(share(values('public-investment-disbursement-rate', '2025-12'), 60, 100)).toBeGreaterThanOrEqual(
      0.9,
    );
  });

  it('766 total in the latest month: all within 55–97, 90% within 60–95 (provinces and ministries)', () => {
    for (const scope of ['province', 'ministry'] as const) {
      const xs = values('dvc-766-total', '2026-10', scope);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(55);
      expect(Math.max(...xs)).toBeLessThanOrEqual(97);
      expect(share(xs, 60, 95)).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('TP.HCM (34) ≈ 22–24% of GRDP and Hà Nội ≈ 12–14%; TP.HCM and Hà Nội lead retail above 1,000 nghìn tỷ', () => {
    const grdp = obs('grdp-nominal', '2025');
    const total = grdp.national.value ?? 1;
    expect((rowValue(grdp, '79') ?? 0) / total).toBeGreaterThanOrEqual(0.22);
    expect((rowValue(grdp, '79') ?? 0) / total).toBeLessThanOrEqual(0.24);
    expect((rowValue(grdp, '01') ?? 0) / total).toBeGreaterThanOrEqual(0.12);
    expect((rowValue(grdp, '01') ?? 0) / total).toBeLessThanOrEqual(0.14);
    const retail = obs('retail-sales', '2025');
    expect(rowValue(retail, '79') ?? 0).toBeGreaterThan(1_000_000);
    expect(Math.min(...values('retail-sales', '2025'))).toBeGreaterThan(10_000);
  });

  it('budget revenue 2025: a few nghìn tỷ (under 10,000 tỷ) for the smallest, several hundred nghìn tỷ for the largest', () => {
    const xs = values('budget-revenue', '2025-12');
    expect(Math.min(...xs)).toBeLessThan(10_000);
    expect(Math.max(...xs)).toBeGreaterThan(300_000);
  });

  it('exports are concentrated in Bắc Ninh, Bắc Giang, Thái Nguyên, TP.HCM, Bình Dương, Đồng Nai, Hải Phòng (top 8 of 63 in 2024)', () => {
    const exports = obs('exports', '2024');
    const top = [...exports.rows]
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
      .slice(0, 8)
      .map((r) => r.code);
    for (const code of ['27', '24', '19', '79', '74', '75', '31']) expect(top).toContain(code);
  });

  it('new enterprises 2025: a few hundred for the smallest, more than 50,000 in TP.HCM', () => {
    expect(Math.min(...values('new-enterprises', '2025'))).toBeLessThan(1000);
    expect(rowValue(obs('new-enterprises', '2025'), '79') ?? 0).toBeGreaterThan(50_000);
  });
});

describe('statuses', () => {
  it.each([
    ['2026-10', 'estimate'],
    ['2026-09', 'preliminary'],
    ['2026-08', 'preliminary'],
    ['2026-07', 'official'],
  ])('statistics, month %s: %s', (period, status) => {
    expect(obs('exports', period).national.status).toBe(status);
    expect(obs('exports', period).rows.find((r) => r.code === '01')?.status).toBe(status);
  });

  it.each([
    ['2026-Q3', 'estimate'],
    ['2026-Q2', 'preliminary'],
    ['2026-Q1', 'preliminary'],
    // A quarter of 2025 is as final as the year it belongs to: preliminary until October 2027.
    ['2025-Q4', 'preliminary'],
    ['2025-Q1', 'preliminary'],
    ['2025', 'preliminary'],
    ['2024-Q4', 'official'],
    ['2024', 'official'],
  ])('GDP (release calendar, as of 20/11/2026), %s: %s', (period, status) => {
    expect(obs('grdp-growth', period).national.status).toBe(status);
    expect(obs('grdp-growth', period).rows.find((r) => r.code === '01')?.status).toBe(status);
  });

  it.each([
    // GDP 2024: preliminary until the official release of October 2026.
    {
      indicator: 'grdp-growth',
      period: '2024',
      asOf: ['2026-10-05', '2026-10-06'],
      stages: ['preliminary', 'official'],
    },
    // GDP 2025: the January estimate, preliminary from the annual revision of October 2026.
    {
      indicator: 'grdp-growth',
      period: '2025',
      asOf: ['2026-10-05', '2026-10-06'],
      stages: ['estimate', 'preliminary'],
    },
    // 2026-Q2 turns preliminary with the third-quarter report, 3 October 2026 (Decree 13/2026: the 3rd).
    {
      indicator: 'grdp-growth',
      period: '2026-Q2',
      asOf: ['2026-10-02', '2026-10-03'],
      stages: ['estimate', 'preliminary'],
    },
    // Budget revenue stays an estimate until the final accounts are approved (30 June two years on).
    {
      indicator: 'budget-revenue',
      period: '2024-12',
      asOf: ['2026-06-29', '2026-06-30'],
      stages: ['estimate', 'official'],
    },
    // Exports of July 2026: official with the October report of 3 November 2026.
    {
      indicator: 'exports',
      period: '2026-07',
      asOf: ['2026-11-02', '2026-11-03'],
      stages: ['preliminary', 'official'],
    },
    // Administrative records of September: official once October has closed.
    {
      indicator: 'tasks-assigned',
      period: '2026-09',
      asOf: ['2026-10-31', '2026-11-01'],
      stages: ['preliminary', 'official'],
    },
  ])(
    '$indicator $period: $stages.0 the day before the vintage, $stages.1 on its day',
    ({ indicator, period, asOf, stages }) => {
      asOf.forEach((date, i) => {
        const body = createDataset({ asOf: date }).observations({ indicator, period, scope: 'province' });
        expect(body.ok && body.body.national.status, date).toBe(stages[i]);
      });
    },
  );

  it('CPI is final when published, in every month', () => {
    for (const period of ['2026-10', '2026-09', '2025-01'])
      expect(obs('cpi-yoy', period).national.status).toBe('official');
  });

  it('budget revenue of 2025 is an estimate (ước thực hiện) in every month, 2024 is official', () => {
    expect(obs('budget-revenue', '2025-12').national.status).toBe('estimate');
    expect(obs('budget-revenue', '2025-03').national.status).toBe('estimate');
    expect(obs('budget-revenue', '2024-12').national.status).toBe('official');
  });

  it('every indicator of the catalog has a release calendar', () => {
    for (const i of CATALOG) expect(i.releases?.stages.length ?? 0, i.id).toBeGreaterThan(0);
  });

  it.each([
    ['dvc-766-total', '2026-10', 'preliminary'],
    ['dvc-766-total', '2026-09', 'official'],
    ['dvc-766-total', '2025', 'preliminary'],
    ['tasks-assigned', '2026-10', 'preliminary'],
    ['reports-required', '2026-08', 'official'],
    ['internal-procedures-simplified-rate', '2026-Q3', 'preliminary'],
    ['internal-procedures-simplified-rate', '2026-Q2', 'official'],
  ])('administrative %s %s: %s', (id, period, status) => {
    expect(obs(id, period).national.status).toBe(status);
  });

  it.each(MONTHLY_SOCIO_ECONOMIC.map((i) => i.id))(
    'Lai Châu (12) is late with %s in the latest month only',
    (id) => {
      const latest = obs(id, '2026-10').rows.find((r) => r.code === '12');
      expect(latest).toMatchObject({ value: null, status: 'missing', missingReason: 'late' });
      expect(obs(id, '2026-10').national.value).not.toBeNull();
      expect(obs(id, '2026-09').rows.find((r) => r.code === '12')?.missingReason).not.toBe('late');
    },
  );

  it('about 1% of historical unit-period values are missing as not reported (0.3–2%), with null, never 0', () => {
    let total = 0;
    let missing = 0;
    for (const id of ['retail-sales', 'budget-revenue', 'dvc-766-total', 'online-dossier-rate']) {
      for (const p of periodRange(parsePeriod('2022-08')!, parsePeriod('2026-09')!)) {
        for (const row of obs(id, periodKey(p)).rows) {
          total++;
          if (row.status === 'missing') {
            missing++;
            expect(row.value).toBeNull();
            expect(row.missingReason).toBe('not-reported');
          } else {
            expect(row.value).not.toBeNull();
          }
        }
      }
    }
    expect(missing / total).toBeGreaterThan(0.003);
    expect(missing / total).toBeLessThan(0.02);
  });

  it('a family is missing together: a province without its dossiers misses the rate too', () => {
    for (const p of periodRange(parsePeriod('2022-01')!, parsePeriod('2025-06')!)) {
      const rate = obs('online-dossier-rate', periodKey(p));
      const received = obs('dossiers-received', periodKey(p));
      for (const row of rate.rows) expect(row.value === null).toBe(rowValue(received, row.code) === null);
    }
  });

  it('before a series starts its values are missing as not applicable (766 before August 2022)', () => {
    const body = obs('dvc-766-total', '2022-Q1');
    expect(body.national).toMatchObject({ value: null, status: 'missing', missingReason: 'not-applicable' });
    expect(body.rows.every((r) => r.missingReason === 'not-applicable')).toBe(true);
  });
});

describe('Decision 766 scores', () => {
  const components = CATALOG.filter((i) => i.id.startsWith('dvc-766-') && i.id !== 'dvc-766-total');

  it.each([
    ['2026-10', 'province'],
    ['2026-Q3', 'ministry'],
    ['2025', 'province'],
    ['2024-Q2', 'province'],
    ['2025-01', 'ministry'],
  ] as const)('components sum exactly to the total per unit and nationally (%s, %s)', (period, scope) => {
    const total = obs('dvc-766-total', period, scope);
    const parts = components.map((c) => obs(c.id, period, scope));
    for (const row of total.rows) {
      if (row.value === null) continue;
      const values = parts.map((b) => rowValue(b, row.code) ?? Number.NaN);
      values.forEach((v, i) => {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(components[i]?.unit.max ?? 0);
      });
      expect(row.value).toBe(
        roundTo(
          values.reduce((s, v) => s + v, 0),
          2,
        ),
      );
    }
    expect(total.national.value).toBe(
      roundTo(
        parts.reduce((s, b) => s + (b.national.value ?? 0), 0),
        2,
      ),
    );
  });

  it('the national score is near the mean of the units (within 0.5 point)', () => {
    const body = obs('dvc-766-total', '2026-10');
    const values = body.rows.map((r) => r.value).filter((v): v is number => v !== null);
    expect(
      Math.abs((body.national.value ?? 0) - values.reduce((s, v) => s + v, 0) / values.length),
    ).toBeLessThan(0.5);
  });
});

describe('tasks, reporting and procedure reform equal their indicators', () => {
  it.each([
    ['province', '2025-10'],
    ['ministry', '2026-10'],
    ['province', '2024-03'],
  ] as const)('task counts add up and equal tasks-* (%s %s)', (scope, period) => {
    const tasks = ok(dataset.tasks({ period, scope }));
    const assigned = obs('tasks-assigned', period, scope);
    const completed = obs('tasks-completed', period, scope);
    const overdue = obs('tasks-overdue', period, scope);
    const rate = obs('tasks-completion-rate', period, scope);
    for (const { code, counts } of tasks.rows) {
      expect(counts.assigned).toBe(counts.doneOnTime + counts.doneLate + counts.inProgress + counts.overdue);
      expect(counts.keyTasks).toBeLessThanOrEqual(counts.assigned);
      expect(rowValue(assigned, code)).toBe(counts.assigned);
      expect(rowValue(completed, code)).toBe(counts.doneOnTime + counts.doneLate);
      expect(rowValue(overdue, code)).toBe(counts.overdue);
      expect(rowValue(rate, code)).toBe(
        roundTo(((counts.doneOnTime + counts.doneLate) / counts.assigned) * 100, 1),
      );
    }
    expect(assigned.national.value).toBe(tasks.national.assigned);
    expect(assigned.scopeTotal?.value).toBe(tasks.scopeTotal.assigned);
    expect(tasks.scopeTotal.assigned).toBe(tasks.rows.reduce((s, r) => s + r.counts.assigned, 0));
  });

  it('each agency has a handful of reports due per month, mostly on time, and they equal reports-*', () => {
    for (const scope of ['province', 'ministry'] as const) {
      const reporting = ok(dataset.reporting({ period: '2026-09', scope }));
      const required = obs('reports-required', '2026-09', scope);
      const onTime = obs('reports-on-time', '2026-09', scope);
      const notSubmitted = obs('reports-not-submitted', '2026-09', scope);
      for (const { code, counts } of reporting.rows) {
        expect(rowValue(required, code)).toBe(counts.required);
        expect(rowValue(onTime, code)).toBe(counts.onTime);
        expect(rowValue(notSubmitted, code)).toBe(counts.notSubmitted);
      }
      const n = reporting.scopeTotal;
      expect(n.required).toBe(reporting.rows.reduce((s, r) => s + r.counts.required, 0));
      expect(n.onTime / n.required).toBeGreaterThan(0.8);
      expect(n.required / reporting.rows.length).toBeGreaterThanOrEqual(3);
      expect(n.required / reporting.rows.length).toBeLessThanOrEqual(12);
    }
    const provinces = ok(dataset.reporting({ period: '2026-09', scope: 'province' }));
    const ministries = ok(dataset.reporting({ period: '2026-09', scope: 'ministry' }));
    expect(provinces.national.required).toBe(provinces.scopeTotal.required + ministries.scopeTotal.required);
  });

  it('after the merger reports are due from the units in force: a merged province reports as one agency, Hà Nội as before', () => {
    const monthly = (period: string, code: string) =>
      ok(dataset.reporting({ period, scope: 'province' })).rows.find((r) => r.code === code)?.counts
        .required ?? NaN;
    // TP. Hồ Chí Minh (79) absorbed Bình Dương (74) and Bà Rịa–Vũng Tàu (77).
    const before = ['74', '77', '79'].reduce((s, c) => s + monthly('2025-04', c), 0);
    expect(monthly('2026-04', '79')).toBeLessThan(before / 2);
    expect(monthly('2026-04', '79')).toBeGreaterThanOrEqual(3);
    // Hà Nội did not merge: the same reports in April as a year before.
    expect(monthly('2026-04', '01')).toBe(monthly('2025-04', '01'));
    // The whole year 2025 adds the former units' first half to the new units' second.
    const year = ok(dataset.reporting({ period: '2025', scope: 'province' })).scopeTotal.required;
    const months = periodRange(parsePeriod('2025-01')!, parsePeriod('2025-12')!).map(
      (p) => ok(dataset.reporting({ period: periodKey(p), scope: 'province' })).scopeTotal.required,
    );
    expect(year).toBe(months.reduce((s, v) => s + v, 0));
  });

  it('after the merger a merged unit publishes one consolidated list of internal procedures, not the sum of its predecessors’; Hà Nội keeps its own', () => {
    const listed = (period: string, code: string, scope: Scope = 'province') =>
      rowValue(obs('internal-procedures-in-scope', period, scope), code) ?? NaN;
    const formers = ['74', '77', '79'].map((c) => listed('2025-Q2', c));
    const merged = listed('2025-Q3', '79');
    expect(merged).toBeLessThan(formers.reduce((s, v) => s + v, 0) * 0.7);
    expect(merged).toBeGreaterThan(Math.max(...formers));
    expect(listed('2026-Q3', '79')).toBe(merged);
    expect(listed('2025-Q3', '01')).toBe(listed('2025-Q2', '01'));
    // Ministries merged on 1/3/2025: the Ministry of Finance (with Planning and Investment) has one list.
    const finance = ['TC', 'KHDT'].map((c) => listed('2024-Q4', c, 'ministry'));
    expect(listed('2025-Q1', 'TC', 'ministry')).toBeLessThan(finance.reduce((s, v) => s + v, 0));
  });

  it('the 20% target belongs to the 2022–2025 plan (Decision 1085/QĐ-TTg): none in 2026', () => {
    for (const scope of ['province', 'ministry'] as const) {
      expect(obs('internal-procedures-simplified-rate', '2022-Q4', scope).national.target).toBe(20);
      expect(obs('internal-procedures-simplified-rate', '2025-Q4', scope).national.target).toBe(20);
      expect(obs('internal-procedures-simplified-rate', '2026-Q1', scope).national.target).toBeNull();
      expect(ok(dataset.reform({ period: '2026-Q3', scope })).national.targetPercent).toBeNull();
      expect(ok(dataset.reform({ period: '2025-Q4', scope })).scopeTotal.targetPercent).toBe(20);
    }
  });

  it('procedure reform equals internal-procedures-* and passes the 20% target by end 2025', () => {
    for (const scope of ['province', 'ministry'] as const) {
      const reform = ok(dataset.reform({ period: '2025-Q4', scope }));
      const inScope = obs('internal-procedures-in-scope', '2025-Q4', scope);
      const simplified = obs('internal-procedures-simplified', '2025-Q4', scope);
      const cost = obs('internal-procedures-cost-saved', '2025-Q4', scope);
      for (const { code, figures } of reform.rows) {
        expect(rowValue(inScope, code)).toBe(figures.inScope);
        expect(rowValue(simplified, code)).toBe(figures.simplified);
        expect(rowValue(cost, code)).toBe(figures.costSavedBillionVnd);
      }
      expect(reform.national.inScope).toBe(inScope.national.value);
      expect(reform.scopeTotal.inScope).toBe(inScope.scopeTotal?.value);
      expect(reform.national.targetPercent).toBe(20);
      const rate = obs('internal-procedures-simplified-rate', '2025-Q4', scope).national;
      expect(rate.value ?? 0).toBeGreaterThanOrEqual(20);
      expect(rate.target).toBe(20);
    }
  });

  it('published lists: 100–250 procedures per former province, 50–200 per former ministry; the simplified share rises', () => {
    const provinces = obs('internal-procedures-in-scope', '2024-Q4')
      .rows.map((r) => r.value)
      .filter((v): v is number => v !== null);
    const ministries = obs('internal-procedures-in-scope', '2024-Q4', 'ministry')
      .rows.map((r) => r.value)
      .filter((v): v is number => v !== null);
    expect(Math.min(...provinces)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...provinces)).toBeLessThanOrEqual(250);
    expect(Math.min(...ministries)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...ministries)).toBeLessThanOrEqual(200);
    const path = periodRange(parsePeriod('2022-Q4')!, parsePeriod('2026-Q3')!).map(
      (p) => obs('internal-procedures-simplified-rate', periodKey(p)).national.value ?? 0,
    );
    path.slice(1).forEach((v, i) => {
      expect(v).toBeGreaterThanOrEqual(path[i] ?? 0);
    });
  });
});

describe('requests the feed cannot answer', () => {
  it.each([
    [{ indicator: 'gdp-per-capita', period: '2026-10', scope: 'province' as const }, 404, 'indicator'],
    [{ indicator: 'cpi-yoy', period: '2026-10', scope: 'ministry' as const }, 404, 'scope'],
    [{ indicator: 'grdp-growth', period: '2026-10', scope: 'province' as const }, 404, 'period'],
    [{ indicator: 'cpi-yoy', period: '2026-11', scope: 'province' as const }, 404, 'period'],
    [{ indicator: 'cpi-yoy', period: '2021-12', scope: 'province' as const }, 404, 'period'],
  ])('observations %o → %i naming %s', (query, status, parameter) => {
    const result = dataset.observations(query);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toMatchObject({ status, parameter });
      expect(result.problem.detail.startsWith(`${parameter}=`)).toBe(true);
    }
  });

  it.each([
    [{ frequency: 'month' as const, from: '2025-01', to: '2025-06' }, 404, 'frequency'],
    [{ frequency: 'quarter' as const, from: '2025-Q1', to: '2026-Q4' }, 404, 'to'],
    [{ frequency: 'quarter' as const, from: '2021-Q4', to: '2025-Q1' }, 404, 'from'],
    [{ frequency: 'quarter' as const, from: '2025-01', to: '2025-Q2' }, 400, 'from'],
    [{ frequency: 'quarter' as const, from: '2025-Q3', to: '2025-Q2' }, 400, 'from'],
    [{ frequency: 'quarter' as const, from: '2025-Q1', to: '2025-Q2', era: '22' as const }, 400, 'era'],
    [
      { frequency: 'quarter' as const, from: '2025-Q1', to: '2025-Q2', era: '34' as const, unit: '02' },
      404,
      'unit',
    ],
  ])('series of grdp-growth %o → %i naming %s', (query, status, parameter) => {
    const result = dataset.series({ indicator: 'grdp-growth', scope: 'province', ...query });
    expect(result.ok ? null : result.problem).toMatchObject({ status, parameter });
  });

  it('procedure reform is quarterly and starts in 2022-Q4', () => {
    expect(dataset.reform({ period: '2026-10', scope: 'province' })).toMatchObject({
      ok: false,
      problem: { status: 404, parameter: 'period' },
    });
    expect(dataset.reform({ period: '2022-Q3', scope: 'province' })).toMatchObject({
      ok: false,
      problem: { status: 404, parameter: 'period' },
    });
    expect(dataset.reform({ period: '2022-Q4', scope: 'province' }).ok).toBe(true);
  });

  it('the latest period per frequency is the last one served', () => {
    const next = addPeriods(parsePeriod('2026-10')!, 1);
    expect(dataset.tasks({ period: periodKey(next), scope: 'province' }).ok).toBe(false);
    expect(dataset.reporting({ period: '2026', scope: 'province' }).ok).toBe(false);
  });
});

describe('series filters', () => {
  const dataset = createDataset();
  const base = {
    indicator: 'exports',
    frequency: 'month',
    from: '2025-05',
    to: '2025-08',
    scope: 'province',
  } as const;

  it('with units=none carry only the national line, for sparklines', () => {
    const result = dataset.series({ ...base, units: 'none' });
    expect(result.ok && result.body.units).toEqual([]);
    expect(result.ok && result.body.national.values.every((v) => v !== null)).toBe(true);
  });

  it('with a region carry its units of the 34 and the former units they absorbed', () => {
    const result = dataset.series({ ...base, region: 'DNB' });
    expect(result.ok && result.body.units.map((u) => `${u.era}:${u.code}`)).toEqual([
      '34:75',
      '63:70',
      '63:75',
      '34:79',
      '63:74',
      '63:77',
      '63:79',
      '34:80',
      '63:72',
      '63:80',
    ]);
  });
});

describe('no value sits on an artificial cap', () => {
  const months = periodRange(parsePeriod('2022-01')!, parsePeriod('2026-10')!).map(periodKey);
  it.each([
    { id: 'public-investment-disbursement-rate', near: 99.5, from: 0 },
    { id: 'online-dossier-rate', near: 96.5, from: 0 },
    // Decision 766 components next to their maximum points (satisfaction 18, progress 20), from August 2022.
    { id: 'dvc-766-satisfaction', near: 17.9, from: 7 },
    { id: 'dvc-766-progress', near: 19.9, from: 7 },
    { id: 'dvc-766-transparency', near: 17.9, from: 7 },
  ])(
    '$id: at most one unit at or above $near in any month, provinces and ministries',
    ({ id, near, from }) => {
      for (const scope of indicator(id).scopes) {
        for (const period of months.slice(from)) {
          const high = obs(id, period, scope).rows.filter((r) => (r.value ?? -Infinity) >= near);
          expect(high.length, `${scope} ${period}`).toBeLessThanOrEqual(1);
        }
      }
    },
  );
});

describe('periods as the publishers use them', () => {
  it('the 766 index has six-month periods, the mean of their months', () => {
    const half = obs('dvc-766-total', '2026-H1');
    expect(half.period).toBe('2026-H1');
    const months = periodRange(parsePeriod('2026-01')!, parsePeriod('2026-06')!).map(
      (p) => rowValue(obs('dvc-766-transparency', periodKey(p)), '01') ?? NaN,
    );
    expect(rowValue(obs('dvc-766-transparency', '2026-H1'), '01')).toBeCloseTo(
      months.reduce((s, v) => s + v, 0) / 6,
      2,
    );
    expect(
      dataset.observations({ indicator: 'dvc-766-total', period: '2026-H2', scope: 'province' }).ok,
    ).toBe(false);
  });

  it('the catalog separates cumulation since January, since the plan began, and stocks', () => {
    expect(indicator('budget-revenue').cumulative).toBe(true);
    expect(indicator('internal-procedures-simplified').accumulation).toEqual({ kind: 'since', from: 2022 });
    expect(indicator('internal-procedures-simplified').cumulative).toBe(false);
    expect(indicator('tasks-overdue').accumulation).toEqual({ kind: 'stock' });
    expect(indicator('internal-procedures-in-scope').accumulation).toEqual({ kind: 'stock' });
  });

  it('internal procedures simplified accumulate since 2022 and never restart in January', () => {
    const simplified = (p: string) =>
      obs('internal-procedures-simplified', p, 'ministry').national.value ?? NaN;
    expect(simplified('2024-Q1')).toBeGreaterThan(simplified('2023-Q4'));
    expect(simplified('2026-Q1')).toBeGreaterThan(simplified('2025-Q4') * 0.5);
  });

  it('GDP at national level, GRDP for provinces; code 79 is "TP. Hồ Chí Minh" in both eras', () => {
    expect(indicator('grdp-growth').nationalShortName?.vi).toBe('Tăng trưởng GDP');
    expect(indicator('grdp-growth').nationalName?.vi).toBe('Tốc độ tăng tổng sản phẩm trong nước (GDP)');
    expect(indicator('grdp-growth').shortName?.vi).toBe('Tăng trưởng GRDP');
    expect(indicator('dvc-766-transparency').name.en).toBe('Transparency and disclosure');
    for (const era of ['63', '34'] as const) {
      expect(dataset.units(era).units.find((u) => u.code === '79')?.name.vi).toBe('TP. Hồ Chí Minh');
    }
  });

  it('the units of the 34 carry whether their region crosses the merger (seven do)', () => {
    const crossing = dataset
      .units('34')
      .units.filter((u) => u.regionCrossesFormer)
      .map((u) => u.code);
    expect(crossing).toEqual(['24', '25', '51', '52', '66', '68', '80']);
  });
});
