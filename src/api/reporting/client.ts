import type { Scope } from '../../domain/units.ts';
import { getJson } from '../http.ts';
import { reportingResponseSchema, type ReportingResponse } from './schema.ts';

export function fetchReporting(
  params: { period: string; scope: Scope },
  signal?: AbortSignal,
): Promise<ReportingResponse> {
  return getJson('/reporting', { ...params }, reportingResponseSchema, signal);
}
