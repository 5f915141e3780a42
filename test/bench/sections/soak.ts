/**
 * The wall soak: the wall (`/kiosk`, parameterised by `--soak-url`, e.g. `/kiosk?dwell=2`) left to rotate
 * with refreshes (config.json's `refreshIntervalSeconds` at its minimum, 15 s), JS heap and DOM nodes after
 * a forced garbage collection (CDP `HeapProfiler.collectGarbage`, then `Performance.getMetrics`) when the
 * first loop is done and after `rotations` rotations (then on to the end of that loop, so both samples are of
 * the same view). A rotation is a change of the page's URL or of the
 * `data-kiosk-view` attribute of any element (the wall may do either); the first loop is done when the
 * wall is back at the view it started on. Reloads the wall makes itself are counted and followed (the
 * heap after one is the heap a day on the wall sees).
 *
 * When `/kiosk` shows the not-found page the soak prints "not available: /kiosk not built" and no figure.
 */
import type { Browser } from 'playwright-core';
import { openBenchPage, showsNotFound } from '../support/page.ts';
import type { AppServer } from '../support/servers.ts';
import type { Row } from '../support/report.ts';

const WATCH_ROTATIONS = `(() => {
  const view = () => {
    const el = document.querySelector('[data-kiosk-view]');
    return location.pathname + location.search + '#' + (el ? el.getAttribute('data-kiosk-view') : '');
  };
  let last = null;
  const check = () => {
    const now = view();
    if (now === last) return;
    last = now;
    window.__benchView && window.__benchView(now);
  };
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name].bind(history);
    history[name] = (...args) => { const r = original(...args); check(); return r; };
  }
  addEventListener('popstate', check);
  document.addEventListener('DOMContentLoaded', () => {
    check();
    new MutationObserver(check).observe(document.documentElement, {
      subtree: true, attributes: true, attributeFilter: ['data-kiosk-view'], childList: true,
    });
  });
})();`;

interface Sample {
  readonly heap: number;
  readonly nodes: number;
}

export async function soakSection(
  browser: Browser,
  app: AppServer,
  soakUrl: string,
  rotations: number,
  minutes: number,
  log: (line: string) => void,
): Promise<Row[]> {
  const path = new URL(soakUrl, 'http://x').pathname;
  app.configure({ refreshIntervalSeconds: 15 });
  const bench = await openBenchPage(browser, { initScripts: [WATCH_ROTATIONS] });
  try {
    const views: string[] = [];
    let reloads = 0;
    await bench.page.exposeBinding('__benchView', (_source, view: string) => {
      views.push(view);
    });
    bench.page.on('load', () => {
      reloads++;
    });
    await bench.page.goto(`${app.url}${soakUrl}`, { waitUntil: 'load', timeout: 60_000 });
    await bench.networkQuiet(1000, 60_000).catch(() => undefined);
    if (await showsNotFound(bench.page)) return [{ key: 'soak', reason: `${path} not built` }];
    const cdp = await bench.cdp();
    await cdp.send('Performance.enable');
    const sample = async (): Promise<Sample> => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
      return { heap: metric('JSHeapUsedSize'), nodes: metric('Nodes') };
    };
    const deadline = Date.now() + minutes * 60_000;
    const start = views[0];
    const rotated = () => Math.max(0, views.length - 1);
    let firstLoop: Sample | undefined;
    let firstLoopAt = 0;
    while (rotated() < rotations && Date.now() < deadline) {
      if (!firstLoop && rotated() > 0 && views[views.length - 1] === start) {
        firstLoop = await sample();
        firstLoopAt = rotated();
        log(`soak: first loop after ${firstLoopAt} rotations`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    // Compare like with like: the end sample too is taken on the wall's first view (another view has another
    // number of DOM nodes), so run on to the end of the loop in progress.
    while (firstLoop && views[views.length - 1] !== start && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const end = await sample();
    const done = rotated();
    const rows: Row[] = [
      {
        key: 'soak.rotations',
        value: done,
        unit: 'count',
        note: `${soakUrl}, goal run ${rotations}${done < rotations ? `: stopped at the ${minutes}-minute limit` : ''}`,
      },
      {
        key: 'soak.reloads',
        value: Math.max(0, reloads - 1),
        unit: 'count',
        note: 'reloads the wall made itself',
      },
      {
        key: 'soak.end.heap',
        value: end.heap,
        unit: 'bytes',
        note: `after ${done} rotations, on the first view again, after GC`,
      },
      { key: 'soak.end.nodes', value: end.nodes, unit: 'count' },
    ];
    if (!firstLoop) {
      rows.push({
        key: 'soak.first_loop',
        reason: `the wall never came back to its first view in ${done} rotations`,
      });
      return rows;
    }
    rows.push(
      {
        key: 'soak.first_loop.heap',
        value: firstLoop.heap,
        unit: 'bytes',
        note: `after ${firstLoopAt} rotations, after GC`,
      },
      { key: 'soak.first_loop.nodes', value: firstLoop.nodes, unit: 'count' },
      {
        key: 'soak.heap_growth',
        value: end.heap - firstLoop.heap,
        unit: 'bytes',
        goal: { op: '<', target: 5_000_000 },
      },
      {
        key: 'soak.nodes_growth',
        value: end.nodes - firstLoop.nodes,
        unit: 'count',
        // "Flat": within 2 % of the first loop (at least 50 nodes: a tooltip or a toast comes and goes).
        goal: { op: '<=', target: Math.max(50, Math.round(firstLoop.nodes * 0.02)) },
      },
    );
    return rows;
  } finally {
    await bench.close();
    app.configure();
  }
}
