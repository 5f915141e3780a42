/**
 * Drilling down: a unit in the ranking opens its own page, headed with its name; a unit formed by the
 * 2025 merger lists the former provinces it was formed from, each a link to the former unit's page.
 */
import { rankingRows, waitForBoard } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { dataset } from '../e2e-support/expected.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();
const units34 = dataset.units('34').units;
const units63 = dataset.units('63').units;

describe('province page', () => {
  test('clicking the first unit of the ranking opens its page, headed with its name', async ({ open }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/`);
    await waitForBoard(page);
    const first = rankingRows(page).first();
    const code = await first.getAttribute('data-code');
    const unit = units34.find((u) => u.code === code);
    expect(unit, `ranking row code ${code} is a unit of the 34`).toBeDefined();
    const link = first.getByRole('link');
    expect(await link.textContent()).toBe(unit!.name.vi);

    await link.click();
    await page.waitForURL((url) => url.pathname === `/tinh/${code}`);
    const heading = page.getByRole('heading', { level: 1 });
    // The address changes first; the page follows on the next render.
    await expect.poll(() => heading.textContent()).toContain(unit!.name.vi);
  });

  test('a merged unit lists the former units it was formed from (/tinh/24: Bắc Giang and Bắc Ninh)', async ({
    open,
  }) => {
    const unit = units34.find((u) => u.code === '24')!;
    const formers = (unit.formerCodes ?? []).map((code) => units63.find((u) => u.code === code)!);
    expect(formers.map((f) => f.name.vi).sort()).toEqual(['Bắc Giang', 'Bắc Ninh']);

    const { page } = await open();
    await page.goto(`${env.mocked}/tinh/24`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toContain('Bắc Ninh');

    const formedFrom = page
      .locator('dt', { hasText: 'Hợp nhất từ' })
      .locator('xpath=following-sibling::dd[1]');
    const links = formedFrom.getByRole('link');
    expect((await links.allTextContents()).sort()).toEqual(formers.map((f) => f.name.vi).sort());

    // Each former unit links to its own page in the 63-unit era.
    const bacGiang = formers.find((f) => f.name.vi === 'Bắc Giang')!;
    await links.filter({ hasText: 'Bắc Giang' }).click();
    await page.waitForURL(
      (url) => url.pathname === `/tinh/${bacGiang.code}` && url.searchParams.get('era') === '63',
    );
    await expect.poll(() => heading.textContent()).toContain('Bắc Giang');
    const becamePartOf = page
      .locator('dt', { hasText: 'hợp nhất vào' })
      .locator('xpath=following-sibling::dd[1]');
    expect(await becamePartOf.textContent()).toBe('Bắc Ninh');
  });
});
