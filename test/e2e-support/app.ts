/**
 * What a test waits for before it looks, in terms of the app: the board has its figures, no skeleton is
 * left, and the charts have drawn on their canvases. No fixed sleeps: every wait polls a condition.
 */
import type { Locator, Page } from 'playwright-core';

const SETTLE_TIMEOUT_MS = 30_000;

/** The ranking table of the overview has rows and the KPI tiles have left their loading state. */
export async function waitForBoard(page: Page): Promise<void> {
  await page.locator('#ranking tbody tr').first().waitFor({ timeout: SETTLE_TIMEOUT_MS });
  await page.waitForFunction(
    () => document.querySelectorAll('.kpi-tile[aria-busy="true"]').length === 0,
    null,
    {
      timeout: SETTLE_TIMEOUT_MS,
    },
  );
}

/**
 * Nothing on the page is loading any more: no skeleton placeholder, no element marked aria-busy, and the
 * web fonts are loaded.
 */
export async function waitForSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('main') !== null &&
      document.querySelectorAll('.skeleton, [aria-busy="true"]').length === 0,
    null,
    { timeout: SETTLE_TIMEOUT_MS, polling: 100 },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/**
 * Every canvas inside `scope` has drawn something and stopped changing: a 48×48 thumbnail of each has
 * enough opaque pixels and is the same on two polls in a row (ECharts animations have ended).
 */
export async function waitForCanvasesDrawn(page: Page, scope: string, minimumCanvases = 1): Promise<void> {
  await page.waitForFunction(
    ({ scope, minimumCanvases }) => {
      const state = window as unknown as { __e2eCanvasHashes?: Record<string, string> };
      const canvases = [...document.querySelectorAll<HTMLCanvasElement>(`${scope} canvas`)].filter(
        (c) => c.width > 0 && c.height > 0,
      );
      if (canvases.length < minimumCanvases) return false;
      const thumbnail = document.createElement('canvas');
      thumbnail.width = 48;
      thumbnail.height = 48;
      const context = thumbnail.getContext('2d', { willReadFrequently: true });
      if (!context) return false;
      let hash = '';
      for (const canvas of canvases) {
        context.clearRect(0, 0, 48, 48);
        context.drawImage(canvas, 0, 0, 48, 48);
        const pixels = context.getImageData(0, 0, 48, 48).data;
        let opaque = 0;
        let sum = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          if ((pixels[i + 3] ?? 0) > 0) opaque++;
          sum =
            (sum * 31 + (pixels[i] ?? 0) + 7 * (pixels[i + 1] ?? 0) + 13 * (pixels[i + 2] ?? 0)) %
            1_000_000_007;
        }
        // A drawn chart covers more than a few per cent of its box.
        if (opaque < 48 * 48 * 0.03) return false;
        hash += `${canvas.width}x${canvas.height}:${sum};`;
      }
      const hashes = (state.__e2eCanvasHashes ??= {});
      const stable = hashes[scope] === hash;
      hashes[scope] = hash;
      return stable;
    },
    { scope, minimumCanvases },
    { timeout: SETTLE_TIMEOUT_MS, polling: 250 },
  );
}

/** The overview is fully drawn: figures, no placeholders, map and trend canvases painted. */
export async function waitForOverviewDrawn(page: Page): Promise<void> {
  await waitForBoard(page);
  await waitForSettled(page);
  await waitForCanvasesDrawn(page, '#map');
  await waitForCanvasesDrawn(page, '#trend');
}

/** The rows of the ranking table. */
export function rankingRows(page: Page): Locator {
  return page.locator('#ranking tbody tr');
}

/** The overview's URL search parameters right now. */
export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The element that has keyboard focus, described the way a person would name it. */
export interface FocusedElement {
  readonly tag: string;
  /** role attribute, or the implicit role of links, buttons, selects, inputs. */
  readonly role: string;
  /** aria-label, or the label element's text, or the text content; whitespace collapsed. */
  readonly name: string;
  /** id of the closest panel section (map, ranking, trend, …) or landmark (header, nav, main). */
  readonly area: string;
  readonly href: string | null;
  readonly inRankingRow: boolean;
}

export async function focusedElement(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const tag = element.tagName.toLowerCase();
    const implicit: Record<string, string> = {
      a: 'link',
      button: 'button',
      select: 'combobox',
      input: (element as HTMLInputElement).type === 'range' ? 'slider' : 'textbox',
    };
    const labels = (element as HTMLInputElement).labels;
    const labelText = labels && labels.length > 0 ? labels[0]?.textContent : null;
    const name = (
      element.getAttribute('aria-label') ??
      labelText ??
      (tag === 'select' ? '' : element.textContent)
    )
      .replace(/\s+/g, ' ')
      .trim();
    const area =
      element.closest('section[id]')?.id ??
      (element.closest('nav')
        ? 'nav'
        : element.closest('header')
          ? 'header'
          : element.closest('main')
            ? 'main'
            : '');
    return {
      tag,
      role: element.getAttribute('role') ?? implicit[tag] ?? tag,
      name,
      area,
      href: element.getAttribute('href'),
      inRankingRow: element.closest('#ranking tbody tr') !== null,
    };
  });
}
