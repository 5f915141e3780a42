/**
 * Chromium for the end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core (no browser
 * download), a fresh profile per context, and a record of every error the app writes to the console or
 * throws, so a test can fail on an error it did not expect.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Launches Chromium; playwright gives it a temporary user-data directory, deleted on close. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

export interface OpenOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly deviceScaleFactor?: number;
  /** Console errors the test expects (matched against "text (at url)"); every other one fails it. */
  readonly expectedErrors?: readonly RegExp[];
}

export interface AppPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every console error and uncaught exception so far, as "text (at url)". */
  readonly errors: readonly string[];
  /** The errors no `expectedErrors` pattern matches. */
  unexpectedErrors(): string[];
  /**
   * Resolves once no request of the context has been in flight for `quietMs` (or after `timeoutMs`
   * regardless), so errors from requests still running are seen before the test is judged.
   */
  networkIdle(quietMs?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A new browser context (its own cookies, storage and service workers: nothing leaks between tests) with
 * one page, both watched for console errors and page errors.
 */
export async function openPage(browser: Browser, options: OpenOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1920, height: 1080 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      errors.push(where ? `${message.text()} (at ${where})` : message.text());
    });
    page.on('pageerror', (error) => {
      errors.push(`Uncaught ${error.name}: ${error.message}`);
    });
  };
  context.on('page', watch);
  let inFlight = 0;
  let lastActivity = Date.now();
  const settle = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  context.on('request', () => {
    inFlight++;
    lastActivity = Date.now();
  });
  context.on('requestfinished', settle);
  context.on('requestfailed', settle);
  const page = await context.newPage();
  const expected = options.expectedErrors ?? [];
  return {
    page,
    context,
    errors,
    unexpectedErrors: () => errors.filter((e) => !expected.some((pattern) => pattern.test(e))),
    networkIdle: async (quietMs = 300, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < quietMs)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => context.close(),
  };
}

/**
 * Saves a PNG of the viewport (or of the whole page) as test-results/screenshots/<name>.png and returns
 * its path.
 */
export async function saveScreenshot(
  page: Page,
  directory: string,
  name: string,
  { fullPage = false }: { fullPage?: boolean } = {},
): Promise<string> {
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `${name}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' });
  return file;
}
