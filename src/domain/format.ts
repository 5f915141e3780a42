/**
 * Numbers, amounts and dates as Vietnamese government reports write them: "1.234,5", "8,02%",
 * "2,65 triệu tỷ đồng", "05/02/2026", "14:30, 27/11/2026"; and their English equivalents. These run in
 * render loops over hundreds of cells, so every Intl formatter is built once per locale and options.
 *
 * Display rules shared by every function here:
 * - numbers are rounded by the domain's one rule ({@link roundTo}: half away from zero on the decimal
 *   digits), the rule ranking and map classes use, so equal text means equal rank and the same class;
 * - negatives carry the minus sign U+2212 "−", which lines up with "+" in tables (Intl writes "-");
 * - a value that rounds to zero never shows a sign ("0", not "-0");
 * - non-finite numbers throw RangeError: a missing figure is null upstream and has its own wording.
 */
import { EN_MONTHS_SHORT } from './period.ts';
import { roundTo } from './rounding.ts';
import type { Locale } from './units.ts';

/** U+2212 MINUS SIGN. */
export const MINUS = '\u2212';

const NUMBER_LOCALES: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(
  locale: Locale,
  decimals: number,
  signDisplay: 'negative' | 'exceptZero',
): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${signDisplay}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(NUMBER_LOCALES[locale], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay,
    });
    numberFormats.set(key, format);
  }
  return format;
}

function checkFinite(value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
}

function withMinus(text: string): string {
  return text.replace('-', MINUS);
}

/**
 * `value` with exactly `decimals` decimals and the locale's separators: 1234.5 → vi "1.234,5",
 * en "1,234.5". Rounds half away from zero. Negative zero and negatives that round to zero print
 * without a sign.
 * @throws RangeError for NaN and infinities, or `decimals` outside 0–20.
 */
export function formatNumber(value: number, locale: Locale, decimals = 0): string {
  checkFinite(value);
  // 'negative' drops the sign of -0 and of values such as -0.001 shown as 0.
  return withMinus(numberFormat(locale, decimals, 'negative').format(roundTo(value, decimals)));
}

/**
 * A value already in per cent: 8.02 → vi "8,02%", en "8.02%"; no space before the sign, as in
 * government reports.
 * @throws RangeError for non-finite values.
 */
export function formatPercent(value: number, locale: Locale, decimals: number): string {
  return `${formatNumber(value, locale, decimals)}%`;
}

/**
 * A change with its sign always shown: "+3,4", "−1,2" (U+2212). A value that rounds to zero at
 * `decimals` is neither up nor down and prints as a bare "0".
 * @throws RangeError for non-finite values.
 */
export function formatSigned(value: number, locale: Locale, decimals: number): string {
  checkFinite(value);
  const text = numberFormat(locale, decimals, 'exceptZero').format(roundTo(value, decimals));
  // 'exceptZero' leaves a value that rounds to zero unsigned, which is how we recognise one.
  if (!text.startsWith('+') && !text.startsWith('-')) return '0';
  return withMinus(text);
}

export interface PercentagePointsOptions {
  /** Always show the sign, as for a change: "+3,4 điểm %"; a change that rounds to zero is "0 điểm %". */
  readonly signed?: boolean;
  /** The unit in words, for prose and screen readers: "điểm phần trăm", "percentage points". */
  readonly long?: boolean;
}

/**
 * A difference between two percentages: vi "3,4 điểm %" (as the statistics office writes it in tables) /
 * "3,4 điểm phần trăm" where there is room, en "3.4 pp" / "3.4 percentage points" ("1 percentage point" in
 * the singular).
 * @throws RangeError for non-finite values.
 */
