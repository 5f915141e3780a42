/**
 * Building blocks shared by every feed schema. Each response schema is the single source of truth for
 * its wire type (`z.infer`) and, through `scripts/write-openapi.ts`, for the OpenAPI document.
 */
import { z } from 'zod';

export const isoDateSchema = z.iso.date().describe('Calendar date, YYYY-MM-DD, Asia/Ho_Chi_Minh');
export const isoDateTimeSchema = z.iso.datetime({ offset: true }).describe('Instant with offset (RFC 3339)');

export const localizedTextSchema = z
  .object({ vi: z.string().min(1), en: z.string().min(1) })
  .describe('Text in Vietnamese (vi) and English (en)');

export const periodKeySchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'a period: YYYY-MM, YYYY-Qn or YYYY')
  .describe('Period: month YYYY-MM, quarter YYYY-Qn or year YYYY');

export const frequencySchema = z.enum(['month', 'quarter', 'year']);
export const provinceEraSchema = z.enum(['63', '34']);
export const ministryEraSchema = z.enum(['22', '17']);
export const eraSchema = z.enum(['63', '34', '22', '17']);
export const scopeSchema = z.enum(['province', 'ministry']);
export const regionIdSchema = z.enum(['TDMNPB', 'DBSH', 'BTB-DHMT', 'TN', 'DNB', 'DBSCL']);
export const unitCodeSchema = z.string().regex(/^\d{2}$/, 'a two-digit official code');
export const agencyCodeSchema = z
  .string()
  .regex(/^(\d{2}|[A-Z]{2,8})$/, 'a two-digit unit code or a ministry id')
  .describe('Official two-digit code of a province, or the id of a ministry');

export const observationStatusSchema = z
  .enum(['estimate', 'preliminary', 'official', 'missing'])
  .describe('Data stage: ước tính, sơ bộ, chính thức; or missing');
export const missingReasonSchema = z.enum(['late', 'not-reported', 'not-applicable']);

export function datedSchema<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    from: isoDateSchema,
    to: isoDateSchema.optional(),
    derived: z.boolean().optional(),
  });
}

/** RFC 9457 problem document, the body of every error response. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
  })
  .describe('Problem details (RFC 9457), media type application/problem+json')
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;
