/**
 * The mock feed for component tests: an MSW node server with the same handlers as the browser.
 *
 * Handlers match '/api/v1/...' on any origin, so `fetch('/api/v1/metadata')` under jsdom (resolved
 * against jsdom's URL) and `fetch('http://localhost/api/v1/metadata')` in node both reach them.
 *
 * ```ts
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => { server.resetHandlers(); setScenario('normal'); });
 * afterAll(() => server.close());
 * ```
 */
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers.ts';
import type { Scenario } from './scenarios.ts';

let current: Scenario = 'normal';

export const server = setupServer(...createHandlers({ baseUrl: '/api/v1', scenario: () => current }));

/** Switches the scenario of {@link server} for the following requests (reset it in `afterEach`). */
export function setScenario(scenario: Scenario): void {
  current = scenario;
}

/** The scenario {@link server} answers with now. */
export function currentScenario(): Scenario {
  return current;
}
