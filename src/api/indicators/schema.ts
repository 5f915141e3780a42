import { z } from 'zod';
import { frequencySchema, localizedTextSchema, scopeSchema } from '../common/schema.ts';

export const aggregationRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sum') }),
  z.object({ kind: z.literal('weighted-mean'), weightIndicatorId: z.string() }),
  z.object({
    kind: z.literal('ratio'),
    numeratorId: z.string(),
    denominatorId: z.string(),
    scale: z.number().positive(),
  }),
  z.object({ kind: z.literal('none') }),
]);

export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedTextSchema,
  shortName: localizedTextSchema.optional(),
  group: z.enum(['socio-economic', 'public-service', 'internal-procedures', 'tasks', 'reporting']),
  unit: z.object({
    kind: z.enum(['percent', 'growth', 'amount', 'count', 'score']),
    multiplier: z.number().positive(),
    currency: z.enum(['VND', 'USD']).optional(),
    label: localizedTextSchema,
    max: z.number().positive().optional(),
  }),
  frequencies: z.array(frequencySchema).min(1),
  polarity: z.enum(['higher-is-better', 'lower-is-better', 'neutral']),
  aggregation: aggregationRuleSchema,
  decimals: z.number().int().min(0).max(4),
  source: localizedTextSchema,
  cumulative: z.boolean(),
  target: z.enum(['plan', 'estimate']).optional(),
  scopes: z.array(scopeSchema),
  headline: z.boolean(),
});

/** `GET /indicators`: the indicator catalog. */
export const indicatorsResponseSchema = z
  .object({ indicators: z.array(indicatorSchema).min(1) })
  .meta({ id: 'IndicatorsResponse' });
export type IndicatorsResponse = z.infer<typeof indicatorsResponseSchema>;
