/**
 * Query option factories: the one unit of data access (TanStack Query `queryOptions`). Keys run from
 * general to specific and hold everything the query function reads, so a key names exactly one response.
 */
import { queryOptions } from '@tanstack/react-query';
import type { MinistryEraId, ProvinceEraId } from '../domain/units.ts';
import { fetchIndicators } from './indicators/client.ts';
import { fetchMetadata } from './metadata/client.ts';
import { fetchObservations, type ObservationsParams } from './observations/client.ts';
import type { ProfileParams } from './profile/client.ts';
import type { ReportSubmissionsParams } from './reporting-regime/client.ts';
import type { Scores766Params } from './scores-766/client.ts';
import type { TaskCountsParams, TaskRegisterParams, TaskTrendParams } from './task-register/client.ts';
import { fetchSeries, type SeriesParams } from './series/client.ts';
import { fetchMinistries, fetchUnits } from './units/client.ts';
import type { Scope } from '../domain/units.ts';

// The clients (and schemas) of the feeds the overview board does not read load with their first query, so
// the first load of `/` does not carry them.
const profileClient = () => import('./profile/client.ts');
const tasksClient = () => import('./tasks/client.ts');
const reformClient = () => import('./reform/client.ts');
const reportingClient = () => import('./reporting/client.ts');
const taskRegisterClient = () => import('./task-register/client.ts');
const reportingRegimeClient = () => import('./reporting-regime/client.ts');
const scores766Client = () => import('./scores-766/client.ts');

// Reference data changes a few times a year at most.
const REFERENCE_STALE_MS = 6 * 60 * 60 * 1000;

export const feedQueries = {
  all: ['feed'] as const,

  metadata: () =>
    queryOptions({
      queryKey: [...feedQueries.all, 'metadata'] as const,
      queryFn: ({ signal }) => fetchMetadata(signal),
    }),

  units: (era: ProvinceEraId) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'units', era] as const,
      queryFn: ({ signal }) => fetchUnits(era, signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  ministries: (era: MinistryEraId) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'ministries', era] as const,
      queryFn: ({ signal }) => fetchMinistries(era, signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  indicators: () =>
    queryOptions({
      queryKey: [...feedQueries.all, 'indicators'] as const,
      queryFn: ({ signal }) => fetchIndicators(signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  observations: (params: ObservationsParams) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'observations', params] as const,
      queryFn: ({ signal }) => fetchObservations(params, signal),
    }),

  series: (params: SeriesParams) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'series', params] as const,
      queryFn: ({ signal }) => fetchSeries(params, signal),
    }),

  profile: (params: ProfileParams) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'profile', params] as const,
      queryFn: async ({ signal }) => (await profileClient()).fetchProfile(params, signal),
    }),

  tasks: (params: { period: string; scope: Scope }) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'tasks', params] as const,
      queryFn: async ({ signal }) => (await tasksClient()).fetchTasks(params, signal),
    }),

  reform: (params: { period: string; scope: Scope }) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'reform', params] as const,
      queryFn: async ({ signal }) => (await reformClient()).fetchReform(params, signal),
    }),

  reporting: (params: { period: string; scope: Scope }) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'reporting', params] as const,
      queryFn: async ({ signal }) => (await reportingClient()).fetchReporting(params, signal),
    }),

  taskRegister: (params: TaskRegisterParams) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'taskRegister', params] as const,
      queryFn: async ({ signal }) => (await taskRegisterClient()).fetchTaskRegister(params, signal),
    }),

  taskCounts: (params: TaskCountsParams) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'taskCounts', params] as const,
      queryFn: async ({ signal }) => (await taskRegisterClient()).fetchTaskCounts(params, signal),
    }),

  taskTrend: (params: TaskTrendParams) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'taskTrend', params] as const,
      queryFn: async ({ signal }) => (await taskRegisterClient()).fetchTaskTrend(params, signal),
    }),

  reportingRegime: () =>
    queryOptions({
      queryKey: [...feedQueries.all, 'reportingRegime'] as const,
      queryFn: async ({ signal }) => (await reportingRegimeClient()).fetchReportingRegime(signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  reportSubmissions: (params: ReportSubmissionsParams) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'reportSubmissions', params] as const,
      queryFn: async ({ signal }) => (await reportingRegimeClient()).fetchReportSubmissions(params, signal),
    }),

  scores766: (params: Scores766Params) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'scores766', params] as const,
      queryFn: async ({ signal }) => (await scores766Client()).fetchScores766(params, signal),
    }),
};
