import type { Scope } from '../../domain/units.ts';
import type { SortOrder, TaskSort, TaskStatus } from '../../domain/tasks.ts';
import { getJson } from '../http.ts';
import {
  taskCountsResponseSchema,
  taskRegisterResponseSchema,
  taskTrendResponseSchema,
  type TaskCountsResponse,
  type TaskRegisterResponse,
  type TaskTrendResponse,
} from './schema.ts';

/** One page of the register; everything but `period` optional (the feed's defaults apply). */
export interface TaskRegisterParams {
  readonly period: string;
  readonly scope?: Scope;
  readonly agency?: string;
  readonly statuses?: readonly TaskStatus[];
  readonly keyOnly?: boolean;
  readonly search?: string;
  readonly sort?: TaskSort;
  readonly order?: SortOrder;
  readonly page?: number;
  readonly pageSize?: number;
}

export function fetchTaskRegister(
  params: TaskRegisterParams,
  signal?: AbortSignal,
): Promise<TaskRegisterResponse> {
  const search = params.search?.trim();
  return getJson(
    '/task-register',
    {
      period: params.period,
      scope: params.scope,
      agency: params.agency,
      status: params.statuses && params.statuses.length > 0 ? params.statuses.join(',') : undefined,
      key: params.keyOnly ? 'true' : undefined,
      q: search ? search : undefined,
      sort: params.sort,
      order: params.order,
      page: params.page,
      pageSize: params.pageSize,
    },
    taskRegisterResponseSchema,
    signal,
  );
}

export interface TaskCountsParams {
  readonly period: string;
  readonly scope: Scope;
  readonly keyOnly?: boolean;
}

export function fetchTaskCounts(params: TaskCountsParams, signal?: AbortSignal): Promise<TaskCountsResponse> {
  return getJson(
    '/task-counts',
    { period: params.period, scope: params.scope, key: params.keyOnly ? 'true' : undefined },
    taskCountsResponseSchema,
    signal,
  );
}

export interface TaskTrendParams {
  readonly scope: Scope;
  /** Months, YYYY-MM. */
  readonly from: string;
  readonly to: string;
  readonly keyOnly?: boolean;
  readonly agency?: string;
}

export function fetchTaskTrend(params: TaskTrendParams, signal?: AbortSignal): Promise<TaskTrendResponse> {
  return getJson(
    '/task-trend',
    {
      scope: params.scope,
      from: params.from,
      to: params.to,
      key: params.keyOnly ? 'true' : undefined,
      agency: params.agency,
    },
    taskTrendResponseSchema,
    signal,
  );
}
