/**
 * The reference feed server: the mock handlers over real HTTP, for `npm run feed`, for trying a
 * deployment's config against a feed on another origin, and for end-to-end tests.
 *
 *   tsx mocks/feed-server.ts --port 8787 --scenario normal [--seed 20261120]
 *
 * A plain node:http server turns each request into a Fetch `Request` and asks msw's `getResponse`
 * for the answer, so the server and the browser worker share every handler. It allows any origin
 * (the feed is public, read-only data) and answers preflights.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
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
}

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
  'Access-Control-Max-Age': '600',
} as const;

/** Starts the feed server and resolves once it listens. */
export async function startFeedServer(options: FeedServerOptions = {}): Promise<FeedServer> {
  const { port = 8787, host = '127.0.0.1', scenario = 'normal', seed } = options;
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
        void send(res, problemResponse(500, 'about:blank', 'Internal error of the mock feed'));
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
    const request = new Request(url, { method: req.method ?? 'GET', headers });
    const response =
      (await getResponse(handlers, request)) ??
      problemResponse(404, PROBLEM_TYPES.notFound, `${url.pathname}: no such endpoint`, url.pathname);
    if (response.type === 'error') {
      // The `down` scenario: fail like a dead network, without an HTTP answer.
      req.socket.destroy();
      return;
    }
    await send(res, response);
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

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers).end(body);
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
