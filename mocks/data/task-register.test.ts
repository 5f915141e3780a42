import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/api/contract.ts';
import type { TaskRegisterResponse } from '../../src/api/task-register/schema.ts';
import { monthPeriod, periodKey, periodRange } from '../../src/domain/period.ts';
import { registryMinistries, registryUnits } from '../../src/domain/registry.ts';
import { countTasks, taskStatusAt, type TaskRecord } from '../../src/domain/tasks.ts';
import { foldVietnamese } from '../../src/domain/text.ts';
import type { Scope } from '../../src/domain/units.ts';
import { createDataset, type DatasetResult } from './dataset.ts';

const dataset = createDataset();

function ok<T>(result: DatasetResult<T>): T {
  if (!result.ok) throw new Error(`expected a body, got ${result.problem.status} ${result.problem.detail}`);
  return result.body;
}

/** Every task of a period's register, read page by page as a client would. */
function allTasks(
  period: string,
  scope: Scope,
  extra: Record<string, string> = {},
): TaskRegisterResponse['rows'] {
  const rows: TaskRegisterResponse['rows'] = [];
  for (let page = 1; ; page++) {
    const body = ok(dataset.taskRegister({ period, scope, pageSize: '500', page: String(page), ...extra }));
    rows.push(...body.rows);
    if (page >= body.pageCount) return rows;
  }
}

const SCOPES: readonly Scope[] = ['province', 'ministry'];
const YEARS = [2022, 2023, 2024, 2025, 2026] as const;

describe('the register recomputes the /tasks summaries exactly', () => {
  // Every month of the data set, both scopes: counts per agency and status equal the summary rows.
  it.each(YEARS.flatMap((year) => SCOPES.map((scope) => ({ year, scope }))))(
    '$scope, every month of $year',
    ({ year, scope }) => {
      const months = periodRange(monthPeriod(year, 1), monthPeriod(year, year === 2026 ? 10 : 12));
      for (const m of months) {
        const period = periodKey(m);
        const summary = ok(dataset.tasks({ period, scope }));
        const counts = ok(dataset.taskCounts({ period, scope }));
        expect(counts.era).toBe(summary.era);
        expect(counts.rows, `${scope} ${period}`).toEqual(summary.rows);
        // The register's total is the sum of its agencies, whatever the national rule of /tasks.
        expect(counts.total.assigned).toBe(summary.rows.reduce((s, r) => s + r.counts.assigned, 0));
      }
    },
    120_000,
  );

  it.each([
    ['2026-Q3', 'province'],
    ['2025-Q2', 'ministry'],
    ['2025', 'province'],
    ['2024', 'ministry'],
  ] as const)(
    '%s %s (a quarter or year is its last month)',
    (period, scope) => {
      expect(ok(dataset.taskCounts({ period, scope })).rows).toEqual(
        ok(dataset.tasks({ period, scope })).rows,
      );
    },
    60_000,
  );

  it('the paged list holds the same tasks as the counts: Oct 2026, ministries, every page', () => {
    const rows = allTasks('2026-10', 'ministry');
    const summary = ok(dataset.tasks({ period: '2026-10', scope: 'ministry' }));
    for (const { code, counts } of summary.rows) {
      expect(countTasks(rows.filter((t) => t.agency === code)), code).toEqual(counts);
    }
    expect(new Set(rows.map((t) => t.id)).size).toBe(rows.length);
  }, 60_000);
});

