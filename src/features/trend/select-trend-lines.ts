/**
 * The lines of a trend chart, per period: the nation as published; a unit of the chosen era, re-aggregated
 * from its former units for the periods the 63 reported (by the indicator's rule); a region's average by
 * the same rule; the same period last year and the plan as references. Pure: series in, lines out.
 */
import type { SeriesSet, UnitSeries } from '../../api/series/to-domain.ts';
import type { TrendSeries } from '../../charts/trend/types.ts';
import {
  aggregateFigures,
  figuresForEra,
  type ReportedObservations,
  type RuleInputs,
} from '../../domain/era-figures.ts';
import { accumulationOf, coverageLabelKey, type Indicator } from '../../domain/indicators.ts';
import type { Observation, ObservationStatus } from '../../domain/observation.ts';
import {
  PERIODS_PER_YEAR,
  periodEnd,
  periodStart,
  type Frequency,
  type Period,
} from '../../domain/period.ts';
import {
  provinceEraAt,
  unitNameAt,
  unitRegionAt,
  type AdminUnit,
  type Locale,
  type ProvinceEraId,
  type RegionId,
} from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { TrendMode } from '../board/index.ts';

/** The series a line needs: the indicator's own and, for re-aggregation, components or weights. */
export interface LineSources {
  readonly main: SeriesSet;
  readonly numerator?: SeriesSet;
  readonly denominator?: SeriesSet;
  /** Weights aligned with `main.periods` (already mapped from the weight indicator's own periods). */
  readonly weight?: SeriesSet;
}

export type { TrendMode };

/**
 * Period values can be accumulated, or cumulative ones taken apart, only for additive figures; never for a
 * stock (tasks overdue, procedures in scope), which would be differenced into negative "flows". A running
 * total since a plan began can be taken apart at any frequency; one from January not across years.
 */
export function canSwitchMode(indicator: Indicator, frequency: Frequency): boolean {
  const accumulation = accumulationOf(indicator);
  return (
    accumulation.kind !== 'stock' &&
    (frequency !== 'year' || accumulation.kind === 'since') &&
    indicator.aggregation.kind === 'sum' &&
    (indicator.unit.kind === 'amount' || indicator.unit.kind === 'count')
  );
}

/** The mode the indicator is published in: cumulative for running totals, from January or a plan's start. */
export function nativeMode(indicator: Indicator): TrendMode {
  const kind = accumulationOf(indicator).kind;
  return kind === 'year-to-date' || kind === 'since' ? 'cumulative' : 'period';
}

/** What "cumulative" means for `indicator`: from January, or since its plan began (never restarting). */
export function cumulativeBasis(indicator: Indicator): 'year' | 'start' {
  return accumulationOf(indicator).kind === 'since' ? 'start' : 'year';
}

function observationsAt(
  sets: readonly UnitSeries[],
  index: number,
  era: ProvinceEraId,
): ReportedObservations['byCode'] {
  const byCode = new Map<string, Observation>();
  for (const line of sets) {
    if (line.era !== era) continue;
    const value = line.values[index] ?? null;
    const status = line.statuses[index] ?? 'missing';
    byCode.set(line.code, {
      value: status === 'missing' ? null : value,
      status,
      previousYear: null,
      target: null,
    });
  }
  return byCode;
}

function inputsAt(sources: LineSources, index: number, era: ProvinceEraId): RuleInputs {
  const at = (set: SeriesSet | undefined) =>
    set ? { era, byCode: observationsAt(set.units, index, era) } : undefined;
  const numerator = at(sources.numerator);
  const denominator = at(sources.denominator);
  const weight = at(sources.weight);
  return {
    ...(numerator ? { numerator } : {}),
    ...(denominator ? { denominator } : {}),
    ...(weight ? { weight } : {}),
  };
}

/**
 * One unit's values on `era` over the periods of `sources.main`: its own where its era reported, else
 * converted (63 → 34 by rule; 34 → 63 only for unchanged units).
 */
