/**
 * The embedded default (the mock feed in a service worker) starts cleanly every time: 30 page loads in
 * two browser contexts, fresh loads, reloads, quick second navigations and reloads before the previous
 * page has finished starting (which used to race the worker's self-unregistering on unload: feed
 * requests reached the static server as "404 Not Found", or MSW's update check threw "Failed to update a
 * ServiceWorker for scope …"). Any page error or console error fails the test, and every feed request
 * must be answered by the worker.
 */
import type { Page } from 'playwright-core';
import { waitForBoard } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();

type Step = 'goto' | 'reload' | 'quick-goto' | 'quick-reload' | 'province';

/** Per context: 15 loads; the quick ones navigate again before the page has started. */
const STEPS: readonly Step[] = [
  'goto',
  'reload',
  'quick-reload',
  'reload',
  'quick-goto',
  'goto',
  'province',
  'reload',
  'quick-reload',
  'quick-reload',
  'goto',
  'quick-goto',
  'reload',
  'province',
  'reload',
];

/** Feed responses that did not come from the worker or were not 200, as "status url". */
function watchFeed(page: Page): string[] {
  const wrong: string[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    if (response.status() !== 200 || !response.fromServiceWorker()) {
      wrong.push(
        `${response.status()} ${response.fromServiceWorker() ? 'worker' : 'network'} ${response.url()}`,
      );
    }
  });
  return wrong;
}

describe('the mock worker at start-up', () => {
  test(
    '30 loads in two contexts, with reloads and quick navigations: no error, every feed request mocked',
    { timeout: 300_000 },
    async ({ open }) => {
      let loads = 0;
      for (let context = 0; context < 2; context++) {
        const app = await open();
        const { page } = app;
        const wrong = watchFeed(page);
        for (const [i, step] of STEPS.entries()) {
          loads++;
          const url = `${env.mocked}/?indicator=${i % 2 === 0 ? 'cpi-yoy' : 'budget-revenue'}`;
          switch (step) {
            case 'goto':
              await page.goto(url);
              break;
            case 'reload':
              await page.reload();
              break;
            case 'province':
              await page.goto(`${env.mocked}/tinh/79`);
              break;
            case 'quick-goto':
              await page.goto(url, { waitUntil: 'commit' });
              await page.goto(`${url}&again=1`);
              break;
            case 'quick-reload':
              await page.goto(url, { waitUntil: 'commit' });
              // The page reloads itself, as a person pressing F5 at once would (playwright's own reload
              // this early loses track of the page now and then: "Not attached to an active page").
              await page
                .evaluate(() => {
                  window.location.reload();
                })
                .catch(() => undefined);
              await page.waitForLoadState('load');
              break;
          }
          if (new URL(page.url()).pathname.startsWith('/tinh/')) {
            await page
              .getByRole('heading', { level: 1 })
              .filter({ hasText: 'Hồ Chí Minh' })
              .waitFor({ timeout: 30_000 });
          } else {
            await waitForBoard(page);
          }
          expect(app.errors, `after load ${loads} (${step}) in context ${context + 1}`).toEqual([]);
          expect(wrong, `feed responses after load ${loads} (${step}) in context ${context + 1}`).toEqual([]);
        }
        await app.networkIdle();
        expect(app.errors).toEqual([]);
        expect(wrong).toEqual([]);
        // One registration, kept across the loads.
        expect(
          await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
        ).toBe(1);
      }
      expect(loads).toBe(30);
    },
  );
});
