/**
 * The CSV files a panel offers: figures rounded as the screen shows them (the default) or the raw values
 * of the feed and of the era conversion, each either comma-separated with a decimal point or
 * semicolon-separated with a decimal comma for Excel set to Vietnamese. Pure.
 */
import { roundTo } from '../../domain/observation.ts';
import type { CsvDialect } from './to-csv.ts';

export interface CsvVariant {
  readonly dialect: CsvDialect;
  /** True: the values as the feed sent them and the conversion computed them, unrounded. */
  readonly raw: boolean;
}

/** Every variant, the default first, in the order the export menu lists them. */
export const CSV_VARIANTS: readonly CsvVariant[] = [
  { dialect: 'comma', raw: false },
  { dialect: 'semicolon', raw: false },
  { dialect: 'comma', raw: true },
  { dialect: 'semicolon', raw: true },
];

/** What "Tải CSV" downloads: comma-separated, rounded to the indicator's decimals. */
export const DEFAULT_CSV_VARIANT: CsvVariant = { dialect: 'comma', raw: false };

/** The menu key of a variant: 'comma-rounded', 'semicolon-raw', … */
export function csvVariantId(variant: CsvVariant): `${CsvDialect}-${'raw' | 'rounded'}` {
  return `${variant.dialect}-${variant.raw ? 'raw' : 'rounded'}`;
}

/**
 * A number as a CSV of `variant` holds it: rounded to `decimals` with the domain's one rounding rule (so
 * the file reads like the screen: a merged unit's 3.236749306123544 becomes 3.24 at two decimals), or
 * unchanged for the raw variant. Null (missing) stays null, never zero.
 */
export function exportNumber(value: number | null, decimals: number, variant: CsvVariant): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return variant.raw ? value : roundTo(value, decimals);
}

/**
 * File-name parts that tell the variants apart, so two downloads of one view do not overwrite each other:
 * none for the default, "excel-vi" for semicolons, "so-lieu-goc" for raw values.
 */
export function csvVariantNameParts(variant: CsvVariant): string[] {
  return [...(variant.dialect === 'semicolon' ? ['excel-vi'] : []), ...(variant.raw ? ['so-lieu-goc'] : [])];
}
