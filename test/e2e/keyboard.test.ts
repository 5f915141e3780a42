/**
 * Without a mouse: from the top of the overview, Tab walks through everything a person needs, in reading
 * order (skip link, navigation, language and theme, the controls, each panel's switches and downloads,
 * the ranking as one stop), and Enter on a unit link opens that unit's page. Inside the ranking the
 * arrows, Home and End move between the units; on the map the arrows step by geography and the ranking
 * follows; Esc on a unit's page goes back.
 */
import type { Page } from 'playwright-core';
import {
  focusedElement,
  waitForBoard,
  waitForOverviewDrawn,
  type FocusedElement,
} from '../e2e-support/app.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();
const MAX_TABS = 200;

/** A stop the Tab walk must reach: where (panel id or landmark) and the accessible name. */
interface Stop {
  readonly area: string;
  readonly name: string | RegExp;
  readonly role?: string;
}

const header = (name: string, role = 'button'): Stop => ({ area: 'header', name, role });
const nav = (name: string): Stop => ({ area: 'nav', name, role: 'link' });
const main = (name: string, role: string): Stop => ({ area: 'main', name, role });
const panel = (area: string, ...names: string[]): Stop[] =>
  names.map((name) => ({ area, name, role: 'button' }));

/** Every stop in the order a sighted keyboard user expects them: top to bottom, left to right. */
const EXPECTED_STOPS: readonly Stop[] = [
  { area: '', name: 'Chuyển đến nội dung chính', role: 'link' },
  ...['Tổng quan', 'Kinh tế – xã hội', 'Dịch vụ công', 'TTHC nội bộ', 'Nhiệm vụ', 'Báo cáo'].map(nav),
  header('VI'),
  header('EN'),
  header('Sáng'),
  header('Tối'),
  main('Chỉ tiêu', 'combobox'),
  main('Kỳ', 'combobox'),
  main('34 tỉnh, thành phố', 'button'),
  main('63 tỉnh, thành phố cũ', 'button'),
  main('Vùng', 'combobox'),
  ...panel('map', 'Bản đồ', 'Bảng', 'Tải CSV', 'Tải ảnh PNG'),
  // The map itself: arrow keys walk the units, Enter opens one.
  { area: 'map', name: /^Bản đồ .+/, role: 'application' },
  { area: 'map', name: 'Phát diễn biến các kỳ', role: 'button' },
  { area: 'map', name: 'Chọn kỳ', role: 'slider' },
  ...panel('ranking', 'Tất cả', '10 dẫn đầu', '10 đứng cuối', 'Bảng', 'Biểu đồ', 'Tải CSV', 'Tải ảnh PNG'),
  { area: 'ranking', name: 'Tìm tỉnh, thành phố', role: 'textbox' },
  // The ranking is one stop: its first unit (the arrows move within it).
  { area: 'ranking', name: /.+/, role: 'link' },
  ...panel('trend', 'Biểu đồ', 'Bảng', 'Tải CSV', 'Tải ảnh PNG'),
  { area: 'trend', name: 'Thêm tỉnh, thành phố', role: 'combobox' },
];

function matches(stop: Stop, element: FocusedElement): boolean {
  const nameMatches =
    typeof stop.name === 'string' ? element.name === stop.name : stop.name.test(element.name);
  return element.area === stop.area && nameMatches && (stop.role === undefined || element.role === stop.role);
}

function describeStop(e: FocusedElement | Stop): string {
  return `${e.area || '(page)'} › ${e.role ?? '?'} "${String(e.name)}"`;
}

/** Presses Tab until every expected stop has been passed in order, or MAX_TABS; returns the walk. */
async function tabThrough(
  page: Page,
  stops: readonly Stop[],
): Promise<{ walk: FocusedElement[]; missing: Stop[] }> {
  const walk: FocusedElement[] = [];
  let next = 0;
  for (let i = 0; i < MAX_TABS && next < stops.length; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (!focused) continue;
    walk.push(focused);
    const stop = stops[next];
    if (stop && matches(stop, focused)) next++;
  }
  return { walk, missing: stops.slice(next) };
}

