/**
 * What an administrator and a leader see when something is wrong: a config.json with errors stops the
 * app with a page naming the fields (in Vietnamese and English); a feed that sends malformed data breaks
 * only the panels that needed it, each naming the endpoint and the field, while the shell keeps working.
 */
import { waitForSettled } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { latestMonth } from '../e2e-support/expected.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();

describe('start-up failures', () => {
  test('an invalid config.json shows a bilingual error page naming the fields, and the app does not start', async ({
    open,
  }) => {
    const { page } = await open();
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('/api/')) apiRequests.push(request.url());
    });
    await page.goto(`${env.invalidConfig}/`);

    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Không khởi động được: cấu hình không hợp lệ');
    await expect(
      page.getByRole('heading', { name: 'Cannot start: invalid configuration' }).isVisible(),
    ).resolves.toBe(true);
    const items = (await page.getByRole('listitem').allInnerTexts()).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(
      expect.arrayContaining([
        'Trường refreshIntervalSeconds: bị thiếu',
        'Trường defaultLocale: phải là một trong: vi, en',
        'Field refreshIntervalSeconds: is missing',
        'Field defaultLocale: must be one of: vi, en',
      ]),
    );

    // The app did not start: no header, no board navigation, no request to any feed.
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(apiRequests).toEqual([]);
  });

  test('a malformed feed payload breaks only the panels that needed it; header and navigation still work', async ({
    open,
  }) => {
    const { page } = await open();
    await page.goto(`${env.invalidFeed}/`);

    for (const panel of ['#ranking', '#map']) {
      const alert = page.locator(panel).getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text, `${panel} error`).toContain('Không tải được dữ liệu');
      // "Dữ liệu từ /observations không đúng định dạng: trường rows[0].value …"
      expect(text, `${panel} error names the endpoint`).toContain('/observations');
      expect(text, `${panel} error names the field`).toMatch(/trường \S*\bvalue\b/);
      expect(await alert.getByRole('button', { name: 'Thử lại' }).isVisible(), `${panel} retry button`).toBe(
        true,
      );
    }

    // The header still has its data (metadata is valid in this scenario) and the navigation works.
    const month = latestMonth();
    await expect
      .poll(() => page.getByRole('banner').innerText())
      .toContain(`Số liệu tính đến Tháng ${month.month}/${month.year}`);
    const nav = page.getByRole('navigation', { name: 'Bảng điều hành' });
    await nav.getByRole('link', { name: 'Kinh tế – xã hội' }).click();
    await page.waitForURL((url) => url.searchParams.get('group') === 'socio-economic');
    await expect
      .poll(() => nav.getByRole('link', { name: 'Kinh tế – xã hội' }).getAttribute('aria-current'))
      .toBe('page');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kinh tế – xã hội');

    // The language switch works too.
    await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'EN' }).click();
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en');
    await expect.poll(() => page.getByRole('navigation', { name: 'Boards' }).isVisible()).toBe(true);
    await waitForSettled(page);
    const alert = page.locator('#ranking').getByRole('alert');
    await alert.getByRole('button', { name: 'Retry' }).waitFor();
    expect(await alert.innerText()).toContain('/observations');
  });
});
