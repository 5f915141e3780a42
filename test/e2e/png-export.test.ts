/**
 * "Tải ảnh PNG" on the map, the trend and the ranking: a real PNG of the chart drawn off screen at a fixed
 * width (twice the CSS pixels), whatever the size of the panel on the screen; the ranking's image is as tall
 * as its rows need (every unit with a bar, the national line, the note on the unit without a figure).
 */
import { readFile } from 'node:fs/promises';
import { waitForBoard, waitForCanvasesDrawn } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('PNG export', () => {
  // 33 bars of 20 px, the title block and source line, one line of note: at least 860 CSS px tall.
  const rankingSize = (size: { width: number; height: number }) =>
    size.width === 1800 && size.height >= 2 * (33 * 20 + 200) && size.height <= 2 * (34 * 20 + 300);
  for (const [panel, fileStart, size] of [
    ['#map', 'dieu-hanh_ban-do_', { width: 2000, height: 2600 }],
    ['#trend', 'dieu-hanh_xu-huong_', { width: 2400, height: 1120 }],
    ['#ranking', 'dieu-hanh_xep-hang_', rankingSize],
  ] as const) {
    test(`${panel} downloads a PNG of the chart at a fixed size`, async ({ open }) => {
      const { page } = await open({ viewport: { width: 1920, height: 1080 } });
      await page.goto(`${env.mocked}/`);
      await waitForBoard(page);
      // The ranking shows its table by default: its image is drawn off screen all the same.
      if (panel !== '#ranking') await waitForCanvasesDrawn(page, panel);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(panel).getByRole('button', { name: 'Tải ảnh PNG' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${fileStart}.*\\.png$`));
      const bytes = await readFile(await download.path());
      expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      if (typeof size === 'function') expect(size(pngSize(bytes)), JSON.stringify(pngSize(bytes))).toBe(true);
      else expect(pngSize(bytes)).toEqual(size);
      // Not an empty image: a drawn chart compresses to far more than a blank canvas.
      expect(bytes.length).toBeGreaterThan(40_000);
    });
  }
});
