import * as z from 'zod/mini';
import {
  agencyCodeSchema,
  countSchema,
  described,
  eraSchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';

/** Tasks assigned by the Government and the Prime Minister, by VPCP's four statuses, from 1 January. */
export const taskCountsSchema = z
  .object({
    assigned: countSchema,
    doneOnTime: described(countSchema, 'Đã hoàn thành đúng hạn'),
    doneLate: described(countSchema, 'Đã hoàn thành quá hạn'),
    inProgress: described(countSchema, 'Đang thực hiện trong hạn'),
    overdue: described(countSchema, 'Quá hạn chưa hoàn thành'),
    keyTasks: described(countSchema, 'Nhiệm vụ trọng tâm among the assigned'),
  })
  .check(
    z.refine((t) => t.assigned === t.doneOnTime + t.doneLate + t.inProgress + t.overdue, {
      error: 'assigned must equal doneOnTime + doneLate + inProgress + overdue',
      path: ['assigned'],
    }),
  );

/**
 * `GET /tasks?period&scope`: task counts by agency, year to date at the end of `period`; `national` is the
 * whole country (ministries and provinces together), `scopeTotal` the requested scope's agencies.
 */
export const tasksResponseSchema = z
  .object({
    period: periodKeySchema,
    scope: scopeSchema,
    era: eraSchema,
    national: described(taskCountsSchema, 'The whole country: ministries and provinces together'),
    scopeTotal: described(taskCountsSchema, "The requested scope's agencies together"),
    rows: z.array(z.object({ code: agencyCodeSchema, counts: taskCountsSchema })),
  })
  .register(z.globalRegistry, { id: 'TasksResponse' });
export type TasksResponse = z.infer<typeof tasksResponseSchema>;
