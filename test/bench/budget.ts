/**
 * The first-load budget check: `/` of the existing build (dist/, as `npm run test:e2e` leaves it) loaded
 * in Chromium with mocks off against the reference feed, served with compression; exits 1 when the first
 * load exceeds 420 kB gzip, printing the figure, each part and the lazy chunks.
 *
 *   npm run build && npm run budget [-- --dist DIR]
 *
 * Run by `.ci/run` after the end-to-end suite, which builds; not by `npm test`, which needs neither a
 * build nor a browser.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFeedServer } from '../../mocks/feed-server.ts';
import { CHROMIUM_PATH, launchChromium } from '../e2e-support/browser.ts';
import { budgetReport } from './support/budget.ts';
import { buildFiles, measureFirstLoad } from './support/first-load.ts';
import { startAppServer } from './support/servers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function main(argv: readonly string[]): Promise<number> {
  const distFlag = argv.indexOf('--dist');
  const unknown = argv.filter((a, i) => a !== '--dist' && i !== distFlag + 1);
  if (unknown.length > 0 || (distFlag >= 0 && argv[distFlag + 1] === undefined)) {
    console.error(`usage: npm run budget [-- --dist DIR]  (not: ${argv.join(' ')})`);
    return 2;
  }
  const dist = resolve(ROOT, distFlag >= 0 ? (argv[distFlag + 1] as string) : 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No build in ${dist}: run \`npm run build\` first.`);
    return 2;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`${CHROMIUM_PATH} not found: apt-get install -y chromium`);
    return 2;
  }
  const feed = await startFeedServer({ port: 0 });
  const app = await startAppServer(dist, feed.url);
  const browser = await launchChromium();
  try {
    const load = await measureFirstLoad(browser, `${app.url}/`, feed.url);
    const report = budgetReport(load, buildFiles(dist));
    console.log(report.text);
    return report.over || load.failed.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await app.close();
    await feed.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
