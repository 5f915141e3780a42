/**
 * Tasks assigned by the Government and the Prime Minister (nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao)
 * as the Government Office tracks them: each task comes from a directive, has an assignee, a deadline and
 * one of four statuses (the taxonomy of the Government Office's reports since report 1270/BC-TCTTTg of
 * 2017): completed on time, completed late, in progress within the deadline, overdue and not completed.
 *
 * Also the list a board shows: filtering, searching and sorting a loaded set of tasks on the client, the
 * same rules the feed applies when it pages the register on the server.
 */
import { dayNumber, daysBetween } from './calendar.ts';
import { foldVietnamese } from './text.ts';
import type { IsoDate, Scope } from './units.ts';

/** The four statuses, in the order a stacked bar shows them (done first, overdue last). */
export const TASK_STATUSES = ['done-on-time', 'done-late', 'in-progress', 'overdue'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** What decides a task's status. */
export interface TaskDates {
  readonly assigned: IsoDate;
  /** The deadline in force (after any extension). */
  readonly deadline: IsoDate;
  /** The day it was reported done; null while it is not. */
  readonly completed: IsoDate | null;
}

/**
 * The status of a task on `asOf` (the end of the reporting period):
 * - done by `asOf`: on time if done on or before the deadline, late after it;
 * - not done: overdue once the deadline has passed (a deadline of `asOf` itself is still within it),
 *   in progress otherwise.
 * A completion date after `asOf` is not known yet on `asOf`: such a task counts as not done.
 * @returns null for a task assigned after `asOf` (not in that period's register).
 */
export function taskStatusAt(dates: TaskDates, asOf: IsoDate): TaskStatus | null {
  if (dates.assigned > asOf) return null;
  // ISO dates order as strings.
  if (dates.completed !== null && dates.completed <= asOf) {
    return dates.completed <= dates.deadline ? 'done-on-time' : 'done-late';
  }
  return dates.deadline < asOf ? 'overdue' : 'in-progress';
}

/**
 * Days past the deadline on `asOf`: for an overdue task the days from the deadline to `asOf`, for a task
 * done late the days from the deadline to completion; 0 for the others.
 */
export function daysOverdueAt(dates: TaskDates, asOf: IsoDate): number {
  switch (taskStatusAt(dates, asOf)) {
    case 'overdue':
      return daysBetween(dates.deadline, asOf);
    case 'done-late':
      return dates.completed === null ? 0 : daysBetween(dates.deadline, dates.completed);
    default:
      return 0;
  }
}

/** Tasks by status, year to date; `assigned` is the sum of the four, `keyTasks` a subset of it. */
export interface TaskCounts {
  readonly assigned: number;
  readonly doneOnTime: number;
  readonly doneLate: number;
  readonly inProgress: number;
  readonly overdue: number;
  /** Key tasks (nhiệm vụ trọng tâm) among the assigned. */
  readonly keyTasks: number;
}

const COUNT_FIELD: Record<TaskStatus, 'doneOnTime' | 'doneLate' | 'inProgress' | 'overdue'> = {
  'done-on-time': 'doneOnTime',
  'done-late': 'doneLate',
  'in-progress': 'inProgress',
  overdue: 'overdue',
};

/** The count of `status` in `counts`. */
export function countOf(counts: TaskCounts, status: TaskStatus): number {
  return counts[COUNT_FIELD[status]];
}

/** Counts of a set of tasks, by status, with how many are key tasks. */
export function countTasks(
  tasks: Iterable<{ readonly status: TaskStatus; readonly key: boolean }>,
): TaskCounts {
  const counts = { assigned: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, keyTasks: 0 };
  for (const task of tasks) {
    counts.assigned++;
    counts[COUNT_FIELD[task.status]]++;
    if (task.key) counts.keyTasks++;
  }
  return counts;
}

/** The sum of several counts (agencies into a total). */
export function addTaskCounts(parts: Iterable<TaskCounts>): TaskCounts {
  const total = { assigned: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, keyTasks: 0 };
  for (const c of parts) {
    total.assigned += c.assigned;
    total.doneOnTime += c.doneOnTime;
    total.doneLate += c.doneLate;
    total.inProgress += c.inProgress;
    total.overdue += c.overdue;
    total.keyTasks += c.keyTasks;
  }
  return total;
}

/** Share of the assigned tasks that are overdue and not done, per cent; null when none was assigned. */
export function overdueShare(counts: TaskCounts): number | null {
  return counts.assigned > 0 ? (100 * counts.overdue) / counts.assigned : null;
}

/**
 * Share of the assigned tasks completed (on time or late), per cent, as the Government's monthly
 * resolution reports it ("đã hoàn thành 7.892 nhiệm vụ (80,3 %)"); null when none was assigned.
 */
export function completedShare(counts: TaskCounts): number | null {
  return counts.assigned > 0 ? (100 * (counts.doneOnTime + counts.doneLate)) / counts.assigned : null;
}

/** Share of each status in the assigned tasks, per cent, for a 100 % stacked bar; null when none. */
export function statusShares(counts: TaskCounts): Record<TaskStatus, number> | null {
  if (counts.assigned === 0) return null;
  const share = (n: number) => (100 * n) / counts.assigned;
  return {
    'done-on-time': share(counts.doneOnTime),
    'done-late': share(counts.doneLate),
    'in-progress': share(counts.inProgress),
    overdue: share(counts.overdue),
  };
}

export interface AgencyTaskCounts {
  readonly code: string;
  readonly counts: TaskCounts;
}

/**
 * Agencies ordered for the stacked bars: the highest overdue share first; equal shares by the larger
 * overdue count, then by `tieOrder` (official code order by default). Agencies with no task assigned go
 * last, since they have no share at all.
 */
export function sortByOverdueShare<T extends AgencyTaskCounts>(
  rows: readonly T[],
  tieOrder: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): T[] {
  return [...rows].sort((a, b) => {
    const sa = overdueShare(a.counts);
    const sb = overdueShare(b.counts);
    if (sa === null || sb === null) return sa === sb ? tieOrder(a.code, b.code) : sa === null ? 1 : -1;
    return sb - sa || b.counts.overdue - a.counts.overdue || tieOrder(a.code, b.code);
  });
}

/** Agencies with at least one overdue task, the most overdue tasks first (ties by `tieOrder`). */
export function agenciesWithOverdue<T extends AgencyTaskCounts>(
  rows: readonly T[],
  tieOrder: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): T[] {
  return rows
    .filter((r) => r.counts.overdue > 0)
    .sort((a, b) => b.counts.overdue - a.counts.overdue || tieOrder(a.code, b.code));
}

// ---------------------------------------------------------------------------------------------------
// Directives and the register

/**
 * Kinds of directive documents tasks come from: Nghị quyết of the Government (…/NQ-CP), Quyết định and
 * Chỉ thị of the Prime Minister (…/QĐ-TTg, …/CT-TTg), Công điện (…/CĐ-TTg), Thông báo kết luận of the
 * Government Office (…/TB-VPCP) and Government Office letters conveying the Prime Minister's direction
 * (…/VPCP-KTTH and the like).
 */
export const DIRECTIVE_KINDS = [
  'resolution',
  'decision',
  'directive',
  'dispatch',
  'notice',
  'letter',
] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface Directive {
  readonly kind: DirectiveKind;
  /** Number and symbol as printed: "512/TB-VPCP", "18/NQ-CP". */
  readonly number: string;
  /** Date of issue. */
  readonly date: IsoDate;
}

/** One task of the register as the board lists it, with its status on the register's as-of date. */
export interface TaskRecord {
  readonly id: string;
  readonly directive: Directive;
  readonly text: string;
  readonly scope: Scope;
  /** The assignee's code in the era in force on the as-of date. */
  readonly agency: string;
  readonly key: boolean;
  readonly assigned: IsoDate;
  readonly deadline: IsoDate;
  /** The first deadline, when it was extended. */
  readonly originalDeadline?: IsoDate;
  readonly completed: IsoDate | null;
  readonly status: TaskStatus;
  readonly daysOverdue: number;
}

// ---------------------------------------------------------------------------------------------------
// Filtering and sorting a loaded set (client side; the feed uses the same functions server side)

export const TASK_SORTS = ['days-overdue', 'deadline', 'agency', 'assigned'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

/** The order each sort starts in: most overdue, nearest deadline, agency A–Z, newest first. */
export const DEFAULT_SORT_ORDER: Record<TaskSort, SortOrder> = {
  'days-overdue': 'desc',
  deadline: 'asc',
  agency: 'asc',
  assigned: 'desc',
};

export interface TaskListQuery {
  /** Only these statuses; empty or absent: all. */
  readonly statuses?: readonly TaskStatus[];
  readonly keyOnly?: boolean;
  readonly scope?: Scope;
  /** One assignee (code in the register's era). */
  readonly agency?: string;
  /** Free text, every word must occur, diacritics and case ignored ("giai ngan" finds "giải ngân"). */
  readonly search?: string;
  readonly sort?: TaskSort;
  readonly order?: SortOrder;
}

/** The list a board opens with: overdue tasks, most days overdue first. */
export const DEFAULT_TASK_QUERY: TaskListQuery = { statuses: ['overdue'], sort: 'days-overdue' };

/** Code units below this fold through a table; the few above (dashes, quotes) through a cache. */
const TABLE_SIZE = 0x2000;
const SPACE = 32;
/** The fold of each code unit: a code unit, or DROP for a combining mark. */
const DROP = 0xffff;
let foldTable: Uint16Array | undefined;
const foldedRare = new Map<number, string>();

function table(): Uint16Array {
  if (foldTable) return foldTable;
  foldTable = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    const folded = /\s/.test(ch) ? ' ' : foldVietnamese(ch);
    foldTable[c] = folded.length === 0 ? DROP : folded.length === 1 ? folded.charCodeAt(0) : c;
  }
  return foldTable;
}

/**
 * {@link foldVietnamese} of a long text through a table of the folds of single characters (a test checks
 * the two agree): normalising every task of a 10,000-task register to NFD and stripping its marks with a
 * Unicode regex was most of the time it took to prepare the list.
 */
export function foldLongText(text: string): string {
  const t = table();
  // One buffer of code units, one string at the end: concatenating piece by piece made garbage enough
  // for the collector to dominate.
  if (buffer.length < text.length * 2) buffer = new Uint16Array(text.length * 2);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded: number | string = code < TABLE_SIZE ? (t[code] ?? code) : rareFold(code);
    if (folded === DROP || folded === '') continue;
    if (folded === SPACE || folded === ' ') {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      buffer[n++] = SPACE;
      pendingSpace = false;
    }
    if (typeof folded === 'number') buffer[n++] = folded;
    else for (let j = 0; j < folded.length; j++) buffer[n++] = folded.charCodeAt(j);
  }
  return UTF16.decode(buffer.subarray(0, n));
}

