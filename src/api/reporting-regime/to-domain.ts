import type { ReportingRegimeResponse } from './schema.ts';

export type ReportRegime = ReportingRegimeResponse['regimes'][number];

/** The regime by report id, in the feed's order (monthly first). */
export function toRegimeMap(response: ReportingRegimeResponse): ReadonlyMap<string, ReportRegime> {
  return new Map(response.regimes.map((r) => [r.id, r]));
}
