/**
 * Lighthouse 13, mobile then desktop (its presets: simulated throttling, mobile emulation or the desktop
 * profile) on the production build served with compression, mocks off against the reference feed.
 * `runs` runs per preset; each figure is the median of its runs (Lighthouse varies from run to run, more so
 * on a busy machine). The reports stay in `<out>/lighthouse/` for a closer look.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e-support/browser.ts';
import type { Figure, Goal } from '../support/report.ts';
import { median } from '../support/stats.ts';

interface Audit {
  readonly score: number | null;
  readonly numericValue?: number;
  readonly details?: { readonly items?: readonly { readonly duration?: number }[] };
}

interface Run {
  readonly score: number;
  readonly fcp: number;
  readonly lcp: number;
  readonly tbt: number;
  readonly cls: number;
  readonly bytes: number;
  readonly longestTask: number;
}

type Preset = 'mobile' | 'desktop';

const GOALS: Record<Preset, Partial<Record<keyof Run, Goal>>> = {
  mobile: { score: { op: '>=', target: 0.95 } },
  desktop: {
    score: { op: '>=', target: 1 },
    lcp: { op: '<=', target: 600 },
    tbt: { op: '<=', target: 150 },
  },
};

async function runLighthouse(root: string, url: string, preset: Preset, output: string): Promise<Run> {
  const args = [
    join(root, 'node_modules/lighthouse/cli/index.js'),
    url,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance',
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0 || !existsSync(output))
    throw new Error(`lighthouse (${preset}) exited with ${code}\n${log}`);
  const lhr = JSON.parse(readFileSync(output, 'utf8')) as {
    categories: { performance: { score: number | null } };
    audits: Record<string, Audit | undefined>;
  };
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const tasks = lhr.audits['long-tasks']?.details?.items ?? [];
  return {
    score: lhr.categories.performance.score ?? Number.NaN,
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
    longestTask: Math.max(0, ...tasks.map((t) => t.duration ?? 0)),
  };
}

export async function lighthouseSection(
  root: string,
  appUrl: string,
  out: string,
  runs: number,
  log: (line: string) => void,
): Promise<Figure[]> {
  const dir = join(out, 'lighthouse');
  mkdirSync(dir, { recursive: true });
  const figures: Figure[] = [];
  for (const preset of ['mobile', 'desktop'] as const) {
    const all: Run[] = [];
    for (let run = 1; run <= runs; run++) {
      log(`lighthouse ${preset} ${run}/${runs}`);
      all.push(await runLighthouse(root, `${appUrl}/`, preset, join(dir, `${preset}-${run}.json`)));
    }
    const mid = (pick: (r: Run) => number) => median(all.map(pick));
    const goal = (k: keyof Run) => {
      const g = GOALS[preset][k];
      return g ? { goal: g } : {};
    };
    const note = runs > 1 ? `median of ${runs}` : 'one run';
    const key = `lighthouse.${preset}`;
    figures.push(
      { key: `${key}.score`, value: mid((r) => r.score), unit: 'score', ...goal('score'), note },
      { key: `${key}.fcp`, value: mid((r) => r.fcp), unit: 'ms', ...goal('fcp') },
      { key: `${key}.lcp`, value: mid((r) => r.lcp), unit: 'ms', ...goal('lcp') },
      { key: `${key}.tbt`, value: mid((r) => r.tbt), unit: 'ms', ...goal('tbt') },
      { key: `${key}.cls`, value: mid((r) => r.cls), unit: 'ratio' },
      { key: `${key}.bytes`, value: mid((r) => r.bytes), unit: 'bytes', note: 'total-byte-weight: transfer' },
      {
        key: `${key}.longest_task`,
        value: mid((r) => r.longestTask),
        unit: 'ms',
        note: preset === 'mobile' ? 'simulated 4× CPU' : 'desktop profile',
      },
    );
  }
  return figures;
}
