import type { Scope } from '../../domain/units.ts';
import { getJson } from '../http.ts';
import { reformResponseSchema, type ReformResponse } from './schema.ts';

export function fetchReform(
  params: { period: string; scope: Scope },
  signal?: AbortSignal,
): Promise<ReformResponse> {
  return getJson('/procedure-reform', { ...params }, reformResponseSchema, signal);
}
