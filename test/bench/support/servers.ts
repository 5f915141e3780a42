/**
 * What the bench measures against: the production build served with compression by ./static-server.ts,
 * mocks off, its config.json answered by the server so the app reads the reference feed; and the reference
 * feed (mocks/feed-server.ts) in a child process of its own, so generating the feed's answers does not
 * share an event loop with the static server and the browser driver.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../e2e-support/servers.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export interface FeedProcess {
  /** The feed's base URL, e.g. http://127.0.0.1:40123/api/v1. */
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts `node --import tsx mocks/feed-server.ts --port N` in `root` and resolves once it listens. */
export async function startFeedProcess(root: string, scenario = 'normal'): Promise<FeedProcess> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'mocks/feed-server.ts'), '--port', String(port), '--scenario', scenario],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the reference feed');
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the reference feed did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Feed: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the reference feed exited (${code}):\n${output}`));
    });
  });
  return { url, pid, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/** The build's config.json with mocks off and `apiBaseUrl` at `feedUrl`, plus `changes`. */
export function mocksOffConfig(dist: string, feedUrl: string, changes: Record<string, unknown> = {}): string {
  const config = JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8')) as Record<string, unknown>;
  const mocks = (config.mocks ?? {}) as Record<string, unknown>;
  return `${JSON.stringify({ ...config, apiBaseUrl: feedUrl, mocks: { ...mocks, enabled: false }, ...changes }, null, 2)}\n`;
}

export interface AppServer extends StaticServer {
  /** Serves config.json with mocks off against the feed, with `changes` (e.g. a shorter refresh interval). */
  configure(changes?: Record<string, unknown>): void;
}

/** Serves `dist` with mocks off against `feedUrl`. */
export async function startAppServer(dist: string, feedUrl: string): Promise<AppServer> {
  const server = await startStaticServer(dist);
  const configure = (changes: Record<string, unknown> = {}) =>
    server.override('/config.json', {
      type: 'application/json; charset=utf-8',
      body: mocksOffConfig(dist, feedUrl, changes),
    });
  configure();
  return { ...server, configure };
}
