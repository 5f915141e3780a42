/**
 * The profile resource (`GET /profile?era&unit[&scope=ministry]`): one unit's latest figure of every
 * indicator of its scope, ranked among the units of its era (a province among the 34 or the 63, a
 * ministry among the 17 or the 22), with a sparkline, in one answer instead of a hundred. It is
 * assembled from the data set's own observations and series with the domain's rules (conversion between
 * eras for provinces, competition ranking, change on last year, share of plan), so it says exactly what a
 * board built from those endpoints says.
 */
import type { ObservationsResponse } from '../../src/api/observations/schema.ts';
import type { ProfileResponse } from '../../src/api/profile/schema.ts';
import {
  asReported,
  figuresForEra,
  lastPeriodOfEra,
  planConversion,
  rankEraFigures,
  type EraFigures,
  type ReportedObservations,
} from '../../src/domain/era-figures.ts';
import type { Indicator } from '../../src/domain/indicators.ts';
import { computeChange, shareOfTarget } from '../../src/domain/observation.ts';
import { rankChanges } from '../../src/domain/rank.ts';
import {
  parsePeriod,
  periodEnd,
  periodKey,
  previousPeriod,
  recentFrom,
  type Frequency,
  type Period,
} from '../../src/domain/period.ts';
import {
  ministryEraAt,
  type AdminUnit,
  type MinistryEraId,
  type ProvinceEraId,
} from '../../src/domain/units.ts';
import type { Dataset, DatasetResult, EndpointQuery } from './dataset.ts';

function reportedOf(body: ObservationsResponse): ReportedObservations {
  return {
    era: body.era,
    byCode: new Map(body.rows.map(({ code, ...observation }) => [code, observation])),
  };
}

/** The unit's profile, or a 404 problem for a code that is not a unit of the era. */
export function profileOf(dataset: Dataset, query: EndpointQuery<'profile'>): DatasetResult<ProfileResponse> {
  // The query schema has checked that the era belongs to the scope.
  if (query.scope === 'ministry') return ministryProfile(dataset, query.era as MinistryEraId, query.unit);
  return provinceProfile(dataset, query.era as ProvinceEraId, query.unit);
}

type ProfileRow = ProfileResponse['rows'][number];

/** One indicator's row for `code`, from its figures at the period and the period before. */
function profileRow(
  indicator: Indicator,
  period: Period,
  code: string,
  current: EraFigures,
  previous: EraFigures | null,
  spark: { from: Period; values: readonly (number | null)[] },
): ProfileRow {
  const ranking = rankEraFigures(indicator, current);
  const changes = previous
    ? rankChanges(ranking, rankEraFigures(indicator, previous))
    : new Map<string, number | null>();
  const ranked = ranking.ranked.find((e) => e.code === code);
  const unranked = ranking.unranked.find((e) => e.code === code)?.reason;
  const figure = current.byCode.get(code);
  const value = figure?.state === 'value' ? figure.value : null;
  return {
    indicatorId: indicator.id,
    period: periodKey(period),
    state: figure?.state ?? 'missing',
    value,
    status: figure?.status ?? 'missing',
    ...(figure?.missingReason ? { missingReason: figure.missingReason } : {}),
    previousYear: figure?.previousYear ?? null,
    target: figure?.target ?? null,
    converted: figure?.converted ?? false,
    change: computeChange(indicator, value, figure?.previousYear ?? null)?.value ?? null,
    targetShare: shareOfTarget(indicator, { value, target: figure?.target ?? null }),
    rank: ranked?.rank ?? null,
    tied: ranked?.tied ?? false,
    rankedUnits: ranking.total,
    rankChange: changes.get(code) ?? null,
    // A unit the feed did not mention at all is listed as missing, as on the boards.
    ...(unranked ? { unranked } : figure ? {} : { unranked: 'missing' as const }),
    spark: { from: periodKey(spark.from), to: periodKey(period), values: [...spark.values] },
  };
}

/**
 * A ministry's profile: every ministry indicator at the last period its set reported (the latest for
 * the 17; for the 22, the last that ended before the 17 took over), ranked among the set as reported.
 * The change of rank is left out where the previous period was reported by the other set.
 */