describe('keyboard', () => {
  test('Tab reaches every control of the overview in reading order, and Enter on a ranking link opens the unit', async ({
    open,
  }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/`);
    await waitForOverviewDrawn(page);

    const { walk, missing } = await tabThrough(page, EXPECTED_STOPS);
    expect(
      missing.map(describeStop),
      `stops not reached in order; the walk was:\n${walk.map((e, i) => `  ${i + 1}. ${describeStop(e)}`).join('\n')}`,
    ).toEqual([]);
    expect(walk[0] && describeStop(walk[0]), 'the first Tab lands on the skip link').toBe(
      describeStop(EXPECTED_STOPS[0]!),
    );

    // Back with Shift+Tab to the last unit link of the ranking, then Enter.
    let focused = await focusedElement(page);
    for (let i = 0; i < MAX_TABS && !focused?.inRankingRow; i++) {
      await page.keyboard.press('Shift+Tab');
      focused = await focusedElement(page);
    }
    expect(focused?.inRankingRow, 'Shift+Tab reaches a ranking link').toBe(true);
    const href = focused!.href!;
    expect(href).toMatch(/^\/tinh\/\d{2}/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(href, page.url()).pathname);
    const heading = page.getByRole('heading', { level: 1 });
    // The address changes first; the page follows on the next render.
    await expect.poll(() => heading.textContent()).toContain(focused!.name);
  });

  test('the ranking is one Tab stop: arrows, Home and End move between units, Tab leaves it', async ({
    open,
  }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/`);
    await waitForOverviewDrawn(page);
    const links = page.locator('#ranking tbody a[data-row-link]');
    const names = await links.allTextContents();
    expect(names.length).toBe(34);
    // Exactly one unit link is in the Tab order.
    expect(await page.locator('#ranking tbody a[data-row-link][tabindex="0"]').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Tìm tỉnh, thành phố', exact: true }).focus();
    await page.keyboard.press('Tab');
    expect((await focusedElement(page))?.name).toBe(names[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await focusedElement(page))?.name).toBe(names[2]);
    await page.keyboard.press('End');
    const last = await focusedElement(page);
    expect(last?.name).toBe(names[33]);
    // The last row is scrolled into the ranking's box.
    expect(await rowInView(page, last!.href!)).toBe(true);
    await page.keyboard.press('Home');
    expect((await focusedElement(page))?.name).toBe(names[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect((await focusedElement(page))?.area).toBe('trend');
    // Shift+Tab comes back to the unit last focused, and Enter opens it.
    await page.keyboard.press('Shift+Tab');
    const second = await focusedElement(page);
    expect(second?.name).toBe(names[1]);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === second!.href);
  });

  test('the map steps by geography with the arrows, the ranking follows, Enter opens and Esc comes back', async ({
    open,
  }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/?theme=dark`);
    await waitForOverviewDrawn(page);
    await page.getByRole('application').focus();
    // The screen readers' readout of the highlighted unit: "Name: value · rank".
    const readout = page.locator('.map__canvas > p[aria-live="polite"]');
    const read = async () => ((await readout.textContent()) ?? '').split(': ')[0] ?? '';
    // From the far north, southwards through every unit once, then round to the north again.
    await page.keyboard.press('ArrowDown');
    await expect.poll(read).not.toBe('');
    const first = await read();
    expect(['Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Lai Châu', 'Điện Biên']).toContain(first);
    const visited = [first];
    for (let i = 1; i < 34; i++) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(read).not.toBe(visited.at(-1));
      visited.push(await read());
    }
    expect(new Set(visited).size).toBe(34);
    expect(visited.at(-1)).toBe('Cà Mau');
    expect(visited.indexOf('Hà Nội')).toBeLessThan(visited.indexOf('Huế'));
    expect(visited.indexOf('Huế')).toBeLessThan(visited.indexOf('TP. Hồ Chí Minh'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(read).toBe(first);
    // The ranking scrolls to the unit being read out.
    await page.keyboard.press('End');
    await expect.poll(read).toBe('Cà Mau');
    await expect.poll(() => highlightedRowInView(page)).toBe('Cà Mau');
    await page.keyboard.press('Home');
    await expect.poll(() => highlightedRowInView(page)).toBe(first);
    // East of Huế lies Đà Nẵng.
    for (let i = 0; i < 34 && (await read()) !== 'Huế'; i++) {
      const before = await read();
      await page.keyboard.press('ArrowDown');
      await expect.poll(read).not.toBe(before);
    }
    expect(await read()).toBe('Huế');
    await page.keyboard.press('ArrowRight');
    await expect.poll(read).toBe('Đà Nẵng');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/tinh/48');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Đà Nẵng');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?theme=dark');
  });

  test('Esc on a province page opened directly goes to the overview, keeping language and theme', async ({
    open,
  }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/tinh/79?lang=en&theme=dark&indicator=cpi-yoy&peers=01,31`);
    await page.locator('.profile-table tbody tr').first().waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?lang=en&theme=dark');
    await waitForBoard(page);
  });
});

/** Whether the ranking row whose link goes to `href` is wholly inside the ranking's scroll box. */
async function rowInView(page: Page, href: string): Promise<boolean> {
  return page.evaluate((href) => {
    const box = document.querySelector('#ranking .table-scroll')!.getBoundingClientRect();
    const row = document
      .querySelector(`#ranking tbody a[href="${href}"]`)!
      .closest('tr')!
      .getBoundingClientRect();
    return row.top >= box.top - 1 && row.bottom <= box.bottom + 1;
  }, href);
}

/** The name of the ranking's highlighted row when it is wholly in the ranking's box, else null. */
async function highlightedRowInView(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const box = document.querySelector('#ranking .table-scroll')!.getBoundingClientRect();
    const row = document.querySelector('#ranking tbody tr.is-highlighted');
    if (!row) return null;
    const r = row.getBoundingClientRect();
    return r.top >= box.top - 1 && r.bottom <= box.bottom + 1
      ? (row.querySelector('a')?.textContent ?? null)
      : null;
  });
}
