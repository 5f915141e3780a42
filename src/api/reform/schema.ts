import * as z from 'zod/mini';
import {
  agencyCodeSchema,
  countSchema,
  described,
  eraSchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';

/** Internal administrative procedures (Decision 1085/QĐ-TTg plan 2022–2025) at the end of a period. */
export const reformFiguresSchema = z
  .object({
    inScope: described(countSchema, 'Internal procedures in the published list'),
    reviewed: countSchema,
    simplified: described(countSchema, 'Cut or simplified'),
    targetPercent: described(
      z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
      'Share to simplify by the end of the plan in force (20% for 2022–2025, Decision 1085/QĐ-TTg); null outside a plan',
    ),
    costSavedBillionVnd: described(
      z.number().check(z.nonnegative()),
      'Compliance cost saved per year, tỷ đồng',
    ),
  })
  .check(
    z.refine((r) => r.simplified <= r.reviewed && r.reviewed <= r.inScope, {
      error: 'must hold simplified ≤ reviewed ≤ inScope',
      path: ['simplified'],
    }),
  );

/**
 * `GET /procedure-reform?period&scope`: internal procedure reform by agency; `national` is the whole
 * country (ministries and provinces together), `scopeTotal` the requested scope's agencies. Each agency's
 * list is its own: after a merger the new unit publishes one list, not the sum of its predecessors'.
 */
export const reformResponseSchema = z
  .object({
    period: periodKeySchema,
    scope: scopeSchema,
    era: eraSchema,
    national: described(reformFiguresSchema, 'The whole country: ministries and provinces together'),
    scopeTotal: described(reformFiguresSchema, "The requested scope's agencies together"),
    rows: z.array(z.object({ code: agencyCodeSchema, figures: reformFiguresSchema })),
  })
  .register(z.globalRegistry, { id: 'ReformResponse' });
export type ReformResponse = z.infer<typeof reformResponseSchema>;
