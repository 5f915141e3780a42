/**
 * The map as a person reads it on the screen: the region filter changes the map (the rest of the country
 * fades, the region's best and worst are the units labelled, the ranking counts what it lists), the period
 * player colours every month on one scale and says so, the 63-unit map credits its own boundaries, and the
 * readout of the unit under the keyboard is spoken without covering anything. Where labels go is checked on
 * the real geometry at these panels' sizes in src/charts/map/choropleth/unit-labels.test.ts.
 */
import type { Page } from 'playwright-core';
import { waitForBoard, waitForCanvasesDrawn } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();

/** What the map tells a screen reader: ECharts' description of the chart, which the chart points to. */
async function mapDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const image = document.querySelector('#map [role="img"]');
    const id = image?.getAttribute('aria-describedby');
    return (id ? document.getElementById(id)?.getAttribute('aria-label') : null) ?? '';
  });
}

/** The mean lightness (0–255) of the map's canvas, as a screenshot shows it. */
async function mapLightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#map canvas');
    if (!canvas) return NaN;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return NaN;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      // Only what is drawn: the canvas is transparent where the panel shows through.
      if ((data[i + 3] ?? 0) < 200) continue;
      sum += ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3;
      count++;
    }
    return count ? sum / count : NaN;
  });
}

async function openOverview(page: Page, query: string): Promise<void> {
  await page.goto(`${env.mocked}/${query}`);
  await waitForBoard(page);
  await waitForCanvasesDrawn(page, '#map');
}

describe('the map reads right', () => {
  test('the region filter fades the rest of the country and labels the region’s best and worst', async ({
    open,
  }) => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await openOverview(page, '');
    const whole = await mapLightness(page);
    await openOverview(page, '?region=DBSH');
    const ranking = page.locator('#ranking');
    await expect
      .poll(() => ranking.getByRole('heading', { level: 2 }).textContent())
      .toBe('Xếp hạng (6 của 34)');
    // The six units of the Red River Delta, as the ranking lists them; the map labels only these.
    const names = (await ranking.locator('tbody tr a').allTextContents()).map((n) => n.trim());
    expect(names).toHaveLength(6);
    await expect.poll(() => mapDescription(page)).toContain(names[0] ?? '?');
    const description = await mapDescription(page);
    const labelled = [...description.matchAll(/([^:;.]+): [\d,.]+% kế hoạch/g)].map((m) => m[1]?.trim());
    expect(labelled.length).toBeGreaterThan(0);
    for (const name of labelled) expect(names).toContain(name);
    // The rest of the country faded towards the light background: the drawn map is clearly lighter.
    expect(await mapLightness(page)).toBeGreaterThan(whole + 10);
  });

  test('the period player fixes the colour scale over the months it plays, and says so', async ({ open }) => {
    const { page } = await open({ viewport: { width: 1920, height: 1080 } });
    await openOverview(page, '');
    const map = page.locator('#map');
    const label = map.locator('.player__label');
    expect(await label.textContent()).toBe('10 tháng năm 2026');
    await map.getByRole('button', { name: 'Phát diễn biến các kỳ' }).click();
    // From the latest month it replays the year, on the scale of January to October together.
    await expect.poll(() => mapDescription(page)).toContain('Thang màu cố định cho T1/2026–T10/2026');
    await expect.poll(() => label.textContent(), { timeout: 20_000 }).toBe('2 tháng năm 2026');
    await map.getByRole('button', { name: 'Tạm dừng' }).click();
    await expect.poll(() => mapDescription(page)).not.toContain('Thang màu cố định');
  });

  test('the 63-unit map credits the boundaries before 1 July 2025, not the resolution that merged them', async ({
    open,
  }) => {
    const { page } = await open({ viewport: { width: 1280, height: 720 } });
    await openOverview(page, '?era=63');
    await expect.poll(() => mapDescription(page)).toContain('ranh giới trước 01/07/2025');
    expect(await mapDescription(page)).not.toContain('202/2025');
    await openOverview(page, '?era=34');
    await expect.poll(() => mapDescription(page)).toContain('ranh giới theo NQ 202/2025/QH15');
  });

  test('the readout of the unit under the keyboard is spoken, and drawn in the chart, not over it', async ({
    open,
  }) => {
    const { page } = await open({ viewport: { width: 1280, height: 720 } });
    await openOverview(page, '');
    const canvas = page.locator('.map__canvas');
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    const live = canvas.locator('[aria-live="polite"]');
    await expect.poll(() => live.textContent()).toMatch(/^.+: .+/);
    // The spoken text is for screen readers only: nothing is laid over the map.
    const box = await live.boundingBox();
    expect(box && box.width * box.height).toBeLessThanOrEqual(1);
  });
});
