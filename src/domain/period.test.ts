import { describe, expect, it } from 'vitest';
import {
  PERIODS_PER_YEAR,
  RECENT_PERIODS,
  recentFrom,
  FREQUENCIES,
  addPeriods,
  comparePeriods,
  equalPeriods,
  firstPeriodOf,
  formatPeriod,
  formatPeriodRange,
  halfPeriod,
  latestCompletePeriod,
  monthPeriod,
  nextPeriod,
  parsePeriod,
  periodContaining,
  periodEnd,
  periodKey,
  periodLastMonth,
  periodRange,
  periodStart,
  periodsBetween,
  periodsFrom,
  previousPeriod,
  quarterPeriod,
  samePeriodLastYear,
  yearPeriod,
  yearToDateMonths,
  type Period,
} from './period.ts';

const keys = (periods: readonly Period[]): string[] => periods.map(periodKey);
const p = (key: string): Period => {
  const parsed = parsePeriod(key);
  if (!parsed) throw new Error(`bad fixture ${key}`);
  return parsed;
};

describe('FREQUENCIES', () => {
  it('lists the four frequencies from most to least frequent', () => {
    expect(FREQUENCIES).toEqual(['month', 'quarter', 'half', 'year']);
  });
});

describe('half-years (the Decision 766 index is published by six months)', () => {
  it('read and write as YYYY-H1 / YYYY-H2', () => {
    expect(parsePeriod('2026-H1')).toEqual({ frequency: 'half', year: 2026, half: 1 });
    expect(periodKey(halfPeriod(2025, 2))).toBe('2025-H2');
    for (const bad of ['2026-H3', '2026-H0', '2026-h1']) expect(parsePeriod(bad), bad).toBeNull();
    expect(() => halfPeriod(2026, 3)).toThrow(RangeError);
  });

  it('cover January–June and July–December', () => {
    expect(periodStart(p('2026-H2'))).toBe('2026-07-01');
    expect(periodEnd(p('2026-H1'))).toBe('2026-06-30');
    expect(periodContaining('2026-11-20', 'half')).toEqual(p('2026-H2'));
    expect(latestCompletePeriod('2026-11-20', 'half')).toEqual(p('2026-H1'));
    expect(keys(periodRange(p('2025-H2'), p('2026-H2')))).toEqual(['2025-H2', '2026-H1', '2026-H2']);
    expect(samePeriodLastYear(p('2026-H1'))).toEqual(p('2025-H1'));
    expect(periodLastMonth(p('2026-H2'))).toBe(12);
    expect(firstPeriodOf('half', p('2022-01'))).toEqual(p('2022-H1'));
  });

  it('are titled as the statistics office titles them', () => {
    expect(formatPeriod(p('2026-H1'), 'vi')).toBe('6 tháng đầu năm 2026');
    expect(formatPeriod(p('2026-H2'), 'vi')).toBe('6 tháng cuối năm 2026');
    expect(formatPeriod(p('2026-H1'), 'vi', { short: true })).toBe('6T/2026');
    expect(formatPeriod(p('2026-H2'), 'vi', { short: true })).toBe('6T cuối/2026');
    expect(formatPeriod(p('2026-H1'), 'en')).toBe('H1 2026');
    expect(formatPeriod(p('2026-H2'), 'vi', { cumulative: true })).toBe('Năm 2026');
  });
});