export function unitLine(
  indicator: Indicator,
  sources: LineSources,
  era: ProvinceEraId,
  code: string,
  units34: readonly AdminUnit[],
): { values: (number | null)[]; statuses: ObservationStatus[] } {
  const values: (number | null)[] = [];
  const statuses: ObservationStatus[] = [];
  sources.main.periods.forEach((period, i) => {
    const reportedEra = provinceEraAt(periodEnd(period));
    const reported = { era: reportedEra, byCode: observationsAt(sources.main.units, i, reportedEra) };
    const figure = figuresForEra(
      era,
      indicator.aggregation,
      reported,
      units34,
      inputsAt(sources, i, reportedEra),
    ).byCode.get(code);
    const value = figure?.state === 'value' ? figure.value : null;
    values.push(value);
    statuses.push(value === null ? 'missing' : (figure?.status ?? 'missing'));
  });
  return { values, statuses };
}

/**
 * A region's average (by rule) per period, over the units of the 34 that belong to `region` on that
 * period's last day (`unitRegionAt`), or the former units they absorbed where the 63 reported. Null for
 * an indicator that cannot be combined.
 */
export function regionLine(
  indicator: Indicator,
  sources: LineSources,
  units34: readonly AdminUnit[],
  region: RegionId,
): { values: (number | null)[]; statuses: ObservationStatus[] } | null {
  if (indicator.aggregation.kind === 'none') return null;
  const values: (number | null)[] = [];
  const statuses: ObservationStatus[] = [];
  sources.main.periods.forEach((period, i) => {
    const end = periodEnd(period);
    const reportedEra = provinceEraAt(end);
    const members = units34.filter((u) => unitRegionAt(u, end) === region);
    const codes =
      reportedEra === '34' ? members.map((u) => u.code) : members.flatMap((u) => u.formerCodes ?? []);
    const reported = { era: reportedEra, byCode: observationsAt(sources.main.units, i, reportedEra) };
    const result = aggregateFigures(
      indicator.aggregation,
      codes,
      reported,
      inputsAt(sources, i, reportedEra),
    );
    values.push(result.kind === 'value' ? result.value : null);
    statuses.push(result.kind === 'value' ? result.status : 'missing');
  });
  return { values, statuses };
}

/**
 * Values in the other mode: cumulative → per period (each period minus the previous one) or per period →
 * cumulative (a running total). With `basis` 'year' (the default) totals run from January and restart each
 * year; with 'start' they run since a plan began and never restart, so a quarter's figure is what it added
 * (165 procedures simplified, not the 2,581 since 2022), and the first figure after the empty periods
 * before the plan is all it added so far. A gap breaks the chain. A running total since the
 * start that falls has been re-based (lists re-published after a merger): that period's own figure is
 * unknown, a gap, never a negative count.
 */
export function switchMode(
  periods: readonly Period[],
  values: readonly (number | null)[],
  from: TrendMode,
  to: TrendMode,
  basis: 'year' | 'start' = 'year',
): (number | null)[] {
  if (from === to) return [...values];
  const out: (number | null)[] = [];
  let running: number | null = 0;
  // Whether a value came before: a total since the start preceded only by empty periods is the start's own.
  let seen = false;
  periods.forEach((period, i) => {
    const value = values[i] ?? null;
    const previous = i > 0 ? periods[i - 1] : undefined;
    const january = periodStart(period).endsWith('-01-01');
    // A window that opens mid-year has no January to count from: unknown until the next January.
    const restart = basis === 'year' && (previous ? previous.year !== period.year : january);
    if (!previous && !restart) running = null;
    if (to === 'cumulative') {
      if (restart) running = 0;
      running = running === null || value === null ? null : running + value;
      out.push(running);
    } else if (!previous && !restart) {
      // The first period shown follows one not shown: what it added is unknown.
      out.push(null);
    } else {
      const before = restart || (basis === 'start' && !seen) ? 0 : (values[i - 1] ?? null);
      const added = value === null || before === null ? null : value - before;
      out.push(basis === 'start' && added !== null && added < 0 ? null : added);
    }
    if (value !== null) seen = true;
  });
  return out;
}

