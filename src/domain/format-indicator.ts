/**
 * Writing an indicator's figures the way a Vietnamese report does: value with its unit ("67,3% kế
 * hoạch", "2,65 triệu tỷ đồng", "12.847,6 nghìn tỷ đồng", "87,45 điểm"), changes in the unit that fits the
 * figure (percentage points for rates, per cent for amounts, points for scores), and the period a figure
 * covers ("10 tháng năm 2026", "Quý III/2026 (lũy kế từ 2022)").
 */
import {
  amountParts,
  formatAmount,
  formatNumber,
  formatPercentagePoints,
  formatSigned,
  MINUS,
} from './format.ts';
import { accumulationOf, type DisplayScale, type Indicator } from './indicators.ts';
import { roundTo, type Change } from './observation.ts';
import { formatPeriod, type Period } from './period.ts';
import type { Locale } from './units.ts';

export interface FormattedValue {
  /** The number alone, for large type: "2,65". */
  readonly number: string;
  /** What follows it: "triệu tỷ đồng", "% kế hoạch", "điểm". */
  readonly unit: string;
  /** Both together as read aloud: "2,65 triệu tỷ đồng", "8,02%". */
  readonly text: string;
}

type FormatSubject = Pick<Indicator, 'unit' | 'decimals'> & Partial<Pick<Indicator, 'display'>>;

/**
 * `value` (in the indicator's unit) with its unit as a report writes it:
 * - with a display scale in the catalog, always in that scale and its decimals: GDP "12.847,6 nghìn tỷ
 *   đồng", population "102,35 triệu người";
 * - an amount otherwise in the largest scale at which it is at least 1, but in its own unit with the
 *   indicator's decimals while it is under a thousand of them: "521,7 tỷ đồng" (not "522"), and above that
 *   "2,65 triệu tỷ đồng", "38,42 tỷ USD";
 * - rates with the sign on the number ("8,02%", "67,3% kế hoạch"); counts and scores with their decimals.
 */
export function formatIndicatorValue(
  indicator: FormatSubject,
  value: number,
  locale: Locale,
): FormattedValue {
  const { unit } = indicator;
  if (indicator.display && (unit.kind === 'amount' || unit.kind === 'count')) {
    return inDisplayScale(unit, indicator.display, value, locale);
  }
  switch (unit.kind) {
    case 'amount': {
      const base = value * unit.multiplier;
      const currency = unit.currency ?? 'VND';
      const own = Math.abs(roundTo(value, indicator.decimals));
      if (own >= 1 && own < 1000) {
        // The sign, currency and words of one unit of the indicator's own scale, with its own decimals.
        const one = amountParts(Math.sign(value) * unit.multiplier, currency, locale);
        const number = `${one.prefix}${formatNumber(own, locale, indicator.decimals)}`;
        return { number, unit: one.scaleLabel, text: `${number} ${one.scaleLabel}` };
      }
      const parts = amountParts(base, currency, locale);
      // The prefix carries the sign and, in English, the currency ("−US$2.5 billion").
      return {
        number: `${parts.prefix}${parts.mantissa}`,
        unit: parts.scaleLabel,
        text: formatAmount(base, currency, locale),
      };
    }
    case 'percent':
    case 'growth': {
      const number = formatNumber(value, locale, indicator.decimals);
      const label = unit.label[locale];
      // "%" sticks to the number ("8,02%"); "% kế hoạch" keeps its words after it.
      return { number, unit: label, text: `${number}${label}` };
    }
    case 'count':
    case 'score': {
      const number = formatNumber(value, locale, indicator.decimals);
      const label = unit.label[locale];
      return { number, unit: label, text: `${number} ${label}` };
    }
  }
}

/** A value in the catalog's display scale; money keeps the English currency prefix ("VND 12,847.6 trillion"). */
function inDisplayScale(
  unit: Indicator['unit'],
  display: DisplayScale,
  value: number,
  locale: Locale,
): FormattedValue {
  const scaled = roundTo((value * unit.multiplier) / display.factor, display.decimals);
  const magnitude = formatNumber(Math.abs(scaled), locale, display.decimals);
  const sign = scaled < 0 ? MINUS : '';
  const currency =
    unit.kind === 'amount' && locale === 'en' ? (unit.currency === 'USD' ? 'US$' : 'VND ') : '';
  const number = `${sign}${currency}${magnitude}`;
  const label = display.label[locale];
  return { number, unit: label, text: `${number} ${label}` };
}

/**
 * The period a figure of `indicator` covers, as a report titles it:
 * - year-to-date figures (and stocks of what began since January) by the months they cover: "10 tháng
 *   năm 2026", "Jan–Oct 2026";
 * - running totals since a plan began by the period and the start: "Quý III/2026 (lũy kế từ 2022)",
 *   "Q3 2026 (cumulative since 2022)";
 * - flows, rates and stocks by the period itself: "Tháng 10/2026", "Quý III/2026".
 */
export function formatIndicatorPeriod(
  indicator: Pick<Indicator, 'cumulative' | 'accumulation'>,
  period: Period,
  locale: Locale,
  { short = false }: { short?: boolean } = {},
): string {
  const accumulation = accumulationOf(indicator);
  // `cumulative` also covers a stock of what began since January (tasks of the year overdue at its end).
  const label = formatPeriod(period, locale, { cumulative: indicator.cumulative, short });
  if (accumulation.kind !== 'since' || short) return label;
  return locale === 'vi'
    ? `${label} (lũy kế từ ${accumulation.from})`
    : `${label} (cumulative since ${accumulation.from})`;
}

/**
 * The change as shown beside a value: "+3,4 điểm %", "+29,9%", "−1,25 điểm". Unsigned ("3,4 điểm %") where
 * a word already says the direction ("tăng 3,4 điểm % so với cùng kỳ").
 */
export function formatIndicatorChange(
  indicator: FormatSubject,
  change: Change,
  locale: Locale,
  { signed = true }: { signed?: boolean } = {},
): string {
  const value = signed ? change.value : Math.abs(change.value);
  const number = (decimals: number) =>
    signed ? formatSigned(value, locale, decimals) : formatNumber(value, locale, decimals);
  if (change.kind === 'relative') return `${number(1)}%`;
  if (indicator.unit.kind === 'score') return `${number(indicator.decimals)} ${indicator.unit.label[locale]}`;
  return formatPercentagePoints(value, locale, indicator.decimals, { signed });
}

/**
 * `value` as a cell of a column of figures: in the indicator's own unit with exactly its decimals, so a
 * column reads in one precision and one scale ("81.770 tỷ đồng", "70.100 tỷ đồng", "684.000 tỷ đồng", as
 * the statistics tables write it), never "81,77 / 70,1 / 684 nghìn tỷ đồng" with the scale and the decimals
 * changing from row to row. Rates, counts, scores and a catalog's fixed display scale (GDP "12.847,6 nghìn
 * tỷ đồng") already keep one precision: they read as {@link formatIndicatorValue} writes them.
 */
export function formatIndicatorCell(indicator: FormatSubject, value: number, locale: Locale): string {
  if (indicator.unit.kind !== 'amount' || indicator.display) {
    return formatIndicatorValue(indicator, value, locale).text;
  }
  return `${formatNumber(value, locale, indicator.decimals)} ${indicator.unit.label[locale]}`;
}
