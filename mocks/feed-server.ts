/**
 * The reference feed server: the mock handlers over real HTTP, for `npm run feed`, for trying a
 * deployment's config against a feed on another origin, and for end-to-end tests.
 *
 *   tsx mocks/feed-server.ts --port 8787 --scenario normal [--seed 20261120]
 *
 * A plain node:http server turns each request into a Fetch `Request` and asks msw's `getResponse`
 * for the answer, so the server and the browser worker share every handler. It allows any origin
 * (the feed is public, read-only data) and answers preflights.
 *
 * It answers like a production feed behind a web server, so that what the benchmarks and the
 * end-to-end suite see on the wire is what a user downloads:
 * - `Content-Encoding` by `Accept-Encoding` (brotli preferred, then gzip; bodies under
 *   {@link MIN_COMPRESSED_BYTES} as they are), with `Vary: Accept-Encoding`;
 * - a weak `ETag` of the body and `Cache-Control: no-cache` on successful answers: the feed may change
 *   at any time, so a browser keeps the answer but asks again on every use, and gets a bodiless
 *   `304 Not Modified` when its `If-None-Match` still matches. Errors stay `no-store`.
 * The ETag is weak because it names the content, not the bytes: the gzip and brotli forms of one
 * answer share it (RFC 9110 §8.8.1), as nginx does when it compresses.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import { createDataset } from './data/dataset.ts';
import { createHandlers, PROBLEM_TYPES, problemResponse } from './handlers.ts';
import { parseScenario, SCENARIOS, type Scenario } from './scenarios.ts';

export interface FeedServerOptions {
  /** TCP port; 0 picks a free one (tests). Default 8787. */
  readonly port?: number;
  /** Default 127.0.0.1: the mock feed is for this machine only. */
  readonly host?: string;
  /** The scenario, or a function read on every request. Default 'normal'. */
  readonly scenario?: Scenario | (() => Scenario);
  /** Seed of the synthetic data set; default the data set's own. */
  readonly seed?: number;
  /** `Cache-Control` of successful answers; default {@link DEFAULT_CACHE_CONTROL}. */
  readonly cacheControl?: string;
}

/** Revalidate on every use: cheap with ETags (a 304 has no body), and never a stale figure. */
export const DEFAULT_CACHE_CONTROL = 'no-cache';

/** Smaller bodies go as they are: compression headers would outweigh the saving (nginx's default is 20 B). */
export const MIN_COMPRESSED_BYTES = 256;

/** Content codings the server can apply, in its order of preference when the client accepts several. */
export type ContentCoding = 'br' | 'gzip';

export interface FeedServer {
  /** The feed's base URL, e.g. http://127.0.0.1:8787/api/v1. */
  readonly url: string;
  close(): Promise<void>;
}

const BASE_PATH = '/api/v1';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
  'Access-Control-Expose-Headers': 'ETag',
  'Access-Control-Max-Age': '600',
} as const;

/**
 * The coding to send for an `Accept-Encoding` header (RFC 9110 §12.5.3): the acceptable coding of
 * highest weight among brotli and gzip, brotli on a tie; `*` stands for any coding not named; `q=0`
 * refuses. Null means the body goes as it is (no header, `identity`, or nothing acceptable).
 * Written here rather than taken from `negotiator` because these ten lines are all the server needs.
 */
export function negotiateEncoding(header: string | undefined): ContentCoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  let best: ContentCoding | null = null;
  let bestWeight = 0;
  for (const coding of ['br', 'gzip'] as const) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

/** Whether an `If-None-Match` header matches `etag` by weak comparison (RFC 9110 §13.1.2). */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** Types worth compressing: JSON, problem documents and any text. */
function isCompressibleType(contentType: string | null): boolean {
  return contentType !== null && /^(application\/([a-z.+-]*\+)?json|text\/)/i.test(contentType);
}

