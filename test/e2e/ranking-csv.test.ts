/**
 * "Tải CSV" in the ranking and the other CSV variants: each file opens correctly in Excel (UTF-8 with BOM,
 * Vietnamese headers), names its indicator, period, source and update time in leading rows, holds exactly
 * the feed's numbers for the period shown (one row per unit) at the indicator's decimals, and the variant
 * for Excel set to Vietnamese reads back to the same numbers with ";" and a decimal comma. The trend's CSV
 * rounds the converted values of merged units the same way.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { waitForBoard } from '../e2e-support/app.ts';
import { csvNumber, readCsvFile, type CsvFile } from '../e2e-support/csv.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { dataset, latestMonth, observations } from '../e2e-support/expected.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();
const INDICATOR = 'budget-revenue';

/** Clicks `click` (or presses keys after focusing it) and reads the downloaded file. */
async function download(page: Page, act: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), act()]);
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8') };
}

function byCode(file: CsvFile, separator: ',' | ';') {
  const column = (name: string) => file.headers.indexOf(name);
  const code = column('Mã');
  const value = column('Giá trị (tỷ đồng)');
  const previousYear = column('Cùng kỳ năm trước (tỷ đồng)');
  return Object.fromEntries(
    file.rows.map((row): [string, { value: number | null; previousYear: number | null }] => [
      row[code] ?? '',
      { value: csvNumber(row[value], separator), previousYear: csvNumber(row[previousYear], separator) },
    ]),
  );
}

describe('ranking CSV export', () => {
  test('the CSV has a BOM, leading rows, Vietnamese headers and the feed’s value for every unit', async ({
    open,
  }) => {
    const period = latestMonth();
    const feed = observations(INDICATOR, period.key);
    const { page } = await open();
    await page.goto(`${env.mocked}/?indicator=${INDICATOR}&period=${period.key}`);
    await waitForBoard(page);
    const ranking = page.locator('#ranking');

    const plain = await download(page, () => ranking.getByRole('button', { name: 'Tải CSV' }).click());
    expect(plain.name).toMatch(/\.csv$/);
    const file = readCsvFile(plain.text);
    expect(Object.fromEntries(file.meta)).toMatchObject({
      'Chỉ tiêu': 'Thu ngân sách nhà nước',
      'Đơn vị tính': 'tỷ đồng',
      Kỳ: `${period.month} tháng năm ${period.year}`,
      'Đơn vị hành chính': '34 tỉnh, thành phố',
      'Số liệu': 'Làm tròn đến hàng đơn vị, như trên màn hình',
      'Định dạng': 'Dấu phẩy giữa các cột, dấu chấm thập phân',
    });
    expect(file.meta.get('Nguồn')).toMatch(/\S/);
    expect(file.meta.get('Cập nhật lúc')).toMatch(/^\d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}$/);
    expect(file.headers).toEqual(
      expect.arrayContaining([
        'Hạng',
        'Mã',
        'Tỉnh, thành phố',
        'Giá trị (tỷ đồng)',
        'Cùng kỳ năm trước (tỷ đồng)',
        'Trạng thái',
      ]),
    );

    // Same units, same numbers: the value (and same-period-last-year) column against the feed.
    const fromFeed = Object.fromEntries(
      feed.rows.map((row) => [row.code, { value: row.value, previousYear: row.previousYear }]),
    );
    expect(file.rows.length, 'one CSV row per unit').toBe(feed.rows.length);
    expect(byCode(file, ',')).toEqual(fromFeed);
    // The data set leaves some unit without a figure in the latest month: the CSV must keep it empty.
    expect(feed.rows.some((row) => row.value === null)).toBe(true);

    // The variant for Excel set to Vietnamese, chosen by keyboard from the list beside "Tải CSV".
    const toggle = ranking.getByRole('button', { name: 'Chọn kiểu CSV' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const menu = ranking.getByRole('group', { name: 'Chọn kiểu CSV' });
    await expect
      .poll(() => menu.getByRole('button').allTextContents())
      .toEqual([
        'CSV chuẩn: dấu phẩy, số làm tròn như trên màn hình',
        'CSV cho Excel tiếng Việt: dấu chấm phẩy, số làm tròn',
        'CSV chuẩn: số liệu gốc, không làm tròn',
        'CSV cho Excel tiếng Việt: số liệu gốc, không làm tròn',
      ]);
    const excel = await download(page, async () => {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    });
    expect(excel.name).toMatch(/_excel-vi\.csv$/);
    expect(excel.text.split('\r\n').find((line) => line.startsWith('Hạng'))).toContain(';');
    const semicolons = readCsvFile(excel.text, ';');
    expect(semicolons.meta.get('Định dạng')).toBe(
      'Dấu chấm phẩy giữa các cột, dấu phẩy thập phân (Excel tiếng Việt)',
    );
    expect(semicolons.headers).toEqual(file.headers);
    expect(byCode(semicolons, ';')).toEqual(fromFeed);
    await expect.poll(() => menu.count()).toBe(0);
  });

  test('the trend CSV rounds a merged unit’s converted values to the indicator’s decimals', async ({
    open,
  }) => {
    // Disbursement of TP. Hồ Chí Minh: before July 2025 recomputed from its three former units' amounts
    // disbursed and planned (a ratio with every digit of the division).
    const indicator = dataset
      .indicators()
      .indicators.find((i) => i.id === 'public-investment-disbursement-rate');
    expect(indicator).toBeDefined();
    const decimals = indicator?.decimals ?? 0;
    const { page } = await open();
    await page.goto(`${env.mocked}/?indicator=public-investment-disbursement-rate&compare=79`);
    await waitForBoard(page);
    const trend: Locator = page.locator('#trend');
    await trend.getByRole('button', { name: 'Tải CSV' }).waitFor();

    const rounded = readCsvFile(
      (await download(page, () => trend.getByRole('button', { name: 'Tải CSV' }).click())).text,
    );
    expect(rounded.meta.get('Chỉ tiêu')).toBe(indicator?.name.vi);
    // The disbursement rate runs from January: the range ends with the months it covers.
    const latest = latestMonth();
    expect(rounded.meta.get('Kỳ')).toMatch(
      new RegExp(`^Tháng \\d+/\\d{4} – ${latest.month} tháng năm ${latest.year}$`),
    );
    const hcm = rounded.headers.indexOf(`TP. Hồ Chí Minh (${indicator?.unit.label.vi})`);
    expect(hcm).toBeGreaterThan(0);
    const values = rounded.rows.map((row) => row[hcm] ?? '').filter((cell) => cell !== '');
    expect(values.length).toBeGreaterThan(12);
    for (const cell of values) expect(cell).toMatch(new RegExp(`^-?\\d+(\\.\\d{1,${decimals}})?$`));

    // Raw values, on request: the converted months keep every digit of the weighted mean.
    await trend.getByRole('button', { name: 'Chọn kiểu CSV' }).click();
    const raw = readCsvFile(
      (
        await download(page, () =>
          trend.getByRole('button', { name: 'CSV chuẩn: số liệu gốc, không làm tròn' }).click(),
        )
      ).text,
    );
    expect(raw.meta.get('Số liệu')).toBe('Số liệu gốc của nguồn và của phép quy đổi, không làm tròn');
    const rawValues = raw.rows.map((row) => row[hcm] ?? '').filter((cell) => cell !== '');
    expect(rawValues.some((cell) => (cell.split('.')[1] ?? '').length > decimals)).toBe(true);
    rawValues.forEach((cell, i) => {
      expect(Math.abs(Number(cell) - Number(values[i]))).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
    });
  });
});
