/**
 * Scale: ../page/scale.ts bundled with Vite (the app's own modules, minified as in production) and run in
 * a blank Chromium page, at full speed (the goal: each operation under 50 ms) and at the CPU slowdown of
 * the long-task figures (for reference).
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { openBenchPage } from '../support/page.ts';
import type { Figure } from '../support/report.ts';
import { median, percentile } from '../support/stats.ts';

type Timings = Readonly<Record<string, readonly number[]>>;

async function bundle(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      minify: true,
      lib: {
        entry: join(root, 'test/bench/page/scale.ts'),
        formats: ['iife'],
        name: '__benchScale',
        fileName: 'scale',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs) {
    if ('output' in out) {
      const chunk = out.output.find((o) => o.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('the scale bundle has no code');
}

const LABELS: Record<string, string> = {
  sort_name: '3,321 rows sorted by name (compareNames vi)',
  rank: '3,321 rows ranked by value (rankUnits)',
  filter_keystroke: 'filter of 3,321 rows per keystroke (matchesSearch)',
  indicator_switch: '10 years × every unit: a switch’s domain work',
};

export async function scaleSection(
  root: string,
  browser: Browser,
  latestMonth: string,
  cpu: number,
  log: (line: string) => void,
): Promise<Figure[]> {
  log('scale: bundling the app’s table and domain code');
  const code = await bundle(root);
  const figures: Figure[] = [];
  for (const rate of [1, cpu]) {
    log(`scale at ${rate}× CPU`);
    const bench = await openBenchPage(browser);
    try {
      const cdp = await bench.cdp();
      await bench.page.goto('about:blank');
      if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await bench.page.addScriptTag({ content: code });
      const timings = await bench.page.evaluate(
        ([month]) => {
          const scale = (
            window as unknown as {
              __benchScale: {
                tableTimings(r: number): Timings;
                switchTimings(r: number, m: string): Timings;
              };
            }
          ).__benchScale;
          return { ...scale.tableTimings(15), ...scale.switchTimings(30, month as string) };
        },
        [latestMonth],
      );
      for (const [op, times] of Object.entries(timings)) {
        const suffix = rate === 1 ? '' : `.cpu${rate}`;
        figures.push(
          {
            key: `scale.${op}${suffix}.median`,
            value: median(times),
            unit: 'ms',
            note: `${LABELS[op] ?? op}${rate === 1 ? '' : ` at ${rate}× CPU`}, ${times.length} runs`,
          },
          {
            key: `scale.${op}${suffix}.p95`,
            value: percentile(times, 95),
            unit: 'ms',
            ...(rate === 1 ? { goal: { op: '<', target: 50 } as const } : {}),
          },
          { key: `scale.${op}${suffix}.max`, value: Math.max(...times), unit: 'ms' },
        );
      }
    } finally {
      await bench.close();
    }
  }
  return figures;
}
