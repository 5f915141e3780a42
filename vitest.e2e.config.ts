/**
 * The end-to-end suite: the built app (dist/) in Debian's Chromium through playwright-core, against the
 * servers started by test/e2e-support/global-setup.ts. `npm run test:e2e` builds first, then runs this.
 * Files run one after the other (one browser at a time on a two-core machine).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e-support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // expect.poll waits for the page (data loading, the render after a URL change); vitest's 1 s is short.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
