/**
 * The figures the app should show, computed from the synthetic data set itself (createDataset(), the
 * same generator the mocks and the feed server answer from) and written out the way a Vietnamese report
 * writes them, with Intl directly: nothing here goes through the app's own formatting code.
 */
import { createDataset } from '../../mocks/data/dataset.ts';
import type { ObservationsResponse } from '../../src/api/observations/schema.ts';

export const dataset = createDataset();

/** The latest complete month of the data set, e.g. { key: '2026-10', year: 2026, month: 10 }. */
export function latestMonth(): { key: string; year: number; month: number } {
  const key = dataset.metadata().latest.month;
  const [year, month] = key.split('-').map(Number);
  if (!year || !month) throw new Error(`metadata.latest.month is not YYYY-MM: ${key}`);
  return { key, year, month };
}

/** The feed's answer for one indicator and period over the provinces, or a failed test. */
export function observations(indicator: string, period: string): ObservationsResponse {
  const result = dataset.observations({ indicator, period, scope: 'province' });
  if (!result.ok) throw new Error(`dataset.observations(${indicator}, ${period}): ${result.problem.detail}`);
  return result.body;
}

/** vi-VN digits: "2,22", "52,4", "1.234". */
export function viNumber(value: number, minDecimals: number, maxDecimals = minDecimals): string {
  return new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: maxDecimals,
  }).format(value);
}

/** Status words of the UI. */
export const STATUS_VI = {
  estimate: 'Ước tính',
  preliminary: 'Sơ bộ',
  official: 'Chính thức',
  missing: 'Chưa có số liệu',
} as const;

/** "Tháng 10/2026" (one month) or "10 tháng năm 2026" (January to October, a cumulative figure). */
export function viMonthLabel(year: number, month: number, cumulative: boolean): string {
  return cumulative && month > 1 ? `${month} tháng năm ${year}` : `Tháng ${month}/${year}`;
}
