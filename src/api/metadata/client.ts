import { getJson } from '../http.ts';
import { metadataResponseSchema, type MetadataResponse } from './schema.ts';

export function fetchMetadata(signal?: AbortSignal): Promise<MetadataResponse> {
  return getJson('/metadata', {}, metadataResponseSchema, signal);
}