describe('parsePeriod', () => {
  it('reads months, quarters and years', () => {
    expect(parsePeriod('2026-10')).toEqual({ frequency: 'month', year: 2026, month: 10 });
    expect(parsePeriod('2026-01')).toEqual({ frequency: 'month', year: 2026, month: 1 });
    expect(parsePeriod('2026-12')).toEqual({ frequency: 'month', year: 2026, month: 12 });
    expect(parsePeriod('2026-Q3')).toEqual({ frequency: 'quarter', year: 2026, quarter: 3 });
    expect(parsePeriod('2026-Q1')).toEqual({ frequency: 'quarter', year: 2026, quarter: 1 });
    expect(parsePeriod('2026-Q4')).toEqual({ frequency: 'quarter', year: 2026, quarter: 4 });
    expect(parsePeriod('2026')).toEqual({ frequency: 'year', year: 2026 });
  });

  it('accepts the years 1900 to 2999', () => {
    expect(parsePeriod('1900')).toEqual({ frequency: 'year', year: 1900 });
    expect(parsePeriod('2999-12')).toEqual({ frequency: 'month', year: 2999, month: 12 });
    expect(parsePeriod('1899')).toBeNull();
    expect(parsePeriod('3000')).toBeNull();
    expect(parsePeriod('1899-12')).toBeNull();
    expect(parsePeriod('3000-Q1')).toBeNull();
  });

  it.each([
    '2026-13',
    '2026-00',
    '2026-Q5',
    '2026-Q0',
    '2026-1',
    '2026-001',
    ' 2026',
    '2026 ',
    '2026-q3',
    '2026Q3',
    '2026-Q03',
    '2026-10-01',
    '26',
    '02026',
    '+2026',
    '2026-',
    '２０２６',
    '',
    'Tháng 10/2026',
  ])('rejects %j', (key) => {
    expect(parsePeriod(key)).toBeNull();
  });

  it('is the inverse of periodKey', () => {
    for (const key of ['1900-01', '2026-10', '2026-Q3', '2026', '2999-Q4']) {
      expect(periodKey(p(key))).toBe(key);
    }
  });
});

describe('constructors', () => {
  it('build plain data', () => {
    expect(monthPeriod(2026, 10)).toEqual({ frequency: 'month', year: 2026, month: 10 });
    expect(quarterPeriod(2026, 3)).toEqual({ frequency: 'quarter', year: 2026, quarter: 3 });
    expect(yearPeriod(2026)).toEqual({ frequency: 'year', year: 2026 });
  });

  it('reject months outside 1–12 and fractions', () => {
    expect(() => monthPeriod(2026, 0)).toThrow(RangeError);
    expect(() => monthPeriod(2026, 13)).toThrow(RangeError);
    expect(() => monthPeriod(2026, 1.5)).toThrow(RangeError);
    expect(() => monthPeriod(2026, Number.NaN)).toThrow(RangeError);
  });

  it('reject quarters outside 1–4', () => {
    expect(() => quarterPeriod(2026, 0)).toThrow(RangeError);
    expect(() => quarterPeriod(2026, 5)).toThrow(RangeError);
    expect(() => quarterPeriod(2026, 2.5)).toThrow(RangeError);
  });

  it('reject years outside 1900–2999 and fractions', () => {
    expect(() => yearPeriod(1899)).toThrow(RangeError);
    expect(() => yearPeriod(3000)).toThrow(RangeError);
    expect(() => yearPeriod(2026.5)).toThrow(RangeError);
    expect(() => monthPeriod(3000, 1)).toThrow(RangeError);
    expect(() => quarterPeriod(1899, 4)).toThrow(RangeError);
  });
});

describe('periodKey', () => {
  it('pads months to two digits and writes quarters with a capital Q', () => {
    expect(periodKey(monthPeriod(2026, 3))).toBe('2026-03');
    expect(periodKey(monthPeriod(2026, 10))).toBe('2026-10');
    expect(periodKey(quarterPeriod(2026, 3))).toBe('2026-Q3');
    expect(periodKey(yearPeriod(2026))).toBe('2026');
  });
});

describe('equalPeriods', () => {
  it('compares by value, not by reference', () => {
    expect(equalPeriods(monthPeriod(2026, 10), p('2026-10'))).toBe(true);
    expect(equalPeriods(monthPeriod(2026, 10), monthPeriod(2026, 11))).toBe(false);
    expect(equalPeriods(monthPeriod(2026, 10), monthPeriod(2025, 10))).toBe(false);
    expect(equalPeriods(quarterPeriod(2026, 3), p('2026-Q3'))).toBe(true);
    expect(equalPeriods(yearPeriod(2026), p('2026'))).toBe(true);
  });

  it('never equates periods of different frequencies', () => {
    expect(equalPeriods(monthPeriod(2026, 1), quarterPeriod(2026, 1))).toBe(false);
    expect(equalPeriods(monthPeriod(2026, 1), yearPeriod(2026))).toBe(false);
    expect(equalPeriods(quarterPeriod(2026, 1), yearPeriod(2026))).toBe(false);
  });
});

