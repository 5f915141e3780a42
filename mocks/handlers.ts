/**
 * MSW request handlers for every endpoint of the feed contract, shared by the browser worker
 * (./browser.ts), the component-test server (./node.ts) and the reference feed server
 * (./feed-server.ts). Queries are validated with the contract's own zod schemas; every error is an
 * RFC 9457 problem document; the scenario (./scenarios.ts) is read on every request so a test or the
 * URL can switch it at run time.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { ENDPOINTS, type EndpointName } from '../src/api/contract.ts';
import type { Problem } from '../src/api/common/schema.ts';
import {
  createDataset,
  DEFAULT_SEED,
  type Dataset,
  type DatasetResult,
  type EndpointQuery,
} from './data/dataset.ts';
import { profileOf } from './data/profile.ts';
import {
  emptyBody,
  flakyFails,
  invalidBody,
  isDataEndpoint,
  slowDelayMs,
  type Scenario,
} from './scenarios.ts';

export interface HandlerOptions {
  /** The data set to serve; by default one shared data set with the default seed, created on first use. */
  readonly dataset?: Dataset;
  /**
   * Where the feed lives: an absolute URL, or a path such as the default '/api/v1', which then matches
   * on any origin (jsdom's, the dev server's, a test server's).
   */
  readonly baseUrl?: string;
  /** The scenario, or a function read on every request so it can change at run time. */
  readonly scenario: Scenario | (() => Scenario);
  /** How the `slow` scenario waits; tests pass a recorder instead of waiting. Default: msw's `delay`. */
  readonly sleep?: (ms: number) => Promise<void>;
}

let sharedDataset: Dataset | undefined;

/** The module's default data set, created lazily because generation is only needed once mocks run. */
export function defaultDataset(): Dataset {
  sharedDataset ??= createDataset();
  return sharedDataset;
}

/** Problem types of the mock feed. */
export const PROBLEM_TYPES = {
  invalidQuery: 'urn:dieu-hanh:problem:invalid-query',
  notFound: 'urn:dieu-hanh:problem:not-found',
  unavailable: 'urn:dieu-hanh:problem:unavailable',
  methodNotAllowed: 'urn:dieu-hanh:problem:method-not-allowed',
} as const;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  503: 'Service Unavailable',
};

const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** An `application/problem+json` response. */
export function problemResponse(
  status: number,
  type: string,
  detail: string,
  instance?: string,
): HttpResponse<string> {
  const body: Problem = {
    type,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(instance ? { instance } : {}),
  };
  return new HttpResponse(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...NO_STORE },
  });
}

/** The URL pattern of `path` under `baseUrl` (see {@link HandlerOptions.baseUrl}). */
export function endpointPattern(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(base)) return `${base}${path}`;
  // Relative bases match any origin: msw/node resolves relative paths only in a DOM environment.
  return `*${base.startsWith('/') ? base : `/${base}`}${path}`;
}

type Answer = { [K in EndpointName]: (query: EndpointQuery<K>, dataset: Dataset) => DatasetResult<unknown> };

const ANSWERS: Answer = {
  metadata: (_q, d) => ({ ok: true, body: d.metadata() }),
  units: (q, d) => ({ ok: true, body: d.units(q.era) }),
  ministries: (q, d) => ({ ok: true, body: d.ministries(q.era) }),
  indicators: (_q, d) => ({ ok: true, body: d.indicators() }),
  observations: (q, d) => d.observations(q),
  series: (q, d) => d.series(q),
  profile: (q, d) => profileOf(d, q),
  tasks: (q, d) => d.tasks(q),
  reform: (q, d) => d.reform(q),
  reporting: (q, d) => d.reporting(q),
  taskRegister: (q, d) => d.taskRegister(q),
  taskCounts: (q, d) => d.taskCounts(q),
  taskTrend: (q, d) => d.taskTrend(q),
  reportingRegime: (_q, d) => ({ ok: true, body: d.reportingRegime() }),
  reportSubmissions: (q, d) => d.reportSubmissions(q),
  scores766: (q, d) => d.scores766(q),
};

function answer(name: EndpointName, query: unknown, dataset: Dataset): DatasetResult<unknown> {
  // The query has been parsed with ENDPOINTS[name].query, so it has this endpoint's query type.
  return (ANSWERS[name] as (q: unknown, d: Dataset) => DatasetResult<unknown>)(query, dataset);
}

/**
 * Handlers for every entry of ENDPOINTS, plus a catch-all that answers any other path under the base
 * URL with a 404 problem. The scenario's failures come before validation: a network that is down does
 * not read the query.
 */
export function createHandlers(options: HandlerOptions): HttpHandler[] {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const scenarioOf =
    typeof options.scenario === 'function' ? options.scenario : () => options.scenario as Scenario;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const datasetOf = (): Dataset => options.dataset ?? defaultDataset();
  const seed = options.dataset?.seed ?? DEFAULT_SEED;
  // Requests are numbered per handler set so `slow` and `flaky` follow one deterministic sequence.
  let requestCount = 0;

  const handlers = (Object.keys(ENDPOINTS) as EndpointName[]).map((name) =>
    http.get(endpointPattern(baseUrl, ENDPOINTS[name].path), async ({ request }) => {
      const scenario = scenarioOf();
      const n = requestCount++;
      const url = new URL(request.url);
      const instance = `${url.pathname}${url.search}`;
      if (scenario === 'down') return HttpResponse.error();
      if (scenario === 'slow') await sleep(slowDelayMs(seed, n));
      if (scenario === 'flaky' && flakyFails(seed, n)) {
        return problemResponse(
          503,
          PROBLEM_TYPES.unavailable,
          'The feed is temporarily unavailable; retry later',
          instance,
        );
      }

      const parsed = ENDPOINTS[name].query.safeParse(Object.fromEntries(url.searchParams));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const parameter = String(issue?.path[0] ?? 'query');
        const value = url.searchParams.get(parameter);
        return problemResponse(
          400,
          PROBLEM_TYPES.invalidQuery,
          `${parameter}=${value ?? '(missing)'}: ${issue?.message ?? 'invalid'}`,
          instance,
        );
      }
      const result = answer(name, parsed.data, datasetOf());
      if (!result.ok) {
        const { status, detail } = result.problem;
        return problemResponse(
          status,
          status === 404 ? PROBLEM_TYPES.notFound : PROBLEM_TYPES.invalidQuery,
          detail,
          instance,
        );
      }
      let body = result.body;
      if (isDataEndpoint(name) && scenario === 'invalid') body = invalidBody(name, body);
      if (isDataEndpoint(name) && scenario === 'empty') body = emptyBody(name, body);
      // HttpResponse.json's body type is msw's JsonBodyType; the wire objects are plain JSON.
      return HttpResponse.json(body as Record<string, unknown>, { headers: NO_STORE });
    }),
  );

  const fallback = http.all(endpointPattern(baseUrl, '/*'), ({ request }) => {
    const url = new URL(request.url);
    if (request.method !== 'GET') {
      return problemResponse(
        405,
        PROBLEM_TYPES.methodNotAllowed,
        `${request.method} ${url.pathname}: the feed is read-only`,
      );
    }
    return problemResponse(404, PROBLEM_TYPES.notFound, `${url.pathname}: no such endpoint`, url.pathname);
  });

  return [...handlers, fallback];
}
