/**
 * The three descriptions of the feed agree: the zod schemas (what the app accepts), the OpenAPI document
 * (what the feed owners read) and the mock feed (what the app is developed and tested against).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDataset } from '../../mocks/data/dataset.ts';
import { createHandlers } from '../../mocks/handlers.ts';
import { getResponse } from 'msw';
import { ENDPOINTS, type EndpointName } from './contract.ts';
import { buildOpenApiDocument } from './openapi.ts';

const committed = JSON.parse(
  readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const doc = buildOpenApiDocument();

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: 'openapi.json', components: doc.components }, 'openapi.json');
const validatorFor = (schemaName: string) => {
  const validate = ajv.getSchema(`openapi.json#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`No schema ${schemaName}`);
  return validate;
};

const dataset = createDataset();
const handlers = createHandlers({ dataset, baseUrl: '/api/v1', scenario: 'normal' });

async function fetchMock(path: string): Promise<Response> {
  const response = await getResponse(handlers, new Request(`http://feed.test/api/v1${path}`));
  if (!response) throw new Error(`No handler answered ${path}`);
  return response;
}

/** One request per endpoint, several for those with parameters, across both eras and both scopes. */
const SAMPLES: Record<EndpointName, string[]> = {
  metadata: ['/metadata'],
  units: ['/units?era=34', '/units?era=63'],
  ministries: ['/ministries?era=17', '/ministries?era=22'],
  indicators: ['/indicators'],
  observations: [
    '/observations?indicator=budget-revenue&period=2026-10&scope=province',
    '/observations?indicator=budget-revenue&period=2024-10&scope=province',
    '/observations?indicator=dvc-766-total&period=2026-Q3&scope=ministry',
    '/observations?indicator=grdp-growth&period=2025&scope=province',
  ],
  series: [
    '/series?indicator=cpi-yoy&frequency=month&from=2024-01&to=2026-10&scope=province',
    '/series?indicator=budget-revenue&frequency=month&from=2025-01&to=2026-10&scope=province&era=34&unit=24',
    '/series?indicator=exports&frequency=month&from=2025-01&to=2026-10&scope=province&units=none',
  ],
  profile: [
    '/profile?era=34&unit=79',
    '/profile?era=34&unit=12',
    '/profile?era=63&unit=27',
    '/profile?scope=province&era=34&unit=01',
    '/profile?scope=ministry&era=17&unit=TC',
    '/profile?scope=ministry&era=22&unit=KHDT',
  ],
  tasks: ['/tasks?period=2026-10&scope=ministry', '/tasks?period=2024-06&scope=province'],
  reform: ['/procedure-reform?period=2026-Q3&scope=province'],
  reporting: ['/reporting?period=2026-10&scope=ministry'],
  taskRegister: [
    '/task-register?period=2026-10',
    '/task-register?period=2026-10&scope=ministry&status=overdue&sort=days-overdue&pageSize=500',
    '/task-register?period=2025-Q1&scope=province&key=true&sort=agency&page=2',
    '/task-register?period=2026-09&scope=province&q=giai%20ngan',
    '/task-register?period=2024&agency=KHDT&status=done-late,overdue&sort=deadline&order=desc',
  ],
  taskCounts: [
    '/task-counts?period=2026-10&scope=province&key=true',
    '/task-counts?period=2025-02&scope=ministry',
  ],
  taskTrend: [
    '/task-trend?scope=province&from=2025-01&to=2026-10',
    '/task-trend?scope=ministry&from=2025-01&to=2025-12&agency=TC&key=true',
  ],
  reportingRegime: ['/reporting-regime'],
  reportSubmissions: [
    '/report-submissions?period=2026-10&scope=province',
    '/report-submissions?period=2025&scope=ministry&agency=TC',
    '/report-submissions?period=2026-Q3&scope=province&report=tthc-noi-bo',
  ],
  scores766: [
    '/scores-766?period=2026-10&scope=province',
    '/scores-766?period=2026-Q3&scope=ministry',
    '/scores-766?period=2026-H1&scope=province',
    '/scores-766?period=2025&scope=ministry',
    '/scores-766?period=2025-07&scope=province',
  ],
};

describe('the OpenAPI document', () => {
  it('is the one generated from the zod schemas (run `npm run openapi` after changing a schema)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('describes every endpoint of the contract, with problem documents for errors', () => {
    const paths = doc.paths as Record<string, { get: { responses: Record<string, unknown> } }>;
    expect(Object.keys(paths).sort()).toEqual(
      Object.values(ENDPOINTS)
        .map((e) => e.path)
        .sort(),
    );
    for (const path of Object.values(paths))
      expect(Object.keys(path.get.responses)).toEqual(['200', '400', '404', '503']);
  });
});

