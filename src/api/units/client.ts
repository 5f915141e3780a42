import type { MinistryEraId, ProvinceEraId } from '../../domain/units.ts';
import { getJson } from '../http.ts';
import {
  ministriesResponseSchema,
  unitsResponseSchema,
  type MinistriesResponse,
  type UnitsResponse,
} from './schema.ts';

export function fetchUnits(era: ProvinceEraId, signal?: AbortSignal): Promise<UnitsResponse> {
  return getJson('/units', { era }, unitsResponseSchema, signal);
}

export function fetchMinistries(era: MinistryEraId, signal?: AbortSignal): Promise<MinistriesResponse> {
  return getJson('/ministries', { era }, ministriesResponseSchema, signal);
}
