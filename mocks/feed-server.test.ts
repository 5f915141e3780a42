import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../src/api/common/schema.ts';
import { ENDPOINTS } from '../src/api/contract.ts';
import {
  ifNoneMatchMatches,
  MIN_COMPRESSED_BYTES,
  negotiateEncoding,
  startFeedServer,
  type FeedServer,
} from './feed-server.ts';

describe('the reference feed server', () => {
  let feed: FeedServer;

  beforeAll(async () => {
    feed = await startFeedServer({ port: 0, scenario: 'normal' });
  });
  afterAll(async () => {
    await feed.close();
  });

  it('listens on 127.0.0.1 and reports its base URL', () => {
    expect(feed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
  });

  it('answers /metadata with 200, JSON and the CORS header', async () => {
    const response = await fetch(`${feed.url}/metadata`, { headers: { Origin: 'http://localhost:5173' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(ENDPOINTS.metadata.response.safeParse(await response.json()).success).toBe(true);
  });

  it('answers a preflight', async () => {
    const response = await fetch(`${feed.url}/observations`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it.each(['/api/v1/nothing', '/elsewhere'])(
    'answers the unknown path %s with a 404 problem',
    async (path) => {
      const response = await fetch(`${new URL(feed.url).origin}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(problemSchema.parse(await response.json()).status).toBe(404);
    },
  );

  it('answers an invalid query with a 400 problem naming the parameter', async () => {
    const response = await fetch(`${feed.url}/observations?indicator=cpi-yoy&period=2026-10&scope=commune`);
    expect(response.status).toBe(400);
    expect(problemSchema.parse(await response.json()).detail).toMatch(/^scope=commune/);
  });

  it('serves data that parses', async () => {
    const response = await fetch(`${feed.url}/observations?indicator=grdp-growth&period=2025&scope=province`);
    const body = ENDPOINTS.observations.response.parse(await response.json());
    expect(body.national.value).toBeCloseTo(8.02, 2);
  });

  it('serves the board endpoints too: a page of the task register, and a problem naming a bad page size', async () => {
    const response = await fetch(
      `${feed.url}/task-register?period=2026-10&scope=ministry&status=overdue&pageSize=20`,
    );
    const body = ENDPOINTS.taskRegister.response.parse(await response.json());
    expect(body.rows).toHaveLength(20);
    expect(body.rows.every((t) => t.status === 'overdue')).toBe(true);
    const bad = await fetch(`${feed.url}/task-register?period=2026-10&pageSize=9999`);
    expect(bad.status).toBe(400);
    expect(problemSchema.parse(await bad.json()).detail).toMatch(/^pageSize=9999/);
  }, 60_000);

  it("serves a unit's profile in one answer, and a 404 problem for a unit the era lacks", async () => {
    const response = await fetch(`${feed.url}/profile?era=34&unit=79`);
    expect(response.status).toBe(200);
    const body = ENDPOINTS.profile.response.parse(await response.json());
    expect(body.rows.length).toBeGreaterThan(20);
    const missing = await fetch(`${feed.url}/profile?era=34&unit=27`);
    expect(missing.status).toBe(404);
    expect(problemSchema.parse(await missing.json()).detail).toBe('unit=27: no such unit in era 34');
  });
});

describe('the reference feed server answers like a production feed', () => {
  let feed: FeedServer;
  const indicators = () => `${feed.url}/indicators`;

  beforeAll(async () => {
    feed = await startFeedServer({ port: 0, scenario: 'normal' });
  });
  afterAll(async () => {
    await feed.close();
  });

  /** The catalog as sent without compression: the reference for sizes. */
  async function identity(): Promise<{ length: number; text: string }> {
    const response = await fetch(indicators(), { headers: { 'Accept-Encoding': 'identity' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    const text = await response.text();
    expect(Number(response.headers.get('content-length'))).toBe(new TextEncoder().encode(text).length);
    return { length: Number(response.headers.get('content-length')), text };
  }

  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
  ])(
    'with Accept-Encoding "%s" sends the catalog as %s, a fraction of its size, that decodes to the same JSON',
    async (accept, coding) => {
      const plain = await identity();
      const response = await fetch(indicators(), { headers: { 'Accept-Encoding': accept } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(coding);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      // fetch decodes the body; Content-Length is what crossed the wire.
      const sent = Number(response.headers.get('content-length'));
      expect(sent).toBeGreaterThan(0);
      expect(sent).toBeLessThan(plain.length / 3);
      const text = await response.text();
      expect(text).toBe(plain.text);
      expect(ENDPOINTS.indicators.response.safeParse(JSON.parse(text)).success).toBe(true);
    },
  );

  it('sends a body smaller than the threshold as it is', async () => {
    const response = await fetch(`${new URL(feed.url).origin}/elsewhere`, {
      headers: { 'Accept-Encoding': 'gzip, br' },
    });
    expect(Number(response.headers.get('content-length'))).toBeLessThan(MIN_COMPRESSED_BYTES);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('gives an answer one weak ETag, whatever the coding, and a different one to different data', async () => {
    const tag = async (url: string, accept: string) =>
      (await fetch(url, { headers: { 'Accept-Encoding': accept } })).headers.get('etag');
    const gzip = await tag(indicators(), 'gzip');
    expect(gzip).toMatch(/^W\/"[\w-]{27}"$/);
    expect(await tag(indicators(), 'br')).toBe(gzip);
    expect(await tag(indicators(), 'identity')).toBe(gzip);
    expect(await tag(`${feed.url}/units?era=34`, 'gzip')).not.toBe(gzip);
  });

  it('answers 304 without a body when If-None-Match still matches, and 200 when it does not', async () => {
    const first = await fetch(indicators(), { headers: { 'Accept-Encoding': 'gzip' } });
    const etag = first.headers.get('etag') ?? '';
    await first.arrayBuffer();
    for (const header of [etag, `"other", ${etag}`, etag.replace(/^W\//, ''), '*']) {
      const again = await fetch(indicators(), {
        headers: { 'If-None-Match': header, 'Accept-Encoding': 'gzip' },
      });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe('no-cache');
      expect(again.headers.get('vary')).toBe('Accept-Encoding');
      expect(again.headers.get('access-control-allow-origin')).toBe('*');
      expect((await again.arrayBuffer()).byteLength).toBe(0);
    }
    const changed = await fetch(indicators(), { headers: { 'If-None-Match': 'W/"stale"' } });
    expect(changed.status).toBe(200);
    expect(ENDPOINTS.indicators.response.safeParse(await changed.json()).success).toBe(true);
  });

  it('lets the page read the ETag across origins', async () => {
    const response = await fetch(indicators(), { headers: { Origin: 'http://localhost:5173' } });
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('keeps errors out of caches: no ETag, Cache-Control no-store', async () => {
    const response = await fetch(`${feed.url}/observations?indicator=cpi-yoy&period=2026-10&scope=commune`);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await fetch(indicators(), { headers: { 'Accept-Encoding': 'gzip' } });
    await get.arrayBuffer();
    const head = await fetch(indicators(), { method: 'HEAD', headers: { 'Accept-Encoding': 'gzip' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('takes the Cache-Control of successful answers from its options', async () => {
    const other = await startFeedServer({ port: 0, cacheControl: 'public, max-age=60' });
    try {
      const response = await fetch(`${other.url}/metadata`);
      expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    } finally {
      await other.close();
    }
  });
});

describe('content negotiation of the feed server', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['deflate', null],
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['BR;Q=0, GZIP', 'gzip'],
    ['gzip;q=1.0, br;q=0.8', 'gzip'],
    ['br;q=0.8, gzip;q=0.8', 'br'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['gzip;q=0, br;q=0', null],
  ] as const)('Accept-Encoding %j → %s', (header, coding) => {
    expect(negotiateEncoding(header)).toBe(coding);
  });

  it.each([
    ['W/"abc"', 'W/"abc"', true],
    ['"abc"', 'W/"abc"', true],
    ['"x", W/"abc"', 'W/"abc"', true],
    ['*', 'W/"abc"', true],
    ['W/"abd"', 'W/"abc"', false],
    [undefined, 'W/"abc"', false],
  ] as const)('If-None-Match %j against %s: %s', (header, etag, matches) => {
    expect(ifNoneMatchMatches(header, etag)).toBe(matches);
  });
});

describe('the feed server in the down scenario', () => {
  it('drops the connection without an HTTP answer', async () => {
    const feed = await startFeedServer({ port: 0, scenario: 'down' });
    try {
      await expect(fetch(`${feed.url}/metadata`)).rejects.toThrow();
    } finally {
      await feed.close();
    }
  });
});
