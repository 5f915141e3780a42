/**
 * How long the board takes to redraw when the reader picks another indicator whose data is already in
 * the cache: from the change of the "Chỉ tiêu" select to the frame where the ranking, the map and the
 * trend all show the new indicator. A measurement, not a test (the goal: within 100 ms).
 *
 *   npx vite build && npx tsx test/bench/indicator-switch.ts [--rounds N] [--cpu 4]
 *
 * It serves dist/ with `vite preview` (mocks on, as shipped), opens / at 1920×1080 in Debian Chromium,
 * visits each indicator once so the cache holds it, then switches back and forth between cached
 * indicators and times each switch inside the page: a rAF loop from the `change` event until the ranking's
 * first row, and a thumbnail of every chart canvas, differ from before the switch.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e-support/browser.ts';
import { freePort, startPreview } from '../e2e-support/servers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const INDICATORS = ['public-investment-disbursement-rate', 'budget-revenue', 'cpi-yoy', 'exports'];

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const rounds = option('rounds', 5);
const cpu = option('cpu', 1);
const preview = await startPreview({
  root: ROOT,
  outDir: 'dist',
  port: await freePort(),
  name: 'indicator-switch',
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // tsx compiles named functions with an `__name` helper; give functions evaluated in the page one too.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.goto(`${preview.url}/`, { waitUntil: 'networkidle' });
  await page.locator('#ranking tbody tr').first().waitFor();
  await page.locator('#map canvas').first().waitFor();
  await page.locator('#trend canvas').first().waitFor();
  // Warm the cache: every indicator once, each settled.
  for (const id of [...INDICATORS.slice(1), ...INDICATORS.slice(0, 1)]) {
    await page.locator('.board-controls select').first().selectOption(id);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1200);
  }
  if (cpu > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  }
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const target = INDICATORS[(round % (INDICATORS.length - 1)) + 1] ?? INDICATORS[1]!;
    for (const id of [target, INDICATORS[0]!]) {
      const ms = await page.evaluate(async (value: string) => {
        const thumb = document.createElement('canvas');
        thumb.width = 24;
        thumb.height = 24;
        const context = thumb.getContext('2d', { willReadFrequently: true });
        const hash = (scope: string) =>
          [...document.querySelectorAll<HTMLCanvasElement>(`${scope} canvas`)]
            .map((c) => {
              if (!context || c.width === 0) return '';
              context.clearRect(0, 0, 24, 24);
              context.drawImage(c, 0, 0, 24, 24);
              const data = context.getImageData(0, 0, 24, 24).data;
              let h = 0;
              for (let i = 0; i < data.length; i += 7) h = (h * 31 + (data[i] ?? 0)) % 1_000_000_007;
              return String(h);
            })
            .join('|');
        const firstRow = () => document.querySelector('#ranking tbody tr')?.textContent ?? '';
        const before = { map: hash('#map'), trend: hash('#trend'), row: firstRow() };
        const select = [...document.querySelectorAll('select')].find((s) =>
          [...s.options].some((o) => o.value === value),
        );
        if (!select) throw new Error('no indicator select');
        const start = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return await new Promise<number>((done, fail) => {
          const tick = () => {
            const elapsed = performance.now() - start;
            if (firstRow() !== before.row && hash('#map') !== before.map && hash('#trend') !== before.trend) {
              done(elapsed);
            } else if (elapsed > 5000) {
              fail(new Error('the board did not redraw within 5 s'));
            } else {
              requestAnimationFrame(tick);
            }
          };
          requestAnimationFrame(tick);
        });
      }, id);
      timings.push(ms);
      await page.waitForTimeout(600);
    }
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const p90 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] ?? NaN;
  console.log(
    `indicator switch with cached data (${timings.length} switches, 1920×1080, CPU ×${cpu}): ` +
      `median ${median.toFixed(0)} ms · p90 ${p90.toFixed(0)} ms · max ${Math.max(...timings).toFixed(0)} ms ` +
      `(goal ≤ 100 ms: from the select's change to the frame showing the new ranking, map and trend)`,
  );
} finally {
  await browser.close();
  await preview.stop();
}