describe('comparePeriods', () => {
  it('orders periods of one frequency, across years', () => {
    expect(comparePeriods(p('2026-01'), p('2026-10'))).toBeLessThan(0);
    expect(comparePeriods(p('2026-10'), p('2026-01'))).toBeGreaterThan(0);
    expect(comparePeriods(p('2025-12'), p('2026-01'))).toBeLessThan(0);
    expect(comparePeriods(p('2026-Q3'), p('2026-Q3'))).toBe(0);
    expect(comparePeriods(p('2025-Q4'), p('2026-Q1'))).toBeLessThan(0);
    expect(comparePeriods(p('2025'), p('2026'))).toBeLessThan(0);
  });

  it('sorts a list', () => {
    const sorted = ['2026-02', '2025-12', '2026-10', '2026-01'].map(p).sort(comparePeriods);
    expect(keys(sorted)).toEqual(['2025-12', '2026-01', '2026-02', '2026-10']);
  });

  it('throws on mixed frequencies', () => {
    expect(() => comparePeriods(p('2026-01'), p('2026-Q1'))).toThrow(RangeError);
    expect(() => comparePeriods(p('2026'), p('2026-Q1'))).toThrow(RangeError);
  });
});

describe('previousPeriod, nextPeriod, addPeriods', () => {
  it('step within and across years', () => {
    expect(periodKey(previousPeriod(p('2026-10')))).toBe('2026-09');
    expect(periodKey(previousPeriod(p('2026-01')))).toBe('2025-12');
    expect(periodKey(nextPeriod(p('2026-12')))).toBe('2027-01');
    expect(periodKey(previousPeriod(p('2026-Q1')))).toBe('2025-Q4');
    expect(periodKey(nextPeriod(p('2026-Q4')))).toBe('2027-Q1');
    expect(periodKey(previousPeriod(p('2026')))).toBe('2025');
    expect(periodKey(nextPeriod(p('2026')))).toBe('2027');
  });

  it('add any whole number of periods, negative included', () => {
    expect(periodKey(addPeriods(p('2026-10'), 0))).toBe('2026-10');
    expect(periodKey(addPeriods(p('2026-10'), 3))).toBe('2027-01');
    expect(periodKey(addPeriods(p('2026-10'), -10))).toBe('2025-12');
    expect(periodKey(addPeriods(p('2026-10'), -58))).toBe('2021-12');
    expect(periodKey(addPeriods(p('2026-10'), 27))).toBe('2029-01');
    expect(periodKey(addPeriods(p('2026-Q3'), -7))).toBe('2024-Q4');
    expect(periodKey(addPeriods(p('2026-Q3'), 6))).toBe('2028-Q1');
    expect(periodKey(addPeriods(p('2026'), -5))).toBe('2021');
  });

  it('keep the frequency', () => {
    expect(addPeriods(quarterPeriod(2026, 1), 1).frequency).toBe('quarter');
  });

  it('refuse fractions and results outside 1900–2999', () => {
    expect(() => addPeriods(p('2026-10'), 0.5)).toThrow(RangeError);
    expect(() => addPeriods(p('2026-10'), Number.NaN)).toThrow(RangeError);
    expect(() => previousPeriod(p('1900-01'))).toThrow(RangeError);
    expect(() => previousPeriod(p('1900-Q1'))).toThrow(RangeError);
    expect(() => nextPeriod(p('2999'))).toThrow(RangeError);
    expect(() => nextPeriod(p('2999-12'))).toThrow(RangeError);
  });

  it('leave the original untouched', () => {
    const october = monthPeriod(2026, 10);
    nextPeriod(october);
    expect(october).toEqual({ frequency: 'month', year: 2026, month: 10 });
  });
});

describe('samePeriodLastYear', () => {
  it('goes back one year at every frequency', () => {
    expect(periodKey(samePeriodLastYear(p('2026-10')))).toBe('2025-10');
    expect(periodKey(samePeriodLastYear(p('2026-01')))).toBe('2025-01');
    expect(periodKey(samePeriodLastYear(p('2026-Q3')))).toBe('2025-Q3');
    expect(periodKey(samePeriodLastYear(p('2026')))).toBe('2025');
  });

  it('throws before 1900', () => {
    expect(() => samePeriodLastYear(p('1900-06'))).toThrow(RangeError);
  });
});

