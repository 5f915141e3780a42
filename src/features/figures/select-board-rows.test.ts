import { describe, expect, it } from 'vitest';
import type { EraFigure, EraFigures } from '../../domain/era-figures.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { monthPeriod } from '../../domain/period.ts';
import { registryUnits } from '../../domain/registry.ts';
import { selectBoardRows } from './select-board-rows.ts';

const disbursement: Indicator = {
  id: 'public-investment-disbursement-rate',
  name: { vi: 'Tỷ lệ giải ngân vốn đầu tư công', en: 'Public investment disbursement' },
  group: 'socio-economic',
  unit: { kind: 'percent', multiplier: 1, label: { vi: '% kế hoạch', en: '% of plan' } },
  frequencies: ['month'],
  polarity: 'higher-is-better',
  aggregation: { kind: 'ratio', numeratorId: 'a', denominatorId: 'b', scale: 100 },
  decimals: 1,
  source: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
  cumulative: true,
  scopes: ['province'],
  headline: true,
};

const units = registryUnits('34').slice(0, 5); // 01 Hà Nội, 04 Cao Bằng, 08 Tuyên Quang, 11 Điện Biên, 12 Lai Châu

function figures(values: Record<string, number | null>, previousYear = 50): EraFigures {
  const byCode = new Map<string, EraFigure>();
  for (const [code, value] of Object.entries(values)) {
    byCode.set(code, {
      code,
      state: value === null ? 'missing' : 'value',
      value,
      status: value === null ? 'missing' : 'preliminary',
      ...(value === null ? { missingReason: 'late' as const } : {}),
      previousYear,
      target: null,
      converted: false,
    });
  }
  return { era: '34', conversion: 'none', byCode };
}

describe('selectBoardRows', () => {
  const current = figures({ '01': 67.34, '04': 70.01, '08': 67.3, '11': 40, '12': null });
  const previous = figures({ '01': 60, '04': 50, '08': 65, '11': 70, '12': 10 });
  const { rows, ranking } = selectBoardRows({
    indicator: disbursement,
    figures: current,
    previous,
    units,
    period: monthPeriod(2026, 10),
    locale: 'vi',
  });

  it('orders ranked units best first with ties at one decimal, then the unranked', () => {
    expect(rows.map((r) => [r.name, r.rank, r.valueText])).toEqual([
      ['Cao Bằng', 1, '70,0% kế hoạch'],
      ['Hà Nội', 2, '67,3% kế hoạch'],
      ['Tuyên Quang', 2, '67,3% kế hoạch'],
      ['Điện Biên', 4, '40,0% kế hoạch'],
      ['Lai Châu', null, null],
    ]);
    expect(ranking.total).toBe(4);
  });

  it('gives the change on the same period last year in percentage points', () => {
    expect(rows[0]?.changeText).toBe('+20,0 điểm %');
    expect(rows[0]?.change?.tone).toBe('good');
    expect(rows[3]?.changeText).toBe('−10,0 điểm %');
  });

  it('gives the change of rank against the previous period', () => {
    // Previous ranks: Điện Biên 1, Tuyên Quang 2, Hà Nội 3, Cao Bằng 4, Lai Châu 5.
    expect(Object.fromEntries(rows.map((r) => [r.code, r.rankChange]))).toEqual({
      '04': 3,
      '01': 1,
      '08': 0,
      '11': -3,
      '12': null,
    });
  });

  it('lists a late unit without a rank and says why', () => {
    expect(rows[4]).toMatchObject({ code: '12', unranked: 'late', missingReason: 'late', value: null });
  });

  it('lists units the feed did not mention as missing', () => {
    const partial = selectBoardRows({
      indicator: disbursement,
      figures: figures({ '01': 10 }),
      units: units.slice(0, 2),
      period: monthPeriod(2026, 10),
      locale: 'en',
    });
    expect(partial.rows.map((r) => [r.name, r.unranked ?? null])).toEqual([
      ['Hanoi', null],
      ['Cao Bang', 'missing'],
    ]);
  });
});
