/**
 * The periodic reports of the reporting regime (`/reporting-regime`) and what each agency did with the
 * ones due in a period (`/report-submissions`): the items behind the `/reporting` summaries.
 */
import * as z from 'zod/mini';
import {
  agencyCodeSchema,
  countSchema,
  described,
  eraSchema,
  isoDateSchema,
  localizedTextSchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';

export const reportFrequencySchema = z.enum(['month', 'quarter', 'half-year', 'year']);

export const reportRegimeSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: localizedTextSchema,
  frequency: reportFrequencySchema,
  deadlineDay: described(
    z.int().check(z.minimum(1), z.maximum(31)),
    "Day of the period's last month the report is due (the month's last day when shorter)",
  ),
  deadlineRule: described(localizedTextSchema, 'The deadline as the regime states it'),
  legalBasis: localizedTextSchema,
  issuer: described(localizedTextSchema, 'Who set the regime'),
});

/** `GET /reporting-regime`: the periodic reports agencies owe. */
export const reportingRegimeResponseSchema = z
  .object({ regimes: z.array(reportRegimeSchema).check(z.minLength(1)) })
  .check(
    z.refine((r) => new Set(r.regimes.map((x) => x.id)).size === r.regimes.length, {
      error: 'regime ids must be unique',
      path: ['regimes'],
    }),
  )
  .register(z.globalRegistry, { id: 'ReportingRegimeResponse' });
export type ReportingRegimeResponse = z.infer<typeof reportingRegimeResponseSchema>;

export const submissionStatusSchema = z
  .enum(['on-time', 'late', 'not-submitted'])
  .check(z.describe('Gửi đúng hạn, gửi muộn, chưa gửi'));

export const reportPeriodKeySchema = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/, 'a period: YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY'));

export const submissionSchema = z.object({
  code: described(agencyCodeSchema, 'The agency, in the era of the requested period'),
  formerCode: described(
    z.optional(agencyCodeSchema),
    'The former unit that owed it, when the report fell due before the agency was formed',
  ),
  reportId: z.string(),
  reportPeriod: described(reportPeriodKeySchema, 'The period the report covers'),
  due: isoDateSchema,
  submitted: z.nullable(isoDateSchema),
  status: submissionStatusSchema,
  daysLate: described(countSchema, 'Days after the deadline it was sent (late), 0 otherwise'),
});
export type Submission = z.infer<typeof submissionSchema>;

export const reportSubmissionsQuerySchema = z.object({
  period: described(periodKeySchema, 'The reports due in this period (a month, a quarter or a year)'),
  scope: scopeSchema,
  agency: described(z.optional(agencyCodeSchema), 'One agency, in the era in force at the end of the period'),
  report: described(z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/))), 'One report of the regime'),
});

/** `GET /report-submissions`: every report due in the period, by agency, with what became of it. */
export const reportSubmissionsResponseSchema = z
  .object({
    period: periodKeySchema,
    scope: scopeSchema,
    era: eraSchema,
    asOf: described(isoDateSchema, 'Submissions known on this day; later ones are still not submitted'),
    rows: z.array(submissionSchema),
  })
  .check(
    z.refine(
      (r) =>
        r.rows.every(
          (s) =>
            (s.status === 'not-submitted') === (s.submitted === null) &&
            (s.status !== 'on-time' || (s.submitted !== null && s.submitted <= s.due)) &&
            (s.status !== 'late' || (s.submitted !== null && s.submitted > s.due)),
        ),
      { error: 'status must follow from the due and submission dates', path: ['rows'] },
    ),
  )
  .register(z.globalRegistry, { id: 'ReportSubmissionsResponse' });
export type ReportSubmissionsResponse = z.infer<typeof reportSubmissionsResponseSchema>;
