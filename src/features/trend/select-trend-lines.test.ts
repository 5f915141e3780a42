import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../mocks/data/catalog.ts';
import type { SeriesSet, UnitSeries } from '../../api/series/to-domain.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { monthPeriod, quarterPeriod, yearPeriod, type Period } from '../../domain/period.ts';
import { registryUnits } from '../../domain/registry.ts';
import type { AdminUnit } from '../../domain/units.ts';
import { translate, type Translate } from '../../i18n/i18n.tsx';
import {
  canSwitchMode,
  cumulativeBasis,
  lastYearLine,
  nativeMode,
  regionLine,
  selectTrendSeries,
  showsLastYear,
  switchMode,
  unitLine,
  type TrendData,
} from './select-trend-lines.ts';

const t: Translate = (key, params) => translate('vi', key, params);

const revenue: Indicator = {
  id: 'revenue',
  name: { vi: 'Thu', en: 'Revenue' },
  group: 'socio-economic',
  unit: { kind: 'amount', multiplier: 1e9, currency: 'VND', label: { vi: 'tỷ đồng', en: 'VND billion' } },
  frequencies: ['month'],
  polarity: 'higher-is-better',
  aggregation: { kind: 'sum' },
  decimals: 0,
  source: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
  cumulative: false,
  scopes: ['province'],
  headline: false,
  target: 'estimate',
};

// May and June 2025 were reported by the 63, July and August by the 34.
const periods: Period[] = [
  monthPeriod(2025, 5),
  monthPeriod(2025, 6),
  monthPeriod(2025, 7),
  monthPeriod(2025, 8),
];
const all34 = registryUnits('34');
const bacNinh = all34.find((u) => u.code === '24')!; // Bắc Giang 24 + Bắc Ninh 27
// Hà Nội, moved (for the test) from one region to the other on 1 August 2025.
const haNoi: AdminUnit = {
  ...all34.find((u) => u.code === '01')!,
  regions: [
    { value: 'TDMNPB', from: '2025-07-01', to: '2025-07-31' },
    { value: 'DBSH', from: '2025-08-01' },
  ],
};
const units34 = [haNoi, bacNinh];

const line = (era: '63' | '34', code: string, values: (number | null)[]): UnitSeries => ({
  era,
  code,
  values,
  statuses: values.map((v) => (v === null ? 'missing' : 'official')),
});
const main: SeriesSet = {
  indicatorId: 'revenue',
  frequency: 'month',
  periods,
  national: {
    values: [1000, 1100, 1200, 1300],
    statuses: ['official', 'official', 'official', 'preliminary'],
    targets: [5000, 5000, 5000, 5000],
  },
  coverage: 'nation',
  units: [
    line('63', '24', [10, 11, null, null]),
    line('63', '27', [20, 21, null, null]),
    line('63', '01', [100, 101, null, null]),
    line('34', '24', [null, null, 40, 41]),
    line('34', '01', [null, null, 200, 201]),
  ],
};

describe('unitLine', () => {
  it('re-aggregates a merged unit from its former units where the 63 reported, then takes its own', () => {
    expect(unitLine(revenue, { main }, '34', '24', all34).values).toEqual([30, 32, 40, 41]);
  });

  it('keeps a gap a gap: one missing former unit makes the merged figure missing', () => {
    const gap: SeriesSet = {
      ...main,
      units: main.units.map((u) =>
        u.era === '63' && u.code === '27' ? line('63', '27', [null, 21, null, null]) : u,
      ),
    };
    const { values, statuses } = unitLine(revenue, { main: gap }, '34', '24', all34);
    expect(values).toEqual([null, 32, 40, 41]);
    expect(statuses[0]).toBe('missing');
  });
});

describe('regionLine', () => {
  it("follows the region's membership on each period's last day", () => {
    // DBSH: Bắc Ninh's former units in May and June, Bắc Ninh in July, Bắc Ninh and Hà Nội from August.
    expect(regionLine(revenue, { main }, units34, 'DBSH')?.values).toEqual([30, 32, 40, 242]);
    // Before it existed Hà Nội reads its first region (TDMNPB): its former unit in May and June.
    expect(regionLine(revenue, { main }, units34, 'TDMNPB')?.values).toEqual([100, 101, 200, null]);
  });

  it('is none for an indicator that cannot be combined', () => {
    expect(regionLine({ ...revenue, aggregation: { kind: 'none' } }, { main }, units34, 'DBSH')).toBeNull();
  });
});