export function formatPercentagePoints(
  value: number,
  locale: Locale,
  decimals: number,
  options: PercentagePointsOptions = {},
): string {
  const number = options.signed
    ? formatSigned(value, locale, decimals)
    : formatNumber(value, locale, decimals);
  if (locale === 'vi') return `${number} ${options.long ? 'điểm phần trăm' : 'điểm %'}`;
  if (!options.long) return `${number} pp`;
  const singular = /^[+\u2212]?1$/.test(number);
  return `${number} ${singular ? 'percentage point' : 'percentage points'}`;
}

// ---------------------------------------------------------------------------------------------------
// Amounts

export type Currency = 'VND' | 'USD';

/** An amount split so a tile can style the number and the words apart. */
export interface AmountParts {
  /**
   * What is written before the number: the minus sign of a negative amount and, in English, the
   * currency ("US$", "VND ", "−US$"). Empty for a positive amount in Vietnamese.
   */
  readonly prefix: string;
  /** The number, unsigned, with the locale's separators: "2,65", "755", "2,650". */
  readonly mantissa: string;
  /** The scale and currency in words, "" when there is none: "triệu tỷ đồng", "tỷ USD", "trillion". */
  readonly scaleLabel: string;
}

interface Scale {
  readonly factor: number;
  readonly label: string;
}

const EN_SCALES: readonly Scale[] = [
  { factor: 1, label: '' },
  { factor: 1e3, label: 'thousand' },
  { factor: 1e6, label: 'million' },
  { factor: 1e9, label: 'billion' },
  { factor: 1e12, label: 'trillion' },
];

/**
 * Scales, smallest first. The largest of each list is kept for anything bigger ("1.234 tỷ USD",
 * "VND 2,650 trillion"): Vietnamese writes dollars in "tỷ USD" at most, and English has no common word
 * above trillion.
 */
const SCALES: Record<Locale, Record<Currency, readonly Scale[]>> = {
  vi: {
    VND: [
      { factor: 1, label: 'đồng' },
      { factor: 1e3, label: 'nghìn đồng' },
      { factor: 1e6, label: 'triệu đồng' },
      { factor: 1e9, label: 'tỷ đồng' },
      { factor: 1e12, label: 'nghìn tỷ đồng' },
      { factor: 1e15, label: 'triệu tỷ đồng' },
    ],
    USD: [
      { factor: 1, label: 'USD' },
      { factor: 1e3, label: 'nghìn USD' },
      { factor: 1e6, label: 'triệu USD' },
      { factor: 1e9, label: 'tỷ USD' },
    ],
  },
  // English names the currency before the number ("US$", "VND "), so the words are the scale alone.
  en: { VND: EN_SCALES, USD: EN_SCALES },
};

const EN_CURRENCY_PREFIX: Record<Currency, string> = { VND: 'VND ', USD: 'US$' };

/**
 * The parts of {@link formatAmount}: the largest scale at which the number is at least 1, printed with
 * 2 decimals below 100 and none from 100 up, trailing decimal zeros dropped. 2.65e15 đồng → "2,65" +
 * "triệu tỷ đồng"; 1.2e6 USD in English → "US$" + "1.2" + "million". When rounding reaches 1,000 the
 * next scale is used ("1 nghìn tỷ đồng", not "1.000 tỷ đồng").
 * @param baseValue in đồng or dollars, not in thousands or billions.
 * @throws RangeError for non-finite values.
 */
export function amountParts(baseValue: number, currency: Currency, locale: Locale): AmountParts {
  checkFinite(baseValue);
  const scales = SCALES[locale][currency];
  const magnitude = Math.abs(baseValue);
  let index = 0;
  while (index + 1 < scales.length && magnitude >= (scales[index + 1]?.factor ?? Infinity)) index++;

  let mantissa = roundedMantissa(magnitude, scales[index]?.factor ?? 1);
  const next = scales[index + 1];
  if (mantissa >= 1000 && next) {
    index++;
    mantissa = roundedMantissa(magnitude, next.factor);
  }
  const scale = scales[index];
  const decimals = mantissa >= 100 ? 0 : 2;
  // Printed from the rounded magnitude, so the sign shows only when a non-zero figure is printed.
  const sign = baseValue < 0 && mantissa !== 0 ? MINUS : '';
  const currencyPrefix = locale === 'en' ? EN_CURRENCY_PREFIX[currency] : '';
  return {
    prefix: sign + currencyPrefix,
    mantissa: dropTrailingZeros(formatNumber(mantissa, locale, decimals), locale),
    scaleLabel: scale?.label ?? '',
  };
}

