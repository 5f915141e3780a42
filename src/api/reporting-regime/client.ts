import type { Scope } from '../../domain/units.ts';
import { getJson } from '../http.ts';
import {
  reportingRegimeResponseSchema,
  reportSubmissionsResponseSchema,
  type ReportingRegimeResponse,
  type ReportSubmissionsResponse,
} from './schema.ts';

export function fetchReportingRegime(signal?: AbortSignal): Promise<ReportingRegimeResponse> {
  return getJson('/reporting-regime', {}, reportingRegimeResponseSchema, signal);
}

export interface ReportSubmissionsParams {
  readonly period: string;
  readonly scope: Scope;
  readonly agency?: string;
  readonly report?: string;
}

export function fetchReportSubmissions(
  params: ReportSubmissionsParams,
  signal?: AbortSignal,
): Promise<ReportSubmissionsResponse> {
  return getJson('/report-submissions', { ...params }, reportSubmissionsResponseSchema, signal);
}
