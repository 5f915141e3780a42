/**
 * Reporting periods: calendar months, quarters, half-years and years, their wire keys ('2026-10',
 * '2026-Q3', '2026-H1', '2026'), arithmetic, calendar bounds and the labels leaders read ("Tháng 10/2026",
 * "Quý III/2026", "6 tháng đầu năm 2026", "9 tháng năm 2026"). The half-year is how the National Public
 * Service Portal publishes the Decision 766 index besides months, quarters and years. Periods are plain data: compare them with {@link equalPeriods} or
 * {@link periodKey}, never by reference.
 *
 * These are calendar periods, as the statistics office publishes them. The administrative reporting
 * cut-off of Decree 09/2019 (15th to 14th) is a property of a report, not of the period it is labelled with.
 */
import type { IsoDate, Locale } from './units.ts';

export type Frequency = 'month' | 'quarter' | 'half' | 'year';

export const FREQUENCIES: readonly Frequency[] = ['month', 'quarter', 'half', 'year'];

export type Period =
  | { readonly frequency: 'month'; readonly year: number; readonly month: number } // 1..12
  | { readonly frequency: 'quarter'; readonly year: number; readonly quarter: number } // 1..4
  | { readonly frequency: 'half'; readonly year: number; readonly half: number } // 1..2
  | { readonly frequency: 'year'; readonly year: number };

export type MonthPeriod = Extract<Period, { frequency: 'month' }>;
export type QuarterPeriod = Extract<Period, { frequency: 'quarter' }>;
export type HalfPeriod = Extract<Period, { frequency: 'half' }>;
export type YearPeriod = Extract<Period, { frequency: 'year' }>;

/** Wire and URL form: '2026-10' (month), '2026-Q3' (quarter), '2026-H1' (half-year), '2026' (year). */
export type PeriodKey = string;

/**
 * Years a period may fall in. Wide enough for any statistical series, narrow enough that a key is
 * always four digits, so keys of one frequency sort as strings.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/**
 * Periods in a year: how far back "the same period last year" lies (12 months, 4 quarters, 2 half-years,
 * 1 year).
 */
export const PERIODS_PER_YEAR: Readonly<Record<Frequency, number>> = {
  month: 12,
  quarter: 4,
  half: 2,
  year: 1,
};

/**
 * How many periods a recent trend (a KPI tile's or a table row's sparkline) shows: thirteen months, so
 * the same month last year is in view, eight quarters, six half-years, five years.
 */
export const RECENT_PERIODS: Readonly<Record<Frequency, number>> = {
  month: 13,
  quarter: 8,
  half: 6,
  year: 5,
};

// ---------------------------------------------------------------------------------------------------
// Construction and parsing

/**
 * The month `month` (1–12) of `year` (1900–2999).
 * @throws RangeError when either is not an integer in range.
 */
export function monthPeriod(year: number, month: number): MonthPeriod {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Month must be an integer from 1 to 12, got ${month}`);
  }
  return { frequency: 'month', year, month };
}

/**
 * The quarter `quarter` (1–4) of `year` (1900–2999).
 * @throws RangeError when either is not an integer in range.
 */
export function quarterPeriod(year: number, quarter: number): QuarterPeriod {
  checkYear(year);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new RangeError(`Quarter must be an integer from 1 to 4, got ${quarter}`);
  }
  return { frequency: 'quarter', year, quarter };
}

/**
 * The half-year `half` (1: January–June, 2: July–December) of `year` (1900–2999).
 * @throws RangeError when either is not an integer in range.
 */
export function halfPeriod(year: number, half: number): HalfPeriod {
  checkYear(year);
  if (half !== 1 && half !== 2) throw new RangeError(`Half-year must be 1 or 2, got ${half}`);
  return { frequency: 'half', year, half };
}

/**
 * The calendar year `year` (1900–2999).
 * @throws RangeError when it is not an integer in range.
 */
export function yearPeriod(year: number): YearPeriod {
  checkYear(year);
  return { frequency: 'year', year };
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}, got ${year}`);
  }
}

const KEY_PATTERN = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/;

/**
 * Reads a period key from a URL or a feed. Strict, because keys are also cache and query keys and two
 * spellings of one period would fetch it twice: exactly `YYYY`, `YYYY-MM` (01–12), `YYYY-Qn` (1–4,
 * capital Q) or `YYYY-Hn` (1–2, capital H), years 1900–2999, no surrounding whitespace.
 * @returns the period, or null for anything else ('2026-13', '2026-Q5', '2026-H3', '2026-1', ' 2026',
 * '2026-q3').
 */
