/**
 * The lines of a trend of ministries: the ministries' total as the feed publishes it (a share such as the
 * overdue share of tasks, or a count), and each compared body of the current set. Before that set took
 * over (1 March 2025 for the 17), a compared body's line is its former bodies combined by the indicator's
 * rule: counts added, shares recomputed from their numerators and denominators, a score carried over only
 * from a body that simply continued; otherwise a gap, never a guess. Pure: series in, lines out.
 */
import type { SeriesSet, UnitSeries } from '../../api/series/to-domain.ts';
import type { TrendSeries } from '../../charts/trend/types.ts';
import { aggregate, type AggregationPart } from '../../domain/aggregate.ts';
import type { Indicator } from '../../domain/indicators.ts';
import type { ObservationStatus } from '../../domain/observation.ts';
import type { Frequency } from '../../domain/period.ts';
import type { Era, Ministry, MinistryEraId } from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { ministrySetOf } from '../agencies/index.ts';
import type { TrendMode } from '../board/index.ts';
import { lastYearLine, nativeMode, switchMode } from './select-trend-lines.ts';

/** The series a compared body's line needs: its own (with its former bodies), and a ratio's components. */
export interface MinistryLineSources {
  readonly main: SeriesSet;
  readonly numerator?: SeriesSet;
  readonly denominator?: SeriesSet;
}

function valueAt(
  set: SeriesSet | undefined,
  era: MinistryEraId,
  code: string,
  index: number,
): { value: number | null; status: ObservationStatus } {
  const line: UnitSeries | undefined = set?.units.find((u) => u.era === era && u.code === code);
  const status = line?.statuses[index] ?? 'missing';
  return { value: status === 'missing' ? null : (line?.values[index] ?? null), status };
}

/**
 * One body's values over `sources.main.periods`: its own where its set (`era`) reported the period;
 * where another set did, its `formerCodes` (of that set) combined by the indicator's rule.
 */
export function ministryLine(
  indicator: Indicator,
  sources: MinistryLineSources,
  era: MinistryEraId,
  body: Pick<Ministry, 'code' | 'formerCodes'>,
  eras: readonly Era[],
): { values: (number | null)[]; statuses: ObservationStatus[] } {
  const values: (number | null)[] = [];
  const statuses: ObservationStatus[] = [];
  const rule = indicator.aggregation;
  sources.main.periods.forEach((period, i) => {
    const reportedBy = ministrySetOf(eras, period)?.era ?? era;
    if (reportedBy === era) {
      const own = valueAt(sources.main, era, body.code, i);
      values.push(own.value);
      statuses.push(own.value === null ? 'missing' : own.status);
      return;
    }
    const formers = body.formerCodes ?? [];
    // A score cannot be combined, but a body that simply continued carries its own over.
    if (rule.kind === 'none') {
      const only = formers.length === 1 ? formers[0] : undefined;
      const carried = only === undefined ? null : valueAt(sources.main, reportedBy, only, i);
      values.push(carried?.value ?? null);
      statuses.push(carried?.value == null ? 'missing' : carried.status);
      return;
    }
    const parts: AggregationPart[] = formers.map((code) => {
      const own = valueAt(sources.main, reportedBy, code, i);
      return {
        code,
        value: own.value,
        status: own.status,
        ...(rule.kind === 'ratio'
          ? {
              numerator: valueAt(sources.numerator, reportedBy, code, i).value,
              denominator: valueAt(sources.denominator, reportedBy, code, i).value,
            }
          : {}),
      };
    });
    const result = aggregate(rule, parts);
    values.push(result.kind === 'value' ? result.value : null);
    statuses.push(result.kind === 'value' ? result.status : 'missing');
  });
  return { values, statuses };
}

/**
 * The chart's lines for ministries, in drawing order: the ministries' total ("Tổng các bộ, ngành"); each
 * compared body of `era`, named by its short form (a legend is narrow); the same period last year (not
 * for yearly figures); the plan, in the indicator's own mode only. Values in `mode`, as for provinces.
 */
export function selectMinistryTrendSeries({
  national,
  lines,
  indicator,
  era,
  bodies,
  compare,
  eras,
  mode,
  frequency,
  t,
  locale,
}: {
  national: SeriesSet;
  /** Sources of each compared body, by code. */
  lines: ReadonlyMap<string, MinistryLineSources>;
  indicator: Indicator;
  era: MinistryEraId;
  /** The bodies of `era`. */
  bodies: readonly Ministry[];
  compare: readonly string[];
  eras: readonly Era[];
  mode: TrendMode;
  frequency: Frequency;
  t: Translate;
  locale: 'vi' | 'en';
}): TrendSeries[] {
  const periods = national.periods;
  const inMode = (values: readonly (number | null)[]) =>
    switchMode(periods, values, nativeMode(indicator), mode);
  const total = inMode(national.national.values);
  const out: TrendSeries[] = [
    {
      id: 'nation',
      name: t('agencies.total'),
      role: 'nation',
      values: total,
      statuses: national.national.statuses,
    },
  ];
  for (const code of compare) {
    const body = bodies.find((b) => b.code === code);
    const sources = lines.get(code);
    if (!body || !sources) continue;
    const line = ministryLine(indicator, sources, era, body, eras);
    out.push({
      id: `unit:${era}:${code}`,
      name: (body.short ?? body.name)[locale],
      role: 'unit',
      values: inMode(line.values),
      statuses: line.statuses,
    });
  }
  if (frequency !== 'year') {
    out.push({
      id: 'last-year',
      name: t('trend.lastYear'),
      role: 'last-year',
      values: lastYearLine(frequency, total),
    });
  }
  const targets = national.national.targets;
  if (indicator.target && targets && mode === nativeMode(indicator)) {
    out.push({
      id: 'plan',
      name: t(indicator.target === 'estimate' ? 'trend.estimate' : 'trend.plan'),
      role: 'plan',
      values: targets,
    });
  }
  return out;
}
