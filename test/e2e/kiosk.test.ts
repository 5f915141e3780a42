/**
 * The meeting-room wall (/kiosk) in Chromium: it rotates by itself and by key, keeps its place over a
 * reload, survives the feed going away (offline mark, figures kept, and kept again after a reload from
 * the persisted cache), is dark before its code runs, and reads from the back of the room: the smallest
 * text at 3840×2160 is at least 48 px, nothing scrolls, and 4K is 1080p at twice the pixels.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { saveScreenshot } from '../e2e-support/browser.ts';
import { waitForCanvasesDrawn } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';
import { copyBuildWithConfig, freePort, startPreview, type PreviewServer } from '../e2e-support/servers.ts';

const env = e2eEnvironment();
const SHOTS = path.join(env.screenshotDir, 'kiosk');
const LOADING_TIMEOUT = 45_000;

/** The feed-backed build with a short refresh interval, so a blocked feed is noticed within the test. */
let wall: PreviewServer;
let copies: string;
beforeAll(async () => {
  copies = await mkdtemp(path.join(tmpdir(), 'dieu-hanh-kiosk-'));
  const outDir = path.join(copies, 'wall');
  await copyBuildWithConfig(path.resolve('dist'), outDir, (config) => ({
    ...config,
    apiBaseUrl: env.feedUrl,
    mocks: { ...config.mocks, enabled: false },
    refreshIntervalSeconds: 15,
  }));
  wall = await startPreview({ root: process.cwd(), outDir, port: await freePort(), name: 'wall' });
}, 60_000);
afterAll(async () => {
  await wall.stop();
  await rm(copies, { recursive: true, force: true });
});

/** The headline figures on the wall's first page, as shown. */
async function tileNumbers(page: Page): Promise<string[]> {
  return page.locator('.kiosk .kpi-tile__number').allInnerTexts();
}

async function waitForTiles(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.kiosk .kpi-tile__number').length >= 6, null, {
    timeout: LOADING_TIMEOUT,
  });
}

/** The smallest font size of any visible text on the page, and where it is. */
async function smallestText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || element.closest('.visually-hidden')) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility === 'hidden' || box.width === 0 || box.height === 0) continue;
      const px = Number.parseFloat(style.fontSize);
      if (px < smallest.px) smallest = { px, text: `${element.className}: ${text.slice(0, 40)}` };
    }
    return smallest;
  });
}