describe('periodRange', () => {
  it('includes both ends', () => {
    expect(keys(periodRange(p('2025-11'), p('2026-02')))).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(keys(periodRange(p('2025-Q4'), p('2026-Q2')))).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(keys(periodRange(p('2021'), p('2025')))).toEqual(['2021', '2022', '2023', '2024', '2025']);
  });

  it('holds one period when the ends are equal', () => {
    expect(keys(periodRange(p('2026-10'), p('2026-10')))).toEqual(['2026-10']);
  });

  it('is empty when from is after to', () => {
    expect(periodRange(p('2026-10'), p('2026-09'))).toEqual([]);
    expect(periodRange(p('2027'), p('2021'))).toEqual([]);
  });

  it('spans five years of months', () => {
    const months = periodRange(p('2022-01'), p('2026-10'));
    expect(months).toHaveLength(58);
    expect(periodKey(months[0] ?? yearPeriod(1900))).toBe('2022-01');
    expect(periodKey(months[57] ?? yearPeriod(1900))).toBe('2026-10');
  });

  it('throws on mixed frequencies', () => {
    expect(() => periodRange(p('2026-01'), p('2026-Q4'))).toThrow(RangeError);
  });
});

describe('periodsBetween', () => {
  it('counts steps from a to b, signed', () => {
    expect(periodsBetween(p('2026-01'), p('2026-10'))).toBe(9);
    expect(periodsBetween(p('2026-10'), p('2026-01'))).toBe(-9);
    expect(periodsBetween(p('2025-12'), p('2026-01'))).toBe(1);
    expect(periodsBetween(p('2026-10'), p('2026-10'))).toBe(0);
    expect(periodsBetween(p('2025-Q3'), p('2026-Q2'))).toBe(3);
    expect(periodsBetween(p('2021'), p('2025'))).toBe(4);
  });

  it('is what addPeriods needs to get from a to b', () => {
    const a = p('2022-01');
    const b = p('2026-10');
    expect(equalPeriods(addPeriods(a, periodsBetween(a, b)), b)).toBe(true);
    expect(periodRange(a, b)).toHaveLength(periodsBetween(a, b) + 1);
  });

  it('throws on mixed frequencies', () => {
    expect(() => periodsBetween(p('2026'), p('2026-10'))).toThrow(RangeError);
  });
});

describe('periodStart and periodEnd', () => {
  it('bound a month', () => {
    expect(periodStart(p('2026-10'))).toBe('2026-10-01');
    expect(periodEnd(p('2026-10'))).toBe('2026-10-31');
    expect(periodEnd(p('2026-11'))).toBe('2026-11-30');
    expect(periodEnd(p('2026-12'))).toBe('2026-12-31');
  });

  it('know February in leap and common years', () => {
    expect(periodEnd(p('2024-02'))).toBe('2024-02-29');
    expect(periodEnd(p('2026-02'))).toBe('2026-02-28');
    expect(periodEnd(p('2000-02'))).toBe('2000-02-29');
    expect(periodEnd(p('1900-02'))).toBe('1900-02-28');
  });

  it('bound quarters', () => {
    expect(periodStart(p('2026-Q1'))).toBe('2026-01-01');
    expect(periodEnd(p('2026-Q1'))).toBe('2026-03-31');
    expect(periodStart(p('2026-Q2'))).toBe('2026-04-01');
    expect(periodEnd(p('2026-Q2'))).toBe('2026-06-30');
    expect(periodStart(p('2026-Q3'))).toBe('2026-07-01');
    expect(periodEnd(p('2026-Q3'))).toBe('2026-09-30');
    expect(periodStart(p('2026-Q4'))).toBe('2026-10-01');
    expect(periodEnd(p('2026-Q4'))).toBe('2026-12-31');
  });

  it('bound years', () => {
    expect(periodStart(p('2026'))).toBe('2026-01-01');
    expect(periodEnd(p('2026'))).toBe('2026-12-31');
  });
});

