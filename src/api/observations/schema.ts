import { z } from 'zod';
import {
  agencyCodeSchema,
  eraSchema,
  isoDateTimeSchema,
  missingReasonSchema,
  observationStatusSchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';

/** One figure with its stage; `value` is null exactly when `status` is `missing`. */
export const observationSchema = z
  .object({
    value: z.number().nullable(),
    status: observationStatusSchema,
    previousYear: z.number().nullable().describe('Same period last year, same territorial basis'),
    target: z.number().nullable().describe('Annual plan or budget estimate, in the indicator unit'),
    missingReason: missingReasonSchema.optional(),
  })
  .refine((o) => (o.value === null) === (o.status === 'missing'), {
    error: 'value must be null exactly when status is missing',
    path: ['value'],
  });

export const observationRowSchema = z
  .object({
    code: agencyCodeSchema,
    value: z.number().nullable(),
    status: observationStatusSchema,
    previousYear: z.number().nullable(),
    target: z.number().nullable(),
    missingReason: missingReasonSchema.optional(),
  })
  .refine((o) => (o.value === null) === (o.status === 'missing'), {
    error: 'value must be null exactly when status is missing',
    path: ['value'],
  });

/**
 * `GET /observations?indicator&period&scope`: one indicator for one period, for every unit of the era
 * that reported that period (the 63 before July 2025, the 34 since), plus the national figure.
 */
export const observationsResponseSchema = z
  .object({
    indicatorId: z.string(),
    period: periodKeySchema,
    scope: scopeSchema,
    era: eraSchema.describe('The era whose units reported this period'),
    updatedAt: isoDateTimeSchema,
    national: observationSchema,
    rows: z.array(observationRowSchema),
  })
  .meta({ id: 'ObservationsResponse' });
export type ObservationsResponse = z.infer<typeof observationsResponseSchema>;
