import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../src/api/common/schema.ts';
import { ENDPOINTS } from '../src/api/contract.ts';
import { startFeedServer, type FeedServer } from './feed-server.ts';

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
    expect(response.headers.get('cache-control')).toBe('no-store');
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
