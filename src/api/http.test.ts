import { http, HttpResponse, delay } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { server, setScenario } from '../../mocks/node.ts';
import { fetchMetadata } from './metadata/client.ts';
import { fetchObservations } from './observations/client.ts';
import { configureFeed, FeedError, feedUrl, getJson } from './http.ts';

const BASE = 'http://feed.test/api/v1';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  setScenario('normal');
  configureFeed({ baseUrl: BASE, timeoutMs: 2000 });
});
afterAll(() => {
  server.close();
});
configureFeed({ baseUrl: `${BASE}/`, timeoutMs: 2000 });

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('feedUrl', () => {
  it('joins the configured base without doubling slashes and sorts the parameters', () => {
    expect(feedUrl('/observations', { scope: 'province', indicator: 'cpi-yoy', period: undefined })).toBe(
      `${BASE}/observations?indicator=cpi-yoy&scope=province`,
    );
  });
});

describe('getJson', () => {
  it('returns the validated body', async () => {
    const metadata = await fetchMetadata();
    expect(metadata.latest).toEqual({ month: '2026-10', quarter: '2026-Q3', half: '2026-H1', year: '2025' });
  });

  it('names the endpoint and the field of an invalid payload', async () => {
    setScenario('invalid');
    const error = await failure(
      fetchObservations({ indicator: 'budget-revenue', period: '2026-10', scope: 'province' }),
    );
    expect(error.kind).toBe('invalid-payload');
    expect(error.endpoint).toBe('/observations');
    expect(error.fields[0]?.path).toMatch(/^(rows\[\d+\]\.value|national\.value)$/);
    expect(error.message).toContain('GET /observations: invalid field');
    expect(error.transient).toBe(false);
  });

  it('carries the problem document of an HTTP error', async () => {
    const error = await failure(
      fetchObservations({ indicator: 'no-such', period: '2026-10', scope: 'province' }),
    );
    expect(error).toMatchObject({ kind: 'http', status: 404, endpoint: '/observations' });
    expect(error.problem?.detail).toContain('indicator');
    expect(error.transient).toBe(false);
  });

  it('treats 503 as transient', async () => {
    server.use(
      http.get('*/api/v1/metadata', () =>
        HttpResponse.json({ type: 'x', title: 'Down', status: 503 }, { status: 503 }),
      ),
    );
    const error = await failure(fetchMetadata());
    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(error.transient).toBe(true);
  });

  it('reports a network failure as such', async () => {
    setScenario('down');
    const error = await failure(fetchMetadata());
    expect(error.kind).toBe('network');
    expect(error.transient).toBe(true);
  });

  it('gives up after the configured timeout', async () => {
    configureFeed({ baseUrl: BASE, timeoutMs: 50 });
    server.use(
      http.get('*/api/v1/metadata', async () => {
        await delay(1000);
        return HttpResponse.json({});
      }),
    );
    const error = await failure(fetchMetadata());
    expect(error.kind).toBe('timeout');
  });

  it("rejects with the caller's abort reason, not a feed error, when the caller aborts", async () => {
    server.use(
      http.get('*/api/v1/metadata', async () => {
        await delay(1000);
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const promise = fetchMetadata(controller.signal);
    controller.abort(new DOMException('left the page', 'AbortError'));
    await expect(promise).rejects.toMatchObject({ name: 'AbortError', message: 'left the page' });
  });

  it('reports a body that is not JSON', async () => {
    server.use(
      http.get(
        '*/api/v1/metadata',
        () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } }),
      ),
    );
    expect((await failure(fetchMetadata())).kind).toBe('invalid-json');
  });

  it('names a nested field path with indices', async () => {
    server.use(http.get('*/api/v1/thing', () => HttpResponse.json({ rows: [{ v: 1 }, { v: 'x' }] })));
    const schema = z.object({ rows: z.array(z.object({ v: z.number() })) });
    const error = await failure(getJson('/thing', {}, schema));
    expect(error.fields[0]?.path).toBe('rows[1].v');
  });
});