// Uint16Array holds code units in the platform's byte order: little-endian on every engine that runs this.
const UTF16 = new TextDecoder('utf-16le');

let buffer = new Uint16Array(1024);

function rareFold(code: number): string {
  let rare = foldedRare.get(code);
  if (rare === undefined) {
    const ch = String.fromCharCode(code);
    rare = /\s/.test(ch) ? ' ' : foldVietnamese(ch);
    foldedRare.set(code, rare);
  }
  return rare;
}

interface IndexedTask<T extends TaskRecord> {
  readonly task: T;
  readonly haystack: string;
  readonly deadlineDay: number;
  readonly assignedDay: number;
  readonly agencyRank: number;
}

/** A set of tasks prepared once for repeated filtering and sorting (folded text, numeric sort keys). */
export interface TaskIndex<T extends TaskRecord = TaskRecord> {
  readonly entries: readonly IndexedTask<T>[];
}

export interface TaskIndexOptions<T extends TaskRecord> {
  /**
   * The assignee's display name, for search and for the agency sort: sorting by code would put Hà Nội
   * (01) before An Giang (91).
   */
  readonly agencyName: (task: T) => string;
  /** Comparator of agency names (Vietnamese alphabetical order: `compareNames('vi')`). */
  readonly compareNames: (a: string, b: string) => number;
  /** Extra searchable text of a task, e.g. the directive's kind as the reader sees it ("Thông báo"). */
  readonly extraText?: (task: T) => string;
}

