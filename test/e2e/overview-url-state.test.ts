/**
 * A staff member changes what the board shows (indicator, period, era) and expects the address bar to
 * follow, Back to undo the last change, and a copied URL to reopen exactly the same view.
 */
import type { Page } from 'playwright-core';
import { rankingRows, searchParams, waitForBoard } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();

/** An earlier month, before the 2025 merger: reported by the 63 former units, so both eras have data. */
const EARLIER_PERIOD = { key: '2025-03', label: '3 tháng năm 2025' };

function controls(page: Page) {
  return {
    indicator: page.getByLabel('Chỉ tiêu', { exact: true }),
    period: page.getByLabel('Kỳ', { exact: true }),
    era: page.getByRole('group', { name: 'Đơn vị hành chính' }),
  };
}

/** Waits until the ranking lists `count` rows and says so in its heading. */
async function expectRankingCount(page: Page, count: number): Promise<void> {
  await expect.poll(() => rankingRows(page).count()).toBe(count);
  expect(await page.locator('#ranking').getByRole('heading', { level: 2 }).textContent()).toBe(
    `Xếp hạng (${count})`,
  );
}

/** The first rows of the ranking as text, to compare two openings of the same view. */
async function rankingHead(page: Page): Promise<string[]> {
  return (await rankingRows(page).allInnerTexts()).slice(0, 5).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('overview view state in the URL', () => {
  test('indicator, period and era are written to the URL, Back restores the previous view, a copied URL reopens it', async ({
    open,
  }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/`);
    await waitForBoard(page);
    const c = controls(page);
    await expectRankingCount(page, 34);

    // 1. Indicator
    await c.indicator.selectOption({ label: 'Thu ngân sách nhà nước' });
    await page.waitForURL((url) => url.searchParams.get('indicator') === 'budget-revenue');
    await expect.poll(() => c.indicator.inputValue()).toBe('budget-revenue');
    await expectRankingCount(page, 34);

    // 2. Period: an earlier month
    await c.period.selectOption({ label: EARLIER_PERIOD.label });
    await page.waitForURL((url) => url.searchParams.get('period') === EARLIER_PERIOD.key);
    expect(searchParams(page).get('indicator')).toBe('budget-revenue');
    await expect.poll(() => c.period.inputValue()).toBe(EARLIER_PERIOD.key);
    await expect
      .poll(() => page.locator('#ranking .panel__subtitle').textContent())
      .toBe(EARLIER_PERIOD.label);
    await expectRankingCount(page, 34);
    const view34 = await rankingHead(page);

    // 3. Era: the 63 former provinces
    await c.era.getByRole('button', { name: '63 tỉnh, thành phố cũ' }).click();
    await page.waitForURL((url) => url.searchParams.get('era') === '63');
    expect(Object.fromEntries(searchParams(page))).toMatchObject({
      indicator: 'budget-revenue',
      period: EARLIER_PERIOD.key,
      era: '63',
    });
    await expect
      .poll(() => c.era.getByRole('button', { name: '63 tỉnh, thành phố cũ' }).getAttribute('aria-pressed'))
      .toBe('true');
    await expectRankingCount(page, 63);
    const copiedUrl = page.url();
    const view63 = await rankingHead(page);

    // Back: the previous view (34 units, same indicator and period).
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('era') === null);
    expect(Object.fromEntries(searchParams(page))).toEqual({
      indicator: 'budget-revenue',
      period: EARLIER_PERIOD.key,
    });
    await expect
      .poll(() =>
        c.era.getByRole('button', { name: '34 tỉnh, thành phố', exact: true }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    await expectRankingCount(page, 34);
    expect(await rankingHead(page)).toEqual(view34);

    // Back once more: the period goes back to the latest month.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('period') === null);
    expect(searchParams(page).get('indicator')).toBe('budget-revenue');
    await expect.poll(() => c.period.inputValue()).not.toBe(EARLIER_PERIOD.key);

    // The copied URL, opened in a new browser context, shows the same view.
    const { page: reopened } = await open();
    await reopened.goto(copiedUrl);
    await waitForBoard(reopened);
    const r = controls(reopened);
    expect(await r.indicator.inputValue()).toBe('budget-revenue');
    expect(await r.period.inputValue()).toBe(EARLIER_PERIOD.key);
    expect(
      await r.era.getByRole('button', { name: '63 tỉnh, thành phố cũ' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await expectRankingCount(reopened, 63);
    expect(await rankingHead(reopened)).toEqual(view63);

    // And a reload of that page keeps it.
    await reopened.reload();
    await waitForBoard(reopened);
    await expectRankingCount(reopened, 63);
    expect(await rankingHead(reopened)).toEqual(view63);
  });
});
