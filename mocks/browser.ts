/**
 * The mock feed in the browser: a service worker answering the feed's URLs with the synthetic data set.
 * The app imports this module lazily, only when its runtime config asks for mocks, so a build that talks
 * to a real feed carries none of MSW.
 */
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.ts';
import type { Scenario } from './scenarios.ts';

export interface MockWorkerOptions {
  /** The feed base URL from the runtime config, e.g. '/api/v1'. */
  readonly baseUrl: string;
  /** The scenario, or a function read on every request (e.g. from the URL) to switch it at run time. */
  readonly scenario: Scenario | (() => Scenario);
}

/**
 * Registers the worker (public/mockServiceWorker.js, under Vite's base path so a build served from a
 * sub-path works) and resolves once it controls the page. Requests outside the feed pass through.
 */
export async function startMockWorker({ baseUrl, scenario }: MockWorkerOptions): Promise<void> {
  const worker = setupWorker(...createHandlers({ baseUrl, scenario }));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
