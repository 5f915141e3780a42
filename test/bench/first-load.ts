/**
 * First load of / measured in Debian Chromium: bytes by type, requests, and when the KPI tiles and the first
 * ECharts canvas appear. A measurement, not a test: it exits non-zero on errors only, never on a budget miss.
 *
 *   npx vite build && npx tsx test/bench/first-load.ts [--dist dist] [--lighthouse [--runs N]] [--json out.json]
 *
 * It builds nothing. It serves the existing build twice with `vite preview`:
 * (a) as shipped: public/config.json turns the mock worker on;
 * (b) mocks off: a copy of the build whose config.json points at the reference feed server
 *     (mocks/feed-server.ts, started in-process on another port: cross-origin, with CORS).
 * Every response has two sizes, headers left out of both:
 * - "served": the body bytes as sent, from Chromium's network stack (CDP `Network.loadingFinished`
 *   `encodedDataLength`, through Playwright's `request.sizes()`, which also sees the service worker's own
 *   fetches). Vite 8's preview gzips text responses (default level); the reference feed server does not.
 * - "gzip": what a production server would send: the decoded body gzipped at level 9 for text types
 *   (scripts, CSS, HTML, JSON, SVG), as is for woff2 and images. The budget is checked against this one.
 * - "brotli": the same at brotli quality 11, what a server with pre-compressed files sends over HTTPS.
 * In mode (a) the mock worker answers the feed requests inside the browser: those bytes never cross the
 * network and are listed apart. A row marked * had no size from Chromium (the worker's own script): its
 * "served" is the gzip estimate.
 *
 * With --lighthouse it also runs Lighthouse (mobile, then --preset=desktop) on the mode (b) build served by
 * test/bench/support/static-server.ts, which compresses like a production server; --runs N repeats each
 * preset and prints the medians. Reports stay in test-results/first-load/.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Request } from 'playwright-core';
import { startFeedServer } from '../../mocks/feed-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e-support/browser.ts';
import { freePort, startPreview } from '../e2e-support/servers.ts';
import { brotliSize, gzipSize, isCompressible, startStaticServer } from './support/static-server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the Lighthouse reports stay for a closer look (git-ignored). */
const REPORTS = join(ROOT, 'test-results/first-load');
/** The issue's budget for the first load of /, in bytes (kB = 1000 B, as Vite reports). */
const BUDGET = 420_000;
const TYPES = ['document', 'script', 'css', 'font', 'json/fetch', 'other'] as const;
type ResourceKind = (typeof TYPES)[number];

interface Row {
  readonly url: string;
  readonly kind: ResourceKind;
  readonly status: number;
  /** Made by the service worker (its own network fetch), not by the page. */
  readonly bySw: boolean;
  /** Answered to the page by the service worker (from its own fetch, or by MSW without any network). */
  readonly fromSw: boolean;
  /** Body bytes as the server sent them (vite preview gzips); the gzip estimate where Chromium has none. */
  readonly served: number;
  readonly estimated: boolean;
  readonly gzip: number;
  /** Brotli at quality 11 for text types (what a server with pre-compressed .br files sends over HTTPS). */
  readonly brotli: number;
}

interface Marks {
  kpi: number | null;
  canvas: number | null;
  mapCanvas: number | null;
  fcp: number | null;
  lcp: number | null;
  lcpElement: string | null;
}

interface Measurement {
  readonly label: string;
  readonly url: string;
  readonly network: Row[];
  readonly mocked: Row[];
  readonly failed: string[];
  readonly marks: Marks;
  readonly msw: string[];
}

/** Runs in the page before any script: when the first KPI value, canvas and map canvas enter the DOM. */
const MARKS_SCRIPT = `(() => {
  const marks = { kpi: null, canvas: null, mapCanvas: null, fcp: null, lcp: null, lcpElement: null };
  Object.defineProperty(window, '__firstLoad', { value: marks });
  const check = () => {
    if (marks.kpi === null) {
      for (const el of document.querySelectorAll('.kpi-tile__number')) {
        if (el.textContent.trim() !== '' && el.getBoundingClientRect().height > 0) {
          marks.kpi = performance.now();
          break;
        }
      }
    }
    if (marks.canvas === null && document.querySelector('canvas')) marks.canvas = performance.now();
    if (marks.mapCanvas === null && document.querySelector('#map canvas')) marks.mapCanvas = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      marks.lcp = entry.startTime;
      const el = entry.element;
      marks.lcpElement = el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') : null;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
})();`;

