import * as z from 'zod/mini';
import {
  datedSchema,
  described,
  frequencySchema,
  isoDateSchema,
  localizedTextSchema,
  scopeSchema,
} from '../common/schema.ts';

export const aggregationRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sum') }),
  z.object({ kind: z.literal('weighted-mean'), weightIndicatorId: z.string() }),
  z.object({
    kind: z.literal('ratio'),
    numeratorId: z.string(),
    denominatorId: z.string(),
    scale: z.number().check(z.positive()),
  }),
  z.object({ kind: z.literal('none') }),
]);

export const accumulationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('period') }),
  z.object({ kind: z.literal('year-to-date') }),
  z.object({
    kind: z.literal('since'),
    from: described(z.int(), 'First year of the plan the total runs from'),
  }),
  z.object({ kind: z.literal('stock') }),
]);

export const releaseLagSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('report'),
    months: described(z.int().check(z.nonnegative()), "Months after the period's last month"),
  }),
  z.object({ kind: z.literal('after-end'), days: z.int().check(z.nonnegative()) }),
  z.object({ kind: z.literal('after-periods'), periods: z.int().check(z.positive()) }),
  z.object({
    kind: z.literal('date'),
    years: z.int().check(z.nonnegative()),
    month: z.int().check(z.minimum(1), z.maximum(12)),
    day: z.int().check(z.minimum(1), z.maximum(31)),
  }),
]);

/** When each data stage of a period is published; the status of a figure follows from it and the as-of date. */
export const releaseCalendarSchema = z.object({
  stages: z
    .array(
      z.object({
        status: z.enum(['estimate', 'preliminary', 'official']),
        at: releaseLagSchema,
        frequencies: z.optional(z.array(frequencySchema)),
      }),
    )
    .check(z.minLength(1)),
  schedule: z.optional(
    z.array(
      datedSchema(
        z.object({
          day: z.int().check(z.minimum(1), z.maximum(31)),
          monthOffset: z.int().check(z.nonnegative()),
        }),
      ),
    ),
  ),
});

export const indicatorSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: localizedTextSchema,
  shortName: z.optional(localizedTextSchema),
  group: z.enum(['socio-economic', 'public-service', 'internal-procedures', 'tasks', 'reporting']),
  unit: z.object({
    kind: z.enum(['percent', 'growth', 'amount', 'count', 'score']),
    multiplier: z.number().check(z.positive()),
    currency: z.optional(z.enum(['VND', 'USD'])),
    label: localizedTextSchema,
    max: z.optional(z.number().check(z.positive())),
  }),
  frequencies: z.array(frequencySchema).check(z.minLength(1)),
  polarity: z.enum(['higher-is-better', 'lower-is-better', 'neutral']),
  aggregation: aggregationRuleSchema,
  decimals: z.int().check(z.minimum(0), z.maximum(4)),
  source: localizedTextSchema,
  sources: described(
    z.optional(z.array(z.object({ value: localizedTextSchema, until: z.optional(isoDateSchema) }))),
    'The publishing body over time, oldest first, each credited on figures up to its last day (until)',
  ),
  cumulative: described(z.boolean(), 'Values accumulate from January (lũy kế)'),
  accumulation: z.optional(accumulationSchema),
  releases: z.optional(releaseCalendarSchema),
  nationalName: described(z.optional(localizedTextSchema), 'Name at national level (GDP, not GRDP)'),
  nationalShortName: z.optional(localizedTextSchema),
  proseName: described(z.optional(localizedTextSchema), 'The name inside a sentence'),
  display: described(
    z.optional(
      z.object({
        factor: z.number().check(z.positive()),
        label: localizedTextSchema,
        decimals: z.int().check(z.minimum(0), z.maximum(4)),
      }),
    ),
    'The scale values are read in (nghìn tỷ đồng, triệu người), base units per displayed unit',
  ),
  mapScale: z.optional(z.object({ kind: z.literal('diverging'), centre: z.enum(['national', 'target']) })),
  target: z.optional(z.enum(['plan', 'estimate', 'ceiling'])),
  scopes: z.array(scopeSchema),
  headline: z.boolean(),
});

/** `GET /indicators`: the indicator catalog. */
export const indicatorsResponseSchema = z
  .object({ indicators: z.array(indicatorSchema).check(z.minLength(1)) })
  .register(z.globalRegistry, { id: 'IndicatorsResponse' });
export type IndicatorsResponse = z.infer<typeof indicatorsResponseSchema>;
