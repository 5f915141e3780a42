/**
 * The synthetic feed: {@link createDataset} answers every endpoint of the contract (src/api/contract.ts)
 * from the latent model (./model.ts), reporting each period by the units of the era in force on its
 * last day, with statuses, targets, same-period-last-year figures and deterministic gaps.
 *
 * Responses are wire objects (`z.infer` of the response schemas); a request the feed cannot answer
 * returns a {@link FeedProblem} the handlers turn into an RFC 9457 problem document.
 */
import type * as z from 'zod/mini';
import type { ENDPOINTS } from '../../src/api/contract.ts';
import { indicatorsResponseSchema, type IndicatorsResponse } from '../../src/api/indicators/schema.ts';
import type { MetadataResponse } from '../../src/api/metadata/schema.ts';
import type { ObservationsResponse } from '../../src/api/observations/schema.ts';
import type { ReformResponse } from '../../src/api/reform/schema.ts';
import type { ReportingResponse } from '../../src/api/reporting/schema.ts';
import type { SeriesResponse } from '../../src/api/series/schema.ts';
import type { TasksResponse } from '../../src/api/tasks/schema.ts';
import {
  ministriesResponseSchema,
  unitsResponseSchema,
  type MinistriesResponse,
  type UnitsResponse,
} from '../../src/api/units/schema.ts';
import { nationalCoverage, type Indicator } from '../../src/domain/indicators.ts';
import { roundTo, type MissingReason, type ObservationStatus } from '../../src/domain/observation.ts';
import {
  comparePeriods,
  halfPeriod,
  latestCompletePeriod,
  monthPeriod,
  parsePeriod,
  periodEnd,
  periodKey,
  periodLastMonth,
  periodRange,
  quarterPeriod,
  samePeriodLastYear,
  yearPeriod,
  type Frequency,
  type Period,
} from '../../src/domain/period.ts';
import { ERAS, REGIONS, registryMinistries, registryUnits } from '../../src/domain/registry.ts';
import { releaseStatusAt } from '../../src/domain/release-calendar.ts';
import {
  eraScope,
  ministryEraAt,
  provinceEraAt,
  type EraId,
  type MinistryEraId,
  type ProvinceEraId,
  type Scope,
  unitRegionAt,
} from '../../src/domain/units.ts';
import {
  byYear,
  CPI_CEILING,
  FIRST_YEAR,
  GRDP_GROWTH_PLAN,
  INTERNAL_PROCEDURES_PLAN,
} from './calibration.ts';
import { createBoardEndpoints, type BoardEndpoints } from './boards.ts';
import { CATALOG } from './catalog.ts';
import {
  COMPONENTS_766,
  formerCodes,
  INTERNAL_SERIES,
  LatentModel,
  latentKeys,
  periodIndex,
  TOTAL_766,
} from './model.ts';
import { Rng, unitDraw } from './random.ts';

export interface DatasetOptions {
  /** Seed of every random draw; the same seed gives byte-identical responses. */
  readonly seed?: number;
  /** The date the data set is complete to, YYYY-MM-DD; latest periods follow from it. */
  readonly asOf?: string;
}

/** Why the feed cannot answer: 400 for a malformed combination, 404 for something it does not have. */
export interface FeedProblem {
  readonly status: 400 | 404;
  /** The query parameter at fault. */
  readonly parameter: string;
  /** Neutral wording: the parameter, its value and what is wrong, e.g. `period=2030-01: …`. */
  readonly detail: string;
}

export type DatasetResult<T> =
  { readonly ok: true; readonly body: T } | { readonly ok: false; readonly problem: FeedProblem };

/** The validated query of an endpoint. */
export type EndpointQuery<K extends keyof typeof ENDPOINTS> = z.infer<(typeof ENDPOINTS)[K]['query']>;

