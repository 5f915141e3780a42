/**
 * A board's view state in the URL: whose figures (`agencies`), the indicator, period, province era and
 * region, and the panels' own switches. The same parameter names as the overview, so an old overview
 * link (`/?group=tasks&indicator=…`) opens the same view on the board that replaced it. Parsing is total
 * (any string gives a usable state; unknown values fall back to defaults) and serialising leaves
 * defaults out, so URLs stay short and canonical.
 */
import { parsePeriod } from '../../domain/period.ts';
import { REGION_IDS, type ProvinceEraId, type RegionId } from '../../domain/units.ts';
import { AGENCIES_PARAM, parseAgencyKind, type AgencyKind } from '../agencies/index.ts';
import type { PanelState } from '../board/index.ts';

export interface BoardState extends PanelState {
  readonly agencies: AgencyKind;
  /** Indicator id; null means the board's default. */
  readonly indicator: string | null;
  /** Period key ('2026-10', '2026-Q3', '2026'); null means the latest period of the indicator. */
  readonly period: string | null;
  /** The province map on show (provinces only; kept while ministries are shown). */
  readonly era: ProvinceEraId;
  readonly region: RegionId | null;
}

/** At most this many units (or ministries) on the trend beside the total. */
export const MAX_BOARD_COMPARE = 4;

export const DEFAULT_BOARD_STATE: BoardState = {
  agencies: 'province',
  indicator: null,
  period: null,
  era: '34',
  region: null,
  compare: [],
  trendMode: null,
  mapView: 'map',
  rankingView: 'table',
  trendView: 'chart',
  slice: 'all',
};

const INDICATOR_ID = /^[a-z0-9-]{1,64}$/;
/** Official codes: two digits for a province, a short upper-case id for a ministry ("TC", "NNMT"). */
const AGENCY_CODE: Readonly<Record<AgencyKind, RegExp>> = {
  province: /^\d{2}$/,
  ministry: /^[A-Z]{2,8}$/,
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

export function parseBoardState(search: URLSearchParams): BoardState {
  const d = DEFAULT_BOARD_STATE;
  const agencies = parseAgencyKind(search);
  const indicator = search.get('indicator');
  const period = search.get('period');
  const compare = (search.get('compare') ?? '')
    .split(',')
    .filter((code) => AGENCY_CODE[agencies].test(code))
    .filter((code, i, all) => all.indexOf(code) === i)
    .slice(0, MAX_BOARD_COMPARE);
  return {
    agencies,
    indicator: indicator !== null && INDICATOR_ID.test(indicator) ? indicator : null,
    period: period !== null && parsePeriod(period) ? period : null,
    era: oneOf(search.get('era'), ['34', '63'] as const, d.era),
    // Regions group provinces; a board of ministries has none.
    region: agencies === 'province' ? (REGION_IDS.find((r) => r === search.get('region')) ?? null) : null,
    compare,
    trendMode: oneOf(search.get('trend'), ['period', 'cumulative', ''] as const, '') || null,
    mapView: oneOf(search.get('mapView'), ['map', 'table'] as const, d.mapView),
    rankingView: oneOf(search.get('rankingView'), ['table', 'chart'] as const, d.rankingView),
    trendView: oneOf(search.get('trendView'), ['chart', 'table'] as const, d.trendView),
    slice: oneOf(search.get('slice'), ['all', 'top', 'bottom'] as const, d.slice),
  };
}

/**
 * Writes `state` over `base` (which keeps parameters the board does not own, such as `lang` and
 * `theme`), leaving out every value equal to its default. Parameters are written in a fixed order.
 */
export function serializeBoardState(state: BoardState, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  const d = DEFAULT_BOARD_STATE;
  const entries: [string, string | null][] = [
    [AGENCIES_PARAM, state.agencies === d.agencies ? null : state.agencies],
    ['indicator', state.indicator],
    ['period', state.period],
    ['era', state.era === d.era ? null : state.era],
    ['region', state.agencies === 'province' ? state.region : null],
    ['compare', state.compare.length ? state.compare.slice(0, MAX_BOARD_COMPARE).join(',') : null],
    ['trend', state.trendMode],
    ['mapView', state.mapView === d.mapView ? null : state.mapView],
    ['rankingView', state.rankingView === d.rankingView ? null : state.rankingView],
    ['trendView', state.trendView === d.trendView ? null : state.trendView],
    ['slice', state.slice === d.slice ? null : state.slice],
  ];
  for (const [key, value] of entries) {
    next.delete(key);
    if (value !== null) next.set(key, value);
  }
  return next;
}
