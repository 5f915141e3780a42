/**
 * The overview's view state lives in the URL search params, so a copied URL reopens the same view and
 * back/forward step through changes. Parsing is total (any string gives a usable state, unknown values
 * fall back to defaults) and serialising omits defaults, so URLs stay short and canonical.
 */
import { INDICATOR_GROUPS, type IndicatorGroup } from '../../domain/indicators.ts';
import { parsePeriod } from '../../domain/period.ts';
import { REGION_IDS, type ProvinceEraId, type RegionId } from '../../domain/units.ts';
import type { PanelState } from '../board/index.ts';

/** The overview's URL state: the board's choices, and its panels' own state. */
export interface OverviewState extends PanelState {
  readonly group: IndicatorGroup | null;
  /** Indicator id; null means the board's default. */
  readonly indicator: string | null;
  /** Period key ('2026-10', '2026-Q3', '2026'); null means the latest period of the indicator. */
  readonly period: string | null;
  readonly era: ProvinceEraId;
  readonly region: RegionId | null;
}

export const MAX_COMPARE = 4;

export const DEFAULT_OVERVIEW_STATE: OverviewState = {
  group: null,
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
const UNIT_CODE = /^\d{2}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

export function parseOverviewState(search: URLSearchParams): OverviewState {
  const d = DEFAULT_OVERVIEW_STATE;
  const indicator = search.get('indicator');
  const period = search.get('period');
  const compare = (search.get('compare') ?? '')
    .split(',')
    .filter((code) => UNIT_CODE.test(code))
    .filter((code, i, all) => all.indexOf(code) === i)
    .slice(0, MAX_COMPARE);
  return {
    group: INDICATOR_GROUPS.find((g) => g === search.get('group')) ?? null,
    indicator: indicator !== null && INDICATOR_ID.test(indicator) ? indicator : null,
    period: period !== null && parsePeriod(period) ? period : null,
    era: oneOf(search.get('era'), ['34', '63'] as const, d.era),
    region: REGION_IDS.find((r) => r === search.get('region')) ?? null,
    compare,
    trendMode: oneOf(search.get('trend'), ['period', 'cumulative', ''] as const, '') || null,
    mapView: oneOf(search.get('mapView'), ['map', 'table'] as const, d.mapView),
    rankingView: oneOf(search.get('rankingView'), ['table', 'chart'] as const, d.rankingView),
    trendView: oneOf(search.get('trendView'), ['chart', 'table'] as const, d.trendView),
    slice: oneOf(search.get('slice'), ['all', 'top', 'bottom'] as const, d.slice),
  };
}

/**
 * Writes `state` over `base` (which keeps parameters this board does not own, such as `lang` and
 * `theme`), leaving out every value equal to its default. Parameters are written in a fixed order.
 */
export function serializeOverviewState(state: OverviewState, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  const d = DEFAULT_OVERVIEW_STATE;
  const entries: [string, string | null][] = [
    ['group', state.group],
    ['indicator', state.indicator],
    ['period', state.period],
    ['era', state.era === d.era ? null : state.era],
    ['region', state.region],
    ['compare', state.compare.length ? state.compare.slice(0, MAX_COMPARE).join(',') : null],
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