describe('switchMode and lastYearLine', () => {
  const months = [monthPeriod(2025, 11), monthPeriod(2025, 12), monthPeriod(2026, 1), monthPeriod(2026, 2)];

  it('accumulates from January, restarting each year, and takes cumulative figures apart', () => {
    // The window opens in November: the year's total and November's own figure are unknown until January.
    expect(switchMode(months, [1, 2, 3, 4], 'period', 'cumulative')).toEqual([null, null, 3, 7]);
    expect(switchMode(months, [1, 3, 3, 7], 'cumulative', 'period')).toEqual([null, 2, 3, 4]);
    expect(switchMode(months, [1, null, 3, 4], 'period', 'cumulative')).toEqual([null, null, 3, 7]);
  });

  it('shifts by twelve months, four quarters or one year', () => {
    const values = Array.from({ length: 14 }, (_, i) => i);
    expect(lastYearLine('month', values).slice(11)).toEqual([null, 0, 1]);
    expect(lastYearLine('quarter', [1, 2, 3, 4, 5])).toEqual([null, null, null, null, 1]);
    expect(lastYearLine('year', [1, 2])).toEqual([null, 1]);
  });

  it('switches modes only for additive amounts and counts below a year', () => {
    expect(canSwitchMode(revenue, 'month')).toBe(true);
    expect(canSwitchMode(revenue, 'year')).toBe(false);
    expect(canSwitchMode({ ...revenue, unit: { ...revenue.unit, kind: 'percent' } }, 'month')).toBe(false);
  });
});

describe('selectTrendSeries', () => {
  const data: TrendData = { national: main, sources: { main }, units34: all34, units63: registryUnits('63') };
  const base = {
    data,
    indicator: revenue,
    era: '34' as const,
    region: 'DBSH' as const,
    regionName: 'Đồng bằng sông Hồng',
    compare: ['24'],
    mode: 'period' as const,
    frequency: 'month' as const,
    t,
    locale: 'vi' as const,
  };

  it('draws the nation, the region, the compared units and the estimate, in that order', () => {
    const series = selectTrendSeries(base);
    // Four months of one year: last year's line would have no value on this axis, and is left out.
    expect(series.map((s) => [s.id, s.name])).toEqual([
      ['nation', 'Cả nước'],
      ['region:DBSH', 'Bình quân Đồng bằng sông Hồng'],
      ['unit:34:24', 'Bắc Ninh'],
      ['plan', 'Dự toán'],
    ]);
    expect(series[2]?.values).toEqual([30, 32, 40, 41]);
  });

  it('shows last year only on a single year’s axis, where it does not repeat the nation a year later', () => {
    const year = Array.from({ length: 10 }, (_, i) => monthPeriod(2026, i + 1));
    expect(showsLastYear(year, 'month')).toBe(true);
    expect(showsLastYear(year, 'year')).toBe(false);
    const fiveYears = Array.from({ length: 58 }, (_, i) =>
      monthPeriod(2022 + Math.floor(i / 12), (i % 12) + 1),
    );
    expect(showsLastYear(fiveYears, 'month')).toBe(false);
    const long: TrendData = {
      ...data,
      national: {
        ...main,
        periods: fiveYears,
        national: {
          values: fiveYears.map((_, i) => i),
          statuses: fiveYears.map(() => 'official' as const),
        },
      },
      sources: null,
    };
    expect(selectTrendSeries({ ...base, data: long, compare: [] }).map((s) => s.id)).not.toContain(
      'last-year',
    );
  });

  it('leaves the plan out in the other mode and last year out for yearly figures', () => {
    expect(selectTrendSeries({ ...base, mode: 'cumulative' }).map((s) => s.id)).not.toContain('plan');
    const yearly: TrendData = {
      ...data,
      national: {
        ...main,
        frequency: 'year',
        periods: [yearPeriod(2024), yearPeriod(2025)],
        national: { values: [1, 2], statuses: ['official', 'official'] },
      },
      sources: null,
    };
    expect(
      selectTrendSeries({ ...base, data: yearly, frequency: 'year', compare: [] }).map((s) => s.id),
    ).toEqual(['nation']);
  });

  it('names the national line by who it covers, and a ceiling as such', () => {
    const localities: TrendData = { ...data, national: { ...main, coverage: 'localities' } };
    const series = selectTrendSeries({
      ...base,
      data: localities,
      indicator: { ...revenue, target: 'ceiling' },
    });
    expect(series[0]?.name).toBe('Các địa phương');
    expect(series.at(-1)).toMatchObject({ id: 'plan', name: 'Mức trần' });
  });
});