function classify(url: string, resourceType: string, contentType: string): ResourceKind {
  const path = new URL(url).pathname;
  if (resourceType === 'document' || contentType.startsWith('text/html')) return 'document';
  if (/\.m?js$/.test(path) || contentType.includes('javascript')) return 'script';
  if (path.endsWith('.css') || contentType.startsWith('text/css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path) || contentType.startsWith('font/')) return 'font';
  if (contentType.includes('json') || resourceType === 'fetch' || resourceType === 'xhr') return 'json/fetch';
  return 'other';
}

async function describeRequest(request: Request): Promise<Row> {
  const response = await request.response();
  const sizes = await request.sizes();
  const contentType = (response ? await response.headerValue('content-type') : null) ?? '';
  const body = response ? await response.body().catch(() => undefined) : undefined;
  const text = isCompressible(contentType || request.url());
  const compressed = body ? (text ? gzipSize(body) : body.length) : 0;
  // Chromium reports no size for a service worker's own script and a negative one for a response the
  // worker made up: fall back to the gzip estimate, which is what a production server would send.
  const measured = sizes.responseBodySize > 0;
  const served = measured ? sizes.responseBodySize : compressed;
  return {
    url: request.url(),
    kind: classify(request.url(), request.resourceType(), contentType),
    status: response?.status() ?? 0,
    bySw: request.serviceWorker() !== null,
    fromSw: response?.fromServiceWorker() ?? false,
    served,
    estimated: !measured,
    gzip: compressed,
    brotli: body ? (text ? brotliSize(body) : body.length) : 0,
  };
}

/** `vite preview` of `outDir` on a free port; resolves once it answers. */
async function startBuildPreview(outDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await startPreview({ root: ROOT, outDir, port: await freePort(), name: 'first-load' });
  return { url: `${server.url}/`, stop: () => server.stop() };
}

async function measure(label: string, url: string): Promise<Measurement> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'first-load-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1920, height: 1080 },
    deviceScaleFactor: 1,
  });
  try {
    await context.addInitScript({ content: MARKS_SCRIPT });
    const pending: Promise<Row>[] = [];
    const failed: string[] = [];
    context.on('requestfinished', (request) => pending.push(describeRequest(request)));
    context.on('requestfailed', (request) =>
      failed.push(`${request.url()} (${request.failure()?.errorText ?? '?'})`),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForSelector('#map canvas', { state: 'attached', timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    const marks = await page.evaluate(() => (window as unknown as { __firstLoad: Marks }).__firstLoad);
    const rows = await Promise.all(pending);
    // A page request answered by the worker's own fetch is counted once, as the worker's network request.
    const network = rows.filter((row) => !row.fromSw);
    const fetchedBySw = new Set(network.filter((row) => row.bySw).map((row) => row.url));
    const mocked = rows.filter((row) => row.fromSw && !fetchedBySw.has(row.url));
    const msw = [];
    for (const row of network) {
      if (row.kind !== 'script') continue;
      if (row.url.includes('mockServiceWorker')) msw.push(row.url);
      else {
        const source = await page.request.get(row.url).then((r) => r.text());
        if (source.includes('[MSW]')) msw.push(row.url);
      }
    }
    return { label, url, network, mocked, failed, marks, msw };
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number | null): string => (value === null ? 'n/a' : `${Math.round(value)} ms`);
const pad = (text: string, width: number): string => text.padStart(width);

function report(m: Measurement): void {
  console.log(`\n${m.label}\n${m.url}`);
  console.log(
    `${'type'.padEnd(12)}${pad('requests', 9)}${pad('served', 12)}${pad('gzip', 12)}${pad('brotli', 12)}`,
  );
  let served = 0;
  let gzip = 0;
  let brotli = 0;
  for (const kind of TYPES) {
    const rows = m.network.filter((row) => row.kind === kind);
    const s = rows.reduce((sum, row) => sum + row.served, 0);
    const g = rows.reduce((sum, row) => sum + row.gzip, 0);
    const b = rows.reduce((sum, row) => sum + row.brotli, 0);
    brotli += b;
    served += s;
    gzip += g;
    console.log(
      `${kind.padEnd(12)}${pad(String(rows.length), 9)}${pad(kB(s), 12)}${pad(kB(g), 12)}${pad(kB(b), 12)}`,
    );
  }
  console.log(
    `${'total'.padEnd(12)}${pad(String(m.network.length), 9)}${pad(kB(served), 12)}${pad(kB(gzip), 12)}` +
      pad(kB(brotli), 12),
  );
  const over = gzip - BUDGET;
  console.log(
    `budget ${kB(BUDGET)} (gzip): ${over > 0 ? `over by ${kB(over)}` : `${kB(-over)} to spare`}` +
      '  [served: on the wire from vite preview (gzip) and the feed (none); gzip -9 / brotli -q11 for text, woff2 as is]',
  );
  if (m.mocked.length > 0) {
    const bytes = m.mocked.reduce((sum, row) => sum + row.gzip, 0);
    console.log(
      `answered in the browser by the mock worker (not on the wire): ${m.mocked.length} requests, ${kB(bytes)} gzip`,
    );
  }
  console.log(
    `first KPI value in the DOM ${ms(m.marks.kpi)} · first ECharts canvas ${ms(m.marks.canvas)} · ` +
      `map canvas ${ms(m.marks.mapCanvas)} · FCP ${ms(m.marks.fcp)} · LCP ${ms(m.marks.lcp)} (${m.marks.lcpElement ?? '?'})`,
  );
  console.log(
    `MSW code fetched: ${m.msw.length > 0 ? `yes: ${m.msw.map((u) => new URL(u).pathname).join(', ')}` : 'no'}`,
  );
  if (m.failed.length > 0) console.log(`failed requests: ${m.failed.join('; ')}`);
  console.log('requests (network), largest gzip first:');
  for (const row of [...m.network].sort((a, b) => b.gzip - a.gzip)) {
    const u = new URL(row.url);
    const name =
      u.origin === new URL(m.url).origin ? u.pathname + u.search : `${u.host}${u.pathname}${u.search}`;
    console.log(
      `  ${row.kind.padEnd(11)}${pad(kB(row.served) + (row.estimated ? '*' : ' '), 11)}${pad(kB(row.gzip), 10)}  ` +
        `${row.status} ${name}${row.bySw ? '  [via service worker]' : ''}`,
    );
  }
}

interface LighthouseFigures {
  readonly preset: string;
  readonly score: number | null;
  readonly fcp: number;
  readonly lcp: number;
  readonly tbt: number;
  readonly cls: number;
  readonly si: number;
  readonly bytes: number;
  readonly lcpElement: string;
  readonly notes: string[];
}

interface LighthouseAudit {
  readonly score: number | null;
  readonly numericValue?: number;
  readonly displayValue?: string;
  readonly title: string;
  readonly details?: { readonly items?: readonly Record<string, unknown>[] };
}

function findNodeSnippet(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (record.type === 'node' && typeof record.snippet === 'string') return record.snippet;
  for (const child of Object.values(record)) {
    const found = findNodeSnippet(child);
    if (found) return found;
  }
  return undefined;
}

function lighthouseLine(f: LighthouseFigures): string {
  return (
    `score ${f.score === null ? 'n/a' : f.score.toFixed(2)} · FCP ${ms(f.fcp)} · LCP ${ms(f.lcp)} · ` +
    `TBT ${ms(f.tbt)} · CLS ${f.cls.toFixed(3)} · SI ${ms(f.si)} · transfer ${kB(f.bytes)}`
  );
}

/** Each figure's median over the runs (Lighthouse varies from run to run, more so on a busy machine). */
function median(runs: readonly LighthouseFigures[]): LighthouseFigures {
  const mid = (pick: (f: LighthouseFigures) => number): number => {
    const sorted = runs.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  const first = runs[0];
  if (!first) throw new Error('no Lighthouse run');
  return {
    ...first,
    score: mid((f) => f.score ?? Number.NaN),
    fcp: mid((f) => f.fcp),
    lcp: mid((f) => f.lcp),
    tbt: mid((f) => f.tbt),
    cls: mid((f) => f.cls),
    si: mid((f) => f.si),
    bytes: mid((f) => f.bytes),
  };
}

async function lighthouse(
  url: string,
  preset: 'mobile' | 'desktop',
  outDir: string,
  run?: number,
): Promise<LighthouseFigures> {
  const output = join(outDir, `lighthouse-${preset}${run === undefined ? '' : `-${run}`}.json`);
  const args = [
    join(ROOT, 'node_modules/lighthouse/cli/index.js'),
    url,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance',
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0 || !existsSync(output))
    throw new Error(`lighthouse (${preset}) exited with ${code}\n${log}`);
  const lhr = JSON.parse(readFileSync(output, 'utf8')) as {
    categories: { performance: { score: number | null } };
    audits: Record<string, LighthouseAudit | undefined>;
    runWarnings?: string[];
  };
  const audit = (id: string): LighthouseAudit | undefined => lhr.audits[id];
  const value = (id: string): number => audit(id)?.numericValue ?? Number.NaN;
  const notes: string[] = [...(lhr.runWarnings ?? [])];
  for (const [id, item] of Object.entries(lhr.audits)) {
    if (!item || item.score === null || item.score >= 0.9) continue;
    if (!/insight|render-blocking|long-tasks|bootup|mainthread|unused|lcp|network-dependency/.test(id))
      continue;
    notes.push(`${id}: ${item.title}${item.displayValue ? ` (${item.displayValue})` : ''}`);
  }
  const lcpElement =
    findNodeSnippet(audit('lcp-breakdown-insight')?.details) ??
    findNodeSnippet(audit('largest-contentful-paint-element')?.details) ??
    '?';
  return {
    preset,
    score: lhr.categories.performance.score,
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
    bytes: value('total-byte-weight'),
    lcpElement,
    notes,
  };
}

function argument(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<void> {
  const dist = resolve(ROOT, argument('dist') ?? 'dist');
  const withLighthouse = process.argv.includes('--lighthouse');
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${dist}/index.html not found: run \`npx vite build\` first`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} not found: apt-get install -y chromium`);
  const work = mkdtempSync(join(tmpdir(), 'first-load-'));
  const cleanups: (() => Promise<void>)[] = [
    () => {
      rmSync(work, { recursive: true, force: true });
      return Promise.resolve();
    },
  ];
  const results: Measurement[] = [];
  const lighthouseResults: LighthouseFigures[] = [];
  try {
    // (a) as shipped.
    const shipped = await startBuildPreview(dist);
    cleanups.push(shipped.stop);
    results.push(await measure('(a) mocks on, as shipped (public/config.json)', shipped.url));
    await shipped.stop();

    // (b) mocks off against the reference feed server.
    const feed = await startFeedServer({ port: 0, scenario: 'normal' });
    cleanups.push(() => feed.close());
    const offDir = join(work, 'dist-mocks-off');
    cpSync(dist, offDir, { recursive: true });
    const config = JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(
      join(offDir, 'config.json'),
      JSON.stringify(
        { ...config, apiBaseUrl: feed.url, mocks: { enabled: false, scenario: 'normal' } },
        null,
        2,
      ),
    );
    const off = await startBuildPreview(offDir);
    cleanups.push(off.stop);
    results.push(await measure(`(b) mocks off, feed ${feed.url}`, off.url));
    await off.stop();

    for (const result of results) report(result);

    if (withLighthouse) {
      const server = await startStaticServer(offDir);
      cleanups.push(() => server.close());
      console.log(
        `\nLighthouse 13 on (b) served with gzip by test/bench/support/static-server.ts: ${server.url}/`,
      );
      mkdirSync(REPORTS, { recursive: true });
      console.log(`reports: ${REPORTS}/lighthouse-{mobile,desktop}[-run].json`);
      const runs = Math.max(1, Number(argument('runs') ?? 1));
      for (const preset of ['mobile', 'desktop'] as const) {
        const all: LighthouseFigures[] = [];
        for (let run = 1; run <= runs; run += 1) {
          const figures = await lighthouse(`${server.url}/`, preset, REPORTS, runs > 1 ? run : undefined);
          all.push(figures);
          lighthouseResults.push(figures);
          console.log(`${`${preset}${runs > 1 ? ` #${run}` : ''}`.padEnd(15)}${lighthouseLine(figures)}`);
        }
        if (runs > 1) console.log(`${`${preset} median`.padEnd(15)}${lighthouseLine(median(all))}`);
        const last = all[all.length - 1];
        if (last) {
          console.log(`               LCP element: ${last.lcpElement}`);
          for (const note of last.notes) console.log(`               ${note}`);
        }
      }
    }
    const jsonPath = argument('json');
    if (jsonPath) {
      writeFileSync(resolve(jsonPath), JSON.stringify({ results, lighthouse: lighthouseResults }, null, 2));
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
