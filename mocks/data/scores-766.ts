/**
 * `/scores-766`: the Decision 766 league table of one period with the six groups, rank and rank change,
 * as the National Public Service Portal shows it.
 *
 * Months, quarters and years are read from the feed's own observations of the seven 766 indicators, so
 * the two agree exactly, gaps included. Half-years, which the observations do not publish, are the
 * mean of the half's months from the latent model (the portal's six-month figure is computed over the
 * period's dossiers, like its quarters), with the gaps of the half's quarters.
 */
import type { ObservationsResponse } from '../../src/api/observations/schema.ts';
import type { Scores766Response } from '../../src/api/scores-766/schema.ts';
import type { MissingReason, ObservationStatus } from '../../src/domain/observation.ts';
import { roundTo } from '../../src/domain/observation.ts';
import { comparePeriods, latestCompletePeriod, monthPeriod, quarterPeriod } from '../../src/domain/period.ts';
import { rankUnits } from '../../src/domain/rank.ts';
import {
  COMPONENTS_766,
  parseScorePeriod,
  previousScorePeriod,
  scorePeriodKey,
  TOTAL_766_ID,
  type HalfYearPeriod,
  type ScorePeriod,
} from '../../src/domain/score-766.ts';
import type { EraId, Scope } from '../../src/domain/units.ts';
import { CATALOG } from './catalog.ts';
import type { DatasetResult, EndpointQuery, FeedProblem } from './dataset.ts';
import { formerCodes, type LatentModel } from './model.ts';

export interface Scores766Sources {
  readonly model: LatentModel;
  readonly observations: (query: EndpointQuery<'observations'>) => DatasetResult<ObservationsResponse>;
  /** The data set's as-of date: the latest complete half-year follows from it. */
  readonly asOf: string;
}

interface Row {
  readonly total: number | null;
  readonly scores: (number | null)[];
  readonly status: ObservationStatus;
  readonly missingReason?: MissingReason;
}

interface Table {
  readonly era: EraId;
  readonly updatedAt: string;
  readonly national: { total: number | null; scores: (number | null)[] };
  /** In the order of the feed's units. */
  readonly rows: ReadonlyMap<string, Row>;
}

/** First month the index was computed (the system ran officially from 01/08/2022). */
const FIRST_MONTH = monthPeriod(2022, 8);

function problem(
  status: 400 | 404,
  parameter: string,
  value: string,
  message: string,
): { ok: false; problem: FeedProblem } {
  return { ok: false, problem: { status, parameter, detail: `${parameter}=${value}: ${message}` } };
}

export function answerScores766(
  sources: Scores766Sources,
  query: EndpointQuery<'scores766'>,
): DatasetResult<Scores766Response> {
  const p = parseScorePeriod(query.period);
  if (!p) return problem(400, 'period', query.period, 'not a period (YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY)');
  const current = tableOf(sources, query.scope, p, query.period);
  if (!current.ok) return current;
  const table = current.body;
  const previousPeriod = previousScorePeriod(p);
  const previousResult = tableOf(sources, query.scope, previousPeriod, scorePeriodKey(previousPeriod));
  // Before August 2022 the periods exist but hold no score: no previous period to compare with.
  const previous =
    previousResult.ok && [...previousResult.body.rows.values()].some((r) => r.total !== null)
      ? previousResult.body
      : null;
  const sameEra = previous !== null && previous.era === table.era;

  const ranking = rankUnits(
    [...table.rows].map(([code, r]) => ({ code, value: r.total })),
    { polarity: 'higher-is-better', decimals: 2 },
  );
  const ranks = new Map(ranking.ranked.map((e) => [e.code, e.rank]));
  const previousRanks = sameEra
    ? new Map(
        rankUnits(
          [...previous.rows].map(([code, r]) => ({ code, value: r.total })),
          { polarity: 'higher-is-better', decimals: 2 },
        ).ranked.map((e) => [e.code, e.rank]),
      )
    : new Map<string, number>();

  const rows = [...table.rows].map(([code, r]): Scores766Response['rows'][number] => {
    const rank = ranks.get(code) ?? null;
    const previousRank = previousRanks.get(code) ?? null;
    return {
      code,
      total: r.total,
      scores: r.scores,
      status: r.status,
      ...(r.missingReason ? { missingReason: r.missingReason } : {}),
      rank,
      previousRank,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
      previousTotal: previous ? previousTotalOf(previous, sameEra, table.era, code) : null,
    };
  });
  return {
    ok: true,
    body: {
      period: scorePeriodKey(p),
      frequency: p.frequency,
      scope: query.scope,
      era: table.era,
      updatedAt: table.updatedAt,
      previousPeriod: previous ? scorePeriodKey(previousPeriod) : null,
      previousEra: previous?.era ?? null,
      components: COMPONENTS_766.map((c) => ({
        id: c.id,
        portalCode: c.portalCode,
        name: CATALOG.find((i) => i.id === c.id)?.name ?? { vi: c.id, en: c.id },
        max: c.max,
      })),
      national: { ...table.national, previousTotal: previous?.national.total ?? null },
      rows,
    },
  };
}

/**
 * The previous total on the same territory: the unit itself in the same era; across the 2025 reforms
 * only a unit that is one former unit unchanged (its scores continue), never a merged one.
 */
