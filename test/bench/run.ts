/**
 * `npm run bench`: every figure the performance goals are stated in, printed as one table and written as
 * JSON (test/bench/README.md documents the flags and every key).
 *
 * It builds the production app once (into a temporary directory), serves it with compression
 * (./support/static-server.ts) with mocks off, its config.json pointing at the reference feed
 * (mocks/feed-server.ts, in a child process), and drives Debian's Chromium through playwright-core.
 * Progress goes to stderr, the table to stdout. It exits non-zero when a section fails, never because a
 * goal is missed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../e2e-support/browser.ts';
import { bytesSection } from './sections/bytes.ts';
import { interactionSection } from './sections/interaction.ts';
import { lighthouseSection } from './sections/lighthouse.ts';
import { longTasksSection, profileSection } from './sections/long-tasks.ts';
import { scaleSection } from './sections/scale.ts';
import { soakSection } from './sections/soak.ts';
import { parseBenchArgs, USAGE, UsageError, type Section } from './support/args.ts';
import { buildApp } from './support/build.ts';
import { formatTable, toJson, type Row } from './support/report.ts';
import { ROUTES } from './support/routes.ts';
import { startAppServer, startFeedProcess, type AppServer, type FeedProcess } from './support/servers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const log = (line: string) => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
};

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  const { options, help } = parsed;
  if (help) {
    console.log(USAGE);
    return 0;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`${CHROMIUM_PATH} not found: apt-get install -y chromium`);
    return 2;
  }
  const started = Date.now();
  const loadBefore = loadavg();
  const cleanups: (() => Promise<void> | void)[] = [];
  const rows: Row[] = [];
  let failed = false;
  try {
    let dist = resolve(ROOT, options.dist);
    if (options.build) {
      const work = mkdtempSync(join(tmpdir(), 'dieu-hanh-bench-'));
      cleanups.push(() => rmSync(work, { recursive: true, force: true }));
      dist = join(work, 'dist');
      log('building the production app (vite build, hidden source maps)');
      await buildApp(ROOT, dist);
    } else if (!existsSync(join(dist, 'index.html'))) {
      console.error(`No build in ${dist}: run \`npm run build\`, or leave out --no-build.`);
      return 2;
    }
    const out = resolve(ROOT, options.out);
    mkdirSync(out, { recursive: true });

    log('starting the reference feed and the static server');
    const feed: FeedProcess = await startFeedProcess(ROOT);
    cleanups.push(() => feed.stop());
    const app: AppServer = await startAppServer(dist, feed.url);
    cleanups.push(() => app.close());
    const browser: Browser = await launchChromium();
    cleanups.push(() => browser.close());
    const metadata = (await (await fetch(`${feed.url}/metadata`)).json()) as { latest: { month: string } };

    const sections: Record<Section, () => Promise<Row[]>> = {
      bytes: () => bytesSection(browser, app.url, feed.url, dist, ROUTES, log),
      lighthouse: () => lighthouseSection(ROOT, app.url, out, options.runs, log),
      longtasks: () => longTasksSection(browser, app.url, ROUTES, options.cpu, log),
      profile: () => profileSection(browser, app.url, dist, out, options.cpu, log),
      interaction: () => interactionSection(browser, app.url, feed.url, ROUTES, options.switches, out, log),
      soak: () => soakSection(browser, app, options.soakUrl, options.soakRotations, options.soakMinutes, log),
      scale: () => scaleSection(ROOT, browser, metadata.latest.month, options.cpu, log),
    };
    for (const section of options.sections) {
      try {
        rows.push(...(await sections[section]()));
      } catch (error) {
        failed = true;
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`${section} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
        rows.push({ key: section, reason: `failed: ${message}` });
      }
    }

    const loadAfter = loadavg();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain') !== '';
    const meta = {
      date: new Date(started).toISOString(),
      commit: `${commit}${dirty ? '+changes' : ''}`,
      node: process.version,
      chromium: browser.version(),
      cpus: cpus().length,
      load_average_1m: { before: loadBefore[0], after: loadAfter[0] },
      seconds: Math.round((Date.now() - started) / 1000),
      options,
    };
    const header =
      `npm run bench · ${meta.date} · ${meta.commit} · Chromium ${meta.chromium} · ${meta.cpus} cores, ` +
      `load ${loadBefore[0]?.toFixed(1)} → ${loadAfter[0]?.toFixed(1)} · ${meta.seconds} s · sections ${options.sections.join(',')}`;
    const table = `${header}\n\n${formatTable(rows)}\n`;
    console.log(table);
    writeFileSync(join(out, 'latest.txt'), table);
    const json = `${JSON.stringify(toJson(rows, meta), null, 2)}\n`;
    writeFileSync(join(out, 'latest.json'), json);
    mkdirSync(join(out, 'runs'), { recursive: true });
    writeFileSync(join(out, 'runs', `${meta.date.replace(/[:.]/g, '-')}.json`), json);
    log(`written: ${join(options.out, 'latest.txt')}, ${join(options.out, 'latest.json')}`);
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        log(`cleanup: ${String(error)}`);
      }
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