/**
 * Prepares `tasks` for {@link queryTasks}: folding Vietnamese text is the costly step of a search, so it
 * is done once per load, not once per keystroke. Searchable: the task, the directive number, the agency
 * name and `extraText`.
 */
export function indexTasks<T extends TaskRecord>(
  tasks: readonly T[],
  options: TaskIndexOptions<T>,
): TaskIndex<T> {
  const names = new Map<string, string>();
  for (const task of tasks) {
    const key = `${task.scope}:${task.agency}`;
    if (!names.has(key)) names.set(key, options.agencyName(task));
  }
  const ordered = [...names.entries()].sort(([, a], [, b]) => options.compareNames(a, b));
  const rank = new Map(ordered.map(([key], i) => [key, i]));
  const entries = tasks.map((task) => {
    const key = `${task.scope}:${task.agency}`;
    const extra = options.extraText ? ` ${options.extraText(task)}` : '';
    return {
      task,
      haystack: foldLongText(`${task.text} ${task.directive.number} ${names.get(key) ?? ''}${extra}`),
      deadlineDay: dayNumber(task.deadline),
      assignedDay: dayNumber(task.assigned),
      agencyRank: rank.get(key) ?? 0,
    };
  });
  return { entries };
}

export interface TaskQueryResult<T extends TaskRecord> {
  /** The matching tasks, sorted. */
  readonly tasks: T[];
  /**
   * Counts by status of the tasks matching every filter but the status one, so status chips can say how
   * many each would show.
   */
  readonly statusCounts: Record<TaskStatus, number>;
}

