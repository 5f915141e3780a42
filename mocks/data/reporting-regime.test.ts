import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/api/contract.ts';
import type { ReportSubmissionsResponse } from '../../src/api/reporting-regime/schema.ts';
import { monthPeriod, periodKey, periodRange } from '../../src/domain/period.ts';
import type { Scope } from '../../src/domain/units.ts';
import { createDataset, type DatasetResult } from './dataset.ts';

const dataset = createDataset();

function ok<T>(result: DatasetResult<T>): T {
  if (!result.ok) throw new Error(`expected a body, got ${result.problem.status} ${result.problem.detail}`);
  return result.body;
}

function countsOf(rows: ReportSubmissionsResponse['rows'], code: string) {
  const mine = rows.filter((r) => r.code === code);
  return {
    required: mine.length,
    onTime: mine.filter((r) => r.status === 'on-time').length,
    late: mine.filter((r) => r.status === 'late').length,
    notSubmitted: mine.filter((r) => r.status === 'not-submitted').length,
  };
}

const regimes = dataset.reportingRegime().regimes;

describe('the reporting regime', () => {
  it('lists monthly, quarterly, half-yearly and annual reports with their deadline, legal basis and issuer', () => {
    expect(ENDPOINTS.reportingRegime.response.safeParse(dataset.reportingRegime()).success).toBe(true);
    expect(new Set(regimes.map((r) => r.frequency))).toEqual(
      new Set(['month', 'quarter', 'half-year', 'year']),
    );
    const economic = regimes.find((r) => r.id === 'ktxh-thang');
    expect(economic).toMatchObject({
      frequency: 'month',
      deadlineDay: 18,
      deadlineRule: { vi: 'Trước ngày 18 hằng tháng', en: 'By the 18th of each month' },
      legalBasis: { vi: 'Nghị định 09/2019/NĐ-CP' },
    });
    for (const r of regimes) expect(r.legalBasis.vi).toContain('Nghị định 09/2019/NĐ-CP');
  });
});

describe('submissions add up to the /reporting summaries', () => {
  const months = periodRange(monthPeriod(2022, 1), monthPeriod(2026, 10)).filter(
    (m) => m.month % 5 === 0 || m.month === 12 || m.month === 6,
  );
  const scopes: readonly Scope[] = ['province', 'ministry'];

  it.each(scopes)(
    '%s: months across every year and both eras',
    (scope) => {
      for (const m of months) {
        const period = periodKey(m);
        const summary = ok(dataset.reporting({ period, scope }));
        const body = ok(dataset.reportSubmissions({ period, scope }));
        expect(body.era).toBe(summary.era);
        for (const row of summary.rows)
          expect(countsOf(body.rows, row.code), `${period} ${row.code}`).toEqual(row.counts);
        expect(body.rows).toHaveLength(summary.rows.reduce((s, r) => s + r.counts.required, 0));
      }
    },
    60_000,
  );

  it.each([
    ['2026-Q3', 'province'],
    ['2025', 'province'],
    ['2025-Q1', 'ministry'],
    ['2024', 'ministry'],
  ] as const)(
    '%s %s: a quarter or a year holds the reports of its months',
    (period, scope) => {
      const summary = ok(dataset.reporting({ period, scope }));
      const body = ok(dataset.reportSubmissions({ period, scope }));
      for (const row of summary.rows) expect(countsOf(body.rows, row.code), row.code).toEqual(row.counts);
    },
    60_000,
  );

  it('the year 2025 of the 34: reports due before July were owed by the former units, named in formerCode', () => {
    const body = ok(dataset.reportSubmissions({ period: '2025', scope: 'province', agency: '79' }));
    const before = body.rows.filter((r) => r.due < '2025-07-01');
    expect(new Set(before.map((r) => r.formerCode))).toEqual(new Set(['74', '77', '79']));
    expect(body.rows.filter((r) => r.due >= '2025-07-01').every((r) => r.formerCode === undefined)).toBe(
      true,
    );
  });
});

describe('each submission is believable', () => {
  const october = ok(dataset.reportSubmissions({ period: '2026-10', scope: 'province' }));
  const december = ok(dataset.reportSubmissions({ period: '2025-12', scope: 'province' }));

  it('an agency owes a report once per period, even a unit merged from three', () => {
    for (const body of [october, december]) {
      const keys = body.rows.map((r) => `${r.code}|${r.reportId}|${r.reportPeriod}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    // After the merger TP.HCM (79, from 79 + 74 + 77) reports as one agency: in October its handful of
    // monthly reports (3–5), not the three former lists added up.
    const hcm = october.rows.filter((r) => r.code === '79').length;
    expect(hcm).toBeGreaterThanOrEqual(3);
    expect(hcm).toBeLessThanOrEqual(5);
  });

  it('monthly reports every month; quarterly, half-yearly and annual ones in December', () => {
    const kinds = (body: ReportSubmissionsResponse) =>
      new Set(body.rows.map((r) => regimes.find((g) => g.id === r.reportId)?.frequency));
    expect(kinds(october)).toEqual(new Set(['month']));
    expect(kinds(december)).toEqual(new Set(['month', 'quarter', 'half-year', 'year']));
    const annual = december.rows.find((r) => regimes.find((g) => g.id === r.reportId)?.frequency === 'year');
    expect(annual?.reportPeriod).toBe('2025');
    expect(december.rows.find((r) => r.reportPeriod === '2025-H2')).toBeDefined();
  });

  it('dates: due on the regime’s day; on time on or before it, late after it, nothing sent after the as-of date', () => {
    for (const r of october.rows) {
      const regime = regimes.find((g) => g.id === r.reportId);
      expect(Number(r.due.slice(8))).toBe(regime?.deadlineDay);
      if (r.status === 'on-time') expect(r.submitted! <= r.due).toBe(true);
      if (r.status === 'late') {
        expect(r.submitted! > r.due).toBe(true);
        expect(r.submitted! <= october.asOf).toBe(true);
        expect(r.daysLate).toBeGreaterThan(0);
      }
      if (r.status === 'not-submitted') expect(r.submitted).toBeNull();
    }
  });

  it('filters by agency and by report', () => {
    const one = ok(
      dataset.reportSubmissions({
        period: '2026-Q3',
        scope: 'ministry',
        agency: 'TC',
        report: 'tthc-noi-bo',
      }),
    );
    expect(one.rows.every((r) => r.code === 'TC' && r.reportId === 'tthc-noi-bo')).toBe(true);
  });
});
