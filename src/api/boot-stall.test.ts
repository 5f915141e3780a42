/**
 * The requests index.html's boot script starts (mocks off) against a feed that accepts the connection and
 * never answers: `getJson` must give up after the configured timeout, or when its caller aborts, and
 * cancel the boot request itself. The boot script is the one in index.html, run here as the page runs it;
 * the feed is a real HTTP server on a local port (no MSW in this file).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { takeBootResponse } from './boot.ts';
import { configureFeed, FeedError, getJson } from './http.ts';

const indexHtml = readFileSync(path.join(import.meta.dirname, '../../index.html'), 'utf8');
// The inline script that starts the feed requests (the page has others, such as the wall's first paint).
const bootScript = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1] ?? '')
  .find((text) => text.includes('__dieuHanhBoot'));

let server: Server;
let base = '';
const sockets = new Set<Socket>();
const closed: string[] = [];
const stalled: ServerResponse[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? '';
    request.socket.once('close', () => closed.push(url));
    stalled.push(response);
    // /indicators: the headers and half a body, then nothing; /metadata: nothing at all.
    if (url.endsWith('/indicators')) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"indicators": [');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Runs the boot script as the page does, with config.json saying: mocks off, the feed at `base`. */
async function runBootScript(): Promise<void> {
  if (!bootScript) throw new Error('index.html has no inline boot script');
  const config = JSON.stringify({ apiBaseUrl: base, mocks: { enabled: false, scenario: 'normal' } });
  const pageFetch = (input: string, init?: RequestInit) =>
    input.endsWith('config.json') ? Promise.resolve(new Response(config)) : fetch(input, init);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the page's own inline script, as written
  const run = new Function('window', 'fetch', bootScript) as (window: unknown, fetch: unknown) => void;
  run(globalThis, pageFetch);
  const boot = (globalThis as { __dieuHanhBoot?: { config: Promise<unknown> } }).__dieuHanhBoot;
  await boot?.config;
  // The feed requests start in the next reaction to the config text.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(
    Object.keys((globalThis as { __dieuHanhBoot?: { responses: object } }).__dieuHanhBoot?.responses ?? {}),
  ).toEqual([`${base}/metadata`, `${base}/indicators`]);
}

/** Waits until the server has seen the connection that asked for `path` close (at most `ms`). */
async function connectionClosed(pathEnd: string, ms = 5000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (closed.some((url) => url.endsWith(pathEnd))) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

async function settle(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error('expected the request to fail');
}

const anyBody = z.object({});

beforeEach(async () => {
  closed.length = 0;
  await runBootScript();
});

afterEach(() => {
  for (const url of [`${base}/metadata`, `${base}/indicators`]) takeBootResponse(url)?.abort();
  for (const response of stalled.splice(0)) response.destroy();
  delete (globalThis as { __dieuHanhBoot?: unknown }).__dieuHanhBoot;
});

describe('a boot request to a feed that never answers', () => {
  it(
    'fails as a timeout after the configured time and closes the connection',
    { timeout: 20_000 },
    async () => {
      configureFeed({ baseUrl: base, timeoutMs: 400 });
      const { error, ms } = await settle(getJson('/metadata', {}, anyBody));
      expect(error).toBeInstanceOf(FeedError);
      expect((error as FeedError).kind).toBe('timeout');
      expect((error as FeedError).endpoint).toBe('/metadata');
      expect(ms).toBeGreaterThanOrEqual(350);
      expect(ms).toBeLessThan(5000);
      expect(await connectionClosed('/metadata')).toBe(true);
    },
  );

  it('fails as a timeout when the headers came and the body stalls', { timeout: 20_000 }, async () => {
    configureFeed({ baseUrl: base, timeoutMs: 400 });
    const { error, ms } = await settle(getJson('/indicators', {}, anyBody));
    expect((error as FeedError).kind).toBe('timeout');
    expect(ms).toBeLessThan(5000);
    expect(await connectionClosed('/indicators')).toBe(true);
  });

  it("rejects with the caller's own reason when the caller aborts first", { timeout: 20_000 }, async () => {
    configureFeed({ baseUrl: base, timeoutMs: 60_000 });
    const caller = new AbortController();
    const reason = new DOMException('the view changed', 'AbortError');
    setTimeout(() => caller.abort(reason), 100);
    const { error, ms } = await settle(getJson('/metadata', {}, anyBody, caller.signal));
    expect(error).toBe(reason);
    expect(ms).toBeLessThan(5000);
    expect(await connectionClosed('/metadata')).toBe(true);
  });
});
