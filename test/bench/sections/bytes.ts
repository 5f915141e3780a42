/**
 * Bytes: the first load of `/` by kind (raw, gzip, brotli, as served), checked against the budget, and
 * every build file `/` does not load, with the routes of ../support/routes.ts that load it.
 */
import type { Browser } from 'playwright-core';
import { budgetReport, FIRST_LOAD_BUDGET_BYTES } from '../support/budget.ts';
import { buildFiles, KINDS, measureFirstLoad, totals } from '../support/first-load.ts';
import { showsNotFound, openBenchPage } from '../support/page.ts';
import type { Row } from '../support/report.ts';
import type { BenchRoute } from '../support/routes.ts';

async function loadedPaths(
  browser: Browser,
  url: string,
): Promise<{ paths: Set<string>; notFound: boolean }> {
  const bench = await openBenchPage(browser);
  try {
    const paths = new Set<string>();
    const origin = new URL(url).origin;
    bench.context.on('requestfinished', (request) => {
      const u = new URL(request.url());
      if (u.origin === origin) paths.add(u.pathname);
    });
    await bench.page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await bench.networkQuiet();
    return { paths, notFound: await showsNotFound(bench.page) };
  } finally {
    await bench.close();
  }
}

export async function bytesSection(
  browser: Browser,
  appUrl: string,
  feedUrl: string,
  dist: string,
  routes: readonly BenchRoute[],
  log: (line: string) => void,
): Promise<Row[]> {
  log('bytes: first load of /');
  const load = await measureFirstLoad(browser, `${appUrl}/`, feedUrl);
  const files = buildFiles(dist);
  const budget = budgetReport(load, files);
  const all = totals(load.resources);
  const rows: Row[] = [
    {
      key: 'bytes.first.gzip',
      value: budget.total,
      unit: 'bytes',
      goal: { op: '<=', target: FIRST_LOAD_BUDGET_BYTES },
      note: `${all.requests} requests, the feed's answers included`,
    },
    { key: 'bytes.first.raw', value: all.raw, unit: 'bytes' },
    { key: 'bytes.first.brotli', value: all.brotli, unit: 'bytes' },
    {
      key: 'bytes.first.served',
      value: all.served,
      unit: 'bytes',
      note: 'on the wire from Chromium (gzip over http)',
    },
  ];
  for (const kind of KINDS) {
    const t = totals(load.resources.filter((r) => r.kind === kind));
    const note = `${t.requests} request${t.requests === 1 ? '' : 's'}`;
    rows.push(
      { key: `bytes.first.${kind}.raw`, value: t.raw, unit: 'bytes', note },
      { key: `bytes.first.${kind}.gzip`, value: t.gzip, unit: 'bytes' },
      { key: `bytes.first.${kind}.brotli`, value: t.brotli, unit: 'bytes' },
    );
  }
  const loadedBy = new Map<string, string[]>();
  for (const route of routes.filter((r) => r.path !== '/')) {
    log(`bytes: what ${route.path} loads`);
    const { paths, notFound } = await loadedPaths(browser, `${appUrl}${route.path}`);
    if (notFound) {
      rows.push({ key: `bytes.route.${route.key}`, reason: `${route.path} not built` });
      continue;
    }
    for (const path of paths) loadedBy.set(path, [...(loadedBy.get(path) ?? []), route.path]);
  }
  const seen = new Map<string, number>();
  for (const file of budget.lazy) {
    // Two chunks can share a name (two `index` chunks): number the later ones.
    // Scripts by their chunk name; other files keep their type: `index` (a chunk) and `index-css` differ.
    const base = file.name.replace(/\.js$/, '').replace(/\.([a-z0-9]+)$/i, '-$1');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const by = loadedBy.get(file.path);
    rows.push({
      key: `bytes.lazy.${base}${n > 1 ? `-${n}` : ''}.gzip`,
      value: file.gzip,
      unit: 'bytes',
      note: file.mocksOnly
        ? 'MSW: mocks on only'
        : by
          ? `loaded by ${by.join(', ')}`
          : 'loaded by none of the measured routes (on demand, or unused)',
    });
  }
  if (load.failed.length > 0) rows.push({ key: 'bytes.failed', reason: load.failed.join('; ') });
  return rows;
}