export interface Dataset extends BoardEndpoints {
  readonly seed: number;
  readonly asOf: string;
  metadata(): MetadataResponse;
  units(era: ProvinceEraId): UnitsResponse;
  ministries(era: MinistryEraId): MinistriesResponse;
  indicators(): IndicatorsResponse;
  observations(query: EndpointQuery<'observations'>): DatasetResult<ObservationsResponse>;
  series(query: EndpointQuery<'series'>): DatasetResult<SeriesResponse>;
  tasks(query: EndpointQuery<'tasks'>): DatasetResult<TasksResponse>;
  reform(query: EndpointQuery<'reform'>): DatasetResult<ReformResponse>;
  reporting(query: EndpointQuery<'reporting'>): DatasetResult<ReportingResponse>;
}

export const DEFAULT_SEED = 20261120;
export const DEFAULT_AS_OF = '2026-11-20';
/** The instant the feed last changed, as the metadata and every observation carry it. */
export const UPDATED_AT = '2026-11-20T14:30:00+07:00';
/** Share of historical unit-period values hidden as not reported. */
const MISSING_SHARE = 0.01;
/** Lai Châu: reports the latest month late (a unit unchanged by the 2025 merger, code 12 in both eras). */
const LATE_UNIT = '12';
/** Bumped when the generator changes the numbers it produces for a seed. */
const GENERATOR_VERSION = 2;

/** An agency as it reported a period: a unit or ministry of the era in force then. */
interface Agency {
  readonly era: EraId;
  readonly code: string;
}

/** The plan's target share of internal procedures simplified, for a period of the plan; null outside it. */
function proceduresTarget(p: Period): number | null {
  const plan = INTERNAL_PROCEDURES_PLAN;
  return p.year >= plan.firstYear && p.year <= plan.lastYear ? plan.targetPercent : null;
}

/**
 * Families of indicators a unit reports together: a province that did not report its dossiers misses
 * the counts and the rate alike. Tasks and reports are VPCP's own records and population comes from
 * the census frame, so they are never missing.
 */
function family(id: string): string | null {
  if (id.startsWith('tasks-') || id.startsWith('reports-') || id === 'population') return null;
  if (id.startsWith('public-investment-')) return 'investment';
  if (id.startsWith('grdp-')) return 'grdp';
  if (id.startsWith('dvc-766-')) return '766';
  if (id.startsWith('dossiers-') || id === 'online-dossier-rate') return 'dossiers';
  if (id.startsWith('internal-procedures-')) return 'internal-procedures';
  return id;
}

interface Reported {
  readonly value: number | null;
  readonly status: ObservationStatus;
  readonly missingReason?: MissingReason;
}

/**
 * Creates the synthetic data set. Generation is lazy and memoised per series; creating a data set is
 * cheap, the first request for an indicator costs a few milliseconds.
 */