function ministryProfile(dataset: Dataset, era: MinistryEraId, code: string): DatasetResult<ProfileResponse> {
  if (!dataset.ministries(era).ministries.some((m) => m.code === code)) {
    return {
      ok: false,
      problem: { status: 404, parameter: 'unit', detail: `unit=${code}: no such ministry in era ${era}` },
    };
  }
  const metadata = dataset.metadata();
  const catalog = dataset.indicators().indicators as readonly Indicator[];
  const first = parsePeriod(metadata.firstPeriod);
  const figuresAt = (indicator: Indicator, period: Period): EraFigures | null => {
    if (ministryEraAt(periodEnd(period)) !== era) return null;
    const result = dataset.observations({
      indicator: indicator.id,
      period: periodKey(period),
      scope: 'ministry',
    });
    return result.ok ? asReported(era, reportedOf(result.body)) : null;
  };
  const rows: ProfileRow[] = [];
  for (const indicator of catalog) {
    if (!indicator.scopes.includes('ministry')) continue;
    let period = parsePeriod(metadata.latest[indicator.frequencies[0] ?? 'month']);
    while (period && ministryEraAt(periodEnd(period)) !== era) period = previousPeriod(period);
    if (!period) continue;
    const current = figuresAt(indicator, period);
    if (!current) continue;
    const from = recentFrom(period, first ?? undefined);
    const series = dataset.series({
      indicator: indicator.id,
      frequency: period.frequency,
      from: periodKey(from),
      to: periodKey(period),
      scope: 'ministry',
      era,
      unit: code,
    });
    const line = series.ok ? series.body.units.find((u) => u.era === era && u.code === code) : undefined;
    rows.push(
      profileRow(indicator, period, code, current, figuresAt(indicator, previousPeriod(period)), {
        from,
        values: line?.values ?? [],
      }),
    );
  }
  return {
    ok: true,
    body: { scope: 'ministry', era, unit: code, updatedAt: metadata.updatedAt, rows },
  };
}

function provinceProfile(dataset: Dataset, era: ProvinceEraId, unit: string): DatasetResult<ProfileResponse> {
  const query = { era, unit };
  const units = dataset.units(era).units as readonly AdminUnit[];
  if (!units.some((u) => u.code === query.unit)) {
    return {
      ok: false,
      problem: {
        status: 404,
        parameter: 'unit',
        detail: `unit=${query.unit}: no such unit in era ${era}`,
      },
    };
  }
  const units34 = dataset.units('34').units as readonly AdminUnit[];
  const metadata = dataset.metadata();
  const catalog = dataset.indicators().indicators as readonly Indicator[];
  const first = parsePeriod(metadata.firstPeriod);
  const latestYear = parsePeriod(metadata.latest.year)?.year ?? 0;
  const latestOf = (frequency: Frequency): Period | null => parsePeriod(metadata.latest[frequency]);

  const observations = (id: string, period: Period): ObservationsResponse | null => {
    const result = dataset.observations({ indicator: id, period: periodKey(period), scope: 'province' });
    return result.ok ? result.body : null;
  };

  /** The indicator's figures for `period` on the map of `era`, converted as the boards convert them. */
  const figuresAt = (indicator: Indicator, period: Period): EraFigures | null => {
    const main = observations(indicator.id, period);
    if (!main) return null;
    const plan = planConversion(indicator, period, era, catalog, latestYear);
    const input = (id: string | undefined, at: Period) => {
      const body = id ? observations(id, at) : null;
      return body ? reportedOf(body) : undefined;
    };
    const numerator = input(plan.numerator, period);
    const denominator = input(plan.denominator, period);
    const weight = plan.weight ? input(plan.weight.id, plan.weight.period) : undefined;
    return figuresForEra(era, indicator.aggregation, reportedOf(main), units34, {
      ...(numerator ? { numerator } : {}),
      ...(denominator ? { denominator } : {}),
      ...(weight ? { weight } : {}),
    });
  };

  const rows: ProfileRow[] = [];
  for (const indicator of catalog) {
    if (!indicator.scopes.includes('province')) continue;
    const latest = latestOf(indicator.frequencies[0] ?? 'month');
    if (!latest) continue;
    const period = lastPeriodOfEra(latest, era);
    const current = figuresAt(indicator, period);
    if (!current) continue;
    // Before the first period the feed has nothing (404): no change of rank then.
    const previous = figuresAt(indicator, previousPeriod(period));
    const from = recentFrom(period, first ?? undefined);
    const series = dataset.series({
      indicator: indicator.id,
      frequency: period.frequency,
      from: periodKey(from),
      to: periodKey(period),
      scope: 'province',
      era,
      unit: query.unit,
    });
    const line = series.ok
      ? series.body.units.find((u) => u.era === era && u.code === query.unit)
      : undefined;
    rows.push(
      profileRow(indicator, period, query.unit, current, previous, { from, values: line?.values ?? [] }),
    );
  }
  return {
    ok: true,
    body: { scope: 'province', era, unit: query.unit, updatedAt: metadata.updatedAt, rows },
  };
}
