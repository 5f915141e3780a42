/**
 * Without a mouse: from the top of the overview, Tab walks through everything a person needs, in reading
 * order (skip link, navigation, language and theme, the controls, each panel's switches and downloads,
 * the ranking's unit links), and Enter on a unit link opens that unit's page.
 */
import type { Page } from 'playwright-core';
import { focusedElement, waitForOverviewDrawn, type FocusedElement } from '../e2e-support/app.ts';
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
});
