import { getJson } from '../http.ts';
import { indicatorsResponseSchema, type IndicatorsResponse } from './schema.ts';

export function fetchIndicators(signal?: AbortSignal): Promise<IndicatorsResponse> {
  return getJson('/indicators', {}, indicatorsResponseSchema, signal);
}