function weakEtag(body: Buffer): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function compress(body: Buffer, coding: ContentCoding): Buffer {
  // Levels of a web server compressing on the fly (nginx gzip 6, brotli 5), not of a build step.
  return coding === 'br'
    ? brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipSync(body, { level: 6 });
}

/**
 * Compressed bodies by ETag and coding. The same answers are asked for again and again (every refresh
 * of every open board), and brotli costs more than the handler: keep the most recent few hundred.
 */
class CompressedCache {
  private readonly entries = new Map<string, Buffer>();
  constructor(private readonly limit: number) {}

  get(etag: string, coding: ContentCoding, body: Buffer): Buffer {
    const key = `${coding} ${etag}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert so the Map's order is least recently used first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = compress(body, coding);
    this.entries.set(key, made);
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return made;
  }
}

/** Starts the feed server and resolves once it listens. */
export async function startFeedServer(options: FeedServerOptions = {}): Promise<FeedServer> {
  const {
    port = 8787,
    host = '127.0.0.1',
    scenario = 'normal',
    seed,
    cacheControl = DEFAULT_CACHE_CONTROL,
  } = options;
  const compressed = new CompressedCache(500);
  const handlers = createHandlers({
    baseUrl: BASE_PATH,
    scenario,
    ...(seed !== undefined ? { dataset: createDataset({ seed }) } : {}),
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A handler bug must not take the server down; the client sees a problem document.
      console.error(error);
      if (!res.headersSent)
        void send(req, res, problemResponse(500, 'about:blank', 'Internal error of the mock feed'));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${host}:${port}`}`);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    }
    // HEAD is GET without the body, as any web server does; the handlers know GET only.
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    const request = new Request(url, { method, headers });
    const response =
      (await getResponse(handlers, request)) ??
      problemResponse(404, PROBLEM_TYPES.notFound, `${url.pathname}: no such endpoint`, url.pathname);
    if (response.type === 'error') {
      // The `down` scenario: fail like a dead network, without an HTTP answer.
      req.socket.destroy();
      return;
    }
    await send(req, res, response);
  }

  async function send(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
    const headers: Record<string, string> = { ...CORS_HEADERS };
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    let body: Buffer = Buffer.from(await response.arrayBuffer());
    const compressible = isCompressibleType(response.headers.get('content-type'));
    if (compressible) headers.vary = 'Accept-Encoding';
    if (response.status >= 200 && response.status < 300) {
      const etag = weakEtag(body);
      headers.etag = etag;
      headers['cache-control'] = cacheControl;
      if (ifNoneMatchMatches(req.headers['if-none-match'], etag)) {
        delete headers['content-type'];
        delete headers['content-length'];
        res.writeHead(304, headers).end();
        return;
      }
    }
    const coding =
      compressible && body.length >= MIN_COMPRESSED_BYTES
        ? negotiateEncoding(req.headers['accept-encoding'])
        : null;
    if (coding) {
      body = headers.etag ? compressed.get(headers.etag, coding, body) : compress(body, coding);
      headers['content-encoding'] = coding;
    }
    headers['content-length'] = String(body.length);
    res.writeHead(response.status, headers).end(req.method === 'HEAD' ? undefined : body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}${BASE_PATH}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

function argument(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

async function main(args: readonly string[]): Promise<void> {
  const port = Number(argument(args, 'port') ?? 8787);
  const scenarioName = argument(args, 'scenario') ?? 'normal';
  const scenario = parseScenario(scenarioName);
  const seedText = argument(args, 'seed');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port: ${port}`);
  if (!scenario) throw new Error(`--scenario: one of ${SCENARIOS.join(', ')}, not '${scenarioName}'`);
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`--seed: not an integer: ${seedText}`);
  const feed = await startFeedServer({ port, scenario, ...(seed !== undefined ? { seed } : {}) });
  console.log(`Feed: ${feed.url}`);
  const stop = (): void => {
    void feed.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run as a program only (tsx mocks/feed-server.ts), not when a test imports startFeedServer.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
