/**
 * Decision 766 scores with their six groups, rank and rank change (`/scores-766`), as the National Public
 * Service Portal publishes them by month, quarter, six months and year, for provinces and ministries.
 */
import * as z from 'zod/mini';
import {
  agencyCodeSchema,
  described,
  eraSchema,
  isoDateTimeSchema,
  localizedTextSchema,
  missingReasonSchema,
  observationStatusSchema,
  frequencySchema,
  periodKeySchema,
  scopeSchema,
} from '../common/schema.ts';

const score = z.nullable(z.number().check(z.minimum(0), z.maximum(100)));

export const score766ComponentSchema = z.object({
  id: described(z.string(), 'Catalog indicator of the group'),
  portalCode: described(
    z.enum(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDSH', 'MDHL']),
    "The portal's 2026 API code",
  ),
  name: localizedTextSchema,
  max: z.number().check(z.positive()),
});

export const scores766RowSchema = z.object({
  code: agencyCodeSchema,
  total: described(score, 'Out of 100; null when missing'),
  scores: described(z.array(score), 'Scores of the groups, aligned with `components`'),
  status: observationStatusSchema,
  missingReason: z.optional(missingReasonSchema),
  rank: described(
    z.nullable(z.int().check(z.minimum(1))),
    'Competition ranking: ties share a rank (1, 2, 2, 4)',
  ),
  previousRank: z.nullable(z.int().check(z.minimum(1))),
  rankChange: described(
    z.nullable(z.int()),
    'Places gained since the previous period (positive: up); null when not comparable',
  ),
  previousTotal: described(score, 'Total of the previous period on the same unit; null when not comparable'),
});

const sumsToTotal = (r: { total: number | null; scores: readonly (number | null)[] }) =>
  r.total === null ||
  r.scores.some((s) => s === null) ||
  Math.abs(r.scores.reduce<number>((s, v) => s + (v ?? 0), 0) - r.total) < 0.011;

/** `GET /scores-766?period&scope`: the league table of one period. */
export const scores766ResponseSchema = z
  .object({
    period: periodKeySchema,
    frequency: frequencySchema,
    scope: scopeSchema,
    era: eraSchema,
    updatedAt: isoDateTimeSchema,
    previousPeriod: z.nullable(periodKeySchema),
    previousEra: z.nullable(eraSchema),
    components: z.array(score766ComponentSchema).check(z.length(6)),
    national: z.object({
      total: score,
      scores: z.array(score),
      previousTotal: described(score, 'The national total of the previous period; null when there is none'),
    }),
    rows: z.array(scores766RowSchema),
  })
  .check(
    z.refine((r) => [r.national, ...r.rows].every((x) => x.scores.length === r.components.length), {
      error: 'scores must align with components',
      path: ['rows'],
    }),
    z.refine(
      (r) =>
        [r.national, ...r.rows].every((x) =>
          x.scores.every((s, i) => s === null || s <= (r.components[i]?.max ?? 0) + 1e-9),
        ),
      { error: 'a group score cannot exceed its maximum', path: ['rows'] },
    ),
    z.refine((r) => sumsToTotal(r.national) && r.rows.every(sumsToTotal), {
      error: 'the groups must add up to the total',
      path: ['rows'],
    }),
  )
  .register(z.globalRegistry, { id: 'Scores766Response' });
export type Scores766Response = z.infer<typeof scores766ResponseSchema>;

export const scores766QuerySchema = z.object({ period: periodKeySchema, scope: scopeSchema });
