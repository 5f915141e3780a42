import * as z from 'zod/mini';
import {
  countSchema,
  datedSchema,
  described,
  isoDateSchema,
  localizedTextSchema,
  ministryEraSchema,
  provinceEraSchema,
  regionIdSchema,
  unitCodeSchema,
} from '../common/schema.ts';

export const regionSchema = z.object({
  id: regionIdSchema,
  name: localizedTextSchema,
  short: localizedTextSchema,
});

export const adminUnitSchema = z.object({
  era: provinceEraSchema,
  code: unitCodeSchema,
  name: localizedTextSchema,
  formerNames: z.optional(z.array(datedSchema(localizedTextSchema))),
  kinds: z.array(datedSchema(z.enum(['province', 'city']))).check(z.minLength(1)),
  regions: z.array(datedSchema(regionIdSchema)).check(z.minLength(1)),
  validFrom: isoDateSchema,
  validTo: z.optional(isoDateSchema),
  seat: z.optional(z.object({ name: z.string(), lat: z.number(), lng: z.number() })),
  formerCodes: z.optional(z.array(unitCodeSchema).check(z.minLength(1))),
  successor: z.optional(unitCodeSchema),
  regionCrossesFormer: described(
    z.optional(z.boolean()),
    'A unit of the 34 that absorbed former units of another region (its region averages cross the merger)',
  ),
  communes: z.optional(countSchema),
});

/** `GET /units?era=34`: the provincial units of an era, with the regions they belong to. */
export const unitsResponseSchema = z
  .object({
    era: provinceEraSchema,
    regions: z.array(regionSchema).check(z.length(6)),
    units: z.array(adminUnitSchema).check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: 'UnitsResponse' });
export type UnitsResponse = z.infer<typeof unitsResponseSchema>;

export const ministrySchema = z.object({
  era: ministryEraSchema,
  code: z.string().check(z.regex(/^[A-Z]{2,8}$/)),
  name: localizedTextSchema,
  short: z.optional(localizedTextSchema.check(z.describe('Usual short form, for narrow cells and bars'))),
  validFrom: described(z.optional(isoDateSchema), 'Absent: in force before the data begins'),
  validTo: z.optional(isoDateSchema),
  formerCodes: z.optional(z.array(z.string())),
});

/** `GET /ministries?era=17`: ministries and ministry-level agencies of an era. */
export const ministriesResponseSchema = z
  .object({ era: ministryEraSchema, ministries: z.array(ministrySchema).check(z.minLength(1)) })
  .register(z.globalRegistry, { id: 'MinistriesResponse' });
export type MinistriesResponse = z.infer<typeof ministriesResponseSchema>;
