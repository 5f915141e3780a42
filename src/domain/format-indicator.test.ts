import { describe, expect, it } from 'vitest';
import {
  formatIndicatorCell,
  formatIndicatorChange,
  formatIndicatorPeriod,
  formatIndicatorValue,
} from './format-indicator.ts';
import { monthPeriod, quarterPeriod } from './period.ts';
import type { Indicator } from './indicators.ts';

type Subject = Pick<Indicator, 'unit' | 'decimals'> & Partial<Pick<Indicator, 'display'>>;
const revenue: Subject = {
  unit: { kind: 'amount', multiplier: 1e9, currency: 'VND', label: { vi: 'tỷ đồng', en: 'VND billion' } },
  decimals: 0,
};
const exports: Subject = {
  unit: { kind: 'amount', multiplier: 1e6, currency: 'USD', label: { vi: 'triệu USD', en: 'US$ million' } },
  decimals: 0,
};
const disbursement: Subject = {
  unit: { kind: 'percent', multiplier: 1, label: { vi: '% kế hoạch', en: '% of plan' } },
  decimals: 1,
};
const growth: Subject = { unit: { kind: 'growth', multiplier: 1, label: { vi: '%', en: '%' } }, decimals: 2 };
const score: Subject = {
  unit: { kind: 'score', multiplier: 1, max: 100, label: { vi: 'điểm', en: 'points' } },
  decimals: 2,
};
const tasks: Subject = {
  unit: { kind: 'count', multiplier: 1, label: { vi: 'nhiệm vụ', en: 'tasks' } },
  decimals: 0,
};

describe('formatIndicatorValue', () => {
  it('writes large amounts in words (2,65 triệu tỷ đồng; 514 tỷ USD)', () => {
    expect(formatIndicatorValue(revenue, 2_650_000, 'vi')).toEqual({
      number: '2,65',
      unit: 'triệu tỷ đồng',
      text: '2,65 triệu tỷ đồng',
    });
    expect(formatIndicatorValue(exports, 514_000, 'vi').text).toBe('514 tỷ USD');
    expect(formatIndicatorValue(exports, 514_000, 'en')).toEqual({
      number: 'US$514',
      unit: 'billion',
      text: 'US$514 billion',
    });
  });

  it('keeps the percent sign on the number and the words after it', () => {
    expect(formatIndicatorValue(disbursement, 67.34, 'vi')).toEqual({
      number: '67,3',
      unit: '% kế hoạch',
      text: '67,3% kế hoạch',
    });
    expect(formatIndicatorValue(growth, 8.02, 'en').text).toBe('8.02%');
  });

  it('writes scores with two decimals and counts with thousands separators', () => {
    expect(formatIndicatorValue(score, 87.454, 'vi').text).toBe('87,45 điểm');
    expect(formatIndicatorValue(tasks, 9831, 'vi').text).toBe('9.831 nhiệm vụ');
    expect(formatIndicatorValue(tasks, 9831, 'en').text).toBe('9,831 tasks');
  });
});

describe('formatIndicatorChange', () => {
  it('gives percentage points for rates, per cent for amounts, points for scores', () => {
    expect(
      formatIndicatorChange(
        disbursement,
        { kind: 'difference', value: 3.4, direction: 'up', tone: 'good' },
        'vi',
      ),
    ).toBe('+3,4 điểm %');
    expect(
      formatIndicatorChange(revenue, { kind: 'relative', value: 29.94, direction: 'up', tone: 'good' }, 'vi'),
    ).toBe('+29,9%');
    expect(
      formatIndicatorChange(
        score,
        { kind: 'difference', value: -1.25, direction: 'down', tone: 'bad' },
        'vi',
      ),
    ).toBe('−1,25 điểm');
    expect(
      formatIndicatorChange(growth, { kind: 'difference', value: 0.5, direction: 'up', tone: 'good' }, 'en'),
    ).toBe('+0.50 pp');
  });

  it('drops the sign where a word says the direction', () => {
    const down = { kind: 'relative', value: -4.84, direction: 'down', tone: 'bad' } as const;
    expect(formatIndicatorChange(revenue, down, 'vi', { signed: false })).toBe('4,8%');
    const pp = { kind: 'difference', value: -1.2, direction: 'down', tone: 'bad' } as const;
    expect(formatIndicatorChange(disbursement, pp, 'vi', { signed: false })).toBe('1,2 điểm %');
  });
});

