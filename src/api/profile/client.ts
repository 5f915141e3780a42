import type { ProvinceEraId } from '../../domain/units.ts';
import { getJson } from '../http.ts';
import { profileResponseSchema, type ProfileResponse } from './schema.ts';

export interface ProfileParams {
  readonly era: ProvinceEraId;
  readonly unit: string;
}

export function fetchProfile(params: ProfileParams, signal?: AbortSignal): Promise<ProfileResponse> {
  return getJson('/profile', { ...params }, profileResponseSchema, signal);
}
