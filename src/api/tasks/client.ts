import type { Scope } from '../../domain/units.ts';
import { getJson } from '../http.ts';
import { tasksResponseSchema, type TasksResponse } from './schema.ts';

export function fetchTasks(
  params: { period: string; scope: Scope },
  signal?: AbortSignal,
): Promise<TasksResponse> {
  return getJson('/tasks', { ...params }, tasksResponseSchema, signal);
}
