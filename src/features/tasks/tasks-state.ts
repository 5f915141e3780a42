/**
 * The tasks board's view in the URL: whose tasks (`agencies`), the month (`period`, year to date at its
 * end), key tasks only (`key`), how the bars and the trend are shown, and the list's filters and sort.
 * Parsing is total (any string gives a usable state) and serialising leaves defaults out, so a link is
 * short and canonical. The list opens on the overdue tasks, most days overdue first.
 */
import { parsePeriod } from '../../domain/period.ts';
import {
  TASK_SORTS,
  TASK_STATUSES,
  type SortOrder,
  type TaskSort,
  type TaskStatus,
} from '../../domain/tasks.ts';
import { AGENCIES_PARAM, parseAgencyKind, type AgencyKind } from '../agencies/index.ts';

export interface TasksState {
  readonly agencies: AgencyKind;
  /** A month key ('2026-10'); null means the latest month. */
  readonly period: string | null;
  readonly keyOnly: boolean;
  readonly barsView: 'chart' | 'table';
  readonly trendView: 'chart' | 'table';
  /** The list's statuses; empty means every status. */
  readonly statuses: readonly TaskStatus[];
  /** One assignee's code, or null for all. */
  readonly agency: string | null;
  readonly search: string;
  readonly sort: TaskSort;
  /** null: the sort's own order (most overdue, nearest deadline, A–Z, newest). */
  readonly order: SortOrder | null;
}

export const DEFAULT_TASKS_STATE: TasksState = {
  agencies: 'province',
  period: null,
  keyOnly: false,
  barsView: 'chart',
  trendView: 'chart',
  statuses: ['overdue'],
  agency: null,
  search: '',
  sort: 'days-overdue',
  order: null,
};

const AGENCY_CODE: Readonly<Record<AgencyKind, RegExp>> = {
  province: /^\d{2}$/,
  ministry: /^[A-Z]{2,8}$/,
};
/** `status=all` says "every status" (an empty parameter would read as the default). */
const ALL_STATUSES = 'all';

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

export function parseTasksState(search: URLSearchParams): TasksState {
  const d = DEFAULT_TASKS_STATE;
  const agencies = parseAgencyKind(search);
  const period = search.get('period');
  const statusParam = search.get('status');
  const statuses =
    statusParam === null
      ? d.statuses
      : statusParam === ALL_STATUSES
        ? []
        : TASK_STATUSES.filter((s) => statusParam.split(',').includes(s));
  const agency = search.get('agency');
  const order = search.get('order');
  return {
    agencies,
    period: period !== null && parsePeriod(period)?.frequency === 'month' ? period : null,
    keyOnly: search.get('key') === 'true',
    barsView: oneOf(search.get('barsView'), ['chart', 'table'] as const, d.barsView),
    trendView: oneOf(search.get('trendView'), ['chart', 'table'] as const, d.trendView),
    // An unreadable list of statuses falls back to the default rather than to "all".
    statuses:
      statusParam !== null && statusParam !== ALL_STATUSES && statuses.length === 0 ? d.statuses : statuses,
    agency: agency !== null && AGENCY_CODE[agencies].test(agency) ? agency : null,
    search: (search.get('q') ?? '').slice(0, 200),
    sort: oneOf(search.get('sort'), TASK_SORTS, d.sort),
    order: order === 'asc' || order === 'desc' ? order : null,
  };
}

function sameStatuses(a: readonly TaskStatus[], b: readonly TaskStatus[]): boolean {
  return a.length === b.length && a.every((s) => b.includes(s));
}

/** Writes `state` over `base` (keeping `lang`, `theme` and the like), defaults left out, in a fixed order. */
export function serializeTasksState(state: TasksState, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  const d = DEFAULT_TASKS_STATE;
  const entries: [string, string | null][] = [
    [AGENCIES_PARAM, state.agencies === d.agencies ? null : state.agencies],
    ['period', state.period],
    ['key', state.keyOnly ? 'true' : null],
    ['barsView', state.barsView === d.barsView ? null : state.barsView],
    ['trendView', state.trendView === d.trendView ? null : state.trendView],
    [
      'status',
      sameStatuses(state.statuses, d.statuses)
        ? null
        : state.statuses.length === 0
          ? ALL_STATUSES
          : TASK_STATUSES.filter((s) => state.statuses.includes(s)).join(','),
    ],
    ['agency', state.agency],
    ['q', state.search.trim() ? state.search : null],
    ['sort', state.sort === d.sort ? null : state.sort],
    ['order', state.order],
  ];
  for (const [key, value] of entries) {
    next.delete(key);
    if (value !== null) next.set(key, value);
  }
  return next;
}
