/**
 * The bundled registry of units, regions, eras and ministries (src/domain/data/admin-units.json,
 * transcribed from docs/domain.md: Resolutions 202/2025/QH15 and 176/2025/QH15 and Decision
 * 19/2025/QĐ-TTg). The mock feed serves it; the app itself reads units from the feed, so a
 * reform after this build still shows correctly when the feed carries it.
 */
import registry from './data/admin-units.json' with { type: 'json' };
import type { AdminUnit, Era, Ministry, ProvinceEraId, MinistryEraId, Region } from './units.ts';

interface RegistryFile {
  readonly about: string;
  readonly regions: readonly Region[];
  readonly eras: readonly Era[];
  readonly units: readonly AdminUnit[];
  readonly ministries: readonly Ministry[];
}

// JSON imports are typed structurally with widened strings; the registry test checks every value.
const data = registry as unknown as RegistryFile;

export const REGIONS: readonly Region[] = data.regions;
export const ERAS: readonly Era[] = data.eras;

export function registryUnits(era: ProvinceEraId): readonly AdminUnit[] {
  return data.units.filter((u) => u.era === era);
}

export function registryMinistries(era: MinistryEraId): readonly Ministry[] {
  return data.ministries.filter((m) => m.era === era);
}
