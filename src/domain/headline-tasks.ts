/**
 * The headline of the tasks board ("Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao"): the national year to
 * date, the completion rate against the same period last year, the agencies with overdue tasks and the
 * key tasks. Percentages as the Government's resolution writes them: completed to one decimal, overdue
 * to two.
 */
import {
  changePhrase,
  compose,
  headline,
  joinNames,
  num,
  type HeadlineContext,
  type HeadlineSentence,
} from './headline.ts';
import { formatPeriod, type Period } from './period.ts';
import {
  agenciesWithOverdue,
  completedShare,
  overdueShare,
  type AgencyTaskCounts,
  type TaskCounts,
} from './tasks.ts';
import type { Scope } from './units.ts';

/** Figure ids of the tasks board, shared by its panels and its headline. */
export const TASK_FIGURES = {
  assigned: 'tasks.national.assigned',
  completedShare: 'tasks.national.completed-share',
  completedShareChange: 'tasks.national.completed-share-change',
  overdue: 'tasks.national.overdue',
  overdueShare: 'tasks.national.overdue-share',
  withOverdue: (scope: Scope) => `tasks.${scope}.with-overdue`,
  agencyOverdue: (scope: Scope, code: string) => `tasks.${scope}.${code}.overdue`,
  keyAssigned: 'tasks.key.assigned',
  keyOverdue: 'tasks.key.overdue',
  keyOverdueShare: 'tasks.key.overdue-share',
} as const;

export const COMPLETED_DECIMALS = 1;
export const OVERDUE_DECIMALS = 2;

export interface TasksHeadlineInput {
  /** The period shown; counts are from 1 January to its end. */
  readonly period: Period;
  /** The nation ("cả nước"), as the board's KPI tiles show it. */
  readonly national: TaskCounts | null;
  /** The nation in the same period last year. */
  readonly nationalLastYear?: TaskCounts | null;
  /** The agencies of each kind the board shows (their bars); absent or empty when it shows none. */
  readonly ministries?: readonly AgencyTaskCounts[] | null;
  readonly provinces?: readonly AgencyTaskCounts[] | null;
  /** Key tasks of the nation by status. */
  readonly keyTasks?: TaskCounts | null;
  readonly nameOf: (scope: Scope, code: string) => string;
}

export function tasksHeadline(input: TasksHeadlineInput, ctx: HeadlineContext): HeadlineSentence[] {
  return headline([
    national(input, ctx),
    change(input, ctx),
    overdueAgencies(input, ctx),
    keyTasks(input, ctx),
  ]);
}

function national(input: TasksHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const n = input.national;
  const completed = n ? completedShare(n) : null;
  const overdue = n ? overdueShare(n) : null;
  if (!n || completed === null || overdue === null) return null;
  return compose(ctx, 'headline.tasks.national', {
    period: formatPeriod(input.period, ctx.locale, { cumulative: true }),
    assigned: num(n.assigned, TASK_FIGURES.assigned, { kind: 'count' }),
    completedShare: num(completed, TASK_FIGURES.completedShare, {
      kind: 'percent',
      decimals: COMPLETED_DECIMALS,
    }),
    overdue: num(n.overdue, TASK_FIGURES.overdue, { kind: 'count' }),
    overdueShare: num(overdue, TASK_FIGURES.overdueShare, { kind: 'percent', decimals: OVERDUE_DECIMALS }),
  });
}

function change(input: TasksHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const now = input.national ? completedShare(input.national) : null;
  const before = input.nationalLastYear ? completedShare(input.nationalLastYear) : null;
  if (now === null || before === null) return null;
  return compose(ctx, 'headline.tasks.completedChange', {
    change: changePhrase(ctx, 'pp', now - before, COMPLETED_DECIMALS, TASK_FIGURES.completedShareChange),
  });
}

function overdueAgencies(input: TasksHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const scopes = (
    [
      ['ministry', input.ministries],
      ['province', input.provinces],
    ] as const
  ).filter((entry): entry is readonly [Scope, readonly AgencyTaskCounts[]] => (entry[1]?.length ?? 0) > 0);
  // "Nhiều nhất là …" needs more than one agency to compare.
  if (scopes.reduce((s, [, rows]) => s + rows.length, 0) < 2) return null;
  const all = scopes.flatMap(([scope, rows]) => agenciesWithOverdue(rows).map((r) => ({ scope, ...r })));
  if (all.length === 0) return compose(ctx, 'headline.tasks.noOverdue', {});
  const most = Math.max(...all.map((r) => r.counts.overdue));
  const top = all.filter((r) => r.counts.overdue === most);
  const first = top[0];
  if (!first) return null;
  const slots = {
    worst: joinNames(
      ctx,
      top.slice(0, 3).map((r) => input.nameOf(r.scope, r.code)),
    ),
    worstCount: num(most, TASK_FIGURES.agencyOverdue(first.scope, first.code), { kind: 'count' }),
    ministries: num(all.filter((r) => r.scope === 'ministry').length, TASK_FIGURES.withOverdue('ministry'), {
      kind: 'count',
    }),
    provinces: num(all.filter((r) => r.scope === 'province').length, TASK_FIGURES.withOverdue('province'), {
      kind: 'count',
    }),
  };
  if (scopes.length === 2) return compose(ctx, 'headline.tasks.overdueBoth', slots);
  return compose(
    ctx,
    scopes[0]?.[0] === 'ministry' ? 'headline.tasks.overdueMinistries' : 'headline.tasks.overdueProvinces',
    slots,
  );
}

function keyTasks(input: TasksHeadlineInput, ctx: HeadlineContext): HeadlineSentence | null {
  const k = input.keyTasks;
  const share = k ? overdueShare(k) : null;
  if (!k || share === null) return null;
  return compose(ctx, 'headline.tasks.key', {
    key: num(k.assigned, TASK_FIGURES.keyAssigned, { kind: 'count' }),
    keyOverdue: num(k.overdue, TASK_FIGURES.keyOverdue, { kind: 'count' }),
    keyOverdueShare: num(share, TASK_FIGURES.keyOverdueShare, {
      kind: 'percent',
      decimals: OVERDUE_DECIMALS,
    }),
  });
}
