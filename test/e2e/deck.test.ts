/**
 * The conference deck (/trinh-chieu) in Chromium at 1280×720, the size a presenter shares: a published
 * deck opens by URL and steps by keyboard; any view is added from the header; a malformed, oversized or
 * hostile file is refused with a message naming what is wrong and changes nothing; a frozen deck shows
 * its snapshot's figures in a fresh browser whatever the feed answers, without asking the feed; print
 * gives one PDF page per slide; the current slide saves as a PNG.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { saveScreenshot } from '../e2e-support/browser.ts';
import { waitForCanvasesDrawn } from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();
const SHOTS = path.join(env.screenshotDir, 'deck');
const VIDEO = { width: 1280, height: 720 } as const;
const DECK_URL = '/trinh-chieu?deck=/decks/hop-thang-11.json';
const LOADING_TIMEOUT = 45_000;

async function present(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Trình chiếu', exact: true }).click();
  await page.locator('.slide-show').waitFor({ timeout: LOADING_TIMEOUT });
}

async function waitForTiles(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelectorAll('.slide-show .kpi-tile__number').length >= 6,
    null,
    {
      timeout: LOADING_TIMEOUT,
    },
  );
}

/** Where the show is: slide and page, counted from 1. */
async function position(page: Page): Promise<string> {
  const show = page.locator('.slide-show');
  return `${await show.getAttribute('data-slide')}.${await show.getAttribute('data-page')}`;
}

