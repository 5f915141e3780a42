/**
 * The indicator catalog: what each figure is, how to read it and how units combine. The catalog is
 * data served by the feed; this module holds its type and the rules that depend on it.
 */
import { periodEnd, type Frequency, type Period } from './period.ts';
import type { ReleaseCalendar } from './release-calendar.ts';
import type { IsoDate, Locale, LocalizedText, Scope } from './units.ts';

/** The five boards: socio-economic, public service (Decision 766), internal procedures, tasks, reporting. */
export type IndicatorGroup =
  'socio-economic' | 'public-service' | 'internal-procedures' | 'tasks' | 'reporting';

export const INDICATOR_GROUPS: readonly IndicatorGroup[] = [
  'socio-economic',
  'public-service',
  'internal-procedures',
  'tasks',
  'reporting',
];

export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

/**
 * What a value measures, which decides how it is written and how it changes:
 * - `percent`: a share or a rate, written "8,02%"; changes in percentage points;
 * - `growth`: a rate of change already ("GRDP tăng 8,02%"); changes in percentage points;
 * - `amount`: money in `currency` times `multiplier`; changes in per cent;
 * - `count`: things counted (enterprises, tasks); changes in per cent;
 * - `score`: points out of `max` (the Decision 766 index); changes in points.
 */
export type ValueKind = 'percent' | 'growth' | 'amount' | 'count' | 'score';

export interface IndicatorUnit {
  readonly kind: ValueKind;
  /** How many base units one reported unit is: 1e9 for "tỷ đồng", 1e6 for "triệu USD". */
  readonly multiplier: number;
  readonly currency?: 'VND' | 'USD';
  /** The unit as written after a number ("%", "tỷ đồng", "doanh nghiệp", "điểm"). */
  readonly label: LocalizedText;
  /** The top of the scale for scores (100 for the 766 index). */
  readonly max?: number;
}

/**
 * How the values of several units combine into one (63 former units into one of the 34, units into
 * a region or the nation):
 * - `sum`: additive flows and stocks;
 * - `weighted-mean`: a rate averaged with weights from another indicator of the same period or,
 *   for an annual weight, of the latest year available (CPI by population, growth by GRDP);
 * - `ratio`: recomputed from the sums of a numerator and a denominator indicator, times `scale`;
 * - `none`: cannot be combined (a score computed from the dossiers themselves); the result is an explicit
 *   "not comparable", never a number.
 */
export type AggregationRule =
  | { readonly kind: 'sum' }
  | { readonly kind: 'weighted-mean'; readonly weightIndicatorId: string }
  | {
      readonly kind: 'ratio';
      readonly numeratorId: string;
      readonly denominatorId: string;
      readonly scale: number;
    }
  | { readonly kind: 'none' };

/**
 * What a target is: the annual plan ("kế hoạch", GRDP growth, disbursement), the budget estimate ("dự
 * toán", revenue) or a ceiling not to exceed (the National Assembly's CPI ceiling, "mức trần"). A ceiling is
 * set for the nation only; provinces do not get it as a plan of their own.
 */
export type TargetKind = 'plan' | 'estimate' | 'ceiling';

/**
 * How values build up over time, which decides how a period reads and how a trend may switch between
 * per-period and cumulative values:
 * - `period`: a flow or rate of the period itself (exports of October, CPI of October);
 * - `year-to-date`: a running total from January ("lũy kế từ đầu năm"), restarting every year (budget
 *   revenue); the catalog's `cumulative` flag says the same;
 * - `since`: a running total since a plan began, never restarting (internal procedures simplified since
 *   the 2022 plan, "lũy kế từ 2022"); `from` is the plan's first year;
 * - `stock`: a level at the period's end (tasks overdue, procedures in scope, the annual plan): it can
 *   fall, and is never differenced into per-period "flows" nor added up over periods.
 */
export type Accumulation =
  | { readonly kind: 'period' }
  | { readonly kind: 'year-to-date' }
  | { readonly kind: 'since'; readonly from: number }
  | { readonly kind: 'stock' };

