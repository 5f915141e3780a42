import * as z from 'zod/mini';
import {
  agencyCodeSchema,
  eraSchema,
  frequencySchema,
  observationStatusSchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';
import { nationalCoverageSchema } from '../observations/schema.ts';

const lineFields = {
  values: z.array(z.nullable(z.number())),
  statuses: z.array(observationStatusSchema),
  targets: z.optional(z.array(z.nullable(z.number()))),
};

/** Values aligned with the response's `periods`; null where the unit did not report. */
export const seriesLineSchema = z.object(lineFields);

export const unitSeriesSchema = z.object({ ...lineFields, era: eraSchema, code: agencyCodeSchema });

type SeriesLine = z.infer<typeof seriesLineSchema>;

/**
 * `GET /series?indicator&frequency&from&to&scope[&era&unit]`: an indicator over a range of periods for
 * the nation and every unit (or, with `era` and `unit`, one unit and the former units it absorbed).
 * Each unit reports only the periods of its era; values are null elsewhere.
 */
export const seriesResponseSchema = z
  .object({
    indicatorId: z.string(),
    frequency: frequencySchema,
    scope: scopeSchema,
    periods: z.array(periodKeySchema),
    national: seriesLineSchema,
    coverage: nationalCoverageSchema,
    units: z.array(unitSeriesSchema),
  })
  .check(
    z.superRefine((s, ctx) => {
      const n = s.periods.length;
      const check = (line: SeriesLine, path: (string | number)[]) => {
        for (const key of ['values', 'statuses', 'targets'] as const) {
          const arr = line[key];
          if (arr && arr.length !== n) {
            ctx.addIssue({
              code: 'custom',
              message: `has ${arr.length} entries for ${n} periods`,
              path: [...path, key],
              input: arr,
            });
          }
        }
      };
      check(s.national, ['national']);
      s.units.forEach((u, i) => {
        check(u, ['units', i]);
      });
    }),
  )
  .register(z.globalRegistry, { id: 'SeriesResponse' });
export type SeriesResponse = z.infer<typeof seriesResponseSchema>;
