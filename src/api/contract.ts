/**
 * Every feed endpoint with its query parameters and response schema: the one list the OpenAPI document
 * (scripts/write-openapi.ts), the mock handlers and the contract test are built from.
 */
import * as z from 'zod/mini';
import {
  agencyCodeSchema,
  described,
  eraSchema,
  frequencySchema,
  ministryEraSchema,
  periodKeySchema,
  provinceEraSchema,
  regionIdSchema,
  scopeSchema,
} from './common/schema.ts';
import { indicatorsResponseSchema } from './indicators/schema.ts';
import { metadataResponseSchema } from './metadata/schema.ts';
import { observationsResponseSchema } from './observations/schema.ts';
import { profileQuerySchema, profileResponseSchema } from './profile/schema.ts';
import { reformResponseSchema } from './reform/schema.ts';
import { reportingResponseSchema } from './reporting/schema.ts';
import {
  reportingRegimeResponseSchema,
  reportSubmissionsQuerySchema,
  reportSubmissionsResponseSchema,
} from './reporting-regime/schema.ts';
import { scores766QuerySchema, scores766ResponseSchema } from './scores-766/schema.ts';
import {
  taskCountsQuerySchema,
  taskCountsResponseSchema,
  taskRegisterQuerySchema,
  taskRegisterResponseSchema,
  taskTrendQuerySchema,
  taskTrendResponseSchema,
} from './task-register/schema.ts';
import { seriesResponseSchema } from './series/schema.ts';
import { tasksResponseSchema } from './tasks/schema.ts';
import { ministriesResponseSchema, unitsResponseSchema } from './units/schema.ts';

const indicatorId = z.string().check(z.regex(/^[a-z0-9-]+$/), z.describe('Indicator id from the catalog'));

export const ENDPOINTS = {
  metadata: {
    path: '/metadata',
    summary: 'Data set status: as-of date, last update, latest period per frequency, eras',
    query: z.object({}),
    response: metadataResponseSchema,
  },
  units: {
    path: '/units',
    summary: 'Provincial units of an era with kinds and regions over time, and the merger map',
    query: z.object({ era: provinceEraSchema }),
    response: unitsResponseSchema,
  },
  ministries: {
    path: '/ministries',
    summary: 'Ministries and ministry-level agencies of an era',
    query: z.object({ era: ministryEraSchema }),
    response: ministriesResponseSchema,
  },
  indicators: {
    path: '/indicators',
    summary: 'The indicator catalog',
    query: z.object({}),
    response: indicatorsResponseSchema,
  },
  observations: {
    path: '/observations',
    summary: 'One indicator for one period: every unit of the reporting era and the nation',
    query: z.object({ indicator: indicatorId, period: periodKeySchema, scope: scopeSchema }),
    response: observationsResponseSchema,
  },
  series: {
    path: '/series',
    summary: 'One indicator over a range of periods, for the nation and every unit (or one unit)',
    query: z.object({
      indicator: indicatorId,
      frequency: frequencySchema,
      from: periodKeySchema,
      to: periodKeySchema,
      scope: scopeSchema,
      era: z.optional(eraSchema),
      unit: z.optional(agencyCodeSchema),
      region: described(
        z.optional(regionIdSchema),
        'Only the units of this region (34-era membership) and their former units',
      ),
      units: described(z.optional(z.enum(['all', 'none'])), "'none': only the national line (sparklines)"),
    }),
    response: seriesResponseSchema,
  },
  profile: {
    path: '/profile',
    summary:
      "One province's or ministry's latest figure of every indicator, ranked among its era's units, with sparklines",
    query: profileQuerySchema,
    response: profileResponseSchema,
  },
  tasks: {
    path: '/tasks',
    summary: 'Tasks assigned by the Government and the Prime Minister, by agency, year to date',
    query: z.object({ period: periodKeySchema, scope: scopeSchema }),
    response: tasksResponseSchema,
  },
  reform: {
    path: '/procedure-reform',
    summary: 'Internal administrative procedure reform by agency',
    query: z.object({ period: periodKeySchema, scope: scopeSchema }),
    response: reformResponseSchema,
  },
  reporting: {
    path: '/reporting',
    summary: 'Periodic reports due, submitted on time, late or not yet, by agency',
    query: z.object({ period: periodKeySchema, scope: scopeSchema }),
    response: reportingResponseSchema,
  },
  taskRegister: {
    path: '/task-register',
    summary: 'The tasks behind /tasks, one page at a time, filtered, searched and sorted',
    query: taskRegisterQuerySchema,
    response: taskRegisterResponseSchema,
  },
  taskCounts: {
    path: '/task-counts',
    summary: 'Task counts by agency computed from the register, optionally of key tasks only',
    query: taskCountsQuerySchema,
    response: taskCountsResponseSchema,
  },
  taskTrend: {
    path: '/task-trend',
    summary: 'Task counts at each month end over a range, for a scope or one agency',
    query: taskTrendQuerySchema,
    response: taskTrendResponseSchema,
  },
  reportingRegime: {
    path: '/reporting-regime',
    summary: 'The periodic reports of the reporting regime (Decree 09/2019/NĐ-CP)',
    query: z.object({}),
    response: reportingRegimeResponseSchema,
  },
  reportSubmissions: {
    path: '/report-submissions',
    summary: 'Each report due in a period, by agency: sent on time, late, or not yet',
    query: reportSubmissionsQuerySchema,
    response: reportSubmissionsResponseSchema,
  },
  scores766: {
    path: '/scores-766',
    summary: 'Decision 766 league table: total, the six groups, rank and rank change',
    query: scores766QuerySchema,
    response: scores766ResponseSchema,
  },
} as const;

export type EndpointName = keyof typeof ENDPOINTS;
