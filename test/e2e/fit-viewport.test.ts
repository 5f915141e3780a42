/**
 * The overview fits the screen. On a presenter's laptop (1280×720, 1366×768), a meeting-room screen
 * (1920×1080) and a 4K wall the whole overview is in the window with nothing cut: its content is no
 * taller than <main>, the document does not scroll, and nothing inside a tile or a panel spills out of it
 * (only the scroll boxes, the ranking's table, scroll). The map takes the board's full height, the ranking
 * shows more than a handful of rows. Below 1100 px the panels stack and the tiles wrap to two rows; on a
 * phone nothing runs off the right edge. One page for all sizes: the viewport changes, the page reloads.
 */
import type { Page } from 'playwright-core';
import { waitForBoard, waitForOverviewDrawn, waitForSettled } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();

interface Fit {
  /** How far the content of <main> is taller than <main> (px; ≤ 0 fits). */
  readonly mainOverflow: number;
  /** How far the document scrolls beyond the window (px). */
  readonly documentOverflow: { readonly x: number; readonly y: number };
  /** Elements that reach outside the tile or panel they belong to, as "box › element (by px)". */
  readonly clipped: readonly string[];
  /** Bottom of the lowest panel against the window's height. */
  readonly boardBottom: number;
  readonly windowHeight: number;
  readonly mapCanvasHeight: number;
  readonly trendChartHeight: number;
  /** Ranking rows wholly inside the ranking's scroll box. */
  readonly rankingRowsInView: number;
  /** Distinct tops of the KPI tiles (one per row of tiles). */
  readonly tileRows: number;
}