export function createDataset({ seed = DEFAULT_SEED, asOf = DEFAULT_AS_OF }: DatasetOptions = {}): Dataset {
  const latest: Record<Frequency, Period> = {
    month: latestCompletePeriod(asOf, 'month'),
    quarter: latestCompletePeriod(asOf, 'quarter'),
    half: latestCompletePeriod(asOf, 'half'),
    year: latestCompletePeriod(asOf, 'year'),
  };
  const first: Record<Frequency, Period> = {
    month: monthPeriod(FIRST_YEAR, 1),
    quarter: quarterPeriod(FIRST_YEAR, 1),
    half: halfPeriod(FIRST_YEAR, 1),
    year: yearPeriod(FIRST_YEAR),
  };
  const model = new LatentModel({
    seed,
    lastYear: Number(asOf.slice(0, 4)),
    latestYear: latest.year.year,
    latestMonthIndex: periodIndex(latest.month),
  });
  const catalog = new Map(CATALOG.map((i) => [i.id, i]));
  const indicatorsBody = indicatorsResponseSchema.parse({ indicators: CATALOG });
  const unitsBodies = new Map<ProvinceEraId, UnitsResponse>();
  const ministriesBodies = new Map<MinistryEraId, MinistriesResponse>();

  // -------------------------------------------------------------------------------------------------
  // Periods, eras, statuses

  function reportingEra(scope: Scope, p: Period): EraId {
    const end = periodEnd(p);
    return scope === 'province' ? provinceEraAt(end) : ministryEraAt(end);
  }

  function agencies(era: EraId): readonly string[] {
    if (era === '63' || era === '34') return registryUnits(era).map((u) => u.code);
    return registryMinistries(era).map((m) => m.code);
  }

  /** The agencies of `scope` that reported period `p`. */
  function reporters(scope: Scope, p: Period): Agency[] {
    const era = reportingEra(scope, p);
    return agencies(era).map((code) => ({ era, code }));
  }

  /**
   * Who the national figure of `indicator` adds up: for an indicator both provinces and ministries
   * report, the whole country (both); otherwise the scope's agencies.
   */
  function nationalMembers(indicator: Indicator, scope: Scope, p: Period): Agency[] {
    if (indicator.scopes.includes('province') && indicator.scopes.includes('ministry')) {
      return [...reporters('province', p), ...reporters('ministry', p)];
    }
    return reporters(scope, p);
  }

  /** The latent keys of series `id` that `members` are made of. */
  function keysOf(id: string, members: readonly Agency[]): readonly string[] {
    if (members.length === 1 && members[0]) return latentKeys(id, members[0].era, members[0].code);
    return members.flatMap((m) => latentKeys(id, m.era, m.code));
  }

  function isLatest(p: Period): boolean {
    return comparePeriods(p, latest[p.frequency]) === 0;
  }

  function inRange(p: Period): boolean {
    return comparePeriods(p, first[p.frequency]) >= 0 && comparePeriods(p, latest[p.frequency]) <= 0;
  }

  /**
   * The data stage of `indicator`'s figures for `p` on the as-of date, from its release calendar. The feed
   * serves every period up to the latest complete one; a figure before its first release (only with an
   * as-of date in the first days of a month) is read as its first stage.
   */
  const statuses = new Map<string, ObservationStatus>();
  function statusOf(indicator: Indicator, p: Period): ObservationStatus {
    // The same for every unit of the period; a series asks for it once per cell.
    const key = `${indicator.id}|${periodKey(p)}`;
    let status = statuses.get(key);
    if (status === undefined) {
      status = releaseStage(indicator, p);
      statuses.set(key, status);
    }
    return status;
  }

  function releaseStage(indicator: Indicator, p: Period): ObservationStatus {
    const calendar = indicator.releases;
    if (!calendar) return 'preliminary';
    const first = calendar.stages.find((s) => !s.frequencies || s.frequencies.includes(p.frequency));
    return releaseStatusAt(calendar, p, asOf) ?? first?.status ?? 'preliminary';
  }

  function hiddenReason(
    indicator: Indicator,
    scope: Scope,
    era: EraId,
    code: string,
    p: Period,
  ): MissingReason | null {
    if (
      scope === 'province' &&
      code === LATE_UNIT &&
      indicator.group === 'socio-economic' &&
      p.frequency === 'month' &&
      isLatest(p)
    ) {
      return 'late';
    }
    const fam = family(indicator.id);
    if (fam === null || isLatest(p)) return null;
    return unitDraw(seed, 'missing', fam, era, code, periodKey(p)) < MISSING_SHARE ? 'not-reported' : null;
  }

  // -------------------------------------------------------------------------------------------------
  // Values

  /** The weight period of a weighted mean: the same period if the weight is published at it, else a year. */
  function weightPeriod(weight: Indicator | undefined, p: Period): Period {
    if (weight?.frequencies.includes(p.frequency)) return p;
    return yearPeriod(model.weightYear(p));
  }

  /** Aggregates the agencies `members` by the indicator's rule; NaN when any part is not applicable. */
  function aggregateLatent(indicator: Indicator, p: Period, members: readonly Agency[]): number {
    const rule = indicator.aggregation;
    switch (rule.kind) {
      case 'sum':
        return sumLatent(indicator.id, p, members, indicator.decimals);
      case 'ratio': {
        const numerator = sumLatent(rule.numeratorId, p, members, 12);
        const denominator = sumLatent(rule.denominatorId, p, members, 12);
        return denominator > 0
          ? roundTo((numerator / denominator) * rule.scale, indicator.decimals)
          : Number.NaN;
      }
      case 'weighted-mean': {
        const wp = weightPeriod(catalog.get(rule.weightIndicatorId), p);
        let weighted = 0;
        let total = 0;
        for (const c of keysOf(indicator.id, members)) {
          const w = model.value(rule.weightIndicatorId, wp, c);
          weighted += w * model.value(indicator.id, p, c);
          total += w;
        }
        return total > 0 ? roundTo(weighted / total, indicator.decimals) : Number.NaN;
      }
      case 'none':
        return Number.NaN;
    }
  }

  function unitValue(indicator: Indicator, scope: Scope, era: EraId, code: string, p: Period): number {
    if (indicator.aggregation.kind === 'none') return model.score766(scope, era, code, indicator.id, p);
    return aggregateLatent(indicator, p, [{ era, code }]);
  }

  /**
   * The national 766 score: the index is computed from all dossiers, not from the agencies' scores, so
   * it is close to, not equal to, their mean.
   */
  function national766(indicator: Indicator, scope: Scope, p: Period): number {
    const era = reportingEra(scope, p);
    const codes = agencies(era);
    let total = 0;
    for (const component of COMPONENTS_766) {
      let sum = 0;
      for (const code of codes) sum += model.score766(scope, era, code, component.id, p);
      const noise = new Rng(seed, 'national-766', scope, periodKey(p), component.id).normal(0, 0.08);
      const value = roundTo(Math.min(component.max, Math.max(0, sum / codes.length + noise)), 2);
      if (component.id === indicator.id) return value;
      total += value;
    }
    return indicator.id === TOTAL_766 ? roundTo(total, 2) : Number.NaN;
  }

  /**
   * The national figure: the whole country for indicators provinces and ministries both report (their
   * components added up and the rule applied to the whole), the scope for the rest; see {@link
   * nationalCoverage} for who it covers.
   */
  function nationalValue(indicator: Indicator, scope: Scope, p: Period): number {
    if (indicator.aggregation.kind === 'none') return national766(indicator, scope, p);
    return aggregateLatent(indicator, p, nationalMembers(indicator, scope, p));
  }

  /** The scope's own total, where the national figure covers provinces and ministries together. */
  function scopeTotalValue(indicator: Indicator, scope: Scope, p: Period): number | null {
    if (indicator.aggregation.kind === 'none' || indicator.scopes.length < 2) return null;
    return aggregateLatent(indicator, p, reporters(scope, p));
  }

  function reported(indicator: Indicator, scope: Scope, era: EraId, code: string, p: Period): Reported {
    const value = unitValue(indicator, scope, era, code, p);
    if (Number.isNaN(value)) return { value: null, status: 'missing', missingReason: 'not-applicable' };
    const reason = hiddenReason(indicator, scope, era, code, p);
    if (reason) return { value: null, status: 'missing', missingReason: reason };
    return { value, status: statusOf(indicator, p) };
  }

  /**
   * The same period last year on the territory of `code` in `era`. When that period was reported by the
   * former units, their reported values are re-aggregated, as the app would: null if one is missing,
   * and null for the 766 scores of a merged unit, which cannot be combined.
   */
  function previousYear(
    indicator: Indicator,
    scope: Scope,
    era: EraId,
    code: string,
    p: Period,
  ): number | null {
    const prev = samePeriodLastYear(p);
    if (!inRange(prev)) return null;
    const prevEra = reportingEra(scope, prev);
    if (prevEra === era) return reported(indicator, scope, era, code, prev).value;
    const formers = formerCodes(era, code);
    const parts = formers.map((f) => reported(indicator, scope, prevEra, f, prev));
    if (parts.some((r) => r.value === null)) return null;
    if (indicator.aggregation.kind === 'none') return formers.length === 1 ? (parts[0]?.value ?? null) : null;
    const value = aggregateLatent(
      indicator,
      prev,
      formers.map((f) => ({ era: prevEra, code: f })),
    );
    return Number.isNaN(value) ? null : value;
  }

  function nationalPreviousYear(indicator: Indicator, scope: Scope, p: Period): number | null {
    const prev = samePeriodLastYear(p);
    if (!inRange(prev)) return null;
    const value = nationalValue(indicator, scope, prev);
    return Number.isNaN(value) ? null : value;
  }

  function scopePreviousYear(indicator: Indicator, scope: Scope, p: Period): number | null {
    const prev = samePeriodLastYear(p);
    if (!inRange(prev)) return null;
    const value = scopeTotalValue(indicator, scope, prev);
    return value === null || Number.isNaN(value) ? null : value;
  }

  /** The target of the scope's own total: the plans of its agencies (no national ceiling or plan). */
  function scopeTarget(indicator: Indicator, scope: Scope, p: Period): number | null {
    if (indicator.id === 'public-investment-disbursed') {
      return sumLatent('public-investment-plan', p, reporters(scope, p), 0);
    }
    return indicator.id === 'internal-procedures-simplified-rate' ? proceduresTarget(p) : null;
  }

  /**
   * The annual plan or estimate the value is read against, for a unit (`code` in `era`) or the nation
   * (`code` null).
   */
  function target(
    indicator: Indicator,
    scope: Scope,
    era: EraId,
    code: string | null,
    p: Period,
  ): number | null {
    if (!indicator.target) return null;
    const members = code === null ? nationalMembers(indicator, scope, p) : [{ era, code }];
    const year = yearPeriod(p.year);
    switch (indicator.id) {
      case 'grdp-growth': {
        if (code === null) return byYear(GRDP_GROWTH_PLAN, p.year);
        const wp = yearPeriod(model.weightYear(p));
        let weighted = 0;
        let total = 0;
        for (const c of keysOf('grdp-nominal', members)) {
          const w = model.value('grdp-nominal', wp, c);
          weighted += w * model.value(INTERNAL_SERIES.growthPlan, year, c);
          total += w;
        }
        const plan = weighted / total;
        // Plans adopted by the units of the 34 themselves (from 2026) are round numbers like their predecessors'.
        return provinceEraAt(`${p.year}-01-01`) === era ? Math.round(plan * 2) / 2 : roundTo(plan, 2);
      }
      case 'budget-revenue':
        return sumLatent(INTERNAL_SERIES.budgetEstimate, year, members, 0);
      case 'cpi-yoy':
        // The National Assembly's ceiling is the nation's; provinces have no CPI plan of their own.
        return code === null ? byYear(CPI_CEILING, p.year) : null;
      case 'public-investment-disbursed':
        return sumLatent('public-investment-plan', p, members, 0);
      case 'internal-procedures-simplified-rate':
        return proceduresTarget(p);
      default:
        return null;
    }
  }

  function sumLatent(id: string, p: Period, members: readonly Agency[], decimals: number): number {
    let total = 0;
    for (const c of keysOf(id, members)) total += model.value(id, p, c);
    return roundTo(total, decimals);
  }

  // -------------------------------------------------------------------------------------------------
  // Request checks

  function problem(
    status: 400 | 404,
    parameter: string,
    value: string,
    message: string,
  ): { ok: false; problem: FeedProblem } {
    return { ok: false, problem: { status, parameter, detail: `${parameter}=${value}: ${message}` } };
  }

  type Checked<T> = { ok: true; value: T } | { ok: false; problem: FeedProblem };

  function checkIndicator(id: string, scope: Scope): Checked<Indicator> {
    const indicator = catalog.get(id);
    if (!indicator) return problem(404, 'indicator', id, 'not in the indicator catalog');
    if (!indicator.scopes.includes(scope)) {
      return problem(
        404,
        'scope',
        scope,
        `indicator ${id} is published for ${indicator.scopes.join(', ')} only`,
      );
    }
    return { ok: true, value: indicator };
  }

  function checkPeriod(name: string, key: string, frequencies?: readonly Frequency[]): Checked<Period> {
    const p = parsePeriod(key);
    if (!p) return problem(400, name, key, 'not a period (YYYY-MM, YYYY-Qn or YYYY)');
    if (frequencies && !frequencies.includes(p.frequency)) {
      return problem(404, name, key, `published by ${frequencies.join(', ')} only, not by ${p.frequency}`);
    }
    if (!inRange(p)) {
      return problem(
        404,
        name,
        key,
        `outside the data set (${periodKey(first[p.frequency])} to ${periodKey(latest[p.frequency])})`,
      );
    }
    return { ok: true, value: p };
  }

  // -------------------------------------------------------------------------------------------------
  // Endpoints

  function observations(query: EndpointQuery<'observations'>): DatasetResult<ObservationsResponse> {
    const checked = checkIndicator(query.indicator, query.scope);
    if (!checked.ok) return checked;
    const indicator = checked.value;
    const period = checkPeriod('period', query.period, indicator.frequencies);
    if (!period.ok) return period;
    const p = period.value;
    const scope = query.scope;
    const era = reportingEra(scope, p);
    const nationalNumber = nationalValue(indicator, scope, p);
    const nationalTarget = target(indicator, scope, era, null, p);
    const national: ObservationsResponse['national'] = Number.isNaN(nationalNumber)
      ? {
          value: null,
          status: 'missing',
          previousYear: null,
          target: nationalTarget,
          missingReason: 'not-applicable',
        }
      : {
          value: nationalNumber,
          status: statusOf(indicator, p),
          previousYear: nationalPreviousYear(indicator, scope, p),
          target: nationalTarget,
        };
    const total = scopeTotalValue(indicator, scope, p);
    const scopeTotal: ObservationsResponse['scopeTotal'] =
      total === null
        ? undefined
        : Number.isNaN(total)
          ? {
              value: null,
              status: 'missing',
              previousYear: null,
              target: null,
              missingReason: 'not-applicable',
            }
          : {
              value: total,
              status: statusOf(indicator, p),
              previousYear: scopePreviousYear(indicator, scope, p),
              target: scopeTarget(indicator, scope, p),
            };
    const rows = agencies(era).map((code): ObservationsResponse['rows'][number] => {
      const r = reported(indicator, scope, era, code, p);
      return {
        code,
        value: r.value,
        status: r.status,
        previousYear: previousYear(indicator, scope, era, code, p),
        target: target(indicator, scope, era, code, p),
        ...(r.missingReason ? { missingReason: r.missingReason } : {}),
      };
    });
    return {
      ok: true,
      body: {
        indicatorId: indicator.id,
        period: periodKey(p),
        scope,
        era,
        updatedAt: UPDATED_AT,
        national,
        coverage: nationalCoverage(indicator, scope),
        ...(scopeTotal ? { scopeTotal } : {}),
        rows,
      },
    };
  }

  function series(query: EndpointQuery<'series'>): DatasetResult<SeriesResponse> {
    const checked = checkIndicator(query.indicator, query.scope);
    if (!checked.ok) return checked;
    const indicator = checked.value;
    const scope = query.scope;
    if (!indicator.frequencies.includes(query.frequency)) {
      return problem(
        404,
        'frequency',
        query.frequency,
        `indicator ${indicator.id} is published by ${indicator.frequencies.join(', ')}`,
      );
    }
    const from = checkPeriod('from', query.from);
    if (!from.ok) return from;
    const to = checkPeriod('to', query.to);
    if (!to.ok) return to;
    if (from.value.frequency !== query.frequency)
      return problem(400, 'from', query.from, `not a ${query.frequency}`);
    if (to.value.frequency !== query.frequency)
      return problem(400, 'to', query.to, `not a ${query.frequency}`);
    if (comparePeriods(from.value, to.value) > 0)
      return problem(400, 'from', query.from, `after to=${query.to}`);
    if (query.era !== undefined && eraScope(query.era) !== scope) {
      return problem(400, 'era', query.era, `not an era of scope ${scope}`);
    }
    const periods = periodRange(from.value, to.value);

    let lines: { era: EraId; code: string }[];
    if (query.unit !== undefined) {
      // A unit code alone is read in the era in force at the end of the range.
      const era = query.era ?? reportingEra(scope, to.value);
      if (!agencies(era).includes(query.unit))
        return problem(404, 'unit', query.unit, `no such unit in era ${era}`);
      lines = [{ era, code: query.unit }];
      if (era === '34' || era === '17') {
        const formerEra: EraId = era === '34' ? '63' : '22';
        for (const f of formerCodes(era, query.unit)) lines.push({ era: formerEra, code: f });
      }
    } else if (query.region !== undefined) {
      if (scope !== 'province') return problem(400, 'region', query.region, 'regions group provinces only');
      // The region's units of the 34 (membership in force today) and the former units they absorbed.
      lines = [];
      for (const unit of registryUnits('34')) {
        if (unitRegionAt(unit, asOf) !== query.region) continue;
        lines.push({ era: '34', code: unit.code });
        for (const f of unit.formerCodes ?? []) lines.push({ era: '63', code: f });
      }
    } else {
      const eras: readonly EraId[] =
        query.era !== undefined ? [query.era] : scope === 'province' ? ['63', '34'] : ['22', '17'];
      lines = eras.flatMap((era) => agencies(era).map((code) => ({ era, code })));
    }
    if (query.units === 'none') lines = [];

    const withTargets = indicator.target !== undefined;
    const national: SeriesResponse['national'] = {
      values: [],
      statuses: [],
      ...(withTargets ? { targets: [] } : {}),
    };
    for (const p of periods) {
      const value = nationalValue(indicator, scope, p);
      national.values.push(Number.isNaN(value) ? null : value);
      national.statuses.push(Number.isNaN(value) ? 'missing' : statusOf(indicator, p));
      national.targets?.push(target(indicator, scope, reportingEra(scope, p), null, p));
    }
    const units = lines.map(({ era, code }): SeriesResponse['units'][number] => {
      const line: SeriesResponse['units'][number] = {
        era,
        code,
        values: [],
        statuses: [],
        ...(withTargets ? { targets: [] } : {}),
      };
      for (const p of periods) {
        if (reportingEra(scope, p) !== era) {
          line.values.push(null);
          line.statuses.push('missing');
          line.targets?.push(null);
          continue;
        }
        const r = reported(indicator, scope, era, code, p);
        line.values.push(r.value);
        line.statuses.push(r.status);
        line.targets?.push(target(indicator, scope, era, code, p));
      }
      return line;
    });
    return {
      ok: true,
      body: {
        indicatorId: indicator.id,
        frequency: query.frequency,
        scope,
        periods: periods.map(periodKey),
        national,
        coverage: nationalCoverage(indicator, scope),
        units,
      },
    };
  }

  /** The month whose year-to-date counts a period of any frequency stands for: its last month. */
  function lastMonthOf(p: Period): Period {
    return monthPeriod(p.year, periodLastMonth(p));
  }

  /** Both scopes' agencies that reported `p`: the whole country of the task, reform and reporting summaries. */
  function wholeCountry(p: Period): Agency[] {
    return [...reporters('province', p), ...reporters('ministry', p)];
  }

  function tasks(query: EndpointQuery<'tasks'>): DatasetResult<TasksResponse> {
    const period = checkPeriod('period', query.period);
    if (!period.ok) return period;
    const p = period.value;
    const month = lastMonthOf(p);
    const era = reportingEra(query.scope, p);
    const counts = (members: readonly Agency[]): TasksResponse['national'] => {
      const completed = sumLatent('tasks-completed', month, members, 0);
      const late = sumLatent(INTERNAL_SERIES.tasksDoneLate, month, members, 0);
      return {
        assigned: sumLatent('tasks-assigned', month, members, 0),
        doneOnTime: completed - late,
        doneLate: late,
        inProgress: sumLatent(INTERNAL_SERIES.tasksInProgress, month, members, 0),
        overdue: sumLatent('tasks-overdue', month, members, 0),
        keyTasks: sumLatent(INTERNAL_SERIES.tasksKey, month, members, 0),
      };
    };
    return {
      ok: true,
      body: {
        period: periodKey(p),
        scope: query.scope,
        era,
        national: counts(wholeCountry(month)),
        scopeTotal: counts(reporters(query.scope, month)),
        rows: agencies(era).map((code) => ({ code, counts: counts([{ era, code }]) })),
      },
    };
  }

  const proceduresIndicator = catalog.get('internal-procedures-in-scope');

  function reform(query: EndpointQuery<'reform'>): DatasetResult<ReformResponse> {
    const period = checkPeriod('period', query.period, ['quarter', 'half', 'year']);
    if (!period.ok) return period;
    const p = period.value;
    // A half-year or a year stands for the lists at its last quarter's end.
    const quarter = p.frequency === 'quarter' ? p : quarterPeriod(p.year, periodLastMonth(p) / 3);
    if (
      Number.isNaN(sumLatent('internal-procedures-in-scope', quarter, reporters(query.scope, quarter), 0))
    ) {
      return problem(
        404,
        'period',
        query.period,
        'before the internal procedure lists were published (2022-Q4)',
      );
    }
    const era = reportingEra(query.scope, p);
    const figures = (members: readonly Agency[]): ReformResponse['national'] => ({
      inScope: sumLatent('internal-procedures-in-scope', quarter, members, 0),
      reviewed: sumLatent(INTERNAL_SERIES.proceduresReviewed, quarter, members, 0),
      simplified: sumLatent('internal-procedures-simplified', quarter, members, 0),
      targetPercent: proceduresTarget(quarter),
      costSavedBillionVnd: sumLatent('internal-procedures-cost-saved', quarter, members, 1),
    });
    const rows: ReformResponse['rows'] = [];
    for (const code of agencies(era)) {
      // An agency that did not report its procedures this quarter has no row, as in the observations.
      if (proceduresIndicator && hiddenReason(proceduresIndicator, query.scope, era, code, quarter)) continue;
      rows.push({ code, figures: figures([{ era, code }]) });
    }
    return {
      ok: true,
      body: {
        period: periodKey(p),
        scope: query.scope,
        era,
        national: figures(wholeCountry(quarter)),
        scopeTotal: figures(reporters(query.scope, quarter)),
        rows,
      },
    };
  }

  function reporting(query: EndpointQuery<'reporting'>): DatasetResult<ReportingResponse> {
    const period = checkPeriod('period', query.period);
    if (!period.ok) return period;
    const p = period.value;
    const era = reportingEra(query.scope, p);
    const counts = (members: readonly Agency[]): ReportingResponse['national'] => ({
      required: sumLatent('reports-required', p, members, 0),
      onTime: sumLatent('reports-on-time', p, members, 0),
      late: sumLatent(INTERNAL_SERIES.reportsLate, p, members, 0),
      notSubmitted: sumLatent('reports-not-submitted', p, members, 0),
    });
    return {
      ok: true,
      body: {
        period: periodKey(p),
        scope: query.scope,
        era,
        national: counts(wholeCountry(p)),
        scopeTotal: counts(reporters(query.scope, p)),
        rows: agencies(era).map((code) => ({ code, counts: counts([{ era, code }]) })),
      },
    };
  }

  return {
    seed,
    asOf,
    ...createBoardEndpoints({ seed, asOf, model, tasks, reporting, observations }),
    metadata: () => ({
      asOf,
      updatedAt: UPDATED_AT,
      latest: {
        month: periodKey(latest.month),
        quarter: periodKey(latest.quarter),
        half: periodKey(latest.half),
        year: periodKey(latest.year),
      },
      firstPeriod: periodKey(first.month),
      eras: ERAS.map((e) => ({ ...e })),
      dataVersion: `synthetic-${seed}-${asOf}-g${GENERATOR_VERSION}`,
    }),
    units: (era) => {
      let body = unitsBodies.get(era);
      if (!body) {
        // Parsing once both checks the registry against the contract and gives the wire type.
        body = unitsResponseSchema.parse({ era, regions: REGIONS, units: registryUnits(era) });
        unitsBodies.set(era, body);
      }
      return body;
    },
    ministries: (era) => {
      let body = ministriesBodies.get(era);
      if (!body) {
        body = ministriesResponseSchema.parse({ era, ministries: registryMinistries(era) });
        ministriesBodies.set(era, body);
      }
      return body;
    },
    indicators: () => indicatorsBody,
    observations,
    series,
    tasks,
    reform,
    reporting,
  };
}
