import * as z from 'zod/mini';
import { frequencySchema, localizedTextSchema, scopeSchema } from '../common/schema.ts';

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
  cumulative: z.boolean(),
  target: z.optional(z.enum(['plan', 'estimate'])),
  scopes: z.array(scopeSchema),
  headline: z.boolean(),
});

/** `GET /indicators`: the indicator catalog. */
export const indicatorsResponseSchema = z
  .object({ indicators: z.array(indicatorSchema).check(z.minLength(1)) })
  .register(z.globalRegistry, { id: 'IndicatorsResponse' });
export type IndicatorsResponse = z.infer<typeof indicatorsResponseSchema>;