/**
 * Whether the "same period last year" line adds information on an axis of `periods`: only on a single
 * year's axis. On an axis of several years it repeats the national line a year later, and says nothing the
 * line itself does not.
 */
export function showsLastYear(periods: readonly Period[], frequency: Frequency): boolean {
  const first = periods[0];
  return frequency !== 'year' && first !== undefined && periods.every((p) => p.year === first.year);
}

/** The national line shifted by one year: the reference "same period last year". */
export function lastYearLine(frequency: Frequency, values: readonly (number | null)[]): (number | null)[] {
  const lag = PERIODS_PER_YEAR[frequency];
  return values.map((_, i) => (i >= lag ? (values[i - lag] ?? null) : null));
}

/** What the trend's lines are computed from: the national series, and the sources of the other lines. */
export interface TrendData {
  readonly national: SeriesSet;
  /** The series of the region and the compared units; null when only the nation is drawn. */
  readonly sources: LineSources | null;
  readonly units34: readonly AdminUnit[];
  readonly units63: readonly AdminUnit[];
}

/**
 * The chart's lines with their names, in drawing order: the nation; the region's average (when a region
 * is chosen and the rule allows it); each compared unit of `era`, named as at the last period; the same
 * period last year (only on a single year's axis, `showsLastYear`, and when it has a value there); the plan, in the
 * mode the indicator is published in only.
 * Values are in `mode`: as published, or switched between per period and from January.
 */
export function selectTrendSeries({
  data,
  indicator,
  era,
  region,
  regionName,
  compare,
  mode,
  frequency,
  t,
  locale,
}: {
  data: TrendData;
  indicator: Indicator;
  era: ProvinceEraId;
  region: RegionId | null;
  regionName: string | undefined;
  compare: readonly string[];
  mode: TrendMode;
  frequency: Frequency;
  t: Translate;
  locale: Locale;
}): TrendSeries[] {
  const periods = data.national.periods;
  const from = nativeMode(indicator);
  const inMode = (values: readonly (number | null)[]) =>
    switchMode(periods, values, from, mode, cumulativeBasis(indicator));
  const nation = inMode(data.national.national.values);
  const out: TrendSeries[] = [
    {
      id: 'nation',
      name: t(coverageLabelKey(data.national.coverage)),
      role: 'nation',
      values: nation,
      statuses: data.national.national.statuses,
    },
  ];
  if (data.sources && region && regionName) {
    const line = regionLine(indicator, data.sources, data.units34, region);
    if (line) {
      out.push({
        id: `region:${region}`,
        name: t('trend.regionAverage', { region: regionName }),
        role: 'region',
        values: inMode(line.values),
        statuses: line.statuses,
      });
    }
  }
  const latest = periods.at(-1);
  const units = era === '34' ? data.units34 : data.units63;
  for (const code of compare) {
    if (!data.sources) break;
    const unit = units.find((u) => u.code === code);
    const line = unitLine(indicator, data.sources, era, code, data.units34);
    out.push({
      id: `unit:${era}:${code}`,
      name: unit && latest ? unitNameAt(unit, periodEnd(latest), locale) : code,
      role: 'unit',
      values: inMode(line.values),
      statuses: line.statuses,
    });
  }
  const lastYear = lastYearLine(frequency, nation);
  if (showsLastYear(periods, frequency) && lastYear.some((v) => v !== null)) {
    out.push({ id: 'last-year', name: t('trend.lastYear'), role: 'last-year', values: lastYear });
  }
  const targets = data.national.national.targets;
  if (indicator.target && targets && mode === nativeMode(indicator)) {
    out.push({
      id: 'plan',
      name: t(`trend.${indicator.target}`),
      role: 'plan',
      values: targets,
    });
  }
  return out;
}
