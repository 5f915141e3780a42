/**
 * Global setup of the end-to-end suite (vitest.e2e.config.ts). It serves the build in dist/ (which
 * `npm run test:e2e` has just made) four ways, each on its own free port with --strictPort:
 *
 * 1. `mocked`: dist/ as shipped, mocks on (MSW in the browser);
 * 2. `feedBacked`: a copy with mocks off whose apiBaseUrl is the reference feed server, which runs
 *    in this process (mocks/feed-server.ts) on another port;
 * 3. `invalidConfig`: a copy whose config.json lacks refreshIntervalSeconds and says defaultLocale "fr";
 * 4. `invalidFeed`: a copy with mocks on and scenario 'invalid' (data payloads break their schema).
 *
 * The addresses reach the tests through `provide('e2e', …)`; the returned teardown stops every server by
 * its own PID and deletes the copies.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startFeedServer } from '../../mocks/feed-server.ts';
import type { E2eEnvironment } from './environment.ts';
import { copyBuildWithConfig, freePort, startPreview, type PreviewServer } from './servers.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  const dist = path.join(root, 'dist');
  if (!existsSync(path.join(dist, 'index.html')) || !existsSync(path.join(dist, 'config.json'))) {
    throw new Error(`No build in ${dist}: run \`npm run test:e2e\` (it builds first) or \`npx vite build\`.`);
  }
  const screenshotDir = path.join(root, 'test-results', 'screenshots');
  await mkdir(screenshotDir, { recursive: true });

  const stops: (() => Promise<void>)[] = [];
  const teardown = async () => {
    const errors: unknown[] = [];
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'e2e teardown: some servers did not stop');
  };

  try {
    const copies = await mkdtemp(path.join(tmpdir(), 'dieu-hanh-e2e-'));
    stops.push(() => rm(copies, { recursive: true, force: true }));

    const feed = await startFeedServer({ port: await freePort(), scenario: 'normal' });
    stops.push(() => feed.close());

    const feedBackedDir = path.join(copies, 'feed-backed');
    await copyBuildWithConfig(dist, feedBackedDir, (config) => ({
      ...config,
      apiBaseUrl: feed.url,
      mocks: { ...config.mocks, enabled: false },
    }));
    const invalidConfigDir = path.join(copies, 'invalid-config');
    await copyBuildWithConfig(dist, invalidConfigDir, (config) => {
      const { refreshIntervalSeconds: _dropped, ...rest } = config;
      return { ...rest, defaultLocale: 'fr' };
    });
    const invalidFeedDir = path.join(copies, 'invalid-feed');
    await copyBuildWithConfig(dist, invalidFeedDir, (config) => ({
      ...config,
      mocks: { ...config.mocks, enabled: true, scenario: 'invalid' },
    }));

    const servers: Record<'mocked' | 'feedBacked' | 'invalidConfig' | 'invalidFeed', string> = {
      mocked: dist,
      feedBacked: feedBackedDir,
      invalidConfig: invalidConfigDir,
      invalidFeed: invalidFeedDir,
    };
    const started: Partial<Record<keyof typeof servers, PreviewServer>> = {};
    // One after the other: each takes about a second and the machine has two cores.
    for (const [name, outDir] of Object.entries(servers) as [keyof typeof servers, string][]) {
      const server = await startPreview({ root, outDir, port: await freePort(), name });
      stops.push(() => server.stop());
      started[name] = server;
    }

    const environment: E2eEnvironment = {
      mocked: started.mocked!.url,
      feedUrl: feed.url,
      feedBacked: started.feedBacked!.url,
      invalidConfig: started.invalidConfig!.url,
      invalidFeed: started.invalidFeed!.url,
      mockChunks: await findMockChunks(dist),
      screenshotDir,
    };
    project.provide('e2e', environment);
    console.log(
      [
        'e2e servers:',
        ...Object.entries(started).map(([name, s]) => `  ${name.padEnd(14)} ${s.url} (pid ${s.pid})`),
        `  ${'feed'.padEnd(14)} ${feed.url} (in process)`,
      ].join('\n'),
    );
  } catch (error) {
    await teardown().catch(() => undefined);
    throw error;
  }
  return teardown;
}

/** The chunks of the build that contain MSW (the lazily imported mocks/browser.ts and its msw code). */
async function findMockChunks(dist: string): Promise<string[]> {
  const assets = path.join(dist, 'assets');
  const chunks: string[] = [];
  for (const file of await readdir(assets)) {
    if (!file.endsWith('.js')) continue;
    const text = await readFile(path.join(assets, file), 'utf8');
    if (text.includes('mockServiceWorker') || /\bmsw\b/i.test(text)) chunks.push(`/assets/${file}`);
  }
  if (chunks.length === 0) throw new Error(`No chunk of ${assets} contains MSW: is this a build with mocks?`);
  return chunks;
}
