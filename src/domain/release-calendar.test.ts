import { describe, expect, it } from 'vitest';
import { halfPeriod, monthPeriod, quarterPeriod, yearPeriod } from './period.ts';
import {
  releaseDate,
  releaseStatusAt,
  reportDate,
  type ReleaseCalendar,
  type ReportDay,
} from './release-calendar.ts';
import type { Dated } from './units.ts';

/** The statistics office's report days: Decrees 94/2016, 62/2024 (from 1/8/2024) and 13/2026. */
const schedule: readonly Dated<ReportDay>[] = [
  { value: { day: 29, monthOffset: 0 }, from: '2016-07-01', to: '2024-07-31' },
  { value: { day: 6, monthOffset: 1 }, from: '2024-08-01', to: '2026-01-31' },
  { value: { day: 3, monthOffset: 1 }, from: '2026-02-01' },
];
const gdp: ReleaseCalendar = {
  schedule,
  stages: [
    { status: 'estimate', at: { kind: 'report', months: 0 } },
    { status: 'preliminary', at: { kind: 'report', months: 3 }, frequencies: ['quarter', 'half'] },
    { status: 'preliminary', at: { kind: 'date', years: 1, month: 10, day: 6 } },
    { status: 'official', at: { kind: 'date', years: 2, month: 10, day: 6 } },
  ],
};
const cpi: ReleaseCalendar = {
  schedule,
  stages: [{ status: 'official', at: { kind: 'report', months: 0 } }],
};
const budget: ReleaseCalendar = {
  stages: [
    { status: 'estimate', at: { kind: 'after-end', days: 5 } },
    { status: 'official', at: { kind: 'date', years: 2, month: 6, day: 30 } },
  ],
};
const records: ReleaseCalendar = {
  stages: [
    { status: 'preliminary', at: { kind: 'after-end', days: 0 } },
    { status: 'official', at: { kind: 'after-periods', periods: 1 } },
  ],
};

describe('reportDate: the statistics office report days over time', () => {
  it.each([
    [2024, 6, '2024-06-29'], // Decree 94/2016: the 29th of the month itself
    [2024, 7, '2024-08-06'], // Decree 62/2024 from 1/8/2024: July came out on 6 August, not 29 July
    [2025, 12, '2026-01-06'],
    [2026, 1, '2026-02-03'], // Decree 13/2026: the 3rd of the next month
    [2026, 10, '2026-11-03'],
    [2026, 12, '2027-01-03'], // a month past December rolls into the next year
  ])('%i-%i → %s', (year, month, date) => {
    expect(reportDate(schedule, year, month)).toBe(date);
  });

  it('throws for a month no rule covers', () => {
    expect(() => reportDate(schedule, 2010, 1)).toThrow(RangeError);
  });
});

describe('GDP: estimate, preliminary, annual revision, official (Decree 62/2024)', () => {
  it.each([
    // 2026-Q2: estimate with the June report (3 July), preliminary with the September report (3 October).
    [quarterPeriod(2026, 2), '2026-07-02', null],
    [quarterPeriod(2026, 2), '2026-07-03', 'estimate'],
    [quarterPeriod(2026, 2), '2026-10-02', 'estimate'],
    [quarterPeriod(2026, 2), '2026-10-03', 'preliminary'],
    // The year 2025: an estimate from January 2026, preliminary from October 2026, official in October 2027.
    [yearPeriod(2025), '2026-01-05', null],
    [yearPeriod(2025), '2026-01-06', 'estimate'],
    [yearPeriod(2025), '2026-10-05', 'estimate'],
    [yearPeriod(2025), '2026-10-06', 'preliminary'],
    [yearPeriod(2025), '2027-10-05', 'preliminary'],
    [yearPeriod(2025), '2027-10-06', 'official'],
    // A quarter of 2025 is preliminary with the next quarter and official only with its year.
    [quarterPeriod(2025, 4), '2026-04-02', 'estimate'],
    [quarterPeriod(2025, 4), '2026-04-03', 'preliminary'],
    [quarterPeriod(2025, 4), '2027-10-05', 'preliminary'],
    [quarterPeriod(2025, 4), '2027-10-06', 'official'],
  ] as const)('%o on %s: %s', (period, asOf, status) => {
    expect(releaseStatusAt(gdp, period, asOf)).toBe(status);
  });

  it('a stage limited to some frequencies does not apply to the others', () => {
    // The year does not turn preliminary with "the next quarter's report" in April.
    expect(releaseStatusAt(gdp, yearPeriod(2025), '2026-04-06')).toBe('estimate');
  });
});

describe('other calendars', () => {
  it('CPI is final the day it is published and nothing before', () => {
    expect(releaseStatusAt(cpi, monthPeriod(2026, 10), '2026-11-02')).toBeNull();
    expect(releaseStatusAt(cpi, monthPeriod(2026, 10), '2026-11-03')).toBe('official');
  });

  it('budget revenue is an estimate until the final accounts are approved, 30 June two years on', () => {
    expect(releaseStatusAt(budget, monthPeriod(2025, 12), '2026-01-04')).toBeNull();
    expect(releaseStatusAt(budget, monthPeriod(2025, 12), '2026-01-05')).toBe('estimate');
    expect(releaseStatusAt(budget, monthPeriod(2025, 12), '2027-06-29')).toBe('estimate');
    expect(releaseStatusAt(budget, monthPeriod(2025, 12), '2027-06-30')).toBe('official');
    expect(releaseDate(budget, budget.stages[0]!, monthPeriod(2025, 12))).toBe('2026-01-05');
  });

  it('administrative records are preliminary from the period’s last day and official once the next period closes', () => {
    const h1 = halfPeriod(2026, 1);
    expect(releaseStatusAt(records, h1, '2026-06-29')).toBeNull();
    expect(releaseStatusAt(records, h1, '2026-06-30')).toBe('preliminary');
    expect(releaseStatusAt(records, h1, '2026-12-31')).toBe('preliminary');
    expect(releaseStatusAt(records, h1, '2027-01-01')).toBe('official');
  });

  it('a report stage without a schedule is a calendar error', () => {
    const broken: ReleaseCalendar = { stages: [{ status: 'estimate', at: { kind: 'report', months: 0 } }] };
    expect(() => releaseStatusAt(broken, monthPeriod(2026, 1), '2026-03-01')).toThrow(RangeError);
  });
});