describe('the wall', () => {
  test('rotates through its playlist by itself with a progress mark, by key, and keeps its place in the URL', async ({
    open,
  }) => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${env.mocked}/kiosk?view=/&view=/tinh/01&view=/tinh/79&dwell=4s`);
    const wallRoot = page.locator('.kiosk');
    await expect.poll(() => wallRoot.getAttribute('data-index')).toBe('0');
    await expect(page.locator('.kiosk__progress-bar').count()).resolves.toBe(1);
    // By itself: the second view (Hà Nội) within a dwell and a bit.
    await expect.poll(() => wallRoot.getAttribute('data-index'), { timeout: 15_000 }).toBe('1');
    await expect
      .poll(() => page.locator('.kiosk__title').innerText(), { timeout: LOADING_TIMEOUT })
      .toMatch(/Hà Nội · 2\/3/);
    expect(new URL(page.url()).searchParams.get('at')).toBe('1');

    // Space pauses (the mark says so, the view stays), PageDown steps on, the left arrow steps back.
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('.kiosk__mark--paused').count()).toBe(1);
    await page.waitForTimeout(5000);
    expect(await wallRoot.getAttribute('data-index')).toBe('1');
    await page.keyboard.press('PageDown');
    await expect.poll(() => wallRoot.getAttribute('data-index')).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => wallRoot.getAttribute('data-index')).toBe('1');

    // The cursor hides when the pointer is still.
    await page.mouse.move(400, 400);
    await expect.poll(() => wallRoot.getAttribute('data-cursor'), { timeout: 10_000 }).toBe('hidden');

    // A reload comes back to the same wall at the same place.
    await page.reload();
    await expect.poll(() => page.locator('.kiosk').getAttribute('data-index')).toBe('1');
    expect(new URL(page.url()).pathname).toBe('/kiosk');
  });

  test('keeps its figures and says it is offline when the feed goes away, and after a reload too', async ({
    open,
  }) => {
    const { page, context } = await open({
      viewport: { width: 1920, height: 1080 },
      expectedErrors: [
        /ERR_INTERNET_DISCONNECTED|Failed to load resource/,
        // index.html's boot script starts the first feed requests without a rejection handler (the app
        // attaches one when it takes them); with the feed unreachable at reload the browser reports them.
        /Uncaught TypeError: Failed to fetch/,
      ],
    });
    await page.goto(`${wall.url}/kiosk?view=/&dwell=1h`);
    await waitForTiles(page);
    const before = await tileNumbers(page);
    expect(before.every((n) => /\d/.test(n))).toBe(true);
    expect(await page.locator('.kiosk__refreshed').innerText()).toMatch(
      /^Làm mới lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/,
    );
    expect(await page.locator('.kiosk__mark--offline').count()).toBe(0);
    // Time for the persisted cache to be written (it is written at most once a second).
    await page.waitForTimeout(2500);

    await context.route(`${env.feedUrl}/**`, (route) => route.abort('internetdisconnected'));
    // The next refresh (15 s in this build) fails: the mark shows, the figures stay.
    await expect
      .poll(() => page.locator('.kiosk__mark--offline').innerText(), { timeout: LOADING_TIMEOUT })
      .toBe('Mất kết nối tới máy chủ số liệu');
    expect(await tileNumbers(page)).toEqual(before);
    await saveScreenshot(page, SHOTS, 'wall-offline-1920x1080');

    // A reload with the feed still unreachable: the same figures from IndexedDB, with the mark.
    await page.reload();
    await waitForTiles(page);
    expect(await tileNumbers(page)).toEqual(before);
    await expect
      .poll(() => page.locator('.kiosk__mark--offline').count(), { timeout: LOADING_TIMEOUT })
      .toBe(1);
    expect(await page.locator('.kiosk__refreshed').innerText()).toMatch(/^Làm mới lúc /);
  });

  test('is dark from the first byte, before any of its code has run', async ({ open }) => {
    const { page } = await open({ expectedErrors: [/Failed to load resource|ERR_FAILED/] });
    // No script of the app arrives: whatever shows is index.html alone.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(`${env.mocked}/kiosk`, { waitUntil: 'domcontentloaded' });
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(11, 21, 38)');
    // Other pages keep the light first paint.
    await page.goto(`${env.mocked}/`, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(245, 246, 248)',
    );
  });

  test('reads from the back of the room: 48 px text at 4K, no scroll bars, 1080p and 4K alike', async ({
    open,
  }) => {
    const layouts: Record<string, { tiles: number[][]; pages: string | null }> = {};
    for (const { width, height } of [
      { width: 1920, height: 1080 },
      { width: 3840, height: 2160 },
    ]) {
      const app = await open({ viewport: { width, height } });
      const { page } = app;
      await page.goto(`${env.mocked}/kiosk?view=/&dwell=1h`);
      await waitForTiles(page);
      await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0, null, {
        timeout: LOADING_TIMEOUT,
      });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const smallest = await smallestText(page);
      expect(smallest.px, `smallest text: ${smallest.text}`).toBeGreaterThanOrEqual(height / 45);
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        const scrolling = [...document.querySelectorAll('*')].filter((e) => {
          const style = getComputedStyle(e);
          return (
            /(auto|scroll)/.test(style.overflowY + style.overflowX) &&
            style.scrollbarWidth !== 'none' &&
            (e.scrollHeight > e.clientHeight || e.scrollWidth > e.clientWidth)
          );
        });
        return {
          x: root.scrollWidth - root.clientWidth,
          y: root.scrollHeight - root.clientHeight,
          scrolling: scrolling.length,
        };
      });
      expect(overflow).toEqual({ x: 0, y: 0, scrolling: 0 });
      layouts[width] = {
        tiles: await page.locator('.kpi-tile').evaluateAll((tiles) =>
          tiles.map((t) => {
            const r = t.getBoundingClientRect();
            return [r.left, r.top, r.width, r.height].map((v) => Math.round(v));
          }),
        ),
        pages: await page.locator('.paged').getAttribute('data-pages'),
      };
      await saveScreenshot(page, SHOTS, `wall-${width}x${height}`);
      await app.close();
    }
    // The same layout, twice the pixels.
    const small = layouts[1920];
    const large = layouts[3840];
    expect(large?.pages).toBe(small?.pages);
    expect(large?.tiles.length).toBe(small?.tiles.length);
    large?.tiles.forEach((box, i) =>
      box.forEach((v, j) => expect(Math.abs(v - 2 * (small?.tiles[i]?.[j] ?? 0))).toBeLessThanOrEqual(3)),
    );
  });

  test('shows a tall view a page at a time, the map with the islands on its own page', async ({ open }) => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${env.mocked}/kiosk?view=%2F%3Fslice%3Dtop&dwell=24s`);
    await waitForTiles(page);
    const pages = Number(await page.locator('.paged').getAttribute('data-pages'));
    expect(pages).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('.paged').getAttribute('data-page'), { timeout: 20_000 }).toBe('2');
    await waitForCanvasesDrawn(page, '#map');
    await saveScreenshot(page, SHOTS, 'wall-page-2-1920x1080');
  });
});
