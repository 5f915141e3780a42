import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../mocks/data/catalog.ts';
import { toObservationSet, type ObservationSet } from '../../api/observations/to-domain.ts';
import { toSeriesSet } from '../../api/series/to-domain.ts';
import type { Indicator, NationalCoverage } from '../../domain/indicators.ts';
import { monthPeriod, parsePeriod, periodKey, quarterPeriod, yearPeriod } from '../../domain/period.ts';
import { selectKpiTile, trendStart } from './select-kpi-tile.ts';

const byId = (id: string) => CATALOG.find((i) => i.id === id)!;

describe('trendStart', () => {
  it('looks a year or so back: thirteen months, eight quarters, five years', () => {
    const cpi = byId('cpi-yoy');
    expect(periodKey(trendStart(cpi, monthPeriod(2026, 10)))).toBe('2025-10');
    expect(periodKey(trendStart(cpi, quarterPeriod(2026, 3)))).toBe('2024-Q4');
    expect(periodKey(trendStart(cpi, yearPeriod(2025)))).toBe('2021');
  });

  it('starts a figure accumulated from January in January of its own year', () => {
    const revenue = byId('budget-revenue');
    expect(revenue.cumulative).toBe(true);
    expect(periodKey(trendStart(revenue, monthPeriod(2026, 10)))).toBe('2026-01');
    expect(periodKey(trendStart(revenue, quarterPeriod(2026, 3)))).toBe('2026-Q1');
    expect(periodKey(trendStart(revenue, yearPeriod(2025)))).toBe('2021');
  });
});

function observations(national: ObservationSet['national']): ObservationSet {
  return toObservationSet({
    indicatorId: 'budget-revenue',
    period: '2026-10',
    scope: 'province',
    era: '34',
    updatedAt: '2026-11-20T14:30:00+07:00',
    national,
    coverage: 'nation',
    rows: [],
  });
}

describe('selectKpiTile', () => {
  const revenue = byId('budget-revenue');
  const trend = toSeriesSet({
    indicatorId: 'budget-revenue',
    frequency: 'month',
    scope: 'province',
    periods: ['2026-01', '2026-02'],
    national: { values: [150_000, 300_000], statuses: ['official', 'estimate'] },
    coverage: 'nation',
    units: [],
  });

  it('gives the national value with its unit and period, the change read by polarity and the share of the estimate', () => {
    const tile = selectKpiTile(
      revenue,
      observations({ value: 2_000_000, status: 'estimate', previousYear: 1_600_000, target: 2_500_000 }),
      trend,
      'vi',
    );
    expect(tile.title).toBe('Thu NSNN');
    expect(tile.period).toBe('10 tháng năm 2026');
    expect(tile.value).toMatchObject({ unit: 'triệu tỷ đồng' });
    expect(tile.change).toEqual({ text: '25,0%', direction: 'up', tone: 'good' });
    expect(tile.target).toEqual({ kind: 'estimate', mode: 'share', text: '80,0%' });
    expect(tile.status).toBe('estimate');
    expect(tile.trend).toEqual([150_000, 300_000]);
    expect([tile.trendFrom, tile.trendTo]).toEqual(['T1/2026', 'T2/2026']);
  });

  it('says why the national figure is missing instead of showing a number', () => {
    const tile = selectKpiTile(
      revenue,
      observations({
        value: null,
        status: 'missing',
        previousYear: null,
        target: null,
        missingReason: 'late',
      }),
      undefined,
      'vi',
    );
    expect(tile.value).toBeNull();
    expect(tile.missingReason).toBe('late');
    expect(tile.change).toBeNull();
    expect(tile.trend).toEqual([]);
  });
});

const indicator = (id: string): Indicator => {
  const found = CATALOG.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

function set(
  period: string,
  value: number,
  {
    previousYear = null,
    target = null,
    coverage = 'nation',
  }: {
    previousYear?: number | null;
    target?: number | null;
    coverage?: NationalCoverage;
  } = {},
): ObservationSet {
  const p = parsePeriod(period);
  if (!p) throw new Error(period);
  return {
    indicatorId: 'x',
    period: p,
    scope: 'province',
    era: '34',
    updatedAt: '2026-11-20T14:30:00+07:00',
    national: { value, status: 'preliminary', previousYear, target },
    coverage,
    byCode: new Map(),
  };
}

describe('selectKpiTile: names, coverage, accumulation and the ceiling', () => {
  it('names the national growth GDP: "Tăng trưởng GDP"', () => {
    const tile = selectKpiTile(indicator('grdp-growth'), set('2026-Q3', 8.42), undefined, 'vi');
    expect(tile.title).toBe('Tăng trưởng GDP');
    expect(tile.period).toBe('9 tháng năm 2026');
  });

  it('says who a figure covers when it is not the whole country (the 766 index: the localities)', () => {
    const tile = selectKpiTile(
      indicator('dvc-766-total'),
      set('2026-10', 86.1, { coverage: 'localities' }),
      undefined,
      'vi',
    );
    expect(tile.coverage).toBe('localities');
    expect(
      selectKpiTile(indicator('budget-revenue'), set('2026-10', 2_200_000), undefined, 'vi').coverage,
    ).toBe('nation');
  });

  it('labels a total since the plan began by its start, not as year-to-date', () => {
    const tile = selectKpiTile(
      indicator('internal-procedures-simplified-rate'),
      set('2026-Q3', 27.2),
      undefined,
      'vi',
    );
    expect(tile.period).toBe('Quý III/2026 (lũy kế từ 2022)');
  });

  it('reads CPI neutrally against the ceiling: no good or bad tone, the ceiling as the target', () => {
    const tile = selectKpiTile(
      indicator('cpi-yoy'),
      set('2026-10', 3.7, { previousYear: 3.25, target: 4.5 }),
      undefined,
      'vi',
    );
    expect(tile.change?.tone).toBe('neutral');
    expect(tile.change?.text).toBe('0,45 điểm %');
    expect(tile.target).toEqual({ kind: 'ceiling', mode: 'level', text: '4,50%' });
  });
});