describe('periodContaining', () => {
  it('finds the period of each frequency around a date', () => {
    expect(periodKey(periodContaining('2026-11-20', 'month'))).toBe('2026-11');
    expect(periodKey(periodContaining('2026-11-20', 'quarter'))).toBe('2026-Q4');
    expect(periodKey(periodContaining('2026-11-20', 'year'))).toBe('2026');
  });

  it('includes both boundary days', () => {
    expect(periodKey(periodContaining('2026-07-01', 'quarter'))).toBe('2026-Q3');
    expect(periodKey(periodContaining('2026-09-30', 'quarter'))).toBe('2026-Q3');
    expect(periodKey(periodContaining('2026-03-31', 'quarter'))).toBe('2026-Q1');
    expect(periodKey(periodContaining('2024-02-29', 'month'))).toBe('2024-02');
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-5', '2026-11-20T00:00:00Z', ''])(
    'rejects %j',
    (date) => {
      expect(() => periodContaining(date, 'month')).toThrow(RangeError);
    },
  );
});

describe('latestCompletePeriod', () => {
  it('is the last period that ended before the date', () => {
    expect(periodKey(latestCompletePeriod('2026-11-20', 'month'))).toBe('2026-10');
    expect(periodKey(latestCompletePeriod('2026-11-20', 'quarter'))).toBe('2026-Q3');
    expect(periodKey(latestCompletePeriod('2026-11-20', 'year'))).toBe('2025');
  });

  it('counts a period complete from the day after its end', () => {
    expect(periodKey(latestCompletePeriod('2026-11-01', 'month'))).toBe('2026-10');
    expect(periodKey(latestCompletePeriod('2026-10-31', 'month'))).toBe('2026-09');
    expect(periodKey(latestCompletePeriod('2026-10-01', 'quarter'))).toBe('2026-Q3');
    expect(periodKey(latestCompletePeriod('2026-09-30', 'quarter'))).toBe('2026-Q2');
    expect(periodKey(latestCompletePeriod('2026-01-01', 'year'))).toBe('2025');
    expect(periodKey(latestCompletePeriod('2026-12-31', 'year'))).toBe('2025');
  });

  it('crosses the year in January', () => {
    expect(periodKey(latestCompletePeriod('2026-01-15', 'month'))).toBe('2025-12');
    expect(periodKey(latestCompletePeriod('2026-01-15', 'quarter'))).toBe('2025-Q4');
  });

  it('has an end strictly before the date', () => {
    for (const frequency of FREQUENCIES) {
      const asOf = '2026-07-01';
      const latest = latestCompletePeriod(asOf, frequency);
      expect(periodEnd(latest) < asOf).toBe(true);
      expect(periodEnd(nextPeriod(latest)) < asOf).toBe(false);
    }
  });
});

describe('yearToDateMonths', () => {
  it('lists January through the month', () => {
    expect(keys(yearToDateMonths(p('2026-03')))).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(keys(yearToDateMonths(p('2026-01')))).toEqual(['2026-01']);
    expect(yearToDateMonths(p('2026-10'))).toHaveLength(10);
  });

  it('lists January through the last month of a quarter', () => {
    expect(keys(yearToDateMonths(p('2026-Q1')))).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(keys(yearToDateMonths(p('2026-Q3')))).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
    ]);
  });

  it('lists the twelve months of a year', () => {
    const months = yearToDateMonths(p('2026'));
    expect(months).toHaveLength(12);
    expect(periodKey(months[11] ?? yearPeriod(1900))).toBe('2026-12');
  });
});

