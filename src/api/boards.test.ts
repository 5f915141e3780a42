/**
 * The clients of the board endpoints against the mock feed: parameters reach the feed as it reads them,
 * and responses come back as the domain reads them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server, setScenario } from '../../mocks/node.ts';
import { COMPONENTS_766 } from '../domain/score-766.ts';
import { countTasks } from '../domain/tasks.ts';
import { configureFeed, FeedError } from './http.ts';
import { fetchReportingRegime, fetchReportSubmissions } from './reporting-regime/client.ts';
import { toRegimeMap } from './reporting-regime/to-domain.ts';
import { fetchScores766 } from './scores-766/client.ts';
import { toScoreTable } from './scores-766/to-domain.ts';
import { fetchTaskCounts, fetchTaskRegister, fetchTaskTrend } from './task-register/client.ts';
import { toAgencyTaskCounts, toTaskRegisterPage, toTaskTrend } from './task-register/to-domain.ts';
import { fetchTasks } from './tasks/client.ts';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  configureFeed({ baseUrl: 'http://feed.test/api/v1', timeoutMs: 30_000 });
});
afterEach(() => {
  setScenario('normal');
});
afterAll(() => {
  server.close();
});

describe('task register clients', () => {
  it('a filtered page: statuses, key tasks, search and sort reach the feed', async () => {
    const page = toTaskRegisterPage(
      await fetchTaskRegister({
        period: '2026-10',
        scope: 'ministry',
        statuses: ['overdue', 'done-late'],
        keyOnly: true,
        search: '  thu tuc  ',
        sort: 'deadline',
        pageSize: 20,
      }),
    );
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((t) => t.key && (t.status === 'overdue' || t.status === 'done-late'))).toBe(true);
    const deadlines = page.rows.map((t) => t.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(page.statusCounts.overdue + page.statusCounts['done-late']).toBe(page.total);
    expect(page.period).toEqual({ frequency: 'month', year: 2026, month: 10 });
  }, 60_000);

  it('counts and trend agree with /tasks', async () => {
    const [summary, counts, trend] = await Promise.all([
      fetchTasks({ period: '2026-10', scope: 'province' }),
      fetchTaskCounts({ period: '2026-10', scope: 'province' }),
      fetchTaskTrend({ scope: 'province', from: '2026-09', to: '2026-10', agency: '01' }),
    ]);
    expect(toAgencyTaskCounts(counts)).toEqual(summary.rows);
    expect(toTaskTrend(trend).counts[1]).toEqual(summary.rows.find((r) => r.code === '01')?.counts);
    const register = await fetchTaskRegister({
      period: '2026-10',
      scope: 'province',
      agency: '01',
      pageSize: 500,
    });
    expect(countTasks(toTaskRegisterPage(register).rows)).toEqual(
      summary.rows.find((r) => r.code === '01')?.counts,
    );
  }, 60_000);

  it('a bad page size is a 400 problem that names pageSize', async () => {
    const error = await fetchTaskRegister({ period: '2026-10', pageSize: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).status).toBe(400);
    expect((error as FeedError).problem?.detail).toMatch(/^pageSize=1000: /);
  });

  it('a payload that breaks the schema names the field', async () => {
    setScenario('invalid');
    const error = await fetchTaskRegister({ period: '2026-10', scope: 'province' }).catch((e: unknown) => e);
    expect((error as FeedError).kind).toBe('invalid-payload');
    expect((error as FeedError).fields[0]?.path).toMatch(/^rows\[0\]\.status$/);
  }, 60_000);
});

describe('reporting and 766 clients', () => {
  it('the regime and the submissions of a month', async () => {
    const regimes = toRegimeMap(await fetchReportingRegime());
    const body = await fetchReportSubmissions({ period: '2026-10', scope: 'ministry', agency: 'TC' });
    expect(body.rows.length).toBeGreaterThan(0);
    for (const s of body.rows) expect(regimes.get(s.reportId)?.frequency).toBe('month');
  });

  it('a half-year league table with the six groups in the domain’s order', async () => {
    const table = toScoreTable(await fetchScores766({ period: '2026-H1', scope: 'ministry' }));
    expect(table.period).toEqual({ frequency: 'half', year: 2026, half: 1 });
    expect(table.previousPeriod).toEqual({ frequency: 'half', year: 2025, half: 2 });
    expect(table.rows).toHaveLength(17);
    expect(table.rows[0]?.scores).toHaveLength(COMPONENTS_766.length);
  });

  it('the invalid scenario: five groups as in the legal text are refused', async () => {
    setScenario('invalid');
    const error = await fetchScores766({ period: '2026-10', scope: 'province' }).catch((e: unknown) => e);
    expect((error as FeedError).kind).toBe('invalid-payload');
    expect((error as FeedError).fields[0]?.path).toBe('components');
  });
});
