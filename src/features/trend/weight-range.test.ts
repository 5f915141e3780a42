import { describe, expect, it } from 'vitest';
import { monthPeriod, periodKey, quarterPeriod, yearPeriod } from '../../domain/period.ts';
import { weightRange } from './weight-range.ts';

const keys = (r: ReturnType<typeof weightRange>) => [r.frequency, periodKey(r.from), periodKey(r.to)];

describe('weightRange', () => {
  it('asks for yearly weights from the first year of the trend, not the year before the data begins', () => {
    // CPI (monthly) weighted by population (yearly), over the whole feed: January 2022 to October 2026.
    expect(keys(weightRange(['year'], 'month', monthPeriod(2022, 1), monthPeriod(2026, 10), 2025))).toEqual([
      'year',
      '2022',
      '2025',
    ]);
  });

  it('reaches back a year for a trend starting in the months the 63 reported in 2025', () => {
    // 2025 is reported by the 34: the 63's figures of January to June 2025 are weighted with 2024.
    expect(keys(weightRange(['year'], 'month', monthPeriod(2025, 3), monthPeriod(2025, 12), 2025))).toEqual([
      'year',
      '2024',
      '2025',
    ]);
    expect(keys(weightRange(['year'], 'month', monthPeriod(2025, 7), monthPeriod(2025, 12), 2025))).toEqual([
      'year',
      '2025',
      '2025',
    ]);
  });

  it('never asks for a year after the latest published', () => {
    expect(
      keys(weightRange(['year'], 'quarter', quarterPeriod(2024, 1), quarterPeriod(2026, 3), 2025)),
    ).toEqual(['year', '2024', '2025']);
  });

  it('takes the trend’s own span when the weight publishes its frequency', () => {
    expect(
      keys(weightRange(['month', 'year'], 'month', monthPeriod(2022, 1), monthPeriod(2026, 10), 2025)),
    ).toEqual(['month', '2022-01', '2026-10']);
    expect(keys(weightRange(['year'], 'year', yearPeriod(2022), yearPeriod(2025), 2025))).toEqual([
      'year',
      '2022',
      '2025',
    ]);
  });
});
