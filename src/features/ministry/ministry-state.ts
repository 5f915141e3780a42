/**
 * The ministry page's view state in the URL: the set of the body (`era`, the 17 by default), the
 * indicator of its trend, the bodies it is compared with, the sort of its indicator table.
 */
import type { MinistryEraId } from '../../domain/units.ts';
import type { TrendMode, TrendView } from '../board/index.ts';
import type { ProfileSort } from './select-ministry-profile.ts';

export interface MinistryState {
  readonly era: MinistryEraId;
  readonly indicator: string | null;
  /** Other bodies of the set drawn on the trend. */
  readonly peers: readonly string[];
  readonly sort: ProfileSort;
  readonly descending: boolean;
  readonly trendView: TrendView;
  readonly trendMode: TrendMode | null;
}

export const MAX_MINISTRY_PEERS = 3;
const SORTS: readonly ProfileSort[] = ['group', 'name', 'change', 'rank', 'rankChange'];
const MINISTRY_CODE = /^[A-Z]{2,8}$/;

export function parseMinistryState(search: URLSearchParams): MinistryState {
  const indicator = search.get('indicator');
  const mode = search.get('trend');
  return {
    era: search.get('era') === '22' ? '22' : '17',
    indicator: indicator && /^[a-z0-9-]{1,64}$/.test(indicator) ? indicator : null,
    peers: (search.get('peers') ?? '')
      .split(',')
      .filter((c) => MINISTRY_CODE.test(c))
      .filter((c, i, all) => all.indexOf(c) === i)
      .slice(0, MAX_MINISTRY_PEERS),
    sort: SORTS.find((s) => s === search.get('sort')) ?? 'group',
    descending: search.get('desc') === '1',
    trendView: search.get('trendView') === 'table' ? 'table' : 'chart',
    trendMode: mode === 'period' || mode === 'cumulative' ? mode : null,
  };
}

export function serializeMinistryState(state: MinistryState, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  const entries: [string, string | null][] = [
    ['era', state.era === '22' ? '22' : null],
    ['indicator', state.indicator],
    ['peers', state.peers.length ? state.peers.slice(0, MAX_MINISTRY_PEERS).join(',') : null],
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
