import * as z from 'zod/mini';
import {
  agencyCodeSchema,
  countSchema,
  described,
  eraSchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';

/** Periodic reports under Decree 09/2019/NĐ-CP due in a period, by what became of them. */
export const reportingCountsSchema = z
  .object({ required: countSchema, onTime: countSchema, late: countSchema, notSubmitted: countSchema })
  .check(
    z.refine((r) => r.required === r.onTime + r.late + r.notSubmitted, {
      error: 'required must equal onTime + late + notSubmitted',
      path: ['required'],
    }),
  );

/**
 * `GET /reporting?period&scope`: reporting compliance by agency; `national` is the whole country
 * (ministries and provinces together), `scopeTotal` the requested scope's agencies. Reports are due from
 * the agencies in force: a merged province reports as one.
 */
export const reportingResponseSchema = z
  .object({
    period: periodKeySchema,
    scope: scopeSchema,
    era: eraSchema,
    national: described(reportingCountsSchema, 'The whole country: ministries and provinces together'),
    scopeTotal: described(reportingCountsSchema, "The requested scope's agencies together"),
    rows: z.array(z.object({ code: agencyCodeSchema, counts: reportingCountsSchema })),
  })
  .register(z.globalRegistry, { id: 'ReportingResponse' });
export type ReportingResponse = z.infer<typeof reportingResponseSchema>;
