/**
 * Screenshots for a person to look at (test-results/screenshots/), taken once everything has drawn: the
 * overview on a laptop, a meeting-room screen and a 4K wall, a province page, and the English dark
 * theme. Each also checks what a glance would: nothing runs off the right edge, the right language.
 */
import type { Page } from 'playwright-core';
import { saveScreenshot } from '../e2e-support/browser.ts';
import { waitForCanvasesDrawn, waitForOverviewDrawn, waitForSettled } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();

/**
 * How far the page itself scrolls beyond the window, in pixels. On these screens the layout fills the
 * window and scrolls inside <main> (global.css, min-width 1100px and min-height 700px), so the document
 * should not scroll at all: anything it can scroll to is content spilling out of its container, shown to
 * a person as a second scroll bar and blank space under the board.
 */
async function pageOverflow(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    return { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - root.clientHeight };
  });
}

describe('screenshots', () => {
  test.for([
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ])('overview at $width×$height', async ({ width, height }, { open }) => {
    const { page } = await open({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.goto(`${env.mocked}/`);
    await waitForOverviewDrawn(page);
    await saveScreenshot(page, env.screenshotDir, `overview-${width}x${height}`);
    expect(await page.getByRole('banner').innerText()).toContain('Số liệu tính đến');
  });

  test('province page (/tinh/24) at 1920×1080', async ({ open }) => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${env.mocked}/tinh/24`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.profile-table tbody tr').first().waitFor();
    await waitForSettled(page);
    await saveScreenshot(page, env.screenshotDir, 'province-24-1920x1080');
    // The lower half (trend against peers, breakdown by former units): <main> scrolls, not the page. The
    // trend is drawn once it comes into view.
    await page.locator('#breakdown').scrollIntoViewIfNeeded();
    await waitForCanvasesDrawn(page, '#province-trend');
    await saveScreenshot(page, env.screenshotDir, 'province-24-1920x1080-lower');
  });

  test('overview in English, dark theme, at 1920×1080', async ({ open }) => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${env.mocked}/?lang=en&theme=dark`);
    await waitForOverviewDrawn(page);
    await saveScreenshot(page, env.screenshotDir, 'overview-en-dark-1920x1080');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const nav = page.getByRole('navigation', { name: 'Boards' });
    expect(await nav.getByRole('link').allTextContents()).toContain('Overview');
    expect(await page.getByRole('banner').innerText()).toMatch(/Data up to \w+ \d{4}/);
    // No Vietnamese UI words left in the controls.
    expect(await page.getByRole('group', { name: 'Filters' }).innerText()).not.toMatch(/Chỉ tiêu|Kỳ|Vùng/);
  });

  test('on a desktop screen the window itself does not scroll: <main> does, the header stays', async ({
    open,
  }) => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${env.mocked}/`);
    await waitForOverviewDrawn(page);
    // A person turns the mouse wheel with the pointer over the header: the board may scroll, the header
    // must stay where it is.
    await page.evaluate(() => {
      const w = window as unknown as { e2eScrolled?: boolean };
      w.e2eScrolled = false;
      window.addEventListener('scroll', () => (w.e2eScrolled = true), { capture: true, once: true });
    });
    await page.mouse.move(960, 20);
    await page.mouse.wheel(0, 1500);
    const after = await page.evaluate(async () => {
      const w = window as unknown as { e2eScrolled: boolean };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const position = () => `${window.scrollY}/${document.querySelector('main')?.scrollTop ?? 0}`;
      // The wheel scrolls something within a few frames, or nothing can scroll under the pointer.
      for (let n = 0; !w.e2eScrolled && n < 20; n++) await frame();
      // Then until smooth scrolling has stopped: the same position five frames in a row.
      for (let last = position(), same = 0; same < 5;) {
        await frame();
        const now = position();
        same = now === last ? same + 1 : 0;
        last = now;
      }
      return {
        window: window.scrollY,
        header: document.querySelector('header')?.getBoundingClientRect().top,
      };
    });
    expect.soft(after, 'window scroll and header top after the wheel (px)').toEqual({ window: 0, header: 0 });
    expect
      .soft(await pageOverflow(page), 'the document scrolls beyond the window by (px)')
      .toEqual({ x: 0, y: 0 });
  });
});
