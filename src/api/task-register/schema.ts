/**
 * The task register (`/task-register`), per-agency counts computed from it (`/task-counts`, which can
 * count key tasks only) and monthly totals over a range (`/task-trend`): the tasks behind the `/tasks`
 * summaries, so that a list's counts equal the bars'.
 */
import * as z from 'zod/mini';
import {
  DIRECTIVE_KINDS,
  TASK_SORTS,
  TASK_STATUSES,
  daysOverdueAt,
  taskStatusAt,
} from '../../domain/tasks.ts';
import {
  agencyCodeSchema,
  countSchema,
  described,
  eraSchema,
  isoDateSchema,
  ministryEraSchema,
  periodKeySchema,
  provinceEraSchema,
  scopeSchema,
} from '../common/schema.ts';
import { taskCountsSchema } from '../tasks/schema.ts';

/** Largest page of the register the feed serves. */
export const MAX_TASK_PAGE_SIZE = 500;
export const DEFAULT_TASK_PAGE_SIZE = 50;

export const taskStatusSchema = z
  .enum(TASK_STATUSES)
  .check(
    z.describe(
      'Đã hoàn thành đúng hạn, đã hoàn thành quá hạn, đang thực hiện trong hạn, quá hạn chưa hoàn thành',
    ),
  );

export const directiveSchema = z.object({
  kind: described(
    z.enum(DIRECTIVE_KINDS),
    'Nghị quyết (NQ-CP), Quyết định (QĐ-TTg), Chỉ thị (CT-TTg), Công điện (CĐ-TTg), Thông báo (TB-VPCP), công văn (VPCP-…)',
  ),
  number: described(z.string().check(z.minLength(1)), 'Number and symbol as printed, e.g. 512/TB-VPCP'),
  date: isoDateSchema,
});

export const taskItemSchema = z.object({
  id: z.string().check(z.minLength(1)),
  directive: directiveSchema,
  text: z.string().check(z.minLength(1)),
  scope: scopeSchema,
  era: eraSchema,
  agency: described(agencyCodeSchema, 'The assignee, in the era in force on asOf'),
  key: described(z.boolean(), 'Nhiệm vụ trọng tâm'),
  assigned: isoDateSchema,
  deadline: described(isoDateSchema, 'The deadline in force (after any extension)'),
  originalDeadline: described(z.optional(isoDateSchema), 'The first deadline, when it was extended'),
  completed: z.nullable(isoDateSchema),
  status: taskStatusSchema,
  daysOverdue: described(
    countSchema,
    'Days past the deadline on asOf (overdue) or at completion (done late)',
  ),
});
export type TaskItem = z.infer<typeof taskItemSchema>;

export const statusCountsSchema = z.object({
  doneOnTime: countSchema,
  doneLate: countSchema,
  inProgress: countSchema,
  overdue: countSchema,
});

const STATUS_LIST = new RegExp(`^(${TASK_STATUSES.join('|')})(,(${TASK_STATUSES.join('|')}))*$`);

const positiveInt = (max: number) =>
  z.string().check(
    z.regex(/^[1-9]\d{0,6}$/, 'a whole number from 1'),
    z.refine((v) => Number(v) <= max, { error: `at most ${max}` }),
  );

export const taskRegisterQuerySchema = z.object({
  period: described(
    periodKeySchema,
    'Year to date at the end of this period (a quarter or year: its last month)',
  ),
  scope: described(z.optional(scopeSchema), 'Provinces or ministries; both when absent'),
  agency: described(
    z.optional(agencyCodeSchema),
    'One assignee, in the era in force at the end of the period',
  ),
  status: described(
    z.optional(
      z.string().check(z.regex(STATUS_LIST, `comma-separated statuses: ${TASK_STATUSES.join(', ')}`)),
    ),
    'Only these statuses, comma-separated',
  ),
  key: described(z.optional(z.enum(['true', 'false'])), 'true: key tasks only'),
  q: described(
    z.optional(z.string().check(z.maxLength(200))),
    'Words that must all occur in the task, the directive number or the agency name; diacritics and case ignored',
  ),
  sort: described(z.optional(z.enum(TASK_SORTS)), 'Default days-overdue'),
  order: described(
    z.optional(z.enum(['asc', 'desc'])),
    'Default: desc for days-overdue and assigned, asc otherwise',
  ),
  page: described(z.optional(positiveInt(100_000)), 'From 1 (default 1)'),
  pageSize: described(
    z.optional(positiveInt(MAX_TASK_PAGE_SIZE)),
    `1 to ${MAX_TASK_PAGE_SIZE} (default ${DEFAULT_TASK_PAGE_SIZE})`,
  ),
});

