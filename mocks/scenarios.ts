/**
 * Run-time scenarios of the mock feed, so every failure the app must survive can be shown on demand:
 * - `normal`: the data set as is;
 * - `slow`: every answer waits 2–4 s (deterministic per request);
 * - `flaky`: about 30% of requests answer 503 (deterministic sequence from the seed);
 * - `down`: every request fails at the network level;
 * - `invalid`: metadata, units, ministries and indicators stay valid so the shell works; the data
 *   endpoints send payloads that break their schema the way real back ends do;
 * - `empty`: valid answers without rows, the national figure missing, series without units.
 */
import type { EndpointName } from '../src/api/contract.ts';
import type { ObservationsResponse } from '../src/api/observations/schema.ts';
import type { ProfileResponse } from '../src/api/profile/schema.ts';
import type { ReformResponse } from '../src/api/reform/schema.ts';
import type { ReportingResponse } from '../src/api/reporting/schema.ts';
import type { ReportSubmissionsResponse } from '../src/api/reporting-regime/schema.ts';
import type { Scores766Response } from '../src/api/scores-766/schema.ts';
import type {
  TaskCountsResponse,
  TaskRegisterResponse,
  TaskTrendResponse,
} from '../src/api/task-register/schema.ts';
import type { SeriesResponse } from '../src/api/series/schema.ts';
import type { TasksResponse } from '../src/api/tasks/schema.ts';
import { unitDraw } from './data/random.ts';

export const SCENARIOS = ['normal', 'slow', 'flaky', 'down', 'invalid', 'empty'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Reads a scenario name from a URL parameter, config or command line; null for anything else. */
export function parseScenario(value: unknown): Scenario | null {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value)
    ? (value as Scenario)
    : null;
}

/** Share of requests the `flaky` scenario fails. */
export const FLAKY_FAILURE_SHARE = 0.3;

/** The wait of the `n`-th request (from 0) in the `slow` scenario, 2,000–4,000 ms. */
export function slowDelayMs(seed: number, n: number): number {
  return 2000 + Math.floor(unitDraw(seed, 'slow', n) * 2001);
}

/** Whether the `n`-th request (from 0) fails with 503 in the `flaky` scenario. */
export function flakyFails(seed: number, n: number): boolean {
  return unitDraw(seed, 'flaky', n) < FLAKY_FAILURE_SHARE;
}

/** The endpoints that carry data; the others (catalog, units, metadata) are never corrupted or emptied. */
export const DATA_ENDPOINTS: readonly EndpointName[] = [
  'observations',
  'series',
  'profile',
  'tasks',
  'reform',
  'reporting',
  'taskRegister',
  'taskCounts',
  'taskTrend',
  'reportSubmissions',
  'scores766',
];

export function isDataEndpoint(name: EndpointName): boolean {
  return DATA_ENDPOINTS.includes(name);
}

/**
 * A payload that breaks the endpoint's schema in a realistic way, from a valid one:
 * - observations: a value sent as a Vietnamese-formatted string ("12,5");
 * - series: the national values one entry short of the periods (an off-by-one in the exporter);
 * - profile: a rank written as the report reads it ("3/34") instead of a number;
 * - tasks: a national total that does not add up;
 * - procedure reform: a field in snake case (`in_scope`), as an unconfigured serialiser writes it;
 * - reporting: the period written as "10/2026";
 * - task register: a status in words ("Quá hạn") instead of its code;
 * - task counts: `keyOnly` sent as the string "true";
 * - task trend: one count short of the periods;
 * - report submissions: a submission date written "20/10/2026";
 * - 766 scores: five groups, as in the legal text, instead of the portal's six.
 */
