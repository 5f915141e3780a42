/**
 * The four boards of the seed systems, each opened from the header for provinces and for ministries:
 * its title, figures that match the feed, no panel in error, axe clean. The tasks board further: its
 * headline's national count, the order of its bars, the list's filter, search and sort, and its CSV.
 * Old overview links of a board (`/?group=tasks`) open the board's page.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { parseCsv } from '../e2e-support/csv.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { dataset, latestMonth } from '../e2e-support/expected.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();
const TIMEOUT = 60_000;

const BOARDS = [
  { link: 'Dịch vụ công', path: '/dich-vu-cong', title: 'Chất lượng phục vụ người dân, doanh nghiệp' },
  { link: 'TTHC nội bộ', path: '/tthc-noi-bo', title: 'Cải cách thủ tục hành chính nội bộ' },
  { link: 'Nhiệm vụ', path: '/nhiem-vu', title: 'Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao' },
  { link: 'Báo cáo', path: '/bao-cao', title: 'Tình hình gửi báo cáo' },
] as const;

function taskCounts(scope: 'province' | 'ministry') {
  const result = dataset.taskCounts({ period: latestMonth().key, scope });
  if (!result.ok) throw new Error(result.problem.detail);
  return result.body;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `      ${n.target.join(' ')}`)
        .join('\n')}`,
  );
}

/** Nothing loading, no skeleton left, no panel in error. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('h1') !== null &&
      document.querySelectorAll('.skeleton, [aria-busy="true"]').length === 0,
    null,
    { timeout: TIMEOUT, polling: 200 },
  );
}

describe('the boards', () => {
  for (const board of BOARDS) {
    for (const agencies of ['province', 'ministry'] as const) {
      test(`${board.path} opens from the header for ${agencies === 'ministry' ? 'ministries' : 'provinces'}, without errors, axe clean`, async ({
        open,
      }) => {
        const { page } = await open();
        await page.goto(`${env.mocked}/`);
        await page.getByRole('navigation').getByRole('link', { name: board.link, exact: true }).click();
        await page.waitForURL((url) => url.pathname === board.path);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(board.title);
        if (agencies === 'ministry') {
          await page.getByRole('button', { name: 'Bộ, ngành', exact: true }).click();
          await page.waitForURL((url) => url.searchParams.get('agencies') === 'ministry');
        }
        await settled(page);
        expect(await page.locator('[role="alert"]').count(), 'panels in error').toBe(0);
        const violations = await axeViolations(page);
        expect(violations, `axe violations on ${page.url()}:\n${violations.join('\n')}`).toEqual([]);
      });
    }
  }

  test('an old overview link of a board opens the board, its other parameters kept', async ({ open }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/?group=tasks&lang=en`);
    await page.waitForURL((url) => url.pathname === '/nhiem-vu');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.has('group')).toBe(false);
  });
});

describe('the tasks board', () => {
  test('its headline counts the nation, its bars put the highest overdue share first', async ({ open }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/nhiem-vu?barsView=table&agencies=ministry`);
    await settled(page);
    const assigned = taskCounts('province').total.assigned + taskCounts('ministry').total.assigned;
    const headline = page.getByRole('group', { name: 'Tóm tắt' });
    expect(await headline.textContent()).toContain(
      `cả nước có ${assigned.toLocaleString('vi-VN')} nhiệm vụ được giao`,
    );
    const share = (c: { overdue: number; assigned: number }) =>
      c.assigned > 0 ? c.overdue / c.assigned : -1;
    const expected = taskCounts('ministry')
      .rows.map((r) => share(r.counts))
      .sort((a, b) => b - a);
    const codes = await page
      .locator('#task-bars tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    const shown = codes.map((code) => {
      const row = taskCounts('ministry').rows.find((r) => r.code === code);
      return row ? share(row.counts) : Number.NaN;
    });
    expect(codes).toHaveLength(17);
    expect(shown).toEqual(expected);
  });

  test('the list filters, searches without diacritics, sorts, and exports what it lists', async ({
    open,
  }) => {
    const { page } = await open();
    await page.goto(`${env.mocked}/nhiem-vu`);
    await settled(page);
    const list = page.locator('#task-list');
    const overdue = taskCounts('province').total.overdue;
    await expect
      .poll(() => list.locator('.panel__subtitle').textContent(), { timeout: TIMEOUT })
      .toMatch(new RegExp(`^${overdue.toLocaleString('vi-VN')} trong `));

    // A click, then the URL: the box is checked from the URL, a moment after the click on a busy machine
    // (`check()` would judge the box at once).
    const inProgress = list.getByRole('checkbox', { name: /^Đang thực hiện trong hạn/ });
    await inProgress.click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'in-progress,overdue');
    await expect.poll(() => inProgress.isChecked(), { timeout: TIMEOUT }).toBe(true);
    await list.getByRole('searchbox', { name: 'Tìm nhiệm vụ' }).fill('giai ngan');
    await expect
      .poll(
        async () => {
          const texts = await list.locator('tbody tr[data-task]').allTextContents();
          return texts.length > 0 && texts.every((t) => /giải ngân/i.test(t));
        },
        { timeout: TIMEOUT },
      )
      .toBe(true);

    await list.getByRole('button', { name: /^Hạn xử lý/ }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'deadline');
    const deadlines = (await list.locator('tbody tr[data-task] td:nth-child(4)').allTextContents()).map(
      (d) => {
        const [day, month, year] = d.slice(0, 10).split('/');
        return `${year}-${month}-${day}`;
      },
    );
    expect(deadlines).toEqual([...deadlines].sort());

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    const bytes = await readFile(await download.path());
    const [headers = [], ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(headers).toEqual([
      'Văn bản giao',
      'Nhiệm vụ',
      'Nhiệm vụ trọng tâm',
      'Cơ quan được giao',
      'Hạn xử lý',
      'Số ngày quá hạn',
      'Tình trạng',
    ]);
    const subtitle = (await list.locator('.panel__subtitle').textContent()) ?? '';
    expect(String(rows.length)).toBe(subtitle.split(' ')[0]?.replace(/\./g, ''));
    expect(rows.every((r) => r[6] === 'Quá hạn chưa hoàn thành' || r[6] === 'Đang thực hiện trong hạn')).toBe(
      true,
    );
    const csvDeadlines = rows.map((r) => r[4] ?? '');
    expect(csvDeadlines).toEqual([...csvDeadlines].sort());
  });
});
