import * as z from 'zod/mini';
import { eraScope } from '../../domain/units.ts';
import {
  agencyCodeSchema,
  described,
  eraSchema,
  isoDateTimeSchema,
  missingReasonSchema,
  observationStatusSchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';

const nullableNumber = z.nullable(z.number());
const rankSchema = z.nullable(z.int().check(z.positive()));

/**
 * One indicator's latest figure for the unit, as a board would show it: the value on the unit's era
 * (re-aggregated from the former units where the 63 reported the period and the rule allows it), its
 * rank among all units of the era and the change of rank since the previous period, and the recent
 * values for a sparkline. `value` is null exactly when `state` is not `value`.
 */
export const profileRowSchema = z
  .object({
    indicatorId: z.string(),
    period: described(periodKeySchema, "The latest period the unit's era reported"),
    state: described(
      z.enum(['value', 'missing', 'not-comparable']),
      "'not-comparable': a merged unit's figure that the indicator's rule cannot combine",
    ),
    value: nullableNumber,
    status: observationStatusSchema,
    missingReason: z.optional(missingReasonSchema),
    previousYear: described(nullableNumber, "Same period last year on the unit's territory"),
    target: described(nullableNumber, 'Annual plan or budget estimate, in the indicator unit'),
    converted: described(z.boolean(), 'True where the figure was re-aggregated from the former units'),
    change: described(
      nullableNumber,
      'Change on the same period last year: a difference in the indicator unit for rates and scores, per cent for amounts and counts',
    ),
    targetShare: described(
      nullableNumber,
      'Per cent of the plan or estimate achieved (amounts and counts with a target)',
    ),
    rank: described(rankSchema, '1 is best; tied units share the rank (1, 2, 2, 4)'),
    tied: z.boolean(),
    rankedUnits: described(
      z.int().check(z.nonnegative()),
      'How many units of the era are ranked: N in "3/N"',
    ),
    rankChange: described(
      z.nullable(z.int()),
      'Places gained since the previous period; null when the unit was not ranked then',
    ),
    unranked: described(
      z.optional(z.enum(['missing', 'late', 'not-reported', 'not-applicable', 'not-comparable'])),
      'Why the unit has no rank',
    ),
    spark: described(
      z.object({ from: periodKeySchema, to: periodKeySchema, values: z.array(nullableNumber) }),
      "The unit's own values from `from` to `to` (a year or so), null where it did not report",
    ),
  })
  .check(
    z.refine<{ value: number | null; state: string }>((r) => (r.value === null) === (r.state !== 'value'), {
      error: "value must be null exactly when state is not 'value'",
      path: ['value'],
    }),
  );

const PROVINCE_CODE = /^\d{2}$/;

/**
 * The query of `/profile`: a province of era 34 or 63 (the default scope), or with `scope=ministry` a
 * ministry of set 17 or 22. The era must be one of the scope's and the code of its kind; the problem
 * names the parameter at fault.
 */
export const profileQuerySchema = z
  .object({
    scope: described(z.optional(scopeSchema), "'province' (default) or 'ministry'"),
    era: described(eraSchema, 'The era of the unit: 34 or 63 for a province, 17 or 22 for a ministry'),
    unit: agencyCodeSchema,
  })
  .check(
    z.superRefine((q, ctx) => {
      const scope = q.scope ?? 'province';
      if (eraScope(q.era) !== scope) {
        ctx.addIssue({
          code: 'custom',
          path: ['era'],
          input: q.era,
          message: `not an era of scope ${scope}`,
        });
      } else if (PROVINCE_CODE.test(q.unit) !== (scope === 'province')) {
        ctx.addIssue({
          code: 'custom',
          path: ['unit'],
          input: q.unit,
          message: scope === 'province' ? 'a two-digit province code' : 'a ministry id',
        });
      }
    }),
  );
export type ProfileQuery = z.infer<typeof profileQuerySchema>;

/**
 * `GET /profile?era&unit[&scope=ministry]`: one unit's latest figure of every indicator published for its
 * scope, ranked among the units of its era, in one response (the province page's and the ministry
 * page's table). A unit of the 63 shows the last periods its era reported, before July 2025; a ministry
 * of the 22, the last before March 2025. Ministry figures are as reported, never converted.
 */
export const profileResponseSchema = z
  .object({
    scope: scopeSchema,
    era: eraSchema,
    unit: agencyCodeSchema,
    updatedAt: isoDateTimeSchema,
    rows: z.array(profileRowSchema),
  })
  .register(z.globalRegistry, { id: 'ProfileResponse' });
export type ProfileResponse = z.infer<typeof profileResponseSchema>;
export type ProfileRowWire = z.infer<typeof profileRowSchema>;
