/**
 * The endpoints the boards of the seed systems add to the feed: the task register and the counts and
 * trends computed from it, the reporting regime and its submissions, and the Decision 766 league
 * tables. Each answers from the same latent model as the summaries (`/tasks`, `/reporting`,
 * `/observations`) and checks its period through them, so a period the summaries refuse is refused here
 * with the same problem.
 */
import { dayNumber } from '../../src/domain/calendar.ts';
import {
  monthPeriod,
  parsePeriod,
  periodEnd,
  periodLastMonth,
  periodRange,
  type Period,
} from '../../src/domain/period.ts';
import { registryMinistries, registryUnits } from '../../src/domain/registry.ts';
import {
  addTaskCounts,
  countTasks,
  indexTasks,
  pageOf,
  queryTasks,
  type TaskIndex,
  type TaskRecord,
  type TaskStatus,
} from '../../src/domain/tasks.ts';
import { compareNames } from '../../src/domain/text.ts';
import { ministryEraAt, provinceEraAt, type EraId, type Scope } from '../../src/domain/units.ts';
import type {
  ReportingRegimeResponse,
  ReportSubmissionsResponse,
} from '../../src/api/reporting-regime/schema.ts';
import type { Scores766Response } from '../../src/api/scores-766/schema.ts';
import {
  DEFAULT_TASK_PAGE_SIZE,
  type TaskCountsResponse,
  type TaskRegisterResponse,
  type TaskTrendResponse,
} from '../../src/api/task-register/schema.ts';
import type { TasksResponse } from '../../src/api/tasks/schema.ts';
import type { ReportingResponse } from '../../src/api/reporting/schema.ts';
import type { DatasetResult, EndpointQuery, FeedProblem } from './dataset.ts';
import { formerCodes, type LatentModel } from './model.ts';
import {
  createReportSubmissions,
  monthsOf,
  REPORT_REGIMES,
  type ReportSubmissions,
} from './reporting-regime.ts';
import { answerScores766, type Scores766Sources } from './scores-766.ts';
import { createTaskRegister, type TaskRegister } from './task-register.ts';
import { DIRECTIVE_KIND_NAMES } from './task-texts.ts';

export interface BoardEndpoints {
  taskRegister(query: EndpointQuery<'taskRegister'>): DatasetResult<TaskRegisterResponse>;
  taskCounts(query: EndpointQuery<'taskCounts'>): DatasetResult<TaskCountsResponse>;
  taskTrend(query: EndpointQuery<'taskTrend'>): DatasetResult<TaskTrendResponse>;
  reportingRegime(): ReportingRegimeResponse;
  reportSubmissions(query: EndpointQuery<'reportSubmissions'>): DatasetResult<ReportSubmissionsResponse>;
  scores766(query: EndpointQuery<'scores766'>): DatasetResult<Scores766Response>;
}

export interface BoardSources extends Scores766Sources {
  readonly seed: number;
  readonly asOf: string;
  readonly model: LatentModel;
  readonly tasks: (query: EndpointQuery<'tasks'>) => DatasetResult<TasksResponse>;
  readonly reporting: (query: EndpointQuery<'reporting'>) => DatasetResult<ReportingResponse>;
}

function problem(
  status: 400 | 404,
  parameter: string,
  value: string,
  message: string,
): { ok: false; problem: FeedProblem } {
  return { ok: false, problem: { status, parameter, detail: `${parameter}=${value}: ${message}` } };
}

const NAMES = {
  province: new Map(
    [...registryUnits('63'), ...registryUnits('34')].map((u) => [`${u.era}:${u.code}`, u.name.vi]),
  ),
  ministry: new Map(
    [...registryMinistries('22'), ...registryMinistries('17')].map((m) => [`${m.era}:${m.code}`, m.name.vi]),
  ),
};

/** The last month of a period: year-to-date task counts of a quarter, half-year or year are those of it. */
function lastMonthOf(p: Period): { year: number; month: number } {
  return { year: p.year, month: periodLastMonth(p) };
}

