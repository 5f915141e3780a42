/**
 * Interaction: how long a switch of indicator, period, era or board takes until every panel is drawn, with
 * the data cached and not. The page is opened with the chart hook on (`window.__dieuHanhChartMarks`, see
 * src/charts/chart.tsx), so every chart marks each frame it renders and each draw it finishes. A switch is a
 * history entry and a `popstate` (what back/forward do; the app's controls change the URL the same way),
 * timed inside the page from just before it:
 * - drawn: the last `finished` of every chart that redrew, or the last DOM change if later: "every panel
 *   drawn", animations included (the goal's figure);
 * - first frame: every redrawn chart's first rendered frame, or the last DOM change if later: when the
 *   reader sees the new figures, before animations end;
 * - for uncached switches, the longest feed request the switch made, and drawn minus that.
 * A switch is over when every chart in view has finished drawing since the switch, no chart is between a
 * frame and its `finished`, no fetch is in flight, and nothing has changed for 300 ms; a chart in view that
 * has not redrawn after 2.5 s without any change is taken as unchanged (counted in the note). The waiting
 * itself is never counted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openBenchPage } from '../support/page.ts';
import type { Figure, Goal, Row } from '../support/report.ts';
import type { BenchRoute } from '../support/routes.ts';
import { median, percentile } from '../support/stats.ts';
import {
  cachedCycle,
  monthlyIndicators,
  uncachedSwitches,
  type CatalogEntry,
  type Switch,
} from '../support/switches.ts';

/** Installed before the app's code: the chart hook, and a count of fetches in flight. */
export const INSTRUMENT = `(() => {
  window.__dieuHanhChartMarks = true;
  const state = { inFlight: 0 };
  Object.defineProperty(window, '__benchFetch', { value: state });
  const original = window.fetch.bind(window);
  window.fetch = (...args) => {
    state.inFlight++;
    return original(...args).finally(() => { state.inFlight--; });
  };
  performance.setResourceTimingBufferSize(100000);
})();`;

export interface SwitchTiming {
  readonly drawn: number;
  readonly firstFrame: number;
  readonly charts: number;
  /** Charts in view that did not redraw (their figures did not change, or they took longer than the wait). */
  readonly unchanged: number;
  /** The redrawn charts' accessible names, cut short (in the detail file only). */
  readonly labels: readonly string[];
  /** The longest feed request made during the switch (0 when none). */
  readonly longestFeed: number;
  readonly timedOut: boolean;
}

const QUIET_MS = 300;
/** How long nothing may happen before a chart in view that has not redrawn is taken as unchanged. */
const UNCHANGED_MS = 2500;

/** Runs in the page: navigates to `url` and resolves when the switch is over. */
export function timeSwitch([url, feedUrl, quietMs, unchangedMs, capMs]: [
  string,
  string,
  number,
  number,
  number,
]): Promise<SwitchTiming> {
  performance.clearMarks();
  performance.clearResourceTimings();
  const fetchState = (window as unknown as { __benchFetch: { inFlight: number } }).__benchFetch;
  let lastMutation: number | null = null;
  const observer = new MutationObserver(() => {
    lastMutation = performance.now();
  });
  observer.observe(document.getElementById('root') ?? document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
  const t0 = performance.now();
  history.pushState(
    { usr: null, key: `bench-${Math.random().toString(36).slice(2, 8)}`, idx: history.length },
    '',
    url,
  );
  dispatchEvent(new PopStateEvent('popstate', { state: history.state as unknown }));
  return new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      const charts = new Map<
        string,
        { first: number | null; rendered: number; finished: number | null; label: string }
      >();
      let lastMark = t0;
      for (const m of performance.getEntriesByType('mark') as PerformanceMark[]) {
        if (!m.name.startsWith('echarts:') || m.startTime < t0) continue;
        const detail = m.detail as { id?: unknown; label?: unknown } | null;
        const id = typeof detail?.id === 'string' ? detail.id : '';
        const c = charts.get(id) ?? {
          first: null,
          rendered: 0,
          finished: null,
          label: typeof detail?.label === 'string' ? detail.label.slice(0, 40) : '',
        };
        if (m.name === 'echarts:rendered') {
          c.first ??= m.startTime;
          c.rendered = m.startTime;
        } else {
          c.finished = m.startTime;
        }
        charts.set(id, c);
        lastMark = Math.max(lastMark, m.startTime);
      }
      const pending = [...charts.values()].some((c) => c.finished === null || c.rendered > c.finished);
      // ECharts names its container after the instance; the charts in view are the ones a reader waits for.
      const visible = [...document.querySelectorAll('[_echarts_instance_]')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
        })
        .map((el) => el.getAttribute('_echarts_instance_') ?? '');
      const waiting = visible.filter((id) => charts.get(id)?.finished == null);
      const last = Math.max(lastMark, lastMutation ?? t0);
      const idle = !pending && fetchState.inFlight === 0;
      const settled = idle && waiting.length === 0 && now - last >= quietMs;
      // A chart in view whose figures did not change does not redraw: after a long silence, stop waiting.
      const givenUp = idle && now - last >= unchangedMs;
      const timedOut = now - t0 > capMs;
      if (((settled || givenUp) && (charts.size > 0 || lastMutation !== null)) || timedOut) {
        observer.disconnect();
        const feed = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
          (r) => r.name.startsWith(feedUrl) && r.startTime >= t0,
        );
        const finished = [...charts.values()].map((c) => c.finished ?? c.rendered);
        const firsts = [...charts.values()].map((c) => c.first ?? c.rendered);
        resolve({
          drawn: Math.max(lastMutation ?? t0, ...finished) - t0,
          firstFrame: Math.max(lastMutation ?? t0, ...firsts) - t0,
          charts: charts.size,
          unchanged: waiting.length,
          labels: [...charts.values()].map((c) => c.label),
          longestFeed: Math.max(0, ...feed.map((r) => r.duration)),
          timedOut,
        });
      } else {
        setTimeout(tick, 16);
      }
    };
    setTimeout(tick, 16);
  });
}