describe('each task is believable and its status follows from its dates', () => {
  const body = ok(dataset.taskRegister({ period: '2026-10', pageSize: '500', status: 'overdue' }));
  const rows = allTasks('2026-10', 'province');

  it('thousands of tasks a year: 4,000–5,000 for the provinces to October 2026', () => {
    expect(rows.length).toBeGreaterThan(3500);
    expect(rows.length).toBeLessThan(6000);
  });

  it('status and days overdue are those of the dates on the last day of the period', () => {
    for (const t of rows) {
      expect(taskStatusAt(t, '2026-10-31')).toBe(t.status);
      expect(t.assigned).toBe(t.directive.date);
      expect(t.deadline >= t.assigned).toBe(true);
      if (t.completed) expect(t.completed <= '2026-10-31' && t.completed >= t.assigned).toBe(true);
    }
    expect(body.asOf).toBe('2026-10-31');
  });

  it('directives are numbered and dated as the Government and its Office number them', () => {
    const patterns: Record<string, RegExp> = {
      resolution: /^\d+\/NQ-CP$/,
      decision: /^\d+\/QĐ-TTg$/,
      directive: /^\d+\/CT-TTg$/,
      dispatch: /^\d+\/CĐ-TTg$/,
      notice: /^\d+\/TB-VPCP$/,
      letter: /^\d+\/VPCP-[A-ZĐ]+$/,
    };
    for (const t of rows) expect(t.directive.number).toMatch(patterns[t.directive.kind] ?? /^$/);
    // A kind's numbers grow through the year: the later notice has the larger number.
    const notices = [
      ...new Map(rows.filter((t) => t.directive.kind === 'notice').map((t) => [t.directive.number, t])),
    ]
      .map(([, t]) => t.directive)
      .map((d) => ({ date: d.date, n: Number(d.number.split('/')[0]) }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.n - b.n));
    const numbers = notices.map((d) => d.n);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(rows.map((t) => t.directive.kind)).size).toBe(6);
  });

  it('texts are Vietnamese sentences of the directive style; some state their deadline', () => {
    for (const t of rows) expect(t.text).toMatch(/^[A-ZĐÂĂÊÔƠƯ][^;]+/u);
    const withClause = rows.filter((t) => t.text.includes('báo cáo Thủ tướng Chính phủ trước ngày'));
    expect(withClause.length).toBeGreaterThan(rows.length * 0.1);
  });

  it('key tasks (nhiệm vụ trọng tâm) are 8–16 % and equal the summary', () => {
    const summary = ok(dataset.tasks({ period: '2026-10', scope: 'province' }));
    const key = rows.filter((t) => t.key).length;
    expect(key).toBe(summary.rows.reduce((s, r) => s + r.counts.keyTasks, 0));
    expect(key / rows.length).toBeGreaterThan(0.06);
    expect(key / rows.length).toBeLessThan(0.18);
  });

  it('an extended deadline keeps the original, which had passed', () => {
    const extended = allTasks('2026-10', 'ministry').filter((t) => t.originalDeadline);
    for (const t of extended) expect(t.originalDeadline! < t.deadline).toBe(true);
  }, 60_000);
});

describe('a task keeps its history from one month to the next', () => {
  it('Jan–Oct 2026, ministries: same directive, text and assignment; done stays done with the same date', () => {
    const byMonth = [1, 4, 7, 10].map((m) => {
      const period = `2026-${String(m).padStart(2, '0')}`;
      return new Map(allTasks(period, 'ministry').map((t) => [t.id, t]));
    });
    for (let i = 1; i < byMonth.length; i++) {
      const before = byMonth[i - 1]!;
      const after = byMonth[i]!;
      for (const [id, t] of before) {
        const later = after.get(id) as TaskRecord | undefined;
        expect(later, id).toBeDefined();
        expect(later?.directive).toEqual(t.directive);
        expect(later?.text).toBe(t.text);
        if (t.status === 'done-on-time' || t.status === 'done-late') {
          expect(later?.status).toBe(t.status);
          expect(later?.completed).toBe(t.completed);
        }
        if (t.status === 'overdue')
          expect(['overdue', 'done-late', 'in-progress', 'done-on-time']).toContain(later?.status);
      }
    }
  }, 120_000);

  it('a unit of the 34 holds the tasks of its former units: TP.HCM (79) in July 2025 = 79 + 74 + 77 in June', () => {
    const june = allTasks('2025-06', 'province').filter((t) => ['79', '74', '77'].includes(t.agency));
    const july = new Map(allTasks('2025-07', 'province').map((t) => [t.id, t]));
    for (const t of june) expect(july.get(t.id)?.agency).toBe('79');
  }, 60_000);
});