/** The board endpoints over `sources`; generators start on first use. */
export function createBoardEndpoints(sources: BoardSources): BoardEndpoints {
  let register: TaskRegister | undefined;
  let submissions: ReportSubmissions | undefined;
  const registerOf = () => (register ??= createTaskRegister({ seed: sources.seed, model: sources.model }));
  const submissionsOf = () =>
    (submissions ??= createReportSubmissions({
      seed: sources.seed,
      model: sources.model,
      asOf: sources.asOf,
    }));
  const indexes = new Map<string, TaskIndex>();

  /** The indexed register of `scopes` at a month end; a few are kept, since a board pages one at a time. */
  function indexAt(
    scopes: readonly Scope[],
    year: number,
    month: number,
    eras: Record<Scope, EraId>,
  ): TaskIndex {
    const key = `${scopes.join('+')}:${year}:${month}`;
    let index = indexes.get(key);
    if (!index) {
      const rows = scopes.flatMap((s) => registerOf().snapshot(s, year, month));
      index = indexTasks(rows, {
        agencyName: (t) => NAMES[t.scope].get(`${eras[t.scope]}:${t.agency}`) ?? t.agency,
        compareNames: compareNames('vi'),
        extraText: (t) => DIRECTIVE_KIND_NAMES[t.directive.kind],
      });
      if (indexes.size > 4) indexes.delete(indexes.keys().next().value ?? '');
      indexes.set(key, index);
    }
    return index;
  }

  function taskRegister(query: EndpointQuery<'taskRegister'>): DatasetResult<TaskRegisterResponse> {
    const scopes: readonly Scope[] = query.scope ? [query.scope] : ['province', 'ministry'];
    const summaries: Partial<Record<Scope, TasksResponse>> = {};
    for (const scope of scopes) {
      const summary = sources.tasks({ period: query.period, scope });
      if (!summary.ok) return summary;
      summaries[scope] = summary.body;
    }
    const p = parsePeriod(query.period);
    if (!p) return problem(400, 'period', query.period, 'not a period');
    const eras = {
      province: summaries.province?.era ?? '34',
      ministry: summaries.ministry?.era ?? '17',
    } as Record<Scope, EraId>;
    if (query.agency !== undefined) {
      const scope = query.scope ?? (/^\d{2}$/.test(query.agency) ? 'province' : 'ministry');
      const summary = summaries[scope];
      if (!summary?.rows.some((r) => r.code === query.agency)) {
        return problem(404, 'agency', query.agency, `no such ${scope} in era ${eras[scope]}`);
      }
    }
    const { year, month } = lastMonthOf(p);
    const result = queryTasks(indexAt(scopes, year, month, eras), {
      ...(query.status ? { statuses: query.status.split(',') as TaskStatus[] } : {}),
      keyOnly: query.key === 'true',
      ...(query.agency !== undefined ? { agency: query.agency } : {}),
      ...(query.q !== undefined ? { search: query.q } : {}),
      ...(query.sort ? { sort: query.sort } : {}),
      ...(query.order ? { order: query.order } : {}),
    });
    const page = Number(query.page ?? 1);
    const pageSize = Number(query.pageSize ?? DEFAULT_TASK_PAGE_SIZE);
    const slice = pageOf(result.tasks, page, pageSize);
    if (!slice) {
      const last = Math.max(1, Math.ceil(result.tasks.length / pageSize));
      return problem(404, 'page', String(page), `past the last page (${last})`);
    }
    return {
      ok: true,
      body: {
        period: query.period,
        asOf: periodEnd(p),
        ...(query.scope ? { scope: query.scope } : {}),
        eras: {
          ...(summaries.province ? { province: summaries.province.era as '63' | '34' } : {}),
          ...(summaries.ministry ? { ministry: summaries.ministry.era as '22' | '17' } : {}),
        },
        total: slice.total,
        page: slice.page,
        pageSize: slice.pageSize,
        pageCount: slice.pageCount,
        statusCounts: {
          doneOnTime: result.statusCounts['done-on-time'],
          doneLate: result.statusCounts['done-late'],
          inProgress: result.statusCounts['in-progress'],
          overdue: result.statusCounts.overdue,
        },
        rows: slice.rows.map((t) => toWire(t, eras[t.scope])),
      },
    };
  }

  function taskCounts(query: EndpointQuery<'taskCounts'>): DatasetResult<TaskCountsResponse> {
    const summary = sources.tasks({ period: query.period, scope: query.scope });
    if (!summary.ok) return summary;
    const p = parsePeriod(query.period);
    if (!p) return problem(400, 'period', query.period, 'not a period');
    const keyOnly = query.key === 'true';
    const { year, month } = lastMonthOf(p);
    const byAgency = new Map<string, TaskRecord[]>(summary.body.rows.map((r) => [r.code, []]));
    for (const task of registerOf().snapshot(query.scope, year, month)) {
      if (keyOnly && !task.key) continue;
      byAgency.get(task.agency)?.push(task);
    }
    const rows = [...byAgency].map(([code, tasks]) => ({ code, counts: countTasks(tasks) }));
    return {
      ok: true,
      body: {
        period: query.period,
        asOf: periodEnd(p),
        scope: query.scope,
        era: summary.body.era,
        keyOnly,
        total: addTaskCounts(rows.map((r) => r.counts)),
        rows,
      },
    };
  }

  function taskTrend(query: EndpointQuery<'taskTrend'>): DatasetResult<TaskTrendResponse> {
    const first = sources.tasks({ period: query.from, scope: query.scope });
    if (!first.ok)
      return problem(first.problem.status, 'from', query.from, first.problem.detail.replace(/^[^:]*: /, ''));
    const last = sources.tasks({ period: query.to, scope: query.scope });
    if (!last.ok)
      return problem(last.problem.status, 'to', query.to, last.problem.detail.replace(/^[^:]*: /, ''));
    const from = parsePeriod(query.from);
    const to = parsePeriod(query.to);
    if (from?.frequency !== 'month' || to?.frequency !== 'month')
      return problem(400, 'from', query.from, 'not a month');
    const months = periodRange(from, to);
    if (months.length === 0) return problem(400, 'from', query.from, `after to=${query.to}`);
    if (months.length > 60) return problem(400, 'to', query.to, 'more than 60 months after from');
    const era = last.body.era;
    let codes: ReadonlySet<string> | null = null;
    if (query.agency !== undefined) {
      if (!last.body.rows.some((r) => r.code === query.agency)) {
        return problem(404, 'agency', query.agency, `no such ${query.scope} in era ${era}`);
      }
      codes = new Set(formerCodes(era, query.agency));
    }
    const keyOnly = query.key === 'true';
    const counts = months.map((m) => {
      const byLatent = registerOf().latentCounts(query.scope, m.year, m.month, keyOnly);
      return addTaskCounts(
        [...byLatent].filter(([code]) => codes === null || codes.has(code)).map(([, c]) => c),
      );
    });
    return {
      ok: true,
      body: {
        scope: query.scope,
        keyOnly,
        era,
        ...(query.agency !== undefined ? { agency: query.agency } : {}),
        periods: months.map((m) => `${m.year}-${String(m.month).padStart(2, '0')}`),
        counts,
      },
    };
  }

  function reportSubmissions(
    query: EndpointQuery<'reportSubmissions'>,
  ): DatasetResult<ReportSubmissionsResponse> {
    const summary = sources.reporting({ period: query.period, scope: query.scope });
    if (!summary.ok) return summary;
    const p = parsePeriod(query.period);
    if (!p) return problem(400, 'period', query.period, 'not a period');
    const era = summary.body.era;
    const order = new Map(summary.body.rows.map((r, i) => [r.code, i]));
    if (query.agency !== undefined && !order.has(query.agency)) {
      return problem(404, 'agency', query.agency, `no such ${query.scope} in era ${era}`);
    }
    if (query.report !== undefined && !REPORT_REGIMES.some((r) => r.id === query.report)) {
      return problem(404, 'report', query.report, 'not in the reporting regime');
    }
    const successor = successorsIn(era);
    const rows: ReportSubmissionsResponse['rows'] = [];
    for (const { year, month } of monthsOf(p)) {
      const end = periodEnd(monthPeriod(year, month));
      const monthEra = query.scope === 'province' ? provinceEraAt(end) : ministryEraAt(end);
      for (const s of submissionsOf().month(query.scope, year, month)) {
        const code = successor(s.latent);
        if (query.agency !== undefined && code !== query.agency) continue;
        if (query.report !== undefined && s.regime.id !== query.report) continue;
        rows.push({
          code,
          ...(monthEra !== era ? { formerCode: s.latent } : {}),
          reportId: s.regime.id,
          reportPeriod: s.reportPeriod,
          due: s.due,
          submitted: s.submitted,
          status: s.status,
          daysLate: s.status === 'late' && s.submitted ? dayNumber(s.submitted) - dayNumber(s.due) : 0,
        });
      }
    }
    rows.sort(
      (a, b) =>
        (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0) ||
        (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
        a.reportId.localeCompare(b.reportId),
    );
    return { ok: true, body: { period: query.period, scope: query.scope, era, asOf: sources.asOf, rows } };
  }

  return {
    taskRegister,
    taskCounts,
    taskTrend,
    reportingRegime: () => ({ regimes: REPORT_REGIMES.map((r) => ({ ...r })) }),
    reportSubmissions,
    scores766: (query) => answerScores766(sources, query),
  };
}

/**
 * Maps a latent agency to its code in `era` (itself in a former era): a former unit to its successor, a
 * merged unit's own key ('34:24') to its code.
 */
function successorsIn(era: EraId): (latent: string) => string {
  const own = (c: string) => (c.startsWith(`${era}:`) ? c.slice(era.length + 1) : null);
  if (era === '34') {
    const map = new Map(registryUnits('63').map((u) => [u.code, u.successor ?? u.code]));
    return (c) => own(c) ?? map.get(c) ?? c;
  }
  if (era === '17') {
    const map = new Map<string, string>();
    for (const m of registryMinistries('17')) for (const f of m.formerCodes ?? [m.code]) map.set(f, m.code);
    return (c) => own(c) ?? map.get(c) ?? c;
  }
  return (c) => c;
}

function toWire(task: TaskRecord, era: EraId): TaskRegisterResponse['rows'][number] {
  return { ...task, era };
}