/** `GET /task-register`: one page of the tasks matching the filters, with their statuses on `asOf`. */
export const taskRegisterResponseSchema = z
  .object({
    period: periodKeySchema,
    asOf: described(isoDateSchema, 'The day the statuses are for: the last day of the period'),
    scope: z.optional(scopeSchema),
    eras: z.object({ province: z.optional(provinceEraSchema), ministry: z.optional(ministryEraSchema) }),
    total: described(countSchema, 'Tasks matching every filter'),
    page: z.int().check(z.minimum(1)),
    pageSize: z.int().check(z.minimum(1), z.maximum(MAX_TASK_PAGE_SIZE)),
    pageCount: z.int().check(z.minimum(1)),
    statusCounts: described(
      statusCountsSchema,
      'Tasks matching every filter except the status filter, by status',
    ),
    rows: z.array(taskItemSchema),
  })
  .check(
    z.refine((r) => r.rows.length <= r.pageSize && r.page <= r.pageCount, {
      error: 'a page holds at most pageSize rows and is not past pageCount',
      path: ['rows'],
    }),
    z.refine(
      (r) =>
        r.rows.every(
          (t) => taskStatusAt(t, r.asOf) === t.status && daysOverdueAt(t, r.asOf) === t.daysOverdue,
        ),
      { error: 'status and daysOverdue must follow from the dates on asOf', path: ['rows'] },
    ),
  )
  .register(z.globalRegistry, { id: 'TaskRegisterResponse' });
export type TaskRegisterResponse = z.infer<typeof taskRegisterResponseSchema>;

export const taskCountsQuerySchema = z.object({
  period: periodKeySchema,
  scope: scopeSchema,
  key: described(z.optional(z.enum(['true', 'false'])), 'true: count key tasks only'),
});

/**
 * `GET /task-counts`: counts by agency computed from the register, every agency of the era; without
 * `key` the rows equal those of `/tasks`.
 */
export const taskCountsResponseSchema = z
  .object({
    period: periodKeySchema,
    asOf: isoDateSchema,
    scope: scopeSchema,
    era: eraSchema,
    keyOnly: z.boolean(),
    total: described(taskCountsSchema, 'The sum of the rows (the agencies of this scope)'),
    rows: z.array(z.object({ code: agencyCodeSchema, counts: taskCountsSchema })),
  })
  .register(z.globalRegistry, { id: 'TaskCountsResponse' });
export type TaskCountsResponse = z.infer<typeof taskCountsResponseSchema>;

const monthKeySchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month: YYYY-MM'));

export const taskTrendQuerySchema = z.object({
  scope: scopeSchema,
  from: described(monthKeySchema, 'First month'),
  to: described(monthKeySchema, 'Last month (at most 60 months after from)'),
  key: described(z.optional(z.enum(['true', 'false'])), 'true: key tasks only'),
  agency: described(
    z.optional(agencyCodeSchema),
    'One agency in the era in force at the end of the range; earlier months count the units it absorbed',
  ),
});

/** `GET /task-trend`: year-to-date counts at each month end, for the agencies of a scope or one agency. */
export const taskTrendResponseSchema = z
  .object({
    scope: scopeSchema,
    keyOnly: z.boolean(),
    era: described(eraSchema, 'The era of `to`, in which `agency` is read'),
    agency: z.optional(agencyCodeSchema),
    periods: z.array(monthKeySchema),
    counts: z.array(taskCountsSchema),
  })
  .check(
    z.refine((t) => t.periods.length === t.counts.length, {
      error: 'counts must align with periods',
      path: ['counts'],
    }),
  )
  .register(z.globalRegistry, { id: 'TaskTrendResponse' });
export type TaskTrendResponse = z.infer<typeof taskTrendResponseSchema>;
