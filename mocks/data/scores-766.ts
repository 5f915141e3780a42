/**
 * `/scores-766`: the Decision 766 league table of one period with the six groups, rank and rank change,
 * as the National Public Service Portal shows it.
 *
 * Every period, months, quarters, half-years and years, is read from the feed's own observations of the
 * seven 766 indicators, so the two agree exactly, gaps included, and a period the observations refuse is
 * refused here with the same problem.
 */
import type { ObservationsResponse } from '../../src/api/observations/schema.ts';
import type { Scores766Response } from '../../src/api/scores-766/schema.ts';
import type { MissingReason, ObservationStatus } from '../../src/domain/observation.ts';
import { parsePeriod, periodKey, previousPeriod as previousPeriodOf } from '../../src/domain/period.ts';
import { rankUnits } from '../../src/domain/rank.ts';
import { COMPONENTS_766, TOTAL_766_ID } from '../../src/domain/score-766.ts';
import type { EraId, Scope } from '../../src/domain/units.ts';
import { CATALOG } from './catalog.ts';
import type { DatasetResult, EndpointQuery, FeedProblem } from './dataset.ts';
import { formerCodes } from './model.ts';

export interface Scores766Sources {
  readonly observations: (query: EndpointQuery<'observations'>) => DatasetResult<ObservationsResponse>;
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
  const p = parsePeriod(query.period);
  if (!p) return problem(400, 'period', query.period, 'not a period (YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY)');
  const current = tableOf(sources, query.scope, query.period);
  if (!current.ok) return current;
  const table = current.body;
  const previousPeriod = previousPeriodOf(p);
  const previousResult = tableOf(sources, query.scope, periodKey(previousPeriod));
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
      period: periodKey(p),
      frequency: p.frequency,
      scope: query.scope,
      era: table.era,
      updatedAt: table.updatedAt,
      previousPeriod: previous ? periodKey(previousPeriod) : null,
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

function tableOf(sources: Scores766Sources, scope: Scope, key: string): DatasetResult<Table> {
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
