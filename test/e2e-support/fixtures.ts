/**
 * The `test` of the end-to-end files: vitest's, with one Chromium per test file (`browser`) and an
 * `open` fixture that opens a page in a fresh context, fails the test if the app logged an error the
 * test did not declare in `expectedErrors`, and closes the context after the test.
 */
import type { Browser } from 'playwright-core';
import { onTestFinished, test as base } from 'vitest';
import { launchChromium, openPage, type AppPage, type OpenOptions } from './browser.ts';

export type Open = (options?: OpenOptions) => Promise<AppPage>;

export const test = base
  // vitest reads a fixture's dependencies from the destructuring of its first argument: none here.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('open', ({ browser }): Open => {
    return async (options) => {
      const app = await openPage(browser, options);
      // When the test ends (pass or fail) and the requests still running have finished: an error the
      // app logged fails the test. Then the context closes. (Registered per page rather than as fixture
      // cleanup, which runs before this hook and would close the page too early.)
      onTestFinished(async () => {
        try {
          await app.networkIdle();
          const unexpected = app.unexpectedErrors();
          if (unexpected.length > 0) {
            throw new Error(
              `The app logged ${unexpected.length} unexpected error(s):\n${unexpected.map((e) => `  - ${e}`).join('\n')}`,
            );
          }
        } finally {
          await app.close();
        }
      });
      return app;
    };
  });

export { describe, expect } from 'vitest';
