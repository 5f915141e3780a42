/**
 * Writing an indicator's figures the way a Vietnamese report does: value with its unit ("67,3% kế
 * hoạch", "2,65 triệu tỷ đồng", "87,45 điểm") and changes in the unit that fits the figure (percentage
 * points for rates, per cent for amounts, points for scores).
 */
import { amountParts, formatAmount, formatNumber, formatPercentagePoints, formatSigned } from './format.ts';
import type { Indicator } from './indicators.ts';
import type { Change } from './observation.ts';
import type { Locale } from './units.ts';

export interface FormattedValue {
  /** The number alone, for large type: "2,65". */
  readonly number: string;
  /** What follows it: "triệu tỷ đồng", "% kế hoạch", "điểm". */
  readonly unit: string;
  /** Both together as read aloud: "2,65 triệu tỷ đồng", "8,02%". */
  readonly text: string;
}

type FormatSubject = Pick<Indicator, 'unit' | 'decimals'>;

export function formatIndicatorValue(
  indicator: FormatSubject,
  value: number,
  locale: Locale,
): FormattedValue {
  const { unit } = indicator;
  switch (unit.kind) {
    case 'amount': {
      const base = value * unit.multiplier;
      const currency = unit.currency ?? 'VND';
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

/**
 * The change as shown beside a value: "+3,4 đpt", "+29,9%", "−1,25 điểm". Unsigned ("3,4 đpt") where a
 * word already says the direction ("tăng 3,4 đpt so với cùng kỳ").
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
 * changing from row to row. Rates, counts and scores read as {@link formatIndicatorValue} writes them.
 */
export function formatIndicatorCell(indicator: FormatSubject, value: number, locale: Locale): string {
  if (indicator.unit.kind !== 'amount') return formatIndicatorValue(indicator, value, locale).text;
  return `${formatNumber(value, locale, indicator.decimals)} ${indicator.unit.label[locale]}`;
}