async function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const root = document.documentElement;
    const clipped: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        typeof el.className === 'string' && el.className ? `.${el.className.split(' ').join('.')}` : ''
      }`;
    for (const box of document.querySelectorAll('.kpi-tile, .panel, .board-controls')) {
      const outer = box.getBoundingClientRect();
      for (const el of box.querySelectorAll('*')) {
        // What scrolls inside a scroll box, and text kept for screen readers only, are not on show.
        if (el.closest('.table-scroll, .visually-hidden') || el.matches('.table-scroll')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const by = Math.max(
          outer.left - r.left,
          r.right - outer.right,
          outer.top - r.top,
          r.bottom - outer.bottom,
        );
        if (by > 1) clipped.push(`${name(box)} › ${name(el)} (${Math.round(by)} px)`);
      }
    }
    const panels = [...document.querySelectorAll('.board .panel')].map((p) => p.getBoundingClientRect());
    const scroll = document.querySelector('#ranking .table-scroll')?.getBoundingClientRect();
    const rows = [...document.querySelectorAll('#ranking tbody tr')].filter((tr) => {
      const r = tr.getBoundingClientRect();
      return scroll !== undefined && r.top >= scroll.top - 1 && r.bottom <= scroll.bottom + 1;
    });
    const tileTops = new Set(
      [...document.querySelectorAll('.kpi-tile')].map((t) => Math.round(t.getBoundingClientRect().top)),
    );
    return {
      mainOverflow: main.scrollHeight - main.clientHeight,
      documentOverflow: { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - root.clientHeight },
      clipped: clipped.slice(0, 12),
      boardBottom: Math.max(...panels.map((p) => p.bottom)),
      windowHeight: window.innerHeight,
      mapCanvasHeight: document.querySelector('.map__canvas')?.getBoundingClientRect().height ?? 0,
      trendChartHeight: document.querySelector('#trend .trend__chart')?.getBoundingClientRect().height ?? 0,
      rankingRowsInView: rows.length,
      tileRows: tileTops.size,
    };
  });
}

/**
 * Opens `path` at the size and waits for it: for the whole board drawn where it fits the window, else for
 * its figures (charts below the fold are drawn when scrolled to).
 */
async function openAt(page: Page, width: number, height: number, path = '/'): Promise<Fit> {
  await page.setViewportSize({ width, height });
  await page.goto(`${env.mocked}${path}`);
  if (width >= 1100) {
    await waitForOverviewDrawn(page);
  } else {
    await waitForBoard(page);
    await waitForSettled(page);
  }
  return measure(page);
}

describe('the overview fits the screen', () => {
  test('at 1280×720, 1366×768, 1920×1080 and 3840×2160 everything is in the window, nothing cut', async ({
    open,
  }) => {
    const { page } = await open();
    for (const [width, height] of [
      [1280, 720],
      [1366, 768],
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      const fit = await openAt(page, width, height);
      const at = `${width}×${height}`;
      expect.soft(fit.mainOverflow, `${at}: content taller than <main> by (px)`).toBeLessThanOrEqual(0);
      expect.soft(fit.documentOverflow, `${at}: the document scrolls by (px)`).toEqual({ x: 0, y: 0 });
      expect.soft(fit.clipped, `${at}: elements outside their tile or panel`).toEqual([]);
      expect.soft(fit.boardBottom, `${at}: bottom of the board`).toBeLessThanOrEqual(fit.windowHeight);
      expect.soft(fit.tileRows, `${at}: rows of KPI tiles`).toBe(1);
      // The map has the board's height: about half the window or more, never a stamp.
      expect.soft(fit.mapCanvasHeight / height, `${at}: map height / window height`).toBeGreaterThan(0.45);
      // The trend has room for its axis and a line to read.
      expect
        .soft(fit.trendChartHeight / height, `${at}: trend chart height / window height`)
        .toBeGreaterThan(0.14);
      expect
        .soft(fit.rankingRowsInView, `${at}: ranking rows in view`)
        .toBeGreaterThanOrEqual(height >= 1000 ? 10 : 4);
    }
  });

  test('the overview and the indicator boards lay their tiles out without an empty half-row', async ({
    open,
  }) => {
    const { page } = await open();
    for (const [width, height] of [
      [1920, 1080],
      [1024, 768],
    ] as const) {
      // The boards drawn from the overview's panels; the tasks and reporting boards have no tile strip.
      for (const group of ['/', '/dich-vu-cong', '/tthc-noi-bo']) {
        await openAt(page, width, height, group);
        const holes = await page.evaluate(() => {
          const strip = document.querySelector('.kpi-strip')!.getBoundingClientRect();
          const byRow = new Map<number, DOMRect[]>();
          for (const tile of document.querySelectorAll('.kpi-strip > *')) {
            const r = tile.getBoundingClientRect();
            byRow.set(Math.round(r.top), [...(byRow.get(Math.round(r.top)) ?? []), r]);
          }
          // The room each row leaves empty at its right end (px).
          return [...byRow.values()].map((row) =>
            Math.round(strip.right - Math.max(...row.map((r) => r.right))),
          );
        });
        expect
          .soft(holes, `${group} at ${width}×${height}: empty room at the end of each tile row (px)`)
          .toEqual(holes.map(() => 0));
      }
    }
  });

  test('below 1100 px the panels stack (map, ranking, trend) and the tiles take two rows', async ({
    open,
  }) => {
    const { page } = await open();
    await openAt(page, 1024, 768);
    const order = await page.evaluate(() =>
      ['#map', '#ranking', '#trend'].map((id) => {
        const r = document.querySelector(id)!.getBoundingClientRect();
        return { id, left: Math.round(r.left), top: Math.round(r.top) };
      }),
    );
    expect(order.map((p) => p.left)).toEqual([order[0]!.left, order[0]!.left, order[0]!.left]);
    expect(order[0]!.top).toBeLessThan(order[1]!.top);
    expect(order[1]!.top).toBeLessThan(order[2]!.top);
    const fit = await measure(page);
    expect(fit.tileRows).toBe(2);
    expect(fit.documentOverflow.x).toBe(0);
    expect(fit.clipped).toEqual([]);
  });

  test('on a phone (412×915) nothing runs off the right edge: the header wraps, "Tối" is in view', async ({
    open,
  }) => {
    const { page } = await open();
    // A province page with its former units' table (a merged unit, an indicator summed) and one with peers.
    for (const path of ['/', '/tinh/79', '/tinh/79?indicator=cpi-yoy&peers=01,31']) {
      await page.setViewportSize({ width: 412, height: 915 });
      await page.goto(`${env.mocked}${path}`);
      await page.locator('main table tbody tr').first().waitFor();
      if (path === '/tinh/79') await page.locator('#breakdown table tbody tr').first().waitFor();
      await waitForSettled(page);
      const edge = await page.evaluate(() => {
        const root = document.documentElement;
        const dark = [...document.querySelectorAll('header button')].find((b) => b.textContent === 'Tối');
        return {
          overflow: root.scrollWidth - root.clientWidth,
          darkRight: dark ? Math.round(dark.getBoundingClientRect().right) : null,
        };
      });
      expect.soft(edge.overflow, `${path}: the page scrolls sideways by (px)`).toBe(0);
      expect.soft(edge.darkRight, `${path}: right edge of "Tối"`).toBeLessThanOrEqual(412);
    }
  });
});
