import { z } from 'zod';
import {
  eraSchema,
  isoDateSchema,
  isoDateTimeSchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';

export const eraInfoSchema = z.object({
  id: eraSchema,
  scope: scopeSchema,
  from: isoDateSchema,
  to: isoDateSchema.optional(),
  count: z.number().int().positive(),
});

/** `GET /metadata`: when the data was last updated, the latest period per frequency, the eras. */
export const metadataResponseSchema = z
  .object({
    asOf: isoDateSchema.describe('The date the data set is complete to'),
    updatedAt: isoDateTimeSchema.describe('When the feed last changed'),
    latest: z.object({ month: periodKeySchema, quarter: periodKeySchema, year: periodKeySchema }),
    firstPeriod: periodKeySchema.describe('The first month with data'),
    eras: z.array(eraInfoSchema).min(1),
    dataVersion: z.string().min(1),
  })
  .meta({ id: 'MetadataResponse' });
export type MetadataResponse = z.infer<typeof metadataResponseSchema>;