const KIND_ORDER = ['indicator', 'period', 'era', 'board'] as const;

function summarise(
  prefix: string,
  runs: readonly { s: Switch; t: SwitchTiming }[],
  goal: Goal | undefined,
): Figure[] {
  const drawn = runs.map((r) => r.t.drawn);
  const first = runs.map((r) => r.t.firstFrame);
  const timedOut = runs.filter((r) => r.t.timedOut).length;
  const unchanged = runs.filter((r) => r.t.unchanged > 0).length;
  const kinds = KIND_ORDER.filter((k) => runs.some((r) => r.s.kind === k));
  const note = `${runs.length} switches (${kinds.map((k) => `${runs.filter((r) => r.s.kind === k).length} ${k}`).join(', ')})${timedOut ? `, ${timedOut} did not settle` : ''}${unchanged ? `, ${unchanged} left a chart in view unchanged` : ''}`;
  const figures: Figure[] = [
    { key: `${prefix}.drawn.median`, value: median(drawn), unit: 'ms', note },
    {
      key: `${prefix}.drawn.p95`,
      value: percentile(drawn, 95),
      unit: 'ms',
      ...(goal ? { goal } : {}),
      note: 'every panel drawn (ECharts finished)',
    },
    { key: `${prefix}.first_frame.median`, value: median(first), unit: 'ms' },
    {
      key: `${prefix}.first_frame.p95`,
      value: percentile(first, 95),
      unit: 'ms',
      note: 'every redrawn chart’s first frame',
    },
  ];
  for (const kind of kinds) {
    const of = runs.filter((r) => r.s.kind === kind).map((r) => r.t.drawn);
    figures.push({
      key: `${prefix}.${kind}.drawn.p95`,
      value: percentile(of, 95),
      unit: 'ms',
      note: `${of.length} ${kind} switches`,
    });
  }
  return figures;
}

export async function interactionSection(
  browser: Browser,
  appUrl: string,
  feedUrl: string,
  routes: readonly BenchRoute[],
  switches: number,
  out: string,
  log: (line: string) => void,
): Promise<Row[]> {
  const catalog = (await (await fetch(`${feedUrl}/indicators`)).json()) as { indicators: CatalogEntry[] };
  const metadata = (await (await fetch(`${feedUrl}/metadata`)).json()) as { latest: { month: string } };
  const indicators = monthlyIndicators(catalog.indicators);
  const cycle = cachedCycle(indicators, metadata.latest.month, routes);
  const bench = await openBenchPage(browser, { initScripts: [INSTRUMENT] });
  try {
    const home = cycle[cycle.length - 1]?.url ?? '/';
    await bench.page.goto(`${appUrl}${home}`, { waitUntil: 'load', timeout: 60_000 });
    await bench.networkQuiet();
    const run = (s: Switch, capMs: number) =>
      bench.page.evaluate(timeSwitch, [s.url, feedUrl, QUIET_MS, UNCHANGED_MS, capMs] as [
        string,
        string,
        number,
        number,
        number,
      ]);
    log(`interaction: warming ${cycle.length} views`);
    for (const s of cycle) await run(s, 20_000);
    const cached: { s: Switch; t: SwitchTiming }[] = [];
    while (cached.length < switches) {
      for (const s of cycle) cached.push({ s, t: await run(s, 15_000) });
      log(`interaction: ${cached.length} cached switches`);
    }
    const uncached: { s: Switch; t: SwitchTiming }[] = [];
    for (const s of uncachedSwitches(indicators, metadata.latest.month, switches)) {
      uncached.push({ s, t: await run(s, 30_000) });
    }
    log(`interaction: ${uncached.length} uncached switches`);
    const detail = (runs: typeof cached) => runs.map((r) => ({ ...r.s, ...r.t }));
    writeFileSync(
      join(out, 'interaction.json'),
      `${JSON.stringify({ cached: detail(cached), uncached: detail(uncached) }, null, 2)}\n`,
    );
    const over = uncached.map((r) => r.t.drawn - r.t.longestFeed);
    return [
      ...summarise('interaction.cached', cached, { op: '<=', target: 100 }),
      ...summarise('interaction.uncached', uncached, undefined),
      {
        key: 'interaction.uncached.feed.median',
        value: median(uncached.map((r) => r.t.longestFeed)),
        unit: 'ms',
        note: 'the longest feed request of each switch',
      },
      {
        key: 'interaction.uncached.beyond_feed.p95',
        value: percentile(over, 95),
        unit: 'ms',
        goal: { op: '<=', target: 100 },
        note: 'drawn − the longest feed request (goal: one round trip + 100 ms)',
      },
    ];
  } finally {
    await bench.close();
  }
}
