import { z } from 'zod';
import { agencyCodeSchema, eraSchema, periodKeySchema, scopeSchema } from '../common/schema.ts';

const count = z.number().int().nonnegative();

/** Tasks assigned by the Government and the Prime Minister, by VPCP's four statuses, from 1 January. */
export const taskCountsSchema = z
  .object({
    assigned: count,
    doneOnTime: count.describe('Đã hoàn thành đúng hạn'),
    doneLate: count.describe('Đã hoàn thành quá hạn'),
    inProgress: count.describe('Đang thực hiện trong hạn'),
    overdue: count.describe('Quá hạn chưa hoàn thành'),
    keyTasks: count.describe('Nhiệm vụ trọng tâm among the assigned'),
  })
  .refine((t) => t.assigned === t.doneOnTime + t.doneLate + t.inProgress + t.overdue, {
    error: 'assigned must equal doneOnTime + doneLate + inProgress + overdue',
    path: ['assigned'],
  });

/** `GET /tasks?period&scope`: task counts by agency, year to date at the end of `period`. */
export const tasksResponseSchema = z
  .object({
    period: periodKeySchema,
    scope: scopeSchema,
    era: eraSchema,
    national: taskCountsSchema,
    rows: z.array(z.object({ code: agencyCodeSchema, counts: taskCountsSchema })),
  })
  .meta({ id: 'TasksResponse' });
export type TasksResponse = z.infer<typeof tasksResponseSchema>;
