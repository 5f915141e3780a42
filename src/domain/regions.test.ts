import { describe, expect, it } from 'vitest';
import { regionCrossesMerger, unitsCrossingRegion } from './regions.ts';
import { registryUnits } from './registry.ts';
import type { AdminUnit } from './units.ts';

const units34 = registryUnits('34');
const units63 = registryUnits('63');
const TODAY = '2026-11-20';

describe('regions across the 2025 merger', () => {
  it('the registry marks the seven units of the 34 that absorbed former units of another region', () => {
    expect(units34.filter((u) => u.regionCrossesFormer).map((u) => u.code)).toEqual([
      '24',
      '25',
      '51',
      '52',
      '66',
      '68',
      '80',
    ]);
  });

  it('a region crosses the merger where it gained or lost a former unit: the Red River Delta lost Vĩnh Phúc to Phú Thọ and gained Bắc Giang in Bắc Ninh', () => {
    expect(unitsCrossingRegion('DBSH', units34, units63, TODAY).map((u) => u.code)).toEqual(['24', '25']);
    expect(unitsCrossingRegion('DBSCL', units34, units63, TODAY).map((u) => u.code)).toEqual(['80']);
    expect(unitsCrossingRegion('TN', units34, units63, TODAY).map((u) => u.code)).toEqual([
      '51',
      '52',
      '66',
      '68',
    ]);
  });

  it('every one of the six regions crosses it', () => {
    for (const region of ['TDMNPB', 'DBSH', 'BTB-DHMT', 'TN', 'DNB', 'DBSCL'] as const) {
      expect(regionCrossesMerger(region, units34, units63, TODAY), region).toBe(true);
    }
  });

  it('without the flag the former units’ regions decide; a region whose mergers stayed inside does not cross', () => {
    const strip = (u: AdminUnit): AdminUnit => {
      const { regionCrossesFormer: _flag, ...rest } = u;
      return rest;
    };
    const stripped = units34.map(strip);
    expect(unitsCrossingRegion('DNB', stripped, units63, TODAY).map((u) => u.code)).toEqual(['80']);
    const insideOnly = units34.filter((u) => u.code === '79' || u.code === '75').map(strip);
    expect(regionCrossesMerger('DNB', insideOnly, units63, TODAY)).toBe(false);
  });
});
