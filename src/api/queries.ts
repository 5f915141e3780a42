/**
 * Query option factories: the one unit of data access (TanStack Query `queryOptions`). Keys run from
 * general to specific and hold everything the query function reads, so a key names exactly one response.
 */
import { queryOptions } from '@tanstack/react-query';
import type { MinistryEraId, ProvinceEraId } from '../domain/units.ts';
import { fetchIndicators } from './indicators/client.ts';
import { fetchMetadata } from './metadata/client.ts';
import { fetchObservations, type ObservationsParams } from './observations/client.ts';
import { fetchProfile, type ProfileParams } from './profile/client.ts';
import { fetchReform } from './reform/client.ts';
import { fetchReporting } from './reporting/client.ts';
import {
  fetchReportingRegime,
  fetchReportSubmissions,
  type ReportSubmissionsParams,
} from './reporting-regime/client.ts';
import { fetchScores766, type Scores766Params } from './scores-766/client.ts';
import {
  fetchTaskCounts,
  fetchTaskRegister,
  fetchTaskTrend,
  type TaskCountsParams,
  type TaskRegisterParams,
  type TaskTrendParams,
} from './task-register/client.ts';
import { fetchSeries, type SeriesParams } from './series/client.ts';
import { fetchTasks } from './tasks/client.ts';
import { fetchMinistries, fetchUnits } from './units/client.ts';
import type { Scope } from '../domain/units.ts';

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
      queryFn: ({ signal }) => fetchProfile(params, signal),
    }),

  tasks: (params: { period: string; scope: Scope }) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'tasks', params] as const,
      queryFn: ({ signal }) => fetchTasks(params, signal),
    }),

  reform: (params: { period: string; scope: Scope }) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'reform', params] as const,
      queryFn: ({ signal }) => fetchReform(params, signal),
    }),

  reporting: (params: { period: string; scope: Scope }) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'reporting', params] as const,
      queryFn: ({ signal }) => fetchReporting(params, signal),
    }),

  taskRegister: (params: TaskRegisterParams) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'taskRegister', params] as const,
      queryFn: ({ signal }) => fetchTaskRegister(params, signal),
    }),

  taskCounts: (params: TaskCountsParams) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'taskCounts', params] as const,
      queryFn: ({ signal }) => fetchTaskCounts(params, signal),
    }),

  taskTrend: (params: TaskTrendParams) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'taskTrend', params] as const,
      queryFn: ({ signal }) => fetchTaskTrend(params, signal),
    }),

  reportingRegime: () =>
    queryOptions({
      queryKey: [...feedQueries.all, 'reportingRegime'] as const,
      queryFn: ({ signal }) => fetchReportingRegime(signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  reportSubmissions: (params: ReportSubmissionsParams) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'reportSubmissions', params] as const,
      queryFn: ({ signal }) => fetchReportSubmissions(params, signal),
    }),

  scores766: (params: Scores766Params) =>
    queryOptions({
      queryKey: [...feedQueries.all, 'scores766', params] as const,
      queryFn: ({ signal }) => fetchScores766(params, signal),
    }),
};
