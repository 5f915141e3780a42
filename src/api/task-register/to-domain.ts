import { parsePeriod, type Period } from '../../domain/period.ts';
import type { AgencyTaskCounts, TaskCounts, TaskPage, TaskRecord, TaskStatus } from '../../domain/tasks.ts';
import type { TaskCountsResponse, TaskRegisterResponse, TaskTrendResponse } from './schema.ts';

/** A page of the register as the domain reads it: the list functions take `TaskRecord`s. */
export interface TaskRegisterPage extends TaskPage<TaskRecord> {
  readonly period: Period;
  readonly asOf: string;
  /** Counts of the matching tasks by status, the status filter left aside. */
  readonly statusCounts: Record<TaskStatus, number>;
}

function periodOf(key: string): Period {
  const p = parsePeriod(key);
  // The schema has checked the pattern; a null here is a contract bug, not bad data.
  if (!p) throw new Error(`Unparseable period ${key}`);
  return p;
}

export function toTaskRegisterPage(response: TaskRegisterResponse): TaskRegisterPage {
  return {
    period: periodOf(response.period),
    asOf: response.asOf,
    rows: response.rows.map(({ era: _era, originalDeadline, ...task }) => ({
      ...task,
      ...(originalDeadline !== undefined ? { originalDeadline } : {}),
    })),
    page: response.page,
    pageSize: response.pageSize,
    pageCount: response.pageCount,
    total: response.total,
    statusCounts: {
      'done-on-time': response.statusCounts.doneOnTime,
      'done-late': response.statusCounts.doneLate,
      'in-progress': response.statusCounts.inProgress,
      overdue: response.statusCounts.overdue,
    },
  };
}

/** Counts by agency, for the stacked bars (with or without the key-task filter). */
export function toAgencyTaskCounts(response: TaskCountsResponse): AgencyTaskCounts[] {
  return response.rows.map((r) => ({ code: r.code, counts: r.counts }));
}

/** A trend as periods and counts side by side. */
export function toTaskTrend(response: TaskTrendResponse): { periods: Period[]; counts: TaskCounts[] } {
  return { periods: response.periods.map(periodOf), counts: response.counts };
}
