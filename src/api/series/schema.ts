import { z } from 'zod';
import {
  agencyCodeSchema,
  eraSchema,
  frequencySchema,
  observationStatusSchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';

/** Values aligned with the response's `periods`; null where the unit did not report. */
export const seriesLineSchema = z.object({
  values: z.array(z.number().nullable()),
  statuses: z.array(observationStatusSchema),
  targets: z.array(z.number().nullable()).optional(),
});

export const unitSeriesSchema = seriesLineSchema.extend({ era: eraSchema, code: agencyCodeSchema });

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
    units: z.array(unitSeriesSchema),
  })
  .superRefine((s, ctx) => {
    const n = s.periods.length;
    const check = (line: z.infer<typeof seriesLineSchema>, path: (string | number)[]) => {
      for (const key of ['values', 'statuses', 'targets'] as const) {
        const arr = line[key];
        if (arr && arr.length !== n) {
          ctx.addIssue({
            code: 'custom',
            message: `has ${arr.length} entries for ${n} periods`,
            path: [...path, key],
          });
        }
      }
    };
    check(s.national, ['national']);
    s.units.forEach((u, i) => {
      check(u, ['units', i]);
    });
  })
  .meta({ id: 'SeriesResponse' });
export type SeriesResponse = z.infer<typeof seriesResponseSchema>;
