import { getResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../src/api/common/schema.ts';
import { ENDPOINTS, type EndpointName } from '../src/api/contract.ts';
import { createDataset } from './data/dataset.ts';
import { createHandlers, endpointPattern } from './handlers.ts';
import { server, setScenario } from './node.ts';
import { FLAKY_FAILURE_SHARE, parseScenario, SCENARIOS, slowDelayMs, type Scenario } from './scenarios.ts';

const dataset = createDataset();

/** A request to every endpoint, with a valid query. */
const REQUESTS: Record<EndpointName, string> = {
  metadata: '/metadata',
  units: '/units?era=34',
  ministries: '/ministries?era=17',
  indicators: '/indicators',
  observations: '/observations?indicator=budget-revenue&period=2026-10&scope=province',
  series: '/series?indicator=grdp-growth&frequency=quarter&from=2024-Q1&to=2026-Q3&scope=province',
  profile: '/profile?era=34&unit=79',
  tasks: '/tasks?period=2026-10&scope=ministry',
  reform: '/procedure-reform?period=2026-Q3&scope=province',
  reporting: '/reporting?period=2026-10&scope=province',
  taskRegister: '/task-register?period=2026-10&scope=ministry&status=overdue',
  taskCounts: '/task-counts?period=2026-10&scope=province&key=true',
  taskTrend: '/task-trend?scope=ministry&from=2026-01&to=2026-10',
  reportingRegime: '/reporting-regime',
  reportSubmissions: '/report-submissions?period=2026-10&scope=province',
  scores766: '/scores-766?period=2026-H1&scope=province',
};
const NAMES = Object.keys(REQUESTS) as EndpointName[];
const SHELL: readonly EndpointName[] = ['metadata', 'units', 'ministries', 'indicators'];
const DATA: readonly EndpointName[] = [
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

function handlerSet(scenario: Scenario, sleep?: (ms: number) => Promise<void>) {
  const handlers = createHandlers({ dataset, scenario, ...(sleep ? { sleep } : {}) });
  return (path: string) => getResponse(handlers, new Request(`http://localhost:3000/api/v1${path}`));
}

async function json(response: Response | undefined): Promise<unknown> {
  if (!response) throw new Error('no response');
  return response.json();
}

describe('scenarios', () => {
  it('parseScenario accepts exactly the listed names', () => {
    for (const s of SCENARIOS) expect(parseScenario(s)).toBe(s);
    expect(parseScenario('Normal')).toBeNull();
    expect(parseScenario(undefined)).toBeNull();
    expect(parseScenario(3)).toBeNull();
  });

  it.each(NAMES)('normal: %s answers 200 JSON that parses, with Cache-Control: no-store', async (name) => {
    const response = await handlerSet('normal')(REQUESTS[name]);
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-type')).toContain('application/json');
    expect(response?.headers.get('cache-control')).toBe('no-store');
    expect(ENDPOINTS[name].response.safeParse(await json(response)).success).toBe(true);
  });

  it('slow: each request waits 2–4 s, the waits follow the seed (delay injected, not timed)', async () => {
    const waits: number[] = [];
    const fetchSlow = handlerSet('slow', (ms) => {
      waits.push(ms);
      return Promise.resolve();
    });
    for (const name of NAMES) expect((await fetchSlow(REQUESTS[name]))?.status).toBe(200);
    expect(waits).toHaveLength(NAMES.length);
    for (const ms of waits) {
      expect(ms).toBeGreaterThanOrEqual(2000);
      expect(ms).toBeLessThanOrEqual(4000);
    }
    expect(waits).toEqual(NAMES.map((_, n) => slowDelayMs(dataset.seed, n)));
    expect(new Set(waits).size).toBeGreaterThan(1);
  });

  it('flaky: about 30% (20–40% of 200) answer 503 problem+json, in the same sequence for the same seed', async () => {
    const run = async () => {
      const fetchFlaky = handlerSet('flaky');
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) {
        const response = await fetchFlaky('/metadata');
        statuses.push(response?.status ?? 0);
        if (response?.status === 503) {
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          expect(problemSchema.parse(await response.json()).status).toBe(503);
        }
      }
      return statuses;
    };
    const first = await run();
    const failed = first.filter((s) => s === 503).length / first.length;
    expect(failed).toBeGreaterThan(FLAKY_FAILURE_SHARE - 0.1);
    expect(failed).toBeLessThan(FLAKY_FAILURE_SHARE + 0.1);
    expect(first.every((s) => s === 200 || s === 503)).toBe(true);
    expect(await run()).toEqual(first);
  });

  it.each(NAMES)('down: %s fails at the network level', async (name) => {
    const response = await handlerSet('down')(REQUESTS[name]);
    expect(response?.type).toBe('error');
  });

  it.each(SHELL)('invalid: %s stays valid so the shell works', async (name) => {
    const response = await handlerSet('invalid')(REQUESTS[name]);
    expect(ENDPOINTS[name].response.safeParse(await json(response)).success).toBe(true);
  });

  it.each(DATA)('invalid: %s breaks its schema', async (name) => {
    const response = await handlerSet('invalid')(REQUESTS[name]);
    expect(response?.status).toBe(200);
    expect(ENDPOINTS[name].response.safeParse(await json(response)).success).toBe(false);
  });

  it('invalid: an observation value arrives as a Vietnamese-formatted string', async () => {
    const body = (await json(
      await handlerSet('invalid')('/observations?indicator=cpi-yoy&period=2026-10&scope=province'),
    )) as {
      rows: { value: unknown }[];
    };
    expect(body.rows[0]?.value).toMatch(/^\d+,\d+$/);
  });

  it.each(DATA)('empty: %s is valid and has no rows', async (name) => {
    const raw = await json(await handlerSet('empty')(REQUESTS[name]));
    expect(ENDPOINTS[name].response.safeParse(raw).success).toBe(true);
    if (name === 'series') {
      const series = ENDPOINTS.series.response.parse(raw);
      expect(series.units).toEqual([]);
      expect(series.national.values).toHaveLength(series.periods.length);
      expect(series.national.values.every((v) => v === null)).toBe(true);
    } else if (name === 'taskTrend') {
      expect(ENDPOINTS.taskTrend.response.parse(raw).counts).toEqual([]);
    } else {
      expect((raw as { rows: unknown[] }).rows).toEqual([]);
    }
    if (name === 'observations')
      expect(ENDPOINTS.observations.response.parse(raw).national.status).toBe('missing');
  });

  it('empty: shell endpoints keep their content', async () => {
    const body = ENDPOINTS.units.response.parse(await json(await handlerSet('empty')('/units?era=34')));
    expect(body.units).toHaveLength(34);
  });
});

describe('queries and errors', () => {
  it.each([
    ['/observations?period=2026-10&scope=province', 'indicator'],
    ['/observations?indicator=cpi-yoy&period=2026-10&scope=nation', 'scope'],
    ['/observations?indicator=cpi-yoy&period=10-2026&scope=province', 'period'],
    ['/units?era=22', 'era'],
    ['/series?indicator=cpi-yoy&frequency=week&from=2025-01&to=2025-06&scope=province', 'frequency'],
    ['/tasks?period=2026-10', 'scope'],
  ])('400 problem+json naming the parameter: %s', async (path, parameter) => {
    const response = await handlerSet('normal')(path);
    expect(response?.status).toBe(400);
    expect(response?.headers.get('content-type')).toBe('application/problem+json');
    const problem = problemSchema.parse(await json(response));
    expect(problem).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(problem.detail?.startsWith(`${parameter}=`)).toBe(true);
  });

  it.each([
    ['/observations?indicator=nope&period=2026-10&scope=province', 'indicator'],
    ['/observations?indicator=cpi-yoy&period=2030-01&scope=province', 'period'],
    ['/series?indicator=grdp-growth&frequency=month&from=2025-01&to=2025-06&scope=province', 'frequency'],
    ['/observations?indicator=exports&period=2026-10&scope=ministry', 'scope'],
  ])('404 problem+json naming the parameter: %s', async (path, parameter) => {
    const response = await handlerSet('normal')(path);
    expect(response?.status).toBe(404);
    const problem = problemSchema.parse(await json(response));
    expect(problem.type).toBe('urn:dieu-hanh:problem:not-found');
    expect(problem.detail?.startsWith(`${parameter}=`)).toBe(true);
  });

  it('an unknown path under the base URL is a 404 problem', async () => {
    const response = await handlerSet('normal')('/nothing-here');
    expect(response?.status).toBe(404);
    expect(response?.headers.get('content-type')).toBe('application/problem+json');
  });

  it('patterns: a path base matches any origin, an absolute base only its own', () => {
    expect(endpointPattern('/api/v1', '/metadata')).toBe('*/api/v1/metadata');
    expect(endpointPattern('api/v1/', '/metadata')).toBe('*/api/v1/metadata');
    expect(endpointPattern('https://feed.example/api/v1/', '/units')).toBe(
      'https://feed.example/api/v1/units',
    );
  });

  it('an absolute base URL serves that origin', async () => {
    const handlers = createHandlers({ dataset, baseUrl: 'https://feed.example/v2', scenario: 'normal' });
    expect((await getResponse(handlers, new Request('https://feed.example/v2/metadata')))?.status).toBe(200);
    expect(await getResponse(handlers, new Request('https://other.example/v2/metadata'))).toBeUndefined();
  });

  it('the scenario function is read on every request', async () => {
    let scenario: Scenario = 'normal';
    const handlers = createHandlers({ dataset, scenario: () => scenario });
    const request = () => getResponse(handlers, new Request('http://localhost/api/v1/metadata'));
    expect((await request())?.status).toBe(200);
    scenario = 'down';
    expect((await request())?.type).toBe('error');
  });
});

describe('the node server for component tests', () => {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => {
    server.resetHandlers();
    setScenario('normal');
  });
  afterAll(() => {
    server.close();
  });

  it('answers /api/v1 on any origin', async () => {
    for (const origin of ['http://localhost', 'http://localhost:3000', 'http://127.0.0.1:5173']) {
      const response = await fetch(`${origin}/api/v1/metadata`);
      expect(response.status).toBe(200);
      expect(ENDPOINTS.metadata.response.safeParse(await response.json()).success).toBe(true);
    }
  });

  it('setScenario switches the scenario for the following requests', async () => {
    setScenario('down');
    await expect(fetch('http://localhost/api/v1/metadata')).rejects.toThrow();
    setScenario('empty');
    const body = (await (await fetch(`http://localhost/api/v1${REQUESTS.reporting}`)).json()) as {
      rows: unknown[];
    };
    expect(body.rows).toEqual([]);
  });
});
