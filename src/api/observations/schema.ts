import * as z from 'zod/mini';
import {
  agencyCodeSchema,
  described,
  eraSchema,
  isoDateTimeSchema,
  missingReasonSchema,
  observationStatusSchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';

const figureFields = {
  value: z.nullable(z.number()),
  status: observationStatusSchema,
  previousYear: described(z.nullable(z.number()), 'Same period last year, same territorial basis'),
  target: described(z.nullable(z.number()), 'Annual plan or budget estimate, in the indicator unit'),
  missingReason: z.optional(missingReasonSchema),
};

const valueNullExactlyWhenMissing = z.refine<{ value: number | null; status: string }>(
  (o) => (o.value === null) === (o.status === 'missing'),
  { error: 'value must be null exactly when status is missing', path: ['value'] },
);

/** One figure with its stage; `value` is null exactly when `status` is `missing`. */
export const observationSchema = z.object(figureFields).check(valueNullExactlyWhenMissing);

export const observationRowSchema = z
  .object({ code: agencyCodeSchema, ...figureFields })
  .check(valueNullExactlyWhenMissing);

/**
 * Who the national figure covers: `nation` the whole country (for indicators reported by provinces and
 * ministries alike, both together, recomputed by the indicator's rule); `localities` or `ministries` the
 * reporting scope only (an index computed per agency has no whole-country value).
 */
export const nationalCoverageSchema = z
  .enum(['nation', 'localities', 'ministries'])
  .check(z.describe('Who the national figure covers: Cả nước, Các địa phương, Các bộ, ngành'));

/**
 * `GET /observations?indicator&period&scope`: one indicator for one period, for every unit of the era
 * that reported that period (the 63 before July 2025, the 34 since), plus the national figure and, for
 * indicators reported by provinces and ministries alike, the total of the requested scope alone.
 */
export const observationsResponseSchema = z
  .object({
    indicatorId: z.string(),
    period: periodKeySchema,
    scope: scopeSchema,
    era: described(eraSchema, 'The era whose units reported this period'),
    updatedAt: isoDateTimeSchema,
    national: observationSchema,
    coverage: nationalCoverageSchema,
    scopeTotal: described(
      z.optional(observationSchema),
      "The requested scope's own total (all provinces, or all ministries), where the national figure covers both",
    ),
    rows: z.array(observationRowSchema),
  })
  .register(z.globalRegistry, { id: 'ObservationsResponse' });
export type ObservationsResponse = z.infer<typeof observationsResponseSchema>;
