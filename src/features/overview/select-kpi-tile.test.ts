import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../mocks/data/catalog.ts';
import { toObservationSet, type ObservationSet } from '../../api/observations/to-domain.ts';
import { toSeriesSet } from '../../api/series/to-domain.ts';
import { monthPeriod, periodKey, quarterPeriod, yearPeriod } from '../../domain/period.ts';
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
