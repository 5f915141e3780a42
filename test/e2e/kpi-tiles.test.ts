/**
 * The headline figures: the KPI tiles show the national values of the latest month exactly as the feed
 * has them, whether the feed is the in-browser mock (MSW) or the reference feed server on another origin;
 * and a build with mocks off loads no MSW code at all.
 */
import type { Page, Response } from 'playwright-core';
import { waitForBoard } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import {
  dataset,
  latestMonth,
  observations,
  STATUS_VI,
  viMonthLabel,
  viNumber,
} from '../e2e-support/expected.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();
const month = latestMonth();

interface ExpectedTile {
  readonly title: string;
  readonly number: string;
  readonly unit: string;
  readonly period: string;
  readonly status: string;
}

/** Budget revenue, public investment disbursement and CPI for the latest month, from the data set. */
function expectedTiles(): ExpectedTile[] {
  const catalog = new Map(dataset.indicators().indicators.map((i) => [i.id, i]));
  const tile = (id: string, format: (value: number) => { number: string; unit: string }): ExpectedTile => {
    const indicator = catalog.get(id);
    if (!indicator) throw new Error(`the catalog has no ${id}`);
    const national = observations(id, month.key).national;
    if (national.value === null) throw new Error(`${id} ${month.key}: the data set has no national value`);
    return {
      title: (indicator.shortName ?? indicator.name).vi,
      ...format(national.value),
      period: viMonthLabel(month.year, month.month, indicator.cumulative),
      status: STATUS_VI[national.status],
    };
  };
  return [
    // In tỷ đồng; a national total in the millions of billions reads "2,22 triệu tỷ đồng".
    tile('budget-revenue', (billions) => {
      const millionsOfBillions = billions / 1e6;
      if (millionsOfBillions < 1 || millionsOfBillions >= 100) {
        throw new Error(`budget revenue ${billions} tỷ đồng: this test expects 1 to 100 triệu tỷ đồng`);
      }
      return { number: viNumber(millionsOfBillions, 0, 2), unit: 'triệu tỷ đồng' };
    }),
    tile('public-investment-disbursement-rate', (rate) => ({
      number: viNumber(rate, 1),
      unit: '% kế hoạch',
    })),
    tile('cpi-yoy', (rate) => ({ number: viNumber(rate, 2), unit: '%' })),
  ];
}

async function expectNationalFigures(page: Page): Promise<void> {
  await waitForBoard(page);
  await expect
    .poll(() => page.getByRole('banner').innerText())
    .toContain(`Số liệu tính đến Tháng ${month.month}/${month.year}`);
  for (const expected of expectedTiles()) {
    const tile = page.getByRole('article', { name: expected.title, exact: true });
    const shown = {
      title: expected.title,
      number: (await tile.locator('.kpi-tile__number').textContent())?.trim(),
      unit: (await tile.locator('.kpi-tile__unit').textContent())?.trim(),
      period: (await tile.locator('.kpi-tile__period').textContent())?.trim(),
      status: (await tile.locator('.status-badge').textContent())?.trim(),
    };
    expect(shown, `KPI tile "${expected.title}"`).toEqual(expected);
  }
}

async function serviceWorkerCount(page: Page): Promise<number> {
  return page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
}

describe('KPI tiles', () => {
  test('mocks on: the tiles show the national figures of the latest month', async ({ open }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/`);
    await expectNationalFigures(page);
    // The mock worker is what answered: this is the registration the mocks-off build must not have.
    expect(await serviceWorkerCount(page)).toBeGreaterThan(0);
  });

  test('mocks off: the same figures come from the feed server, and no MSW code is loaded', async ({
    open,
  }) => {
    const { page } = await open();
    const feedOrigin = new URL(env.feedUrl).origin;
    const requests: string[] = [];
    const scripts: Promise<{ url: string; body: string }>[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', (response: Response) => {
      if (
        response.request().resourceType() === 'script' ||
        new URL(response.url()).pathname.endsWith('.js')
      ) {
        scripts.push(response.text().then((body) => ({ url: response.url(), body })));
      }
    });

    await page.goto(`${env.feedBacked}/`);
    await expectNationalFigures(page);

    const apiRequests = requests.filter((url) => new URL(url).pathname.includes('/api/v1/'));
    expect.soft(apiRequests.length, 'requests to the feed').toBeGreaterThan(0);
    expect
      .soft(
        apiRequests.filter((url) => new URL(url).origin !== feedOrigin),
        `every /api/v1 request goes to ${feedOrigin}`,
      )
      .toEqual([]);

    const loaded = await Promise.all(scripts);
    expect.soft(loaded.length, 'scripts loaded').toBeGreaterThan(0);
    expect
      .soft(
        requests.filter(
          (url) => url.includes('mockServiceWorker') || env.mockChunks.includes(new URL(url).pathname),
        ),
        'requests for the mock worker or the mocks chunk',
      )
      .toEqual([]);
    expect
      .soft(
        loaded.filter((s) => /\bmsw\b|mockServiceWorker/i.test(s.body)).map((s) => s.url),
        'scripts containing MSW',
      )
      .toEqual([]);
    expect.soft(await serviceWorkerCount(page), 'service worker registrations').toBe(0);
  });
});
