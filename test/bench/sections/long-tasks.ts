/**
 * Long tasks of a first load at a CPU slowdown (CDP `Emulation.setCPUThrottlingRate`, 4× by default, what
 * Lighthouse's mobile preset simulates): a `PerformanceObserver` for `longtask` from the first byte, until
 * the network has been quiet and no long task has come for 3 s. And the CPU profile of the first load of
 * `/` at the same slowdown, attributed to functions and modules (../support/profile.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openBenchPage, showsNotFound, type BenchPage } from '../support/page.ts';
import { attribute, sourceMapResolver, type CpuProfile, type Window } from '../support/profile.ts';
import type { Figure, Row } from '../support/report.ts';
import type { BenchRoute } from '../support/routes.ts';
import { totalBlocking } from '../support/stats.ts';

const LONG_TASKS_SCRIPT = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__benchLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})();`;

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** Opens a same-origin page first, so the throttling (and a profiler) are in place before the route's first byte. */
async function throttledPage(browser: Browser, origin: string, cpu: number): Promise<BenchPage> {
  const bench = await openBenchPage(browser, { initScripts: [LONG_TASKS_SCRIPT] });
  await bench.page.goto(`${origin}/favicon.svg`);
  const cdp = await bench.cdp();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return bench;
}

async function settle(bench: BenchPage): Promise<LongTask[]> {
  await bench.networkQuiet(2000, 120_000);
  let count = -1;
  let since = Date.now();
  for (;;) {
    const tasks = await bench.page.evaluate(
      () => (window as unknown as { __benchLongTasks: LongTask[] }).__benchLongTasks,
    );
    if (tasks.length !== count) {
      count = tasks.length;
      since = Date.now();
    } else if (Date.now() - since > 3000) {
      return tasks;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function longTasksSection(
  browser: Browser,
  appUrl: string,
  routes: readonly BenchRoute[],
  cpu: number,
  log: (line: string) => void,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const route of routes) {
    log(`long tasks ${route.path} at ${cpu}×`);
    const bench = await throttledPage(browser, appUrl, cpu);
    try {
      await bench.page.goto(`${appUrl}${route.path}`, { waitUntil: 'load', timeout: 120_000 });
      const tasks = await settle(bench);
      if (await showsNotFound(bench.page)) {
        rows.push({ key: `longtasks.${route.key}`, reason: `${route.path} not built` });
        continue;
      }
      const durations = tasks.map((t) => t.duration);
      const key = `longtasks.${route.key}`;
      rows.push(
        { key: `${key}.count`, value: tasks.length, unit: 'count', note: `${route.path} at ${cpu}× CPU` },
        {
          key: `${key}.longest`,
          value: Math.max(0, ...durations),
          unit: 'ms',
          goal: { op: '<=', target: 250 },
        },
        {
          key: `${key}.total_blocking`,
          value: totalBlocking(durations),
          unit: 'ms',
          note: 'Σ (task − 50 ms), whole load',
        },
      );
    } finally {
      await bench.close();
    }
  }
  return rows;
}

/** How many functions and modules the profile rows name. */
const TOP = 12;

export async function profileSection(
  browser: Browser,
  appUrl: string,
  dist: string,
  out: string,
  cpu: number,
  log: (line: string) => void,
): Promise<Figure[]> {
  log(`CPU profile of / at ${cpu}×`);
  const bench = await throttledPage(browser, appUrl, cpu);
  let profile: CpuProfile;
  let windows: Window[];
  try {
    const cdp = await bench.cdp();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    // The profile's clock and the page's meet here: the wall-clock time just before the profiler starts
    // (off by the latency of one CDP command, a few ms: long tasks are 50 ms or more).
    const anchor = await bench.page.evaluate(() => performance.timeOrigin + performance.now());
    await cdp.send('Profiler.start');
    await bench.page.goto(`${appUrl}/`, { waitUntil: 'load', timeout: 120_000 });
    const tasks = await settle(bench);
    const origin = await bench.page.evaluate(() => performance.timeOrigin);
    ({ profile } = await cdp.send('Profiler.stop'));
    windows = tasks.map((t) => ({ start: origin + t.start - anchor, duration: t.duration }));
  } finally {
    await bench.close();
  }
  const file = join(out, 'profile-root.cpuprofile');
  writeFileSync(file, JSON.stringify(profile));
  const a = attribute(profile, sourceMapResolver(dist, new URL(appUrl).origin), windows);
  const ms = (n: number) => `${Math.round(n)} ms`;
  const figures: Figure[] = [
    {
      key: 'profile.root.long_tasks',
      value: a.tasks.length,
      unit: 'count',
      note: `the page's long tasks, placed in ${file.replace(`${process.cwd()}/`, '')} (DevTools opens it)`,
    },
    {
      key: 'profile.root.long_task_time',
      value: a.longTaskTime,
      unit: 'ms',
      note: 'their total (the profiler adds some)',
    },
  ];
  a.tasks.slice(0, 6).forEach((task, i) => {
    figures.push({
      key: `profile.root.task.${i + 1}`,
      value: task.duration,
      unit: 'ms',
      note: `at ${ms(task.start)}: ${task.modules
        .slice(0, 3)
        .map(([m, t]) => `${m} ${ms(t)}`)
        .join(', ')}`,
    });
  });
  for (const [pkg, t] of a.packages.slice(0, TOP)) {
    figures.push({
      key: `profile.root.package.${pkg}`,
      value: t,
      unit: 'ms',
      note: 'self time in long tasks',
    });
  }
  a.modules.slice(0, TOP).forEach(([module, t], i) => {
    figures.push({ key: `profile.root.module.${i + 1}`, value: t, unit: 'ms', note: module });
  });
  a.functions.slice(0, TOP).forEach((f, i) => {
    figures.push({
      key: `profile.root.function.${i + 1}`,
      value: f.ms,
      unit: 'ms',
      note: `${f.origin.fn} (${f.origin.module})`,
    });
  });
  return figures;
}
