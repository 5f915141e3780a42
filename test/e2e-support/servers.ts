/**
 * The servers of the end-to-end suite: `vite preview` of a build directory as a child process (started
 * with node directly, never through npx, so the PID we keep is the server's), and free ports for them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

export interface PreviewServer {
  /** http://127.0.0.1:PORT, without a trailing slash. */
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** A TCP port nobody listens on right now (the OS picks it); the server then binds it with --strictPort. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close();
        reject(new Error('freePort: no TCP address'));
        return;
      }
      probe.close(() => {
        resolve(address.port);
      });
    });
  });
}

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

/**
 * Starts `node node_modules/vite/bin/vite.js preview --outDir <outDir> --port <port> --strictPort
 * --host 127.0.0.1` in `root` and resolves once it serves config.json. Rejects with the server's own
 * output when it exits early (port taken) or does not answer in time.
 */
export async function startPreview({
  root,
  outDir,
  port,
  name,
}: {
  root: string;
  outDir: string;
  port: number;
  name: string;
}): Promise<PreviewServer> {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, [...args, '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name}: could not spawn vite preview`);

  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) => {
      reject(new Error(`${name}: vite preview exited (${signal ?? code}) before serving:\n${output}`));
    });
  });
  exited.catch(() => undefined);
  try {
    await Promise.race([waitForHttp(`${url}/config.json`, START_TIMEOUT_MS, name), exited]);
  } catch (error) {
    await stopChild(child);
    throw error instanceof Error ? new Error(`${error.message}\n${output}`) : error;
  }
  return { url, pid, stop: () => stopChild(child) };
}

async function waitForHttp(url: string, timeoutMs: number, name: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name}: ${url} did not answer within ${timeoutMs} ms (${last})`);
}

/** SIGTERM to the child's own PID, SIGKILL if it is still there after a few seconds. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await gone;
  clearTimeout(timer);
}

/** The runtime configuration as public/config.json writes it (only what the copies change is typed). */
export type RuntimeConfigJson = Record<string, unknown> & {
  mocks?: Record<string, unknown>;
};

/**
 * Copies the build `dist` to `target` and rewrites its config.json with `edit`, so the copy differs from
 * the shipped build in its runtime configuration only.
 */
export async function copyBuildWithConfig(
  dist: string,
  target: string,
  edit: (config: RuntimeConfigJson) => RuntimeConfigJson,
): Promise<void> {
  await cp(dist, target, { recursive: true });
  const file = path.join(target, 'config.json');
  const config = JSON.parse(await readFile(file, 'utf8')) as RuntimeConfigJson;
  await writeFile(file, `${JSON.stringify(edit(config), null, 2)}\n`);
}