type PathsDoc = Record<
  string,
  { get: { responses: { '200': { content: { 'application/json': { schema: { $ref: string } } } } } } }
>;

/** The component name the OpenAPI document gives the 200 response of `path`. */
function responseSchemaName(path: string): string {
  const ref = (doc.paths as PathsDoc)[path]?.get.responses['200'].content['application/json'].schema.$ref;
  const name = ref?.split('/').at(-1);
  if (!name) throw new Error(`No 200 response schema for ${path}`);
  return name;
}

describe.each(Object.entries(SAMPLES) as [EndpointName, string[]][])(
  'the mock feed for %s',
  (name, paths) => {
    const schemaName = responseSchemaName(ENDPOINTS[name].path);

    it.each(paths)(
      'answers %s with a body the zod schema and the OpenAPI schema both accept',
      async (path) => {
        const response = await fetchMock(path);
        expect(response.status).toBe(200);
        const body: unknown = await response.json();
        expect(ENDPOINTS[name].response.safeParse(body).success).toBe(true);
        const validate = validatorFor(schemaName);
        expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      },
    );
  },
);

describe('errors', () => {
  it('come back as problem documents the OpenAPI Problem schema accepts', async () => {
    const response = await fetchMock('/observations?indicator=budget-revenue&period=2026-13&scope=province');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body: unknown = await response.json();
    expect(validatorFor('Problem')(body)).toBe(true);
    expect(body).toMatchObject({ status: 400, detail: expect.stringContaining('period') as unknown });
  });

  it('reject a mock response the schema would not accept (the check has teeth)', () => {
    const validate = validatorFor('ObservationsResponse');
    expect(validate({ indicatorId: 'x', period: '2026-10', rows: 'nope' })).toBe(false);
  });
});

describe('bad parameters of the board endpoints', () => {
  it.each([
    ['/task-register?period=2026-13', 400, 'period'],
    ['/task-register?period=2027-01', 404, 'period'],
    ['/task-register?period=2026-10&scope=nation', 400, 'scope'],
    ['/task-register?period=2026-10&status=late', 400, 'status'],
    ['/task-register?period=2026-10&sort=name', 400, 'sort'],
    ['/task-register?period=2026-10&pageSize=501', 400, 'pageSize'],
    ['/task-register?period=2026-10&pageSize=0', 400, 'pageSize'],
    ['/task-register?period=2026-10&page=9999', 404, 'page'],
    ['/task-register?period=2026-10&agency=KHDT', 404, 'agency'],
    ['/task-register?period=2026-10&scope=province&agency=02', 404, 'agency'],
    ['/task-counts?period=2026-10', 400, 'scope'],
    ['/task-counts?period=2026-10&scope=ministry&key=yes', 400, 'key'],
    ['/task-trend?scope=province&from=2026-Q1&to=2026-10', 400, 'from'],
    ['/task-trend?scope=province&from=2026-10&to=2026-01', 400, 'from'],
    ['/task-trend?scope=province&from=2020-01&to=2026-10', 404, 'from'],
    ['/task-trend?scope=province&from=2026-01&to=2026-10&agency=99', 404, 'agency'],
    ['/report-submissions?period=2026-10&scope=province&report=khong-co', 404, 'report'],
    ['/report-submissions?period=2026-10&scope=ministry&agency=GTVT', 404, 'agency'],
    ['/scores-766?period=2026-H3&scope=province', 400, 'period'],
    ['/scores-766?period=2026-H2&scope=province', 404, 'period'],
    ['/scores-766?period=2026-10', 400, 'scope'],
    ['/profile?era=17&unit=TC', 400, 'era'],
    ['/profile?scope=ministry&era=34&unit=TC', 400, 'era'],
    ['/profile?scope=ministry&era=17&unit=79', 400, 'unit'],
    ['/profile?era=34&unit=TC', 400, 'unit'],
    ['/profile?scope=ministry&era=17&unit=KHDT', 404, 'unit'],
    ['/profile?scope=ministry&era=22&unit=NNMT', 404, 'unit'],
  ])('%s answers %i with a problem that names %s', async (path, status, parameter) => {
    const response = await fetchMock(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body: unknown = await response.json();
    expect(validatorFor('Problem')(body)).toBe(true);
    expect((body as { detail: string }).detail.startsWith(`${parameter}=`)).toBe(true);
  });
});
