import { z } from 'zod';
import {
  datedSchema,
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
  formerNames: z.array(datedSchema(localizedTextSchema)).optional(),
  kinds: z.array(datedSchema(z.enum(['province', 'city']))).min(1),
  regions: z.array(datedSchema(regionIdSchema)).min(1),
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
  seat: z.object({ name: z.string(), lat: z.number(), lng: z.number() }).optional(),
  formerCodes: z.array(unitCodeSchema).min(1).optional(),
  successor: unitCodeSchema.optional(),
  communes: z.number().int().nonnegative().optional(),
});

/** `GET /units?era=34`: the provincial units of an era, with the regions they belong to. */
export const unitsResponseSchema = z
  .object({
    era: provinceEraSchema,
    regions: z.array(regionSchema).length(6),
    units: z.array(adminUnitSchema).min(1),
  })
  .meta({ id: 'UnitsResponse' });
export type UnitsResponse = z.infer<typeof unitsResponseSchema>;

export const ministrySchema = z.object({
  era: ministryEraSchema,
  code: z.string().regex(/^[A-Z]{2,8}$/),
  name: localizedTextSchema,
  validFrom: isoDateSchema,
  validTo: isoDateSchema.optional(),
  formerCodes: z.array(z.string()).optional(),
});

/** `GET /ministries?era=17`: ministries and ministry-level agencies of an era. */
export const ministriesResponseSchema = z
  .object({ era: ministryEraSchema, ministries: z.array(ministrySchema).min(1) })
  .meta({ id: 'MinistriesResponse' });
export type MinistriesResponse = z.infer<typeof ministriesResponseSchema>;
