import type { Frequency } from '../../domain/period.ts';
import type { EraId, RegionId, Scope } from '../../domain/units.ts';
import { getJson } from '../http.ts';
import { seriesResponseSchema, type SeriesResponse } from './schema.ts';

export interface SeriesParams {
  readonly indicator: string;
  readonly frequency: Frequency;
  readonly from: string;
  readonly to: string;
  readonly scope: Scope;
  /** With `unit`: only that unit of that era (and, for the 34, the former units it absorbed). */
  readonly era?: EraId;
  readonly unit?: string;
  /** 'none' asks for the national line alone, a few hundred bytes for a sparkline. */
  readonly units?: 'all' | 'none';
  /** Only the units of a region (and their former units), for a region average. */
  readonly region?: RegionId;
}

export function fetchSeries(params: SeriesParams, signal?: AbortSignal): Promise<SeriesResponse> {
  return getJson('/series', { ...params }, seriesResponseSchema, signal);
}