const indicator = (id: string): Indicator => {
  const found = CATALOG.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('canSwitchMode and nativeMode honour how values build up', () => {
  it('a flow switches to year-to-date, a year-to-date total to per month', () => {
    expect(canSwitchMode(indicator('exports'), 'month')).toBe(true);
    expect(nativeMode(indicator('exports'))).toBe('period');
    expect(canSwitchMode(indicator('budget-revenue'), 'month')).toBe(true);
    expect(nativeMode(indicator('budget-revenue'))).toBe('cumulative');
  });

  it('a stock never switches: overdue tasks and procedure lists are not differenced into flows', () => {
    expect(canSwitchMode(indicator('tasks-overdue'), 'month')).toBe(false);
    expect(canSwitchMode(indicator('internal-procedures-in-scope'), 'quarter')).toBe(false);
  });

  it('a total since the plan began is cumulative by nature and can be taken apart per quarter', () => {
    const simplified = indicator('internal-procedures-simplified');
    expect(nativeMode(simplified)).toBe('cumulative');
    expect(canSwitchMode(simplified, 'quarter')).toBe(true);
    expect(cumulativeBasis(simplified)).toBe('start');
    expect(cumulativeBasis(indicator('budget-revenue'))).toBe('year');
  });
});

describe('switchMode by accumulation basis', () => {
  const quarters = [
    quarterPeriod(2025, 3),
    quarterPeriod(2025, 4),
    quarterPeriod(2026, 1),
    quarterPeriod(2026, 2),
  ];

  it('takes a since-2022 total apart across the new year: a quarter shows what it added (165), not the total', () => {
    expect(switchMode(quarters, [2251, 2416, 2581, 2700], 'cumulative', 'period', 'start')).toEqual([
      null,
      165,
      165,
      119,
    ]);
  });

  it('the first value after the periods before the plan is all the plan added so far', () => {
    expect(switchMode(quarters, [null, 120, 300, 480], 'cumulative', 'period', 'start')).toEqual([
      null,
      120,
      180,
      180,
    ]);
  });

  it('a since-start total that falls was re-based (lists re-published): a gap, never a negative count', () => {
    expect(switchMode(quarters, [2416, 1900, 2000, null], 'cumulative', 'period', 'start')).toEqual([
      null,
      null,
      100,
      null,
    ]);
  });

  it('year-to-date totals restart in January; a window opening mid-year has no total until January', () => {
    const months = [monthPeriod(2025, 11), monthPeriod(2025, 12), monthPeriod(2026, 1), monthPeriod(2026, 2)];
    expect(switchMode(months, [110, 130, 12, 25], 'cumulative', 'period')).toEqual([null, 20, 12, 13]);
    expect(switchMode(months, [10, 20, 12, 13], 'period', 'cumulative')).toEqual([null, null, 12, 25]);
    const fromJanuary = [monthPeriod(2026, 1), monthPeriod(2026, 2), monthPeriod(2026, 3)];
    expect(switchMode(fromJanuary, [12, 13, 15], 'period', 'cumulative')).toEqual([12, 25, 40]);
    expect(switchMode(fromJanuary, [12, 25, 40], 'cumulative', 'period')).toEqual([12, 13, 15]);
  });
});
