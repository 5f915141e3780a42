import { describe, expect, it } from 'vitest';
import { csvNumber, readCsvFile } from '../../../test/e2e-support/csv.ts';
import type { TrendSeries } from '../../charts/trend/types.ts';
import { toCsv } from '../../components/export/to-csv.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { monthPeriod, quarterPeriod } from '../../domain/period.ts';
import { selectTrendTable, trendCsvTable, trendPeriodLabel } from './select-trend-table.ts';

const revenue: Indicator = {
  id: 'budget-revenue',
  name: { vi: 'Thu ngân sách nhà nước', en: 'State budget revenue' },
  group: 'socio-economic',
  unit: { kind: 'amount', multiplier: 1e9, currency: 'VND', label: { vi: 'tỷ đồng', en: 'VND billion' } },
  frequencies: ['month'],
  polarity: 'higher-is-better',
  aggregation: { kind: 'sum' },
  decimals: 0,
  source: { vi: 'Bộ Tài chính', en: 'Ministry of Finance' },
  cumulative: true,
  target: 'estimate',
  scopes: ['province'],
  headline: true,
};

const periods = [monthPeriod(2026, 8), monthPeriod(2026, 9), monthPeriod(2026, 10)];
const series: TrendSeries[] = [
  { id: 'nation', name: 'Cả nước', role: 'nation', values: [60040, 70100, 81770.4] },
  { id: 'unit:34:79', name: 'TP. Hồ Chí Minh', role: 'unit', values: [3236.749306123544, null, 4100.5] },
];

describe('selectTrendTable', () => {
  const table = selectTrendTable({ series, periods, indicator: revenue, mode: 'cumulative', locale: 'vi' });

  it('names the unit in every column header', () => {
    expect(table.columns.map((c) => c.header)).toEqual(['Cả nước (tỷ đồng)', 'TP. Hồ Chí Minh (tỷ đồng)']);
  });

  it('labels values from January by the months they cover, newest first', () => {
    expect(table.rows.map((r) => r.label)).toEqual([
      '10 tháng năm 2026',
      '9 tháng năm 2026',
      '8 tháng năm 2026',
    ]);
  });

  it('labels values of one period by the period in the per-period mode', () => {
    const monthly = selectTrendTable({ series, periods, indicator: revenue, mode: 'period', locale: 'vi' });
    expect(monthly.rows.map((r) => r.label)).toEqual(['Tháng 10/2026', 'Tháng 9/2026', 'Tháng 8/2026']);
  });

  it('writes a whole column with the indicator’s decimals, one precision, a dash for a gap', () => {
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['81.770', '4.101'],
      ['70.100', null],
      ['60.040', '3.237'],
    ]);
    const pct = selectTrendTable({
      series: [{ id: 'nation', name: 'Cả nước', role: 'nation', values: [81.77, 70.1, 60.04] }],
      periods,
      indicator: {
        ...revenue,
        unit: { kind: 'percent', multiplier: 1, label: { vi: '%', en: '%' } },
        decimals: 1,
      },
      mode: 'period',
      locale: 'vi',
    });
    expect(pct.rows.map((r) => r.cells[0])).toEqual(['60,0', '70,1', '81,8']);
  });

  it('reads in English', () => {
    const english = selectTrendTable({
      series,
      periods,
      indicator: revenue,
      mode: 'cumulative',
      locale: 'en',
    });
    expect(english.columns[0]?.header).toBe('Cả nước (VND billion)');
    expect(english.rows[0]?.label).toBe('Jan–Oct 2026');
    expect(english.rows[0]?.cells[0]).toBe('81,770');
  });
});

describe('trendCsvTable', () => {
  it('rounds converted values to the indicator’s decimals, or keeps them raw when asked', () => {
    const args = {
      series,
      periods,
      indicator: { ...revenue, decimals: 2 },
      periodHeader: 'Kỳ',
      locale: 'vi' as const,
    };
    const rounded = trendCsvTable({ ...args, variant: { dialect: 'comma', raw: false } });
    expect(rounded.headers).toEqual(['Kỳ', 'Cả nước (tỷ đồng)', 'TP. Hồ Chí Minh (tỷ đồng)']);
    const file = readCsvFile(toCsv(rounded.headers, rounded.rows));
    expect(file.rows.map((r) => [r[0], csvNumber(r[1]), csvNumber(r[2])])).toEqual([
      ['2026-08', 60040, 3236.75],
      ['2026-09', 70100, null],
      ['2026-10', 81770.4, 4100.5],
    ]);
    const raw = trendCsvTable({ ...args, variant: { dialect: 'semicolon', raw: true } });
    const rawFile = readCsvFile(toCsv(raw.headers, raw.rows, { dialect: 'semicolon' }), ';');
    expect(csvNumber(rawFile.rows[0]?.[2], ';')).toBe(3236.749306123544);
  });
});

describe('trendPeriodLabel', () => {
  const sincePlan: Indicator = {
    ...revenue,
    frequencies: ['quarter'],
    cumulative: false,
    accumulation: { kind: 'since', from: 2022 },
  };
  const stockOfTheYear: Indicator = { ...revenue, cumulative: true, accumulation: { kind: 'stock' } };

  it('names a period as the indicator’s own figures in its native mode', () => {
    expect(trendPeriodLabel(revenue, 'cumulative', monthPeriod(2026, 10), 'vi')).toBe('10 tháng năm 2026');
    expect(trendPeriodLabel(sincePlan, 'cumulative', quarterPeriod(2026, 3), 'vi')).toBe(
      'Quý III/2026 (lũy kế từ 2022)',
    );
    // A stock of what began since January: October's figure covers the ten months.
    expect(trendPeriodLabel(stockOfTheYear, 'period', monthPeriod(2026, 10), 'vi')).toBe('10 tháng năm 2026');
  });

  it('names a period by itself once the trend takes running totals apart, and the reverse', () => {
    expect(trendPeriodLabel(revenue, 'period', monthPeriod(2026, 10), 'vi')).toBe('Tháng 10/2026');
    expect(trendPeriodLabel(sincePlan, 'period', quarterPeriod(2026, 3), 'vi')).toBe('Quý III/2026');
    const flow: Indicator = { ...revenue, cumulative: false };
    expect(trendPeriodLabel(flow, 'cumulative', monthPeriod(2026, 10), 'vi')).toBe('10 tháng năm 2026');
  });
});