export function parsePeriod(key: string): Period | null {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (match[2] !== undefined) return monthPeriod(year, Number(match[2]));
  if (match[3] !== undefined) return quarterPeriod(year, Number(match[3]));
  if (match[4] !== undefined) return halfPeriod(year, Number(match[4]));
  return yearPeriod(year);
}

/** The wire and URL form of `p`: '2026-10', '2026-Q3', '2026-H1', '2026'. Inverse of {@link parsePeriod}. */
export function periodKey(p: Period): PeriodKey {
  switch (p.frequency) {
    case 'month':
      return `${p.year}-${pad2(p.month)}`;
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'half':
      return `${p.year}-H${p.half}`;
    case 'year':
      return String(p.year);
  }
}

// ---------------------------------------------------------------------------------------------------
// Comparison and arithmetic

/** True when `a` and `b` are the same period; periods of different frequencies are never equal. */
export function equalPeriods(a: Period, b: Period): boolean {
  return a.frequency === b.frequency && ordinal(a) === ordinal(b);
}

/**
 * Orders two periods of the same frequency: negative when `a` is earlier, 0 when equal, positive when
 * later. Usable with `Array.prototype.sort`.
 * @throws RangeError when the frequencies differ: a month and its quarter have no order.
 */
export function comparePeriods(a: Period, b: Period): number {
  checkSameFrequency(a, b);
  return ordinal(a) - ordinal(b);
}

/**
 * The number of periods from `a` to `b`, signed: 9 from 2026-01 to 2026-10, −1 from 2026-Q3 to
 * 2026-Q2. `addPeriods(a, periodsBetween(a, b))` is `b`; an inclusive range holds one more.
 * @throws RangeError when the frequencies differ.
 */
export function periodsBetween(a: Period, b: Period): number {
  checkSameFrequency(a, b);
  return ordinal(b) - ordinal(a);
}

/**
 * The period `n` steps after `p` (before it when `n` is negative), of the same frequency.
 * @throws RangeError when `n` is not an integer or the result leaves the years 1900–2999.
 */
export function addPeriods<P extends Period>(p: P, n: number): P;
export function addPeriods(p: Period, n: number): Period {
  if (!Number.isInteger(n)) throw new RangeError(`Can only add a whole number of periods, got ${n}`);
  return fromOrdinal(p.frequency, ordinal(p) + n);
}

/** The period just before `p`: 2026-01 → 2025-12, 2026-Q1 → 2025-Q4. @throws RangeError before 1900. */
export function previousPeriod<P extends Period>(p: P): P {
  return addPeriods(p, -1);
}

/** The period just after `p`: 2026-12 → 2027-01. @throws RangeError after 2999. */
export function nextPeriod<P extends Period>(p: P): P {
  return addPeriods(p, 1);
}

/**
 * The same period a year earlier, the basis of "so với cùng kỳ năm trước": 2026-10 → 2025-10,
 * 2026-Q3 → 2025-Q3, 2026 → 2025. @throws RangeError before 1900.
 */
export function samePeriodLastYear<P extends Period>(p: P): P {
  return addPeriods(p, -PERIODS_PER_YEAR[p.frequency]);
}

/**
 * Every period from `from` to `to`, both included, oldest first; empty when `from` is after `to`.
 * @throws RangeError when the frequencies differ.
 */
export function periodRange<P extends Period>(from: P, to: P): P[];
export function periodRange(from: Period, to: Period): Period[] {
  checkSameFrequency(from, to);
  const first = ordinal(from);
  const last = ordinal(to);
  const result: Period[] = [];
  for (let i = first; i <= last; i++) result.push(fromOrdinal(from.frequency, i));
  return result;
}

function checkSameFrequency(a: Period, b: Period): void {
  if (a.frequency !== b.frequency) {
    throw new RangeError(`Cannot compare a ${a.frequency} with a ${b.frequency}`);
  }
}

/** A count of periods since year 0 of the same frequency, so arithmetic is integer arithmetic. */
function ordinal(p: Period): number {
  switch (p.frequency) {
    case 'month':
      return p.year * 12 + p.month - 1;
    case 'quarter':
      return p.year * 4 + p.quarter - 1;
    case 'half':
      return p.year * 2 + p.half - 1;
    case 'year':
      return p.year;
  }
}

function fromOrdinal(frequency: Frequency, n: number): Period {
  const perYear = PERIODS_PER_YEAR[frequency];
  const year = Math.floor(n / perYear);
  const index = n - year * perYear + 1;
  switch (frequency) {
    case 'month':
      return monthPeriod(year, index);
    case 'quarter':
      return quarterPeriod(year, index);
    case 'half':
      return halfPeriod(year, index);
    case 'year':
      return yearPeriod(year);
  }
}

