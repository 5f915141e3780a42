import type { MinistryEraId, ProvinceEraId } from '../../domain/units.ts';
import { getJson } from '../http.ts';
import { profileResponseSchema, type ProfileResponse } from './schema.ts';

/** A province of either era (no scope: the feed's default), or a ministry of either set. */
export type ProfileParams =
  | { readonly era: ProvinceEraId; readonly unit: string }
  | { readonly scope: 'ministry'; readonly era: MinistryEraId; readonly unit: string };

export function fetchProfile(params: ProfileParams, signal?: AbortSignal): Promise<ProfileResponse> {
  return getJson('/profile', { ...params }, profileResponseSchema, signal);
}
