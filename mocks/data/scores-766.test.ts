import { describe, expect, it } from 'vitest';
import type { Scores766Response } from '../../src/api/scores-766/schema.ts';
import { roundTo } from '../../src/domain/observation.ts';
import { rankUnits } from '../../src/domain/rank.ts';
import { COMPONENTS_766, TOTAL_766_ID } from '../../src/domain/score-766.ts';
import type { Scope } from '../../src/domain/units.ts';
import { createDataset, type DatasetResult } from './dataset.ts';

const dataset = createDataset();

function ok<T>(result: DatasetResult<T>): T {
  if (!result.ok) throw new Error(`expected a body, got ${result.problem.status} ${result.problem.detail}`);
  return result.body;
}

function scores(period: string, scope: Scope): Scores766Response {
  return ok(dataset.scores766({ period, scope }));
}

describe('the league table equals the 766 observations', () => {
  it.each([
    ['2026-10', 'province'],
    ['2025-03', 'province'],
    ['2026-Q3', 'ministry'],
    ['2025-Q1', 'ministry'],
    ['2025', 'province'],
    ['2024', 'ministry'],
    ['2026-H1', 'province'],
    ['2025-H2', 'ministry'],
  ] as const)(
    '%s %s: totals, the six groups and the gaps',
    (period, scope) => {
      const table = scores(period, scope);
      const total = ok(dataset.observations({ indicator: TOTAL_766_ID, period, scope }));
      expect(table.era).toBe(total.era);
      expect(table.rows.map((r) => r.code)).toEqual(total.rows.map((r) => r.code));
      expect(table.national.total).toBe(total.national.value);
      COMPONENTS_766.forEach((c, i) => {
        const part = ok(dataset.observations({ indicator: c.id, period, scope }));
        expect(table.components[i]?.id).toBe(c.id);
        expect(table.national.scores[i]).toBe(part.national.value);
        for (const row of table.rows)
          expect(row.scores[i]).toBe(part.rows.find((r) => r.code === row.code)?.value);
      });
      for (const row of table.rows) {
        const o = total.rows.find((r) => r.code === row.code);
        expect(row.total).toBe(o?.value);
        expect(row.status).toBe(o?.status);
      }
    },
    60_000,
  );

  it('the groups carry the portal’s codes and maxima, in its order, adding up to 100', () => {
    const table = scores('2026-10', 'province');
    expect(table.components.map((c) => [c.portalCode, c.max])).toEqual([
      ['CKMB', 18],
      ['TDGQ', 20],
      ['CLGQ', 12],
      ['TTTT', 10],
      ['MDSH', 22],
      ['MDHL', 18],
    ]);
    expect(table.components.find((c) => c.portalCode === 'TTTT')?.name.vi).toBe('Thanh toán trực tuyến');
  });

  it('each unit’s groups add up to its total (to the hundredth)', () => {
    for (const [period, scope] of [
      ['2026-10', 'province'],
      ['2026-H1', 'ministry'],
      ['2025-H2', 'province'],
    ] as const) {
      for (const row of scores(period, scope).rows) {
        if (row.total === null) continue;
        const sum = row.scores.reduce<number>((s, v) => s + (v ?? 0), 0);
        expect(Math.abs(sum - row.total)).toBeLessThan(0.011);
      }
    }
  });
});

describe('the units of the era in force', () => {
  it.each([
    ['2025-06', 'province', '63', 63],
    ['2025-07', 'province', '34', 34],
    ['2025-H1', 'province', '63', 63],
    ['2025-H2', 'province', '34', 34],
    ['2025-02', 'ministry', '22', 22],
    ['2025-03', 'ministry', '17', 17],
    ['2025-H1', 'ministry', '17', 17],
  ] as const)('%s %s: era %s, %i units', (period, scope, era, count) => {
    const table = scores(period, scope);
    expect(table.era).toBe(era);
    expect(table.rows).toHaveLength(count);
  });
});

describe('rank and rank change', () => {
  it('ranks are the competition ranking of the totals; rank change is the places gained', () => {
    const table = scores('2026-10', 'province');
    const previous = scores('2026-09', 'province');
    const ranking = rankUnits(
      table.rows.map((r) => ({ code: r.code, value: r.total })),
      { polarity: 'higher-is-better', decimals: 2 },
    );
    for (const e of ranking.ranked) expect(table.rows.find((r) => r.code === e.code)?.rank).toBe(e.rank);
    expect(table.previousPeriod).toBe('2026-09');
    for (const row of table.rows) {
      const before = previous.rows.find((r) => r.code === row.code);
      expect(row.previousRank).toBe(before?.rank ?? null);
      expect(row.previousTotal).toBe(before?.total ?? null);
      if (row.rank !== null && row.previousRank !== null)
        expect(row.rankChange).toBe(row.previousRank - row.rank);
    }
    const first = table.rows.find((r) => r.rank === 1);
    expect(first?.total).toBe(Math.max(...table.rows.map((r) => r.total ?? 0)));
  });

  it('across the merger of July 2025 there is no rank change; an unchanged unit keeps its previous score', () => {
    const july = scores('2025-07', 'province');
    const june = scores('2025-06', 'province');
    expect(july.previousEra).toBe('63');
    expect(july.rows.every((r) => r.rankChange === null && r.previousRank === null)).toBe(true);
    // Lai Châu (12) was not merged; TP.HCM (79) was.
    expect(july.rows.find((r) => r.code === '12')?.previousTotal).toBe(
      june.rows.find((r) => r.code === '12')?.total,
    );
    expect(july.rows.find((r) => r.code === '79')?.previousTotal).toBeNull();
  });

  it('the first month of the index has no previous period', () => {
    const first = scores('2022-08', 'province');
    expect(first.previousPeriod).toBeNull();
    expect(first.rows.filter((r) => r.total !== null).length).toBeGreaterThan(55);
  });
});

describe('six months', () => {
  it('a half-year is the mean of its months (H1 2026, provinces, within rounding)', () => {
    const half = scores('2026-H1', 'province');
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].map((m) =>
      scores(m, 'province'),
    );
    for (const row of half.rows.slice(0, 10)) {
      if (row.total === null) continue;
      COMPONENTS_766.forEach((_, i) => {
        const values = months
          .map((m) => m.rows.find((r) => r.code === row.code)?.scores[i])
          .filter((v) => v != null);
        if (values.length < 6) return; // a month hidden in the observations is still in the portal's half
        const mean = roundTo(values.reduce((s, v) => s + v, 0) / values.length, 2);
        expect(Math.abs((row.scores[i] ?? 0) - mean)).toBeLessThan(0.011);
      });
    }
    expect(half.previousPeriod).toBe('2025-H2');
    expect(half.frequency).toBe('half');
  });

  it('the latest complete half is H1 2026 on 20/11/2026; H2 2026 is refused on `period`', () => {
    const refused = dataset.scores766({ period: '2026-H2', scope: 'province' });
    expect(refused.ok ? null : refused.problem).toMatchObject({ status: 404, parameter: 'period' });
  });
});
