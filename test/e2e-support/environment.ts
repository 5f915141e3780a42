/**
 * What the global setup (global-setup.ts) hands to the end-to-end tests through vitest's
 * `provide`/`inject`: the address of every server it started, and facts about the build under test.
 */
import { inject } from 'vitest';

export interface E2eEnvironment {
  /** `vite preview` of dist/ as shipped: mocks on (MSW in the browser), scenario 'normal'. */
  readonly mocked: string;
  /** The reference feed server (mocks/feed-server.ts) in the setup process; ends with /api/v1. */
  readonly feedUrl: string;
  /** A copy of dist/ with mocks off and `apiBaseUrl` = {@link feedUrl}. */
  readonly feedBacked: string;
  /** A copy of dist/ whose config.json is invalid (refreshIntervalSeconds missing, defaultLocale "fr"). */
  readonly invalidConfig: string;
  /** A copy of dist/ with mocks on and scenario 'invalid' (data payloads break their schema). */
  readonly invalidFeed: string;
  /** Paths (/assets/…) of the build's chunks that carry MSW: the lazy mocks chunk. */
  readonly mockChunks: readonly string[];
  /** Where screenshots go: <root>/test-results/screenshots. */
  readonly screenshotDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eEnvironment;
  }
}

/** The servers and facts provided by the global setup. */
export function e2eEnvironment(): E2eEnvironment {
  return inject('e2e');
}