export function invalidBody(name: EndpointName, body: unknown): unknown {
  switch (name) {
    case 'observations': {
      const o = structuredClone(body) as ObservationsResponse;
      const row = o.rows.find((r) => r.value !== null);
      const numeric = row?.value ?? o.national.value;
      const text = numeric === null ? '12,5' : numeric.toLocaleString('vi-VN');
      if (row) (row as { value: unknown }).value = text;
      else (o.national as { value: unknown }).value = text;
      return o;
    }
    case 'series': {
      const s = structuredClone(body) as SeriesResponse;
      // With no periods there is nothing to drop: send a placeholder string instead.
      if (s.periods.length === 0) (s.national as { values: unknown[] }).values = ['n/a'];
      else s.national.values = s.national.values.slice(0, -1);
      return s;
    }
    case 'profile': {
      const p = structuredClone(body) as ProfileResponse;
      const row = p.rows.find((r) => r.rank !== null) ?? p.rows[0];
      if (row) (row as { rank: unknown }).rank = `${row.rank ?? 1}/${row.rankedUnits}`;
      else (p as { rows: unknown }).rows = 'none';
      return p;
    }
    case 'tasks': {
      const t = structuredClone(body) as TasksResponse;
      t.national.assigned += 7;
      return t;
    }
    case 'reform': {
      const r = structuredClone(body) as ReformResponse;
      const { inScope, ...rest } = r.national;
      return { ...r, national: { ...rest, in_scope: inScope } };
    }
    case 'reporting': {
      const r = structuredClone(body) as ReportingResponse;
      const [year, month] = r.period.split('-');
      return { ...r, period: month ? `${month}/${year}` : `năm ${year}` };
    }
    case 'taskRegister': {
      const t = structuredClone(body) as TaskRegisterResponse;
      const row = t.rows[0];
      if (row) (row as { status: unknown }).status = 'Quá hạn';
      else (t as { total: unknown }).total = 'không có';
      return t;
    }
    case 'taskCounts':
      return { ...(body as TaskCountsResponse), keyOnly: 'true' };
    case 'taskTrend': {
      const t = structuredClone(body) as TaskTrendResponse;
      t.counts = t.counts.slice(0, -1);
      if (t.periods.length === 0) t.periods = ['2026-10'];
      return t;
    }
    case 'reportSubmissions': {
      const r = structuredClone(body) as ReportSubmissionsResponse;
      const row = r.rows.find((x) => x.submitted !== null);
      if (row?.submitted) {
        const [y, m, d] = row.submitted.split('-');
        row.submitted = `${d}/${m}/${y}`;
      } else (r as { asOf: unknown }).asOf = '20/11/2026';
      return r;
    }
    case 'scores766': {
      const s = structuredClone(body) as Scores766Response;
      // Online services (12) and online payment (10) as the legal text's one group of 22 points.
      const online = s.components[2];
      if (online) s.components.splice(2, 2, { ...online, max: 22 });
      else s.components = [];
      return s;
    }
    default:
      return body;
  }
}

/**
 * A valid payload with nothing in it: no rows, the national figure missing, series without units, a
 * profile without figures.
 */
export function emptyBody(name: EndpointName, body: unknown): unknown {
  switch (name) {
    case 'observations': {
      const o = body as ObservationsResponse;
      const national: ObservationsResponse['national'] = {
        value: null,
        status: 'missing',
        previousYear: null,
        target: null,
        missingReason: 'not-reported',
      };
      return { ...o, national, rows: [] } satisfies ObservationsResponse;
    }
    case 'series': {
      const s = body as SeriesResponse;
      const national: SeriesResponse['national'] = {
        values: s.periods.map(() => null),
        statuses: s.periods.map(() => 'missing' as const),
        ...(s.national.targets ? { targets: s.periods.map(() => null) } : {}),
      };
      return { ...s, national, units: [] } satisfies SeriesResponse;
    }
    case 'profile': {
      const p = body as ProfileResponse;
      return { ...p, rows: [] } satisfies ProfileResponse;
    }
    case 'tasks': {
      const t = body as TasksResponse;
      const national = { assigned: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, keyTasks: 0 };
      return { ...t, national, rows: [] } satisfies TasksResponse;
    }
    case 'reform': {
      const r = body as ReformResponse;
      const national = {
        inScope: 0,
        reviewed: 0,
        simplified: 0,
        targetPercent: r.national.targetPercent,
        costSavedBillionVnd: 0,
      };
      return { ...r, national, rows: [] } satisfies ReformResponse;
    }
    case 'reporting': {
      const r = body as ReportingResponse;
      return {
        ...r,
        national: { required: 0, onTime: 0, late: 0, notSubmitted: 0 },
        rows: [],
      } satisfies ReportingResponse;
    }
    case 'taskRegister': {
      const t = body as TaskRegisterResponse;
      const statusCounts = { doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0 };
      return { ...t, total: 0, page: 1, pageCount: 1, statusCounts, rows: [] } satisfies TaskRegisterResponse;
    }
    case 'taskCounts': {
      const t = body as TaskCountsResponse;
      const total = { assigned: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, keyTasks: 0 };
      return { ...t, total, rows: [] } satisfies TaskCountsResponse;
    }
    case 'taskTrend':
      return { ...(body as TaskTrendResponse), periods: [], counts: [] } satisfies TaskTrendResponse;
    case 'reportSubmissions':
      return { ...(body as ReportSubmissionsResponse), rows: [] } satisfies ReportSubmissionsResponse;
    case 'scores766': {
      const s = body as Scores766Response;
      const national = { total: null, scores: s.components.map(() => null), previousTotal: null };
      return { ...s, national, rows: [] } satisfies Scores766Response;
    }
    default:
      return body;
  }
}
