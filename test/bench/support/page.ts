/**
 * Chromium pages for the bench: Debian's chromium through playwright-core, a fresh context per measurement
 * (empty HTTP cache, no service worker, no IndexedDB), and a wait for "the page has loaded what it loads by
 * itself" that knows nothing about the app's markup, so it holds while the panels are rewritten.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { vi } from '../../../src/i18n/vi.ts';

export interface BenchPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Resolves once no request has been in flight for `quietMs` (rejects after `timeoutMs`). */
  networkQuiet(quietMs?: number, timeoutMs?: number): Promise<void>;
  cdp(): Promise<CDPSession>;
  close(): Promise<void>;
}

export interface BenchPageOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Scripts that run in every document before the app's own. */
  readonly initScripts?: readonly string[];
}

export async function openBenchPage(browser: Browser, options: BenchPageOptions = {}): Promise<BenchPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1920, height: 1080 },
    deviceScaleFactor: 1,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'block',
  });
  // tsx compiles named functions with an `__name` helper; functions evaluated in the page need one too.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  for (const content of options.initScripts ?? []) await context.addInitScript({ content });
  let inFlight = 0;
  let last = Date.now();
  context.on('request', () => {
    inFlight++;
    last = Date.now();
  });
  const settle = () => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  context.on('requestfinished', settle);
  context.on('requestfailed', settle);
  const page = await context.newPage();
  let session: CDPSession | undefined;
  return {
    context,
    page,
    networkQuiet: async (quietMs = 1500, timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - last < quietMs) {
        if (Date.now() > deadline) throw new Error(`the network did not settle within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    cdp: async () => (session ??= await context.newCDPSession(page)),
    close: () => context.close(),
  };
}

/** The not-found page's heading: a route that shows it has not been built (yet). */
export const NOT_FOUND_TITLE = vi['error.notFound.title'];

/** Whether the page shows the app's not-found page (read after the page has settled). */
export async function showsNotFound(page: Page): Promise<boolean> {
  const headings = await page.locator('h1').allTextContents();
  return headings.some((h) => h.trim() === NOT_FOUND_TITLE);
}
