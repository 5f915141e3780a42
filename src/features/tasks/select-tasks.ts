/**
 * The tasks board's view models, pure: the stacked bars of the agencies (sorted by the overdue share),
 * the trend of the overdue share, and the rows of the task list as the table and the CSV write them.
 */
import type { StackedCategory, StackedSegment } from '../../charts/stacked/build-stacked-bar-option.ts';
import { formatDate } from '../../domain/format.ts';
import {
  countOf,
  overdueShare,
  sortByOverdueShare,
  TASK_STATUSES,
  type AgencyTaskCounts,
  type TaskCounts,
  type TaskRecord,
  type TaskStatus,
} from '../../domain/tasks.ts';
import type { Locale } from '../../domain/units.ts';
import type { Translate } from '../../i18n/i18n.tsx';

export type { AgencyName } from '../agencies/index.ts';
import type { AgencyName } from '../agencies/index.ts';

/** The stacked order, done first, so the overdue part ends every bar where the eye looks for it. */
export const TASK_SEGMENT_ORDER: readonly TaskStatus[] = [
  'done-on-time',
  'done-late',
  'in-progress',
  'overdue',
];

const SEGMENT_COLOR: Readonly<Record<TaskStatus, StackedSegment['color']>> = {
  'done-on-time': 'official',
  'done-late': 'estimate',
  'in-progress': 'preliminary',
  overdue: 'alarm',
};

export function taskSegments(t: Translate): StackedSegment[] {
  return TASK_SEGMENT_ORDER.map((status) => ({
    id: status,
    name: t(`tasks.status.${status}`),
    color: SEGMENT_COLOR[status],
  }));
}

/** One agency's row: its counts, its overdue share (null when none was assigned) and its names. */
export interface TaskBarRow extends AgencyName {
  readonly code: string;
  readonly counts: TaskCounts;
  readonly overdueShare: number | null;
}

/**
 * The agencies, highest overdue share first (ties: more overdue tasks, then name in Vietnamese order),
 * with their names; an agency the names do not know keeps its code as its name rather than vanish.
 */
export function selectTaskBars(
  rows: readonly AgencyTaskCounts[],
  names: ReadonlyMap<string, AgencyName>,
  compare: (a: string, b: string) => number,
): TaskBarRow[] {
  const nameOf = (code: string) => names.get(code)?.name ?? code;
  return sortByOverdueShare(rows, (a, b) => compare(nameOf(a), nameOf(b))).map((r) => ({
    code: r.code,
    counts: r.counts,
    overdueShare: overdueShare(r.counts),
    name: nameOf(r.code),
    short: names.get(r.code)?.short ?? nameOf(r.code),
  }));
}

/** The bars as the stacked builder draws them: counts in the segment order, the short name on the axis. */
export function taskBarCategories(rows: readonly TaskBarRow[]): StackedCategory[] {
  return rows.map((r) => ({
    code: r.code,
    name: r.short,
    values: TASK_SEGMENT_ORDER.map((status) => countOf(r.counts, status)),
  }));
}

/** A month of the trend: its year-to-date overdue share, null where nothing was assigned yet. */
export function selectOverdueTrend(counts: readonly TaskCounts[]): (number | null)[] {
  return counts.map(overdueShare);
}

/** The directive as the list writes it: "Thông báo 512/TB-VPCP ngày 14/10/2026". */
export function directiveLabel(task: TaskRecord, t: Translate, locale: Locale): string {
  return t('tasks.directive.label', {
    kind: t(`tasks.directive.${task.directive.kind}`),
    number: task.directive.number,
    date: formatDate(task.directive.date, locale),
  });
}

/** The CSV of the listed tasks, in the list's order: what the table shows, dates as ISO dates. */
export function taskListCsvRows(
  tasks: readonly TaskRecord[],
  nameOf: (code: string) => string,
  t: Translate,
  locale: Locale,
): { headers: string[]; rows: (string | number | null)[][] } {
  return {
    headers: [
      t('tasks.col.directive'),
      t('tasks.col.task'),
      t('tasks.key'),
      t('tasks.col.agency'),
      t('tasks.col.deadline'),
      t('tasks.col.daysOverdue'),
      t('tasks.col.status'),
    ],
    rows: tasks.map((task) => [
      directiveLabel(task, t, locale),
      task.text,
      task.key ? t('tasks.keyYes') : '',
      nameOf(task.agency),
      task.deadline,
      task.daysOverdue,
      t(`tasks.status.${task.status}`),
    ]),
  };
}

/** Every status, in the order the filter offers them. */
export const STATUS_FILTER_ORDER: readonly TaskStatus[] = [
  'overdue',
  'in-progress',
  'done-late',
  'done-on-time',
];

export { TASK_STATUSES };