/**
 * Filters and sorts an indexed set. Ties keep a stable, meaningful order: by deadline, then by id.
 * Linear in the set plus one sort of the matches: about 10 ms for 10,000 tasks (test/bench/task-list.ts).
 */
export function queryTasks<T extends TaskRecord>(
  index: TaskIndex<T>,
  query: TaskListQuery,
): TaskQueryResult<T> {
  const statuses = query.statuses && query.statuses.length > 0 ? new Set(query.statuses) : null;
  const tokens = query.search ? foldVietnamese(query.search).split(' ').filter(Boolean) : [];
  const statusCounts: Record<TaskStatus, number> = {
    'done-on-time': 0,
    'done-late': 0,
    'in-progress': 0,
    overdue: 0,
  };
  const matches: IndexedTask<T>[] = [];
  for (const entry of index.entries) {
    const task = entry.task;
    if (query.keyOnly && !task.key) continue;
    if (query.scope && task.scope !== query.scope) continue;
    if (query.agency !== undefined && task.agency !== query.agency) continue;
    if (tokens.length > 0 && !tokens.every((t) => entry.haystack.includes(t))) continue;
    statusCounts[task.status]++;
    if (statuses && !statuses.has(task.status)) continue;
    matches.push(entry);
  }
  const sort = query.sort ?? 'days-overdue';
  const sign = (query.order ?? DEFAULT_SORT_ORDER[sort]) === 'asc' ? 1 : -1;
  const primary = (e: IndexedTask<T>): number => {
    switch (sort) {
      case 'days-overdue':
        return e.task.daysOverdue;
      case 'deadline':
        return e.deadlineDay;
      case 'agency':
        return e.agencyRank;
      case 'assigned':
        return e.assignedDay;
    }
  };
  matches.sort(
    (a, b) =>
      sign * (primary(a) - primary(b)) ||
      a.deadlineDay - b.deadlineDay ||
      (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0),
  );
  return { tasks: matches.map((e) => e.task), statusCounts };
}

export interface TaskPage<T> {
  readonly rows: T[];
  /** From 1. */
  readonly page: number;
  readonly pageSize: number;
  /** At least 1, so an empty result is one empty page. */
  readonly pageCount: number;
  readonly total: number;
}

/** Page `page` (from 1) of `rows`; null when `page` is past the last page. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): TaskPage<T> | null {
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  if (page < 1 || page > pageCount) return null;
  const start = (page - 1) * pageSize;
  return { rows: rows.slice(start, start + pageSize), page, pageSize, pageCount, total: rows.length };
}