describe('amounts respect the indicator’s decimals and display scale', () => {
  const costSaved: Subject = { ...revenue, decimals: 1 };
  const fdi: Subject = { ...exports, decimals: 1 };
  const gdp: Subject = {
    ...revenue,
    display: { factor: 1e12, label: { vi: 'nghìn tỷ đồng', en: 'trillion' }, decimals: 1 },
  };
  const population: Subject = {
    unit: { kind: 'count', multiplier: 1e3, label: { vi: 'nghìn người', en: 'thousand people' } },
    decimals: 1,
    display: { factor: 1e6, label: { vi: 'triệu người', en: 'million people' }, decimals: 2 },
  };

  it('in its own unit with its decimals below a thousand of them: 521,7 tỷ đồng, not 522', () => {
    expect(formatIndicatorValue(costSaved, 521.7, 'vi')).toEqual({
      number: '521,7',
      unit: 'tỷ đồng',
      text: '521,7 tỷ đồng',
    });
    expect(formatIndicatorValue(costSaved, 521.7, 'en').text).toBe('VND 521.7 billion');
    expect(formatIndicatorValue(fdi, -521.74, 'vi').text).toBe('−521,7 triệu USD');
    // Rounding up to a thousand moves to the next scale, as elsewhere.
    expect(formatIndicatorValue(revenue, 999.6, 'vi').text).toBe('1 nghìn tỷ đồng');
  });

  it('above a thousand, scaled to words: 38,42 tỷ USD; 2,65 triệu tỷ đồng', () => {
    expect(formatIndicatorValue(fdi, 38_420, 'vi').text).toBe('38,42 tỷ USD');
    expect(formatIndicatorValue(costSaved, 2_650_000, 'vi').text).toBe('2,65 triệu tỷ đồng');
  });

  it('in the catalog’s display scale: GDP 12.847,6 nghìn tỷ đồng, population 102,35 triệu người', () => {
    expect(formatIndicatorValue(gdp, 12_847_600, 'vi')).toEqual({
      number: '12.847,6',
      unit: 'nghìn tỷ đồng',
      text: '12.847,6 nghìn tỷ đồng',
    });
    expect(formatIndicatorValue(gdp, 12_847_600, 'en').text).toBe('VND 12,847.6 trillion');
    expect(formatIndicatorValue(gdp, 31_200, 'vi').text).toBe('31,2 nghìn tỷ đồng');
    expect(formatIndicatorValue(population, 102_350.4, 'vi').text).toBe('102,35 triệu người');
    expect(formatIndicatorValue(population, 102_350.4, 'en').text).toBe('102.35 million people');
  });
});

describe('formatIndicatorPeriod', () => {
  it('names a year-to-date figure by its months, a running total since a plan by its start', () => {
    expect(formatIndicatorPeriod({ cumulative: true }, monthPeriod(2026, 10), 'vi')).toBe(
      '10 tháng năm 2026',
    );
    const sincePlan = { cumulative: false, accumulation: { kind: 'since', from: 2022 } } as const;
    expect(formatIndicatorPeriod(sincePlan, quarterPeriod(2026, 3), 'vi')).toBe(
      'Quý III/2026 (lũy kế từ 2022)',
    );
    expect(formatIndicatorPeriod(sincePlan, quarterPeriod(2026, 3), 'en')).toBe(
      'Q3 2026 (cumulative since 2022)',
    );
    expect(formatIndicatorPeriod(sincePlan, quarterPeriod(2026, 3), 'vi', { short: true })).toBe('Q3/2026');
  });

  it('a flow, a rate or a stock by the period itself', () => {
    expect(formatIndicatorPeriod({ cumulative: false }, monthPeriod(2026, 10), 'vi')).toBe('Tháng 10/2026');
    const stock = { cumulative: false, accumulation: { kind: 'stock' } } as const;
    expect(formatIndicatorPeriod(stock, quarterPeriod(2026, 3), 'vi')).toBe('Quý III/2026');
  });
});

describe('formatIndicatorCell', () => {
  it('writes a column of amounts in one unit and one precision, not scaled row by row', () => {
    const column = [81_770, 70_100, 684_356.4, 521.7].map((v) => formatIndicatorCell(revenue, v, 'vi'));
    expect(column).toEqual(['81.770 tỷ đồng', '70.100 tỷ đồng', '684.356 tỷ đồng', '522 tỷ đồng']);
    // As the board writes them, the same figures change scale and decimals from row to row.
    expect(formatIndicatorValue(revenue, 81_770, 'vi').text).toBe('81,77 nghìn tỷ đồng');
    expect(formatIndicatorValue(revenue, 70_100, 'vi').text).toBe('70,1 nghìn tỷ đồng');
    expect(formatIndicatorCell({ ...revenue, decimals: 1 }, 60_040, 'en')).toBe('60,040.0 VND billion');
  });

  it('leaves rates, scores and a fixed display scale as the board writes them', () => {
    expect(formatIndicatorCell(disbursement, 67.34, 'vi')).toBe('67,3% kế hoạch');
    expect(formatIndicatorCell(score, 87.456, 'vi')).toBe('87,46 điểm');
    const gdp: Subject = {
      ...revenue,
      decimals: 1,
      display: { factor: 1e12, decimals: 1, label: { vi: 'nghìn tỷ đồng', en: 'trillion' } },
    };
    expect(formatIndicatorCell(gdp, 12_847_600, 'vi')).toBe('12.847,6 nghìn tỷ đồng');
  });
});
