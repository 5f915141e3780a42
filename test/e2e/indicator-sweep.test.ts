/**
 * Every indicator works: each indicator of the catalog opened on the overview and on a province page of
 * each era (/tinh/79, a unit of the 34, and /tinh/27?era=63, a former one) settles with no error panel and
 * no console error. One page per test; after the first load it moves from view to view inside the app
 * (the address changes as a link would change it, without reloading), so the sweep stays quick.
 */
import type { Page } from 'playwright-core';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { dataset } from '../e2e-support/expected.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();
const SETTLE_TIMEOUT_MS = 30_000;
const indicators = dataset.indicators().indicators.filter((i) => i.scopes.includes('province'));

/** Moves the app to `path` the way its own links do (history + popstate), without reloading the page. */
async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/**
 * The view of `indicator` has settled: its trend panel names it, and nothing is loading (no skeleton, no
 * busy element) for half a second in a row, so a request that fails late is seen.
 */
async function settled(page: Page, trend: string, name: string): Promise<void> {
  await page.waitForFunction(
    ({ trend, name }) => {
      const state = window as unknown as { __sweepQuiet?: number };
      const named = document.querySelector(`${trend} .panel__subtitle`)?.textContent === name;
      const busy = document.querySelectorAll('.skeleton, [aria-busy="true"]').length > 0;
      if (!named || busy) {
        state.__sweepQuiet = undefined;
        return false;
      }
      state.__sweepQuiet ??= performance.now();
      return performance.now() - state.__sweepQuiet > 500;
    },
    { trend, name },
    { timeout: SETTLE_TIMEOUT_MS, polling: 100 },
  );
}

/** What failed on the view: each error panel's text. */
async function errorPanels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.panel-error, [role="alert"]')]
      .filter((el) => !el.parentElement?.closest('.panel-error, [role="alert"]'))
      .map((el) => {
        const panel = el.closest('section[id]')?.id ?? 'page';
        return `${panel}: ${el.textContent.replace(/\s+/g, ' ').trim()}`;
      }),
  );
}

describe('every indicator', () => {
  test.for([
    { where: 'the overview', path: (id: string) => `/?indicator=${id}`, trend: '#trend' },
    {
      where: 'a province page of the 34 (/tinh/79)',
      path: (id: string) => `/tinh/79?indicator=${id}`,
      trend: '#province-trend',
    },
    {
      where: 'a province page of the 63 (/tinh/27?era=63)',
      path: (id: string) => `/tinh/27?era=63&indicator=${id}`,
      trend: '#province-trend',
    },
  ])(
    'opens on $where without an error panel or a console error',
    { timeout: 300_000 },
    async ({ path, trend }, { open }) => {
      const app = await open();
      const { page } = app;
      const failures: string[] = [];
      for (const [n, indicator] of indicators.entries()) {
        const to = path(indicator.id);
        const before = app.errors.length;
        if (n === 0) await page.goto(`${env.mocked}${to}`);
        else await goInApp(page, to);
        try {
          await settled(page, trend, indicator.name.vi);
        } catch {
          failures.push(`${to}: did not settle in ${SETTLE_TIMEOUT_MS / 1000} s`);
          continue;
        }
        for (const panel of await errorPanels(page)) failures.push(`${to}: ${panel}`);
        for (const error of app.errors.slice(before)) failures.push(`${to}: console: ${error}`);
      }
      expect(failures, `${indicators.length} indicators`).toEqual([]);
    },
  );
});