describe('formatPeriod in Vietnamese', () => {
  it('writes months, Roman quarters and years', () => {
    expect(formatPeriod(p('2026-10'), 'vi')).toBe('Tháng 10/2026');
    expect(formatPeriod(p('2026-01'), 'vi')).toBe('Tháng 1/2026');
    expect(formatPeriod(p('2026-Q1'), 'vi')).toBe('Quý I/2026');
    expect(formatPeriod(p('2026-Q2'), 'vi')).toBe('Quý II/2026');
    expect(formatPeriod(p('2026-Q3'), 'vi')).toBe('Quý III/2026');
    expect(formatPeriod(p('2026-Q4'), 'vi')).toBe('Quý IV/2026');
    expect(formatPeriod(p('2026'), 'vi')).toBe('Năm 2026');
  });

  it('shortens for axes', () => {
    expect(formatPeriod(p('2026-10'), 'vi', { short: true })).toBe('T10/2026');
    expect(formatPeriod(p('2026-03'), 'vi', { short: true })).toBe('T3/2026');
    expect(formatPeriod(p('2026-Q3'), 'vi', { short: true })).toBe('Q3/2026');
    expect(formatPeriod(p('2026'), 'vi', { short: true })).toBe('2026');
  });

  it('names cumulative months by the months they cover', () => {
    const cumulative = (key: string): string => formatPeriod(p(key), 'vi', { cumulative: true });
    expect(cumulative('2026-01')).toBe('Tháng 1/2026');
    expect(cumulative('2026-02')).toBe('2 tháng năm 2026');
    expect(cumulative('2026-03')).toBe('3 tháng năm 2026');
    expect(cumulative('2026-05')).toBe('5 tháng năm 2026');
    expect(cumulative('2026-06')).toBe('6 tháng đầu năm 2026');
    expect(cumulative('2026-07')).toBe('7 tháng năm 2026');
    expect(cumulative('2026-09')).toBe('9 tháng năm 2026');
    expect(cumulative('2026-10')).toBe('10 tháng năm 2026');
    expect(cumulative('2026-11')).toBe('11 tháng năm 2026');
    expect(cumulative('2026-12')).toBe('Năm 2026');
  });

  it('names cumulative quarters the same way', () => {
    const cumulative = (key: string): string => formatPeriod(p(key), 'vi', { cumulative: true });
    expect(cumulative('2026-Q1')).toBe('Quý I/2026');
    expect(cumulative('2026-Q2')).toBe('6 tháng đầu năm 2026');
    expect(cumulative('2026-Q3')).toBe('9 tháng năm 2026');
    expect(cumulative('2026-Q4')).toBe('Năm 2026');
    expect(cumulative('2026')).toBe('Năm 2026');
  });

  it('shortens cumulative labels', () => {
    const short = (key: string): string => formatPeriod(p(key), 'vi', { cumulative: true, short: true });
    expect(short('2026-09')).toBe('9 tháng/2026');
    expect(short('2026-06')).toBe('6 tháng/2026');
    expect(short('2026-10')).toBe('10 tháng/2026');
    // Never one transposed letter away from the month's own short label.
    expect(short('2026-10')).not.toBe('10T/2026');
    expect(formatPeriod(p('2026-10'), 'vi', { short: true })).toBe('T10/2026');
    expect(short('2026-01')).toBe('T1/2026');
    expect(short('2026-12')).toBe('2026');
    expect(short('2026-Q1')).toBe('Q1/2026');
    expect(short('2026-Q2')).toBe('6 tháng/2026');
    expect(short('2026-Q3')).toBe('9 tháng/2026');
    expect(short('2026-Q4')).toBe('2026');
    expect(short('2026')).toBe('2026');
  });

  it('treats cumulative: false like no option', () => {
    expect(formatPeriod(p('2026-10'), 'vi', { cumulative: false })).toBe('Tháng 10/2026');
  });
});

describe('formatPeriod in English', () => {
  it('writes months, quarters and years', () => {
    expect(formatPeriod(p('2026-10'), 'en')).toBe('October 2026');
    expect(formatPeriod(p('2026-01'), 'en')).toBe('January 2026');
    expect(formatPeriod(p('2026-09'), 'en')).toBe('September 2026');
    expect(formatPeriod(p('2026-Q3'), 'en')).toBe('Q3 2026');
    expect(formatPeriod(p('2026'), 'en')).toBe('2026');
  });

  it('shortens months to three letters', () => {
    expect(formatPeriod(p('2026-10'), 'en', { short: true })).toBe('Oct 2026');
    expect(formatPeriod(p('2026-09'), 'en', { short: true })).toBe('Sep 2026');
    expect(formatPeriod(p('2026-06'), 'en', { short: true })).toBe('Jun 2026');
    expect(formatPeriod(p('2026-Q3'), 'en', { short: true })).toBe('Q3 2026');
    expect(formatPeriod(p('2026'), 'en', { short: true })).toBe('2026');
  });

  it('writes cumulative spans with an en dash', () => {
    const cumulative = (key: string): string => formatPeriod(p(key), 'en', { cumulative: true });
    expect(cumulative('2026-10')).toBe('Jan–Oct 2026');
    expect(cumulative('2026-02')).toBe('Jan–Feb 2026');
    expect(cumulative('2026-01')).toBe('January 2026');
    expect(cumulative('2026-12')).toBe('2026');
    expect(cumulative('2026-Q1')).toBe('Q1 2026');
    expect(cumulative('2026-Q2')).toBe('Jan–Jun 2026');
    expect(cumulative('2026-Q3')).toBe('Jan–Sep 2026');
    expect(cumulative('2026-Q4')).toBe('2026');
    expect(cumulative('2026')).toBe('2026');
  });

  it('keeps cumulative spans when short', () => {
    const short = (key: string): string => formatPeriod(p(key), 'en', { cumulative: true, short: true });
    expect(short('2026-10')).toBe('Jan–Oct 2026');
    expect(short('2026-01')).toBe('Jan 2026');
    expect(short('2026-12')).toBe('2026');
  });
});

