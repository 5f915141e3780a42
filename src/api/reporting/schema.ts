import * as z from 'zod/mini';
import { agencyCodeSchema, countSchema, eraSchema, periodKeySchema, scopeSchema } from '../common/schema.ts';

/** Periodic reports under Decree 09/2019/NĐ-CP due in a period, by what became of them. */
export const reportingCountsSchema = z
  .object({ required: countSchema, onTime: countSchema, late: countSchema, notSubmitted: countSchema })
  .check(
    z.refine((r) => r.required === r.onTime + r.late + r.notSubmitted, {
      error: 'required must equal onTime + late + notSubmitted',
      path: ['required'],
    }),
  );

/** `GET /reporting?period&scope`: reporting compliance by agency. */
export const reportingResponseSchema = z
  .object({
    period: periodKeySchema,
    scope: scopeSchema,
    era: eraSchema,
    national: reportingCountsSchema,
    rows: z.array(z.object({ code: agencyCodeSchema, counts: reportingCountsSchema })),
  })
  .register(z.globalRegistry, { id: 'ReportingResponse' });
export type ReportingResponse = z.infer<typeof reportingResponseSchema>;
