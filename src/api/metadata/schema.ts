import * as z from 'zod/mini';
import {
  described,
  eraSchema,
  isoDateSchema,
  isoDateTimeSchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';

export const eraInfoSchema = z.object({
  id: eraSchema,
  scope: scopeSchema,
  from: described(z.optional(isoDateSchema), 'Absent: in force before the data begins, start not recorded'),
  to: z.optional(isoDateSchema),
  count: z.int().check(z.positive()),
});

/** `GET /metadata`: when the data was last updated, the latest period per frequency, the eras. */
export const metadataResponseSchema = z
  .object({
    asOf: described(isoDateSchema, 'The date the data set is complete to'),
    updatedAt: described(isoDateTimeSchema, 'When the feed last changed'),
    latest: z.object({
      month: periodKeySchema,
      quarter: periodKeySchema,
      half: periodKeySchema,
      year: periodKeySchema,
    }),
    firstPeriod: described(periodKeySchema, 'The first month with data'),
    eras: z.array(eraInfoSchema).check(z.minLength(1)),
    dataVersion: z.string().check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: 'MetadataResponse' });
export type MetadataResponse = z.infer<typeof metadataResponseSchema>;
/** The latest period of each frequency, as /metadata says. */
export type LatestPeriods = MetadataResponse['latest'];