// ---------------------------------------------------------------------------------------------------
// Calendar

/** The first month (1–12) of `p`. */
function firstMonth(p: Period): number {
  switch (p.frequency) {
    case 'month':
      return p.month;
    case 'quarter':
      return p.quarter * 3 - 2;
    case 'half':
      return p.half * 6 - 5;
    case 'year':
      return 1;
  }
}

/** The last month (1–12) of `p`: 10 for 2026-10, 9 for 2026-Q3, 6 for 2026-H1, 12 for a year. */
export function periodLastMonth(p: Period): number {
  return lastMonth(p);
}

function lastMonth(p: Period): number {
  switch (p.frequency) {
    case 'month':
      return p.month;
    case 'quarter':
      return p.quarter * 3;
    case 'half':
      return p.half * 6;
    case 'year':
      return 12;
  }
}

/** The first day of `p`: '2026-10-01', '2026-07-01' for 2026-Q3, '2026-01-01' for 2026. */
export function periodStart(p: Period): IsoDate {
  return isoDate(p.year, firstMonth(p), 1);
}

/** The last day of `p`, inclusive: '2026-10-31', '2024-02-29' (leap year), '2026-09-30' for 2026-Q3. */
export function periodEnd(p: Period): IsoDate {
  const month = lastMonth(p);
  return isoDate(p.year, month, daysInMonth(p.year, month));
}

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The period of `frequency` that contains the calendar date `date` ('2026-11-20' → month 2026-11,
 * quarter 2026-Q4, year 2026).
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` date in the years 1900–2999.
 */
export function periodContaining(date: IsoDate, frequency: Frequency): Period {
  const { year, month } = parseIsoDate(date);
  switch (frequency) {
    case 'month':
      return monthPeriod(year, month);
    case 'quarter':
      return quarterPeriod(year, Math.ceil(month / 3));
    case 'half':
      return halfPeriod(year, month <= 6 ? 1 : 2);
    case 'year':
      return yearPeriod(year);
  }
}

/**
 * The last period of `frequency` whose end date is strictly before `asOf`: the latest period that
 * can have complete data. On 2026-11-20: month 2026-10, quarter 2026-Q3, year 2025. On 2026-11-01 the
 * month 2026-10 already counts as complete, though its figures are usually published days later.
 * @throws RangeError when `asOf` is not a real date, or the result would fall before 1900.
 */
export function latestCompletePeriod(asOf: IsoDate, frequency: Frequency): Period {
  // The period containing asOf has not ended; the one before it ended at the latest the day before.
  return previousPeriod(periodContaining(asOf, frequency));
}

/**
 * The months a cumulative ("lũy kế") value of `p` covers: January through the last month of `p`.
 * 2026-10 → 2026-01 … 2026-10; 2026-Q3 → 2026-01 … 2026-09; a year → its twelve months.
 */
export function yearToDateMonths(p: Period): MonthPeriod[] {
  return periodRange(monthPeriod(p.year, 1), monthPeriod(p.year, lastMonth(p)));
}

function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const match = ISO_DATE_PATTERN.exec(date);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): '${date}'`);
  }
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids the host time zone.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

// ---------------------------------------------------------------------------------------------------
// Labels