describe('formatPeriodRange', () => {
  it('joins two labels with a spaced en dash', () => {
    expect(formatPeriodRange(p('2022-01'), p('2026-10'), 'vi')).toBe('Tháng 1/2022 – Tháng 10/2026');
    expect(formatPeriodRange(p('2022-01'), p('2026-10'), 'en')).toBe('January 2022 – October 2026');
    expect(formatPeriodRange(p('2025-Q1'), p('2026-Q3'), 'vi')).toBe('Quý I/2025 – Quý III/2026');
    expect(formatPeriodRange(p('2021'), p('2025'), 'vi')).toBe('Năm 2021 – Năm 2025');
    expect(formatPeriodRange(p('2021'), p('2025'), 'en')).toBe('2021 – 2025');
  });

  it('writes a single period once', () => {
    expect(formatPeriodRange(p('2026-10'), p('2026-10'), 'vi')).toBe('Tháng 10/2026');
  });
});

describe('firstPeriodOf and periodsFrom', () => {
  it('start each frequency at the period covering the first month', () => {
    expect(firstPeriodOf('month', monthPeriod(2022, 1))).toEqual(monthPeriod(2022, 1));
    expect(firstPeriodOf('quarter', monthPeriod(2022, 5))).toEqual(quarterPeriod(2022, 2));
    expect(firstPeriodOf('year', monthPeriod(2022, 5))).toEqual(yearPeriod(2022));
    expect(firstPeriodOf('month', quarterPeriod(2022, 4))).toEqual(monthPeriod(2022, 10));
  });
  it('list the range, or just the last period when it comes before the first', () => {
    expect(periodsFrom(monthPeriod(2022, 1), quarterPeriod(2022, 3)).map(periodKey)).toEqual([
      '2022-Q1',
      '2022-Q2',
      '2022-Q3',
    ]);
    expect(periodsFrom(monthPeriod(2023, 1), yearPeriod(2022)).map(periodKey)).toEqual(['2022']);
  });
});

describe('recentFrom', () => {
  it('goes back thirteen months, eight quarters, six half-years or five years, the period itself included', () => {
    expect(RECENT_PERIODS).toEqual({ month: 13, quarter: 8, half: 6, year: 5 });
    expect(periodKey(recentFrom(halfPeriod(2026, 1)))).toBe('2023-H2');
    expect(periodKey(recentFrom(monthPeriod(2026, 10)))).toBe('2025-10');
    expect(periodKey(recentFrom(quarterPeriod(2026, 3)))).toBe('2024-Q4');
    expect(periodKey(recentFrom(yearPeriod(2025)))).toBe('2021');
  });
  it("starts no earlier than the feed's first period", () => {
    expect(periodKey(recentFrom(yearPeriod(2025), monthPeriod(2022, 1)))).toBe('2022');
    expect(periodKey(recentFrom(monthPeriod(2022, 6), monthPeriod(2022, 1)))).toBe('2022-01');
    expect(periodKey(recentFrom(monthPeriod(2026, 10), monthPeriod(2022, 1)))).toBe('2025-10');
  });
  it('counts last year as twelve months, four quarters, two half-years, one year back', () => {
    expect(PERIODS_PER_YEAR).toEqual({ month: 12, quarter: 4, half: 2, year: 1 });
  });
});