/**
 * The scale an indicator is read in, as the statistics office writes it, when it is not the automatic one:
 * GDP in "nghìn tỷ đồng" with one decimal ("12.847,6 nghìn tỷ đồng"), population in "triệu người".
 */
export interface DisplayScale {
  /** Base units per displayed unit: 1e12 for "nghìn tỷ đồng", 1e6 for "triệu người". */
  readonly factor: number;
  /** What follows the number: "nghìn tỷ đồng"; in English the scale word alone ("trillion") for money. */
  readonly label: LocalizedText;
  readonly decimals: number;
}

/**
 * A publishing body and the last day figures are credited to it (`until`, inclusive); the last entry has
 * none. Only ends are recorded: when a body began matters less than when it was renamed.
 */
export interface SourceEntry {
  readonly value: LocalizedText;
  readonly until?: IsoDate;
}

/** How a province map colours the indicator: around a centre, for a figure that is neither good high nor low. */
export interface MapScale {
  readonly kind: 'diverging';
  /** The national value of the period, or the national target (the CPI ceiling). */
  readonly centre: 'national' | 'target';
}

export interface Indicator {
  readonly id: string;
  readonly name: LocalizedText;
  /** A short form for tiles and axes; falls back to `name`. */
  readonly shortName?: LocalizedText;
  readonly group: IndicatorGroup;
  readonly unit: IndicatorUnit;
  /** The frequencies the feed publishes, most frequent first. */
  readonly frequencies: readonly Frequency[];
  readonly polarity: Polarity;
  readonly aggregation: AggregationRule;
  readonly decimals: number;
  /** The body publishing the figures today; see {@link sourceAt} for a period's own. */
  readonly source: LocalizedText;
  /**
   * The publishing body over time, oldest first, as credited on a figure of that time: the statistics
   * office was "Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư)" until 28/02/2025. Absent: always `source`.
   */
  readonly sources?: readonly SourceEntry[];
  /** Values accumulate from January ("lũy kế"): October's value covers January–October. */
  readonly cumulative: boolean;
  /** How values build up; absent: year-to-date when `cumulative`, else per period. */
  readonly accumulation?: Accumulation;
  /** When each data stage (ước tính, sơ bộ, chính thức) of a period is published. */
  readonly releases?: ReleaseCalendar;
  /**
   * The name at national level where it differs: the provinces' "GRDP" is the nation's "GDP" ("Tốc độ
   * tăng tổng sản phẩm trong nước (GDP)", tile "Tăng trưởng GDP").
   */
  readonly nationalName?: LocalizedText;
  readonly nationalShortName?: LocalizedText;
  /** The name as it reads inside a sentence ("quy mô GRDP (giá hiện hành)"); absent: `name`. */
  readonly proseName?: LocalizedText;
  /** The scale values are read in, when not the automatic one (amounts) or the unit itself (counts). */
  readonly display?: DisplayScale;
  /** Colouring of the province map; absent: sequential by polarity. */
  readonly mapScale?: MapScale;
  /** The annual plan ("kế hoạch") or budget estimate ("dự toán") the value is read against, if any. */
  readonly target?: TargetKind;
  /** Who the indicator is published for besides the nation. */
  readonly scopes: readonly Scope[];
  /** Shown as a KPI tile on its group's board. */
  readonly headline: boolean;
}

/** Changes of percentages, growth rates and scores are differences; of amounts and counts, ratios. */
export function changeKind(unit: IndicatorUnit): 'difference' | 'relative' {
  return unit.kind === 'amount' || unit.kind === 'count' ? 'relative' : 'difference';
}

/** How values of `indicator` build up: its `accumulation`, or what `cumulative` implies. */
export function accumulationOf(indicator: Pick<Indicator, 'cumulative' | 'accumulation'>): Accumulation {
  return indicator.accumulation ?? { kind: indicator.cumulative ? 'year-to-date' : 'period' };
}

/**
 * The title of a figure at national level (`'nation'`: KPI tiles) or of a unit's (`'unit'`: map, ranking,
 * province page), short where a short form exists: "Tăng trưởng GDP" on the tile, "Tăng trưởng GRDP" on the
 * map.
 */