export interface FormatPeriodOptions {
  /**
   * Label the value accumulated from January to the end of the period ("lũy kế"): "10 tháng năm 2026",
   * "Jan–Oct 2026". A January or first-quarter value is the same with or without it.
   */
  readonly cumulative?: boolean;
  /**
   * Compact form for axes and narrow cells: "T10/2026", "Q3/2026"; a cumulative value "10 tháng/2026", never
   * "10T/2026", which differs from the month "T10/2026" only by the order of its letters.
   */
  readonly short?: boolean;
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Three-letter English month abbreviations, fixed here rather than taken from `Intl` because en-GB data
 * writes September "Sept" in recent ICU versions and not in older ones; a label must not depend on
 * the browser. Shared with date formatting so axes and dates agree.
 */
export const EN_MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * The label of `p` as a reader sees it.
 *
 * Vietnamese follows the statistics office's report titles: "Tháng 10/2026", "Quý III/2026" (Roman
 * quarters), "6 tháng đầu năm 2026" / "6 tháng cuối năm 2026", "Năm 2026"; short "T10/2026", "Q3/2026",
 * "6T/2026" / "6T cuối/2026", "2026". Cumulative values are named by the months
 * they cover: "9 tháng năm 2026", "6 tháng đầu năm 2026" (the half-year has its own name), and a
 * cumulative December or fourth quarter is the whole year, "Năm 2026"; short "9 tháng/2026", "6 tháng/2026",
 * "2026" (the statistics office's "9T/2026" is one transposed letter away from the month "T9/2026").
 *
 * English: "October 2026", "Q3 2026", "H1 2026", "2026"; short "Oct 2026"; cumulative "Jan–Oct 2026" (en dash),
 * the full year "2026".
 */
export function formatPeriod(p: Period, locale: Locale, options: FormatPeriodOptions = {}): string {
  const short = options.short ?? false;
  let shown: Period = p;
  if (options.cumulative) {
    const months = lastMonth(p);
    if (months === 12) {
      shown = yearPeriod(p.year);
    } else if (firstMonth(p) > 1) {
      return locale === 'vi' ? cumulativeVi(p.year, months, short) : cumulativeEn(p.year, months);
    }
    // Otherwise p starts in January (January, Q1): accumulating adds nothing, so it keeps its name.
  }
  return locale === 'vi' ? plainVi(shown, short) : plainEn(shown, short);
}

function plainVi(p: Period, short: boolean): string {
  switch (p.frequency) {
    case 'month':
      return short ? `T${p.month}/${p.year}` : `Tháng ${p.month}/${p.year}`;
    case 'quarter':
      return short
        ? `Q${p.quarter}/${p.year}`
        : `Quý ${ROMAN_QUARTERS[p.quarter - 1] ?? p.quarter}/${p.year}`;
    case 'half':
      // The statistics office's titles: "6 tháng đầu năm", "6 tháng cuối năm".
      return short
        ? `6T${p.half === 1 ? '' : ' cuối'}/${p.year}`
        : `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'year':
      return short ? String(p.year) : `Năm ${p.year}`;
  }
}

function plainEn(p: Period, short: boolean): string {
  switch (p.frequency) {
    case 'month':
      return `${(short ? EN_MONTHS_SHORT : EN_MONTHS)[p.month - 1] ?? p.month} ${p.year}`;
    case 'quarter':
      return `Q${p.quarter} ${p.year}`;
    case 'half':
      return `H${p.half} ${p.year}`;
    case 'year':
      return String(p.year);
  }
}

/** January through `months` (2–11) of `year`. */
function cumulativeVi(year: number, months: number, short: boolean): string {
  if (short) return `${months} tháng/${year}`;
  return months === 6 ? `6 tháng đầu năm ${year}` : `${months} tháng năm ${year}`;
}

function cumulativeEn(year: number, months: number): string {
  return `Jan–${EN_MONTHS_SHORT[months - 1] ?? months} ${year}`;
}

/**
 * A span of periods, "Tháng 1/2022 – Tháng 10/2026", "January 2022 – October 2026": both labels in full
 * with a spaced en dash, since either end may carry words. A span of one period is its label alone.
 */
export function formatPeriodRange(from: Period, to: Period, locale: Locale): string {
  if (equalPeriods(from, to)) return formatPeriod(from, locale);
  return `${formatPeriod(from, locale)} – ${formatPeriod(to, locale)}`;
}

/**
 * The first period of `frequency` that covers `first` (a month, or any period): the feed's first month
 * 2022-01 starts the quarters at 2022-Q1 and the years at 2022. The period pickers and trends start here.
 */
export function firstPeriodOf(frequency: Frequency, first: Period): Period {
  const month = firstMonth(first);
  if (frequency === 'month') return monthPeriod(first.year, month);
  if (frequency === 'quarter') return quarterPeriod(first.year, Math.ceil(month / 3));
  if (frequency === 'half') return halfPeriod(first.year, month <= 6 ? 1 : 2);
  return yearPeriod(first.year);
}

/**
 * The first period of the recent trend ({@link RECENT_PERIODS}) that ends at `period`; never before the
 * period of the same frequency that covers `first` (the feed's first period), when one is given.
 */
export function recentFrom(period: Period, first?: Period): Period {
  const wanted = addPeriods(period, 1 - RECENT_PERIODS[period.frequency]);
  if (!first) return wanted;
  const floor = firstPeriodOf(period.frequency, first);
  return comparePeriods(wanted, floor) < 0 ? floor : wanted;
}

/**
 * Every period of `frequency` from the one covering `first` to `last` (a single period when `last` comes
 * first): what a period picker over the feed's range offers.
 */
export function periodsFrom(first: Period, last: Period): Period[] {
  const start = firstPeriodOf(last.frequency, first);
  return comparePeriods(start, last) <= 0 ? periodRange(start, last) : [last];
}
