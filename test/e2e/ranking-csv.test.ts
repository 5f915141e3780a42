/**
 * "Tải CSV" in the ranking: the file opens correctly in Excel (UTF-8 with BOM, Vietnamese headers) and
 * holds exactly the feed's numbers for the period shown, one row per unit.
 */
import { readFile } from 'node:fs/promises';
import { waitForBoard } from '../e2e-support/app.ts';
import { parseCsv } from '../e2e-support/csv.ts';
import { e2eEnvironment } from '../e2e-support/environment.ts';
import { latestMonth, observations } from '../e2e-support/expected.ts';
import { describe, expect, test } from '../e2e-support/fixtures.ts';

const env = e2eEnvironment();
const INDICATOR = 'budget-revenue';

/** A CSV cell as a number; an empty cell is a missing value (never zero). */
function numberCell(cell: string | undefined): number | null {
  if (cell === undefined || cell === '') return null;
  const value = Number(cell);
  if (!Number.isFinite(value)) throw new Error(`not a number: ${JSON.stringify(cell)}`);
  return value;
}

describe('ranking CSV export', () => {
  test('the CSV has a BOM, Vietnamese headers and the feed’s value for every unit', async ({ open }) => {
    const period = latestMonth().key;
    const feed = observations(INDICATOR, period);
    const { page } = await open();
    await page.goto(`${env.mocked}/?indicator=${INDICATOR}&period=${period}`);
    await waitForBoard(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#ranking').getByRole('button', { name: 'Tải CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await readFile(await download.path());

    expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
    const [headers = [], ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(headers).toEqual(
      expect.arrayContaining([
        'Hạng',
        'Mã',
        'Tỉnh, thành phố',
        'Giá trị (tỷ đồng)',
        'Cùng kỳ năm trước (tỷ đồng)',
        'Trạng thái',
      ]),
    );
    const column = (name: string) => headers.indexOf(name);
    const code = column('Mã');
    const value = column('Giá trị (tỷ đồng)');
    const previousYear = column('Cùng kỳ năm trước (tỷ đồng)');

    // Same units, same numbers: the value (and same-period-last-year) column against the feed.
    const fromCsv = Object.fromEntries(
      rows.map((row): [string, { value: number | null; previousYear: number | null }] => [
        row[code] ?? '',
        { value: numberCell(row[value]), previousYear: numberCell(row[previousYear]) },
      ]),
    );
    const fromFeed = Object.fromEntries(
      feed.rows.map((row) => [row.code, { value: row.value, previousYear: row.previousYear }]),
    );
    expect(rows.length, 'one CSV row per unit').toBe(feed.rows.length);
    expect(fromCsv).toEqual(fromFeed);
    // The data set leaves some unit without a figure in the latest month: the CSV must keep it empty.
    expect(feed.rows.some((row) => row.value === null)).toBe(true);
  });
});
