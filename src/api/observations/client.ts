import type { Scope } from '../../domain/units.ts';
import { getJson } from '../http.ts';
import { observationsResponseSchema, type ObservationsResponse } from './schema.ts';

export interface ObservationsParams {
  readonly indicator: string;
  readonly period: string;
  readonly scope: Scope;
}

export function fetchObservations(
  params: ObservationsParams,
  signal?: AbortSignal,
): Promise<ObservationsResponse> {
  return getJson('/observations', { ...params }, observationsResponseSchema, signal);
}