describe('filters, search, sort and pages', () => {
  const period = '2026-10';

  it('status counts cover every status, and the status filter returns that many', () => {
    const all = ok(dataset.taskRegister({ period, scope: 'ministry' }));
    const overdue = ok(dataset.taskRegister({ period, scope: 'ministry', status: 'overdue' }));
    expect(overdue.total).toBe(all.statusCounts.overdue);
    expect(overdue.statusCounts).toEqual(all.statusCounts);
    expect(all.total).toBe(Object.values(all.statusCounts).reduce((s, n) => s + n, 0));
    const two = ok(dataset.taskRegister({ period, scope: 'ministry', status: 'overdue,done-late' }));
    expect(two.total).toBe(all.statusCounts.overdue + all.statusCounts.doneLate);
  });

  it('search ignores diacritics and case: "GIAI NGAN" finds "giải ngân"', () => {
    const found = ok(dataset.taskRegister({ period, q: 'GIAI NGAN', pageSize: '500' }));
    expect(found.total).toBeGreaterThan(0);
    // Every word occurs, in the task, its directive number or its agency's name.
    const names = new Map(
      [...registryUnits('34'), ...registryMinistries('17')].map((u) => [u.code, u.name.vi]),
    );
    for (const t of found.rows) {
      const haystack = foldVietnamese(`${t.text} ${t.directive.number} ${names.get(t.agency) ?? ''}`);
      expect(haystack).toContain('giai');
      expect(haystack).toContain('ngan');
    }
    expect(found.rows.filter((t) => foldVietnamese(t.text).includes('giai ngan')).length).toBeGreaterThan(10);
    // The directive number and the agency name are searchable too.
    const byNumber = ok(dataset.taskRegister({ period, q: found.rows[0]!.directive.number }));
    expect(byNumber.total).toBeGreaterThan(0);
    const byName = ok(dataset.taskRegister({ period, q: 'tai chinh', scope: 'ministry' }));
    expect(byName.rows.some((t) => t.agency === 'TC')).toBe(true);
  });

  it('sorts: most days overdue first by default; nearest deadline; agencies A–Z by Vietnamese name', () => {
    const overdue = ok(dataset.taskRegister({ period, status: 'overdue', pageSize: '200' })).rows;
    const days = overdue.map((t) => t.daysOverdue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const byDeadline = ok(dataset.taskRegister({ period, sort: 'deadline', pageSize: '200' })).rows.map(
      (t) => t.deadline,
    );
    expect(byDeadline).toEqual([...byDeadline].sort());
    const byAgency = ok(
      dataset.taskRegister({ period, scope: 'province', sort: 'agency', pageSize: '500' }),
    ).rows;
    expect(byAgency[0]?.agency).toBe('91'); // An Giang comes first in Vietnamese order
  });

  it('an agency filter gives that agency’s tasks, equal to its summary row', () => {
    const rows = allTasks(period, 'province', { agency: '08' });
    const summary = ok(dataset.tasks({ period, scope: 'province' })).rows.find((r) => r.code === '08');
    expect(countTasks(rows)).toEqual(summary?.counts);
  });

  it('pages partition the result; a page past the end is a 404 on `page`', () => {
    const first = ok(dataset.taskRegister({ period, scope: 'province', pageSize: '100' }));
    const second = ok(dataset.taskRegister({ period, scope: 'province', pageSize: '100', page: '2' }));
    expect(first.rows).toHaveLength(100);
    expect(new Set([...first.rows, ...second.rows].map((t) => t.id)).size).toBe(200);
    expect(first.pageCount).toBe(Math.ceil(first.total / 100));
    const past = dataset.taskRegister({
      period,
      scope: 'province',
      pageSize: '100',
      page: String(first.pageCount + 1),
    });
    expect(past.ok ? null : past.problem).toMatchObject({ status: 404, parameter: 'page' });
  });

  it('without a scope both kinds of agency are listed, each in its era', () => {
    const body = ok(dataset.taskRegister({ period: '2025-02', pageSize: '500' }));
    expect(body.eras).toEqual({ province: '63', ministry: '22' });
    expect(new Set(body.rows.map((t) => `${t.scope}:${t.era}`))).toEqual(
      new Set(['province:63', 'ministry:22']),
    );
    expect(ENDPOINTS.taskRegister.response.safeParse(body).success).toBe(true);
  });

  it('is deterministic: the same seed gives the same page in a fresh data set', () => {
    const again = createDataset();
    const query = { period: '2024-06', scope: 'province' as const, q: 'nha o', sort: 'deadline' as const };
    expect(JSON.stringify(ok(again.taskRegister(query)))).toBe(
      JSON.stringify(ok(dataset.taskRegister(query))),
    );
  }, 60_000);
});

describe('key tasks and trends', () => {
  it('key-task counts by agency add up to the key tasks of the summary', () => {
    const summary = ok(dataset.tasks({ period: '2026-10', scope: 'ministry' }));
    const key = ok(dataset.taskCounts({ period: '2026-10', scope: 'ministry', key: 'true' }));
    for (const row of key.rows) {
      const all = summary.rows.find((r) => r.code === row.code)?.counts;
      expect(row.counts.assigned).toBe(all?.keyTasks);
      expect(row.counts.overdue).toBeLessThanOrEqual(all?.overdue ?? 0);
    }
  });

  it('the trend of a scope equals the sum of the summaries month by month', () => {
    const trend = ok(dataset.taskTrend({ scope: 'province', from: '2025-05', to: '2025-08' }));
    expect(trend.periods).toEqual(['2025-05', '2025-06', '2025-07', '2025-08']);
    trend.periods.forEach((period, i) => {
      const rows = ok(dataset.tasks({ period, scope: 'province' })).rows;
      expect(trend.counts[i]?.overdue).toBe(rows.reduce((s, r) => s + r.counts.overdue, 0));
    });
  }, 60_000);

  it('the trend of one agency of the 17 continues its former bodies: Bộ Tài chính = TC + KHĐT before March 2025', () => {
    const trend = ok(dataset.taskTrend({ scope: 'ministry', from: '2025-01', to: '2025-04', agency: 'TC' }));
    const feb = ok(dataset.tasks({ period: '2025-02', scope: 'ministry' })).rows;
    const sum = ['TC', 'KHDT'].reduce((s, c) => s + (feb.find((r) => r.code === c)?.counts.assigned ?? 0), 0);
    expect(trend.counts[1]?.assigned).toBe(sum);
    const apr = ok(dataset.tasks({ period: '2025-04', scope: 'ministry' })).rows.find((r) => r.code === 'TC');
    expect(trend.counts[3]).toEqual(apr?.counts);
  }, 60_000);
});