function previousTotalOf(previous: Table, sameEra: boolean, era: EraId, code: string): number | null {
  if (sameEra) return previous.rows.get(code)?.total ?? null;
  const formers = formerCodes(era, code);
  const only = formers.length === 1 ? formers[0] : undefined;
  return only === undefined ? null : (previous.rows.get(only)?.total ?? null);
}

function tableOf(sources: Scores766Sources, scope: Scope, p: ScorePeriod, key: string): DatasetResult<Table> {
  return p.frequency === 'half-year' ? halfTable(sources, scope, p, key) : periodTable(sources, scope, key);
}

function periodTable(sources: Scores766Sources, scope: Scope, key: string): DatasetResult<Table> {
  const total = sources.observations({ indicator: TOTAL_766_ID, period: key, scope });
  if (!total.ok) return total;
  const parts: ObservationsResponse[] = [];
  for (const c of COMPONENTS_766) {
    const part = sources.observations({ indicator: c.id, period: key, scope });
    if (!part.ok) return part;
    parts.push(part.body);
  }
  const byCode = parts.map((part) => new Map(part.rows.map((r) => [r.code, r.value])));
  const rows = new Map<string, Row>(
    total.body.rows.map((r) => [
      r.code,
      {
        total: r.value,
        scores: byCode.map((m) => m.get(r.code) ?? null),
        status: r.status,
        ...(r.missingReason ? { missingReason: r.missingReason } : {}),
      },
    ]),
  );
  return {
    ok: true,
    body: {
      era: total.body.era,
      updatedAt: total.body.updatedAt,
      national: { total: total.body.national.value, scores: parts.map((part) => part.national.value) },
      rows,
    },
  };
}

function halfTable(
  sources: Scores766Sources,
  scope: Scope,
  h: HalfYearPeriod,
  key: string,
): DatasetResult<Table> {
  const latestQuarter = latestCompletePeriod(sources.asOf, 'quarter');
  const lastQuarter = quarterPeriod(h.year, h.half * 2);
  if (comparePeriods(lastQuarter, latestQuarter) > 0) {
    return problem(404, 'period', key, `after the latest complete half-year`);
  }
  const quarters: ObservationsResponse[] = [];
  for (const q of [h.half * 2 - 1, h.half * 2]) {
    const result = sources.observations({ indicator: TOTAL_766_ID, period: `${h.year}-Q${q}`, scope });
    if (!result.ok)
      return problem(result.problem.status, 'period', key, result.problem.detail.replace(/^[^:]*: /, ''));
    quarters.push(result.body);
  }
  const [first, second] = quarters as [ObservationsResponse, ObservationsResponse];
  const era = second.era;
  const months = Array.from({ length: 6 }, (_, i) => monthPeriod(h.year, (h.half - 1) * 6 + i + 1)).filter(
    (m) => comparePeriods(m, FIRST_MONTH) >= 0,
  );
  const firstRows = new Map(first.rows.map((r) => [r.code, r]));
  const rows = new Map<string, Row>();
  for (const r2 of second.rows) {
    const r1 = firstRows.get(r2.code);
    const hidden = [r1, r2].find((r) => r?.missingReason === 'not-reported' || r?.missingReason === 'late');
    if (hidden?.missingReason || months.length === 0) {
      rows.set(r2.code, {
        total: null,
        scores: COMPONENTS_766.map(() => null),
        status: 'missing',
        missingReason: hidden?.missingReason ?? 'not-applicable',
      });
      continue;
    }
    const scores = COMPONENTS_766.map((c) => {
      const values = months
        .map((m) => sources.model.score766(scope, era, r2.code, c.id, m))
        .filter((v) => !Number.isNaN(v));
      return values.length === 0 ? null : roundTo(values.reduce((s, v) => s + v, 0) / values.length, 2);
    });
    const complete = scores.every((s) => s !== null);
    rows.set(r2.code, {
      total: complete
        ? roundTo(
            scores.reduce((s, v) => s + v, 0),
            2,
          )
        : null,
      scores,
      status: complete ? r2.status : 'missing',
      ...(complete ? {} : { missingReason: 'not-applicable' as const }),
    });
  }
  // The nation: the quarters' national groups, weighted by the months each has figures for.
  const weights = [h.half * 2 - 1, h.half * 2].map(
    (q) => months.filter((m) => Math.ceil(m.month / 3) === q).length,
  );
  const national = COMPONENTS_766.map((c) => {
    let sum = 0;
    let weight = 0;
    [h.half * 2 - 1, h.half * 2].forEach((q, i) => {
      const result = sources.observations({ indicator: c.id, period: `${h.year}-Q${q}`, scope });
      const v = result.ok ? result.body.national.value : null;
      const w = weights[i] ?? 0;
      if (v !== null && w > 0) {
        sum += v * w;
        weight += w;
      }
    });
    return weight > 0 ? roundTo(sum / weight, 2) : null;
  });
  const nationalTotal = national.every((v) => v !== null)
    ? roundTo(
        national.reduce((s, v) => s + v, 0),
        2,
      )
    : null;
  return {
    ok: true,
    body: { era, updatedAt: second.updatedAt, national: { total: nationalTotal, scores: national }, rows },
  };
}