/** The number of pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('the deck', () => {
  test('opens a published deck by URL and steps through it by keyboard and remote', async ({ open }) => {
    const { page } = await open({ viewport: VIDEO });
    await page.goto(`${env.mocked}${DECK_URL}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().innerText())
      .toBe('Phiên họp Chính phủ thường kỳ tháng 11/2026: tình hình kinh tế – xã hội');
    expect(await page.locator('.deck-editor__slide').count()).toBe(5);
    await present(page);
    await waitForTiles(page);
    expect(await position(page)).toBe('1.1');
    expect(await page.locator('.slide__number').innerText()).toBe('Trang 1/5');
    expect(await page.locator('.slide__title').innerText()).toBe(
      'Tổng quan: các chỉ tiêu chủ yếu 10 tháng năm 2026',
    );
    expect(await page.locator('.slide__facts').innerText()).toMatch(
      /^Số liệu tính đến Tháng \d+\/\d{4} · Nguồn: Hệ thống thông tin báo cáo quốc gia \(dữ liệu mô phỏng\) · Số liệu cập nhật lúc /,
    );
    await saveScreenshot(page, SHOTS, 'slide-1-1280x720');

    // The first slide is taller than the screen: PageDown turns its pages, then goes to slide 2.
    const pages = Number(await page.locator('.slide-show').getAttribute('data-pages'));
    expect(pages).toBeGreaterThan(1);
    for (let p = 2; p <= pages; p++) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => position(page)).toBe(`1.${p}`);
    }
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => position(page)).toBe('2.1');
    expect(new URL(page.url()).searchParams.get('slide')).toBe('2');
    await page.keyboard.press('PageDown');
    await waitForCanvasesDrawn(page, '.slide-show #map');
    await saveScreenshot(page, SHOTS, 'slide-2-map-1280x720');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect.poll(() => position(page)).toBe('1.1');
    await page.keyboard.press('End');
    await expect.poll(() => position(page)).toBe('5.1');
    expect(await page.locator('.slide__number').innerText()).toBe('Trang 5/5');
    await page.locator('.slide-show h1').waitFor({ timeout: LOADING_TIMEOUT });
    await saveScreenshot(page, SHOTS, 'slide-5-1280x720');
    // The video theme: white ground, near-black text.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await page.keyboard.press('Escape');
    await page.locator('.deck-editor').waitFor();
  });

  test('adds the view on screen to the deck from the header', async ({ open }) => {
    const { page } = await open({ viewport: VIDEO });
    await page.goto(`${env.mocked}/?indicator=cpi-yoy&lang=en`);
    await page.getByRole('button', { name: 'Add to deck' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Added as slide 1' }).count()).toBe(1);
    await page.goto(`${env.mocked}/tinh/79`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Thêm vào bộ trình chiếu' }).click();
    await page.getByRole('link', { name: 'Mở bộ trình chiếu' }).click();
    await expect
      .poll(() => page.locator('.deck-editor__view').allInnerTexts())
      .toEqual(['/?indicator=cpi-yoy', '/tinh/79']);
    expect(await page.getByLabel('Tiêu đề trang 2').inputValue()).toBe('Thành phố Hồ Chí Minh');
  });

  test('refuses a malformed, oversized or hostile deck file, names what is wrong, and changes nothing', async ({
    open,
  }) => {
    const { page } = await open({ viewport: VIDEO, expectedErrors: [/Failed to load resource/] });
    await page.goto(`${env.mocked}/tinh/01`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Thêm vào bộ trình chiếu' }).click();
    await page.goto(`${env.mocked}/trinh-chieu`);
    const slides = () => page.locator('.deck-editor__view').allInnerTexts();
    await expect.poll(slides).toEqual(['/tinh/01']);

    const importFile = async (name: string, content: string) => {
      await page
        .locator('input[type=file]')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      return page.getByRole('alert').innerText();
    };
    const deck = (slidesJson: unknown[]) =>
      JSON.stringify({ format: 'dieu-hanh/deck', version: 1, title: 'Lạ', slides: slidesJson });

    expect(await importFile('hong.json', '{"format": "dieu-hanh/deck", "slides": [')).toBe(
      'Tệp hong.json không dùng được: không phải là JSON hợp lệ. Bộ trình chiếu hiện tại không thay đổi.',
    );
    expect(
      await importFile('la.json', deck([{ view: '/' }, { view: 'https://evil.example/phishing' }])),
    ).toBe(
      'Tệp la.json không dùng được: trường slides[1].view không phải là một trang của hệ thống. Bộ trình chiếu hiện tại không thay đổi.',
    );
    expect(await importFile('to.json', deck([{ view: '/', title: 'x'.repeat(5 * 1024 * 1024) }]))).toBe(
      'Tệp to.json không dùng được: tệp quá lớn (tối đa 4 MB). Bộ trình chiếu hiện tại không thay đổi.',
    );
    expect(await slides()).toEqual(['/tinh/01']);
    expect(await page.locator('select').locator('option').count()).toBe(1);

    // A published deck whose strings carry markup: shown as the text it is, no element made of it.
    const hostile = '<img src=x onerror="window.__pwned=1">';
    // A predicate, not a glob: the page's own URL ends in `?deck=/decks/hostile.json` too.
    await page.route(
      (url) => url.pathname === '/decks/hostile.json',
      (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            format: 'dieu-hanh/deck',
            version: 1,
            title: hostile,
            slides: [{ view: '/', title: hostile }],
          }),
        }),
    );
    // The build without the mock worker, whose requests the test can answer itself.
    await page.goto(`${env.feedBacked}/trinh-chieu?deck=/decks/hostile.json`);
    await expect.poll(() => page.locator('.deck-editor__title').innerText()).toBe(hostile);
    expect(await page.locator('.deck-editor img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // A deck on another site is not fetched at all.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${env.mocked}/trinh-chieu?deck=https://evil.example/deck.json`);
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toBe(
        'Không mở https://evil.example/deck.json: chỉ mở được bộ trình chiếu đặt cùng máy chủ với hệ thống.',
      );
    expect(requests.filter((u) => new URL(u).hostname === 'evil.example')).toEqual([]);
  }, 180_000);

  test('a frozen deck shows its snapshot’s figures in a fresh browser, whatever the feed says, and asks it nothing', async ({
    open,
  }) => {
    // The presenter's browser: the published deck, kept, frozen, exported.
    const presenter = await open({ viewport: VIDEO });
    await presenter.page.goto(`${env.feedBacked}${DECK_URL}`);
    await presenter.page.getByRole('button', { name: 'Lưu vào trình duyệt' }).click();
    await presenter.page.getByRole('button', { name: 'Chốt số liệu' }).click();
    await expect
      .poll(() => presenter.page.locator('.deck-editor__freeze').innerText(), { timeout: LOADING_TIMEOUT })
      .toMatch(/^Số liệu chốt lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/);
    await present(presenter.page);
    await waitForTiles(presenter.page);
    const frozenFigures = await presenter.page.locator('.slide-show .kpi-tile__number').allInnerTexts();
    await presenter.page.keyboard.press('Escape');
    const [download] = await Promise.all([
      presenter.page.waitForEvent('download'),
      presenter.page.getByRole('button', { name: 'Xuất tệp JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^phien-hop-chinh-phu-thuong-ky-thang-11-2026.*\.json$/);
    const file = await readFile(await download.path(), 'utf8');
    const written = JSON.parse(file) as { format: string; snapshot?: { queries: unknown[] } };
    expect(written.format).toBe('dieu-hanh/deck');
    expect(written.snapshot?.queries.length).toBeGreaterThan(10);

    // A conference site: a fresh profile, and a feed that has moved on (every value doubled).
    const site = await open({ viewport: VIDEO });
    const feedRequests: string[] = [];
    await site.context.route(`${env.feedUrl}/**`, async (route) => {
      feedRequests.push(new URL(route.request().url()).pathname);
      const response = await route.fetch();
      const body = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: doubleValues(body) });
    });
    await site.context.route(
      (url) => url.pathname === '/decks/frozen.json',
      (route) => route.fulfill({ contentType: 'application/json', body: file }),
    );
    // The moved-on feed, as the site's own overview shows it.
    await site.page.goto(`${env.feedBacked}/`);
    await site.page.waitForFunction(() => document.querySelectorAll('.kpi-tile__number').length >= 6, null, {
      timeout: LOADING_TIMEOUT,
    });
    const liveFigures = await site.page.locator('.kpi-tile__number').allInnerTexts();
    expect(liveFigures).not.toEqual(frozenFigures);

    await site.page.goto(`${env.feedBacked}/trinh-chieu?deck=/decks/frozen.json`);
    await expect
      .poll(() => site.page.locator('.deck-editor__freeze').innerText())
      .toMatch(/^Số liệu chốt lúc /);
    feedRequests.length = 0;
    await present(site.page);
    await waitForTiles(site.page);
    expect(await site.page.locator('.slide-show .kpi-tile__number').allInnerTexts()).toEqual(frozenFigures);
    expect(await site.page.locator('.slide__facts').innerText()).toMatch(/Số liệu chốt lúc \d{2}:\d{2}, /);
    // Through every slide: the snapshot has what each needs, and the feed is not asked.
    for (let i = 0; i < 40 && !(await position(site.page)).startsWith('5.'); i++) {
      await site.page.keyboard.press('PageDown');
      // Each slide measures its pages once its figures are drawn.
      await site.page.waitForTimeout(400);
    }
    expect(await position(site.page)).toMatch(/^5\./);
    await site.page.locator('.slide-show h1').waitFor({ timeout: LOADING_TIMEOUT });
    await site.networkIdle();
    expect(feedRequests).toEqual([]);
    expect(await site.page.locator('.slide-show .panel-error').count()).toBe(0);
  }, 240_000);

  test('prints one landscape page per slide with the period, source and as-of line', async ({ open }) => {
    const { page } = await open({ viewport: VIDEO });
    await page.goto(`${env.mocked}${DECK_URL}&print=1`);
    await expect.poll(() => page.locator('.deck-print__page').count(), { timeout: LOADING_TIMEOUT }).toBe(5);
    await page.waitForFunction(() => document.querySelectorAll('.deck-print .skeleton').length === 0, null, {
      timeout: LOADING_TIMEOUT,
    });
    // Every page has been brought into view once (charts below the fold draw then).
    await page.locator('.deck-print[data-ready="true"]').waitFor({ timeout: LOADING_TIMEOUT });
    await waitForCanvasesDrawn(page, '.deck-print__page:nth-of-type(2) #map');
    const facts = await page.locator('.deck-print .slide__facts').allInnerTexts();
    expect(facts).toHaveLength(5);
    for (const line of facts)
      expect(line).toMatch(/Nguồn: Hệ thống thông tin báo cáo quốc gia.* · Số liệu cập nhật lúc /);
    await saveScreenshot(page, SHOTS, 'print-view-1280x720');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPageCount(pdf)).toBe(5);
    // Landscape pages of 1280×720 CSS px: 960×540 pt.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 960 540\s*\]/);
  });

  test('saves the current slide as a PNG', async ({ open }) => {
    const { page } = await open({ viewport: VIDEO });
    await page.goto(`${env.mocked}${DECK_URL}`);
    await present(page);
    await waitForTiles(page);
    await page.mouse.move(640, 700);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải ảnh PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('dieu-hanh_trinh-chieu_1.png');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({
      width: 2560,
      height: 1440,
    });
  });
});

/** A feed answer with every figure doubled: what a feed that moved on since the freeze might say. */
function doubleValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(doubleValues);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        typeof v === 'number' && (k === 'value' || k === 'values')
          ? v * 2 + 1
          : k === 'values'
            ? (v as unknown[]).map((x) => (typeof x === 'number' ? x * 2 + 1 : x))
            : doubleValues(v),
      ]),
    );
  }
  return value;
}