/** The mantissa at `factor`, rounded the way it will be printed (2 decimals below 100, else none). */
function roundedMantissa(magnitude: number, factor: number): number {
  const raw = magnitude / factor;
  const twoDecimals = roundTo(raw, 2);
  return twoDecimals >= 100 ? roundTo(raw, 0) : twoDecimals;
}

function dropTrailingZeros(text: string, locale: Locale): string {
  const separator = locale === 'vi' ? ',' : '.';
  if (!text.includes(separator)) return text;
  return text.replace(/0+$/, '').replace(new RegExp(`\\${separator}$`), '');
}

/**
 * A money amount scaled to words, as officials write it: vi "2,65 triệu tỷ đồng", "755 nghìn tỷ đồng",
 * "514 tỷ USD", "27,62 tỷ USD"; en "VND 2,650 trillion", "US$514 billion", "US$1.2 million". Negative
 * amounts (a deficit, a trade balance) lead with "−": "−2,5 tỷ USD", "−US$2.5 billion".
 * See {@link amountParts} for the choice of scale and decimals.
 * @param baseValue in đồng or dollars.
 * @throws RangeError for non-finite values.
 */
export function formatAmount(baseValue: number, currency: Currency, locale: Locale): string {
  const parts = amountParts(baseValue, currency, locale);
  const number = parts.prefix + parts.mantissa;
  return parts.scaleLabel ? `${number} ${parts.scaleLabel}` : number;
}

// ---------------------------------------------------------------------------------------------------
// Counts, scores, ranks

/**
 * Things counted, rounded to a whole number with thousands separators: vi "9.831", en "9,831".
 * @throws RangeError for non-finite values.
 */
export function formatCount(value: number, locale: Locale): string {
  return formatNumber(value, locale, 0);
}

/**
 * A score such as the Decision 766 index, always with 2 decimals because provinces differ by
 * hundredths: vi "87,45", en "87.45".
 * @throws RangeError for non-finite values.
 */
export function formatScore(value: number, locale: Locale): string {
  return formatNumber(value, locale, 2);
}

/**
 * A place in a league table: vi "Hạng 3/34", en "Rank 3/34"; numbers above 999 get separators
 * ("Hạng 1.024/3.321" among communes).
 * @throws RangeError for non-finite values.
 */
export function formatRank(rank: number, total: number, locale: Locale): string {
  return `${locale === 'vi' ? 'Hạng' : 'Rank'} ${formatCount(rank, locale)}/${formatCount(total, locale)}`;
}

// ---------------------------------------------------------------------------------------------------
// Dates and times

/** Every date and time on the dashboard is read in Vietnam, whatever the viewer's clock says. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

interface DateTimeFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// An offset is required: without one, Date reads the string in the viewer's zone.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

let fieldsFormat: Intl.DateTimeFormat | undefined;

/** Calendar fields of an instant in Vietnam. Labels are then built by hand so no ICU version changes them. */
function fieldsInVietnam(instant: Date): DateTimeFields {
  fieldsFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    // 'h23', not hour12: false, which some engines render as "24:05" after midnight.
    hourCycle: 'h23',
  });
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0 };
  for (const part of fieldsFormat.formatToParts(instant)) {
    if (part.type in fields) fields[part.type as keyof DateTimeFields] = Number(part.value);
  }
  return fields;
}

