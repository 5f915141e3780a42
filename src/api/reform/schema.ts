import { z } from 'zod';
import { agencyCodeSchema, eraSchema, periodKeySchema, scopeSchema } from '../common/schema.ts';

const count = z.number().int().nonnegative();

/** Internal administrative procedures (Decision 1085/QĐ-TTg plan 2022–2025) at the end of a period. */
export const reformFiguresSchema = z
  .object({
    inScope: count.describe('Internal procedures in the published list'),
    reviewed: count,
    simplified: count.describe('Cut or simplified'),
    targetPercent: z.number().min(0).max(100).describe('Share to simplify by the end of the plan'),
    costSavedBillionVnd: z.number().nonnegative().describe('Compliance cost saved per year, tỷ đồng'),
  })
  .refine((r) => r.simplified <= r.reviewed && r.reviewed <= r.inScope, {
    error: 'must hold simplified ≤ reviewed ≤ inScope',
    path: ['simplified'],
  });

/** `GET /procedure-reform?period&scope`: internal procedure reform by agency. */
export const reformResponseSchema = z
  .object({
    period: periodKeySchema,
    scope: scopeSchema,
    era: eraSchema,
    national: reformFiguresSchema,
    rows: z.array(z.object({ code: agencyCodeSchema, figures: reformFiguresSchema })),
  })
  .meta({ id: 'ReformResponse' });
export type ReformResponse = z.infer<typeof reformResponseSchema>;
