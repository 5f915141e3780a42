/**
 * The province page's view state in the URL: era of the unit, the indicator of its trend, the peers it
 * is compared with, the period of the former-unit breakdown, the sort of its indicator table.
 */
import { parsePeriod } from '../../domain/period.ts';
import type { ProvinceEraId } from '../../domain/units.ts';
import type { TrendMode, TrendView } from '../board/index.ts';

export type ProvinceSort = 'group' | 'name' | 'value' | 'change' | 'rank' | 'rankChange';

export interface ProvinceState {
  readonly era: ProvinceEraId;
  readonly indicator: string | null;
  readonly peers: readonly string[];
  readonly breakdownPeriod: string | null;
  readonly sort: ProvinceSort;
  readonly descending: boolean;
  readonly trendView: TrendView;
  readonly trendMode: TrendMode | null;
}

export const MAX_PEERS = 4;
const SORTS: readonly ProvinceSort[] = ['group', 'name', 'value', 'change', 'rank', 'rankChange'];

export function parseProvinceState(search: URLSearchParams): ProvinceState {
  const indicator = search.get('indicator');
  const breakdown = search.get('breakdown');
  const sort = SORTS.find((s) => s === search.get('sort')) ?? 'group';
  const mode = search.get('trend');
  return {
    era: search.get('era') === '63' ? '63' : '34',
    indicator: indicator && /^[a-z0-9-]{1,64}$/.test(indicator) ? indicator : null,
    peers: (search.get('peers') ?? '')
      .split(',')
      .filter((c) => /^\d{2}$/.test(c))
      .filter((c, i, all) => all.indexOf(c) === i)
      .slice(0, MAX_PEERS),
    breakdownPeriod: breakdown && parsePeriod(breakdown) ? breakdown : null,
    sort,
    descending: search.get('desc') === '1',
    trendView: search.get('trendView') === 'table' ? 'table' : 'chart',
    trendMode: mode === 'period' || mode === 'cumulative' ? mode : null,
  };
}

export function serializeProvinceState(state: ProvinceState, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  const entries: [string, string | null][] = [
    ['era', state.era === '63' ? '63' : null],
    ['indicator', state.indicator],
    ['peers', state.peers.length ? state.peers.slice(0, MAX_PEERS).join(',') : null],
    ['breakdown', state.breakdownPeriod],
    ['sort', state.sort === 'group' ? null : state.sort],
    ['desc', state.descending ? '1' : null],
    ['trendView', state.trendView === 'chart' ? null : state.trendView],
    ['trend', state.trendMode],
  ];
  for (const [key, value] of entries) {
    next.delete(key);
    if (value !== null) next.set(key, value);
  }
  return next;
}