/** Reads a calendar date exactly as written: an IsoDate names a day in Vietnam and must not shift. */
function parseCalendarDate(text: string): DateTimeFields | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: '${text}'`);
  }
  return { year, month, day, hour: 0, minute: 0 };
}

function toDate(instant: Date | string): Date {
  if (instant instanceof Date) {
    if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
    return instant;
  }
  // Vietnam has kept UTC+7 without daylight saving since 1975, so midnight there is a fixed offset.
  const text = parseCalendarDate(instant) ? `${instant}T00:00:00+07:00` : instant;
  // Date rolls '2026-02-30T…' over to 2 March; the calendar part must be a real day.
  const parsed = ISO_DATE_TIME.test(text) && parseCalendarDate(text.slice(0, 10)) ? new Date(text) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    throw new RangeError(`Expected YYYY-MM-DD or an ISO date-time with an offset, got '${instant}'`);
  }
  return parsed;
}

function fieldsOf(instant: Date | string): DateTimeFields {
  if (typeof instant === 'string') {
    const date = parseCalendarDate(instant);
    if (date) return date;
  }
  return fieldsInVietnam(toDate(instant));
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function dateLabel(fields: DateTimeFields, locale: Locale): string {
  if (locale === 'vi') return `${pad2(fields.day)}/${pad2(fields.month)}/${fields.year}`;
  return `${fields.day} ${EN_MONTHS_SHORT[fields.month - 1] ?? fields.month} ${fields.year}`;
}

/**
 * The calendar date of `instant` in Vietnam: vi "05/02/2026" (always two-digit day and month), en
 * "5 Feb 2026". A string may be an IsoDate ('2026-02-05', printed as that date, never shifted) or an
 * ISO date-time with an offset ('2026-02-04T18:00:00Z' is already 5 February in Hanoi).
 * @throws RangeError for an invalid Date, an impossible date, or a date-time without an offset.
 */
export function formatDate(instant: Date | string, locale: Locale): string {
  return dateLabel(fieldsOf(instant), locale);
}

/**
 * Time and date in Vietnam, 24-hour, time first as in "Cập nhật lúc 14:30, 27/11/2026":
 * vi "14:30, 27/11/2026", en "14:30, 27 Nov 2026". An IsoDate is midnight at the start of that day.
 * @throws RangeError as {@link formatDate}.
 */
export function formatDateTime(instant: Date | string, locale: Locale): string {
  const fields = fieldsOf(instant);
  return `${pad2(fields.hour)}:${pad2(fields.minute)}, ${dateLabel(fields, locale)}`;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: Locale, numeric: 'always' | 'auto'): Intl.RelativeTimeFormat {
  const key = `${locale}|${numeric}`;
  let format = relativeFormats.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(NUMBER_LOCALES[locale], { numeric });
    relativeFormats.set(key, format);
  }
  return format;
}

const UNITS: readonly { readonly unit: Intl.RelativeTimeFormatUnit; readonly seconds: number }[] = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
];

/**
 * How long ago `instant` was at `now`: vi "5 phút trước", en "5 minutes ago", in the largest of
 * seconds, minutes, hours and days that is at least one. Counts whole units, as a clock does: 5 min
 * 59 s is still "5 phút trước". Under a second is "bây giờ" / "now"; an instant after `now` (clock skew)
 * reads forward: "sau 3 giờ nữa" / "in 3 hours". Strings are read as by {@link formatDate}.
 * @throws RangeError as {@link formatDate}.
 */
export function formatRelativeTime(instant: Date | string, now: Date | string, locale: Locale): string {
  const elapsed = (toDate(now).getTime() - toDate(instant).getTime()) / 1000;
  const magnitude = Math.abs(elapsed);
  for (const { unit, seconds } of UNITS) {
    if (magnitude >= seconds) {
      const count = Math.floor(magnitude / seconds);
      return relativeFormat(locale, 'always').format(elapsed > 0 ? -count : count, unit);
    }
  }
  return relativeFormat(locale, 'auto').format(0, 'second');
}