export function indicatorTitle(
  indicator: Pick<Indicator, 'name' | 'shortName' | 'nationalName' | 'nationalShortName'>,
  level: 'nation' | 'unit',
  locale: Locale,
  { short = true }: { short?: boolean } = {},
): string {
  if (level === 'nation') {
    const national = (short ? indicator.nationalShortName : undefined) ?? indicator.nationalName;
    if (national) return national[locale];
  }
  return ((short ? indicator.shortName : undefined) ?? indicator.name)[locale];
}

/**
 * The name inside a sentence, as in a map note ("quyền số là quy mô GRDP (giá hiện hành)"): the catalog's
 * `proseName`, else the name with its first letter lowered, unless that letter starts an abbreviation
 * ("GRDP", "CPI"), which keeps its capitals.
 */
export function nameInProse(indicator: Pick<Indicator, 'name' | 'proseName'>, locale: Locale): string {
  if (indicator.proseName) return indicator.proseName[locale];
  const name = indicator.name[locale];
  const second = name.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return name;
  return name.charAt(0).toLocaleLowerCase(locale) + name.slice(1);
}

/**
 * The body to credit for the figures of `period`: the one in force on the period's last day ("a figure of
 * 2023 credits the body of 2023"), or `source` when the catalog has no history or none covers the day.
 */
export function sourceAt(indicator: Pick<Indicator, 'source' | 'sources'>, period: Period): LocalizedText {
  return entryAt(indicator.sources ?? [], periodEnd(period))?.value ?? indicator.source;
}

function entryAt(history: readonly SourceEntry[], day: IsoDate): SourceEntry | undefined {
  // ISO dates compare correctly as strings.
  return history.find((s) => s.until === undefined || day <= s.until);
}

/**
 * The bodies to credit for figures from `from` to `to`, oldest first, each once: a trend from 2022 to 2026
 * credits both names of the statistics office.
 */
export function sourcesBetween(
  indicator: Pick<Indicator, 'source' | 'sources'>,
  from: Period,
  to: Period,
): LocalizedText[] {
  const history = indicator.sources ?? [];
  const first = entryAt(history, periodEnd(from));
  const last = entryAt(history, periodEnd(to));
  if (!first || !last) return [sourceAt(indicator, to)];
  return history.slice(history.indexOf(first), history.indexOf(last) + 1).map((s) => s.value);
}

/**
 * Who a national figure covers:
 * - `nation`: the whole country: for figures reported by both provinces and ministries (public investment,
 *   tasks, internal procedures, reports, dossiers) the central and local parts together, recomputed by the
 *   indicator's rule; for figures reported by provinces only, the provinces, which make up the country;
 * - `localities` / `ministries`: the reporting scope only ("Các địa phương", "Các bộ, ngành"): an index
 *   computed per agency (the Decision 766 scores) has no whole-country value.
 */
export type NationalCoverage = 'nation' | 'localities' | 'ministries';

/** The coverage of the national figure the feed gives with `scope`'s rows (see {@link NationalCoverage}). */
export function nationalCoverage(indicator: Pick<Indicator, 'aggregation'>, scope: Scope): NationalCoverage {
  if (indicator.aggregation.kind !== 'none') return 'nation';
  return scope === 'province' ? 'localities' : 'ministries';
}

/** The message key naming what a national figure covers: "Cả nước", "Các địa phương", "Các bộ, ngành". */
export function coverageLabelKey(
  coverage: NationalCoverage,
): 'coverage.nation' | 'coverage.localities' | 'coverage.ministries' {
  return `coverage.${coverage}`;
}

/**
 * Whether converting the 63 former units' figures to the 34 by `rule` can only approximate what the
 * statistics office would publish for the new unit: a weighted mean uses the weights the feed has (GRDP,
 * household consumption, industrial value added), not the price or output microdata, so the map says
 * "quy đổi gần đúng". Sums and ratios of sums are exact.
 */
export function conversionIsApproximate(rule: AggregationRule): boolean {
  return rule.kind === 'weighted-mean';
}
