/**
 * Setup of the component tests (jsdom): the real MSW handlers on a node server, unhandled requests are
 * errors, a fresh scenario per test, and charts recorded instead of drawn (jsdom has no canvas: tests
 * assert on the option each panel passes to its chart, docs/stack.md, note 2).
 *
 * Made for a busy two-core machine: the mock data set is generated before the first test (not inside
 * its first wait), and every `findBy*`/`waitFor` without its own timeout waits up to
 * {@link ASYNC_UTIL_TIMEOUT_MS} instead of Testing Library's 1 s. A wait that succeeds returns as soon
 * as it does, so the budget costs nothing on a quiet machine.
 */
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server, setScenario } from '../../mocks/node.ts';
import { configureFeed } from '../../src/api/http.ts';
import { loadMessages } from '../../src/i18n/i18n.tsx';
import { warmMockFeed } from './warm-feed.ts';

/** The default budget of Testing Library's async queries and `waitFor` in these tests. */
export const ASYNC_UTIL_TIMEOUT_MS = 15_000;

configure({ asyncUtilTimeout: ASYNC_UTIL_TIMEOUT_MS });

vi.mock('../../src/charts/lazy-chart.tsx', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/charts/lazy-chart.tsx')>()),
  ...(await import('./recorded-chart.tsx')),
}));

beforeAll(async () => {
  // English loads on first use in the app (a lazy chunk, checked end to end); here it is ready up front,
  // because a suspended language switch does not resume inside Testing Library's act().
  await loadMessages('en');
  // Generous: a request answered from the data set can wait behind a busy CPU; a timeout is not the
  // failure these tests look for (scenarios and handlers make failures on purpose).
  configureFeed({ baseUrl: `${window.location.origin}/api/v1`, timeoutMs: 30_000 });
  server.listen({ onUnhandledRequest: 'error' });
  warmMockFeed();
});
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  setScenario('normal');
  const { clearRecordedCharts } = await import('./recorded-chart.tsx');
  clearRecordedCharts();
});
afterAll(() => {
  server.close();
});

// jsdom has no layout: every observed element reports a wall-screen-like box once, as a browser would.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    const box = { inlineSize: 900, blockSize: 600 };
    const entry = { target, borderBoxSize: [box], contentBoxSize: [box] } as unknown as ResizeObserverEntry;
    queueMicrotask(() => {
      this.callback([entry], this);
    });
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver;
Element.prototype.getBoundingClientRect = function getBoundingClientRect(): DOMRect {
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: 900,
    bottom: 600,
    width: 900,
    height: 600,
    toJSON: () => ({}),
  };
};
