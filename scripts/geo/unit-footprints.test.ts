import { beforeAll, describe, expect, it } from 'vitest';
import { footprints as shippedFootprints } from 'virtual:vn-geometry';
import { registryUnits } from '../../src/domain/registry.ts';
import { toFeatureCollection, toFootprintMap } from '../../src/charts/map/geometry/decode.ts';
import type { VnFootprints, VnTopology } from '../../src/charts/map/geometry/decode.ts';
import type { UnitFootprint } from '../../src/charts/map/types.ts';
import { buildGeometry } from './build-geometry.ts';
import { largestPolygon } from './label-points.ts';
import { pointInGeometry, polygonsOf } from './point-in-polygon.ts';

const ERAS = ['63', '34'] as const;

let topology: VnTopology;
let footprints: VnFootprints;

beforeAll(() => {
  ({ topology, footprints } = buildGeometry());
});

/** True when [lng, lat] is inside the footprint's band at its latitude. */
function inFootprint(footprint: UnitFootprint, [lng, lat]: readonly [number, number]): boolean {
  const band = footprint.bands[Math.floor((lat - footprint.south) / footprint.step)];
  return band !== undefined && lng >= band[0] - 1e-9 && lng <= band[1] + 1e-9;
}

describe('unit footprints from the geometry build', () => {
  it.each(ERAS)('era %s: one footprint per registry unit, holding all of its mainland', (era) => {
    const map = toFootprintMap(footprints, era);
    expect([...map.keys()].sort()).toEqual(
      registryUnits(era)
        .map((u) => u.code)
        .sort(),
    );
    for (const feature of toFeatureCollection(topology, era).features) {
      const footprint = map.get(feature.properties.code);
      if (!footprint) throw new Error(`no footprint for ${feature.properties.code}`);
      const mainland = { type: 'Polygon' as const, coordinates: largestPolygon(feature.geometry) };
      const outer = mainland.coordinates[0] ?? [];
      const lngs = outer.map(([lng = 0]) => lng);
      const lats = outer.map(([, lat = 0]) => lat);
      // A grid of points over the mainland's box: every one inside the mainland is inside the footprint.
      const [west, east] = [Math.min(...lngs), Math.max(...lngs)];
      const [south, north] = [Math.min(...lats), Math.max(...lats)];
      let inside = 0;
      for (let x = west; x <= east; x += 0.03) {
        for (let y = south; y <= north; y += 0.03) {
          if (!pointInGeometry([x, y], mainland)) continue;
          inside++;
          expect(inFootprint(footprint, [x, y]), `${feature.properties.code} at ${x}, ${y}`).toBe(true);
        }
      }
      expect(inside, feature.properties.code).toBeGreaterThan(0);
      // And no more than the box of its land (the archipelagos left out), rounded out by a grid step.
      const land = polygonsOf(feature.geometry)
        .flatMap(([ring = []]) => ring)
        .filter(([lng = 0]) => lng < 110.5);
      const box = {
        west: Math.min(...land.map(([lng = 0]) => lng)),
        east: Math.max(...land.map(([lng = 0]) => lng)),
        south: Math.min(...land.map(([, lat = 0]) => lat)),
      };
      expect(footprint.south).toBeGreaterThan(box.south - footprint.step - 1e-9);
      for (const [w, e] of footprint.bands) {
        expect(w).toBeGreaterThan(box.west - 0.05 - 1e-9);
        expect(e).toBeLessThan(box.east + 0.05 + 1e-9);
      }
    }
  });

  it('keeps the islands and the archipelagos out: Khánh Hòa ends at its coast, not at Trường Sa', () => {
    const khanhHoa = toFootprintMap(footprints, '34').get('56');
    expect(Math.max(...(khanhHoa?.bands.map(([, e]) => e) ?? [Infinity]))).toBeLessThan(109.6);
    const daNang = toFootprintMap(footprints, '34').get('48');
    expect(Math.max(...(daNang?.bands.map(([, e]) => e) ?? [Infinity]))).toBeLessThan(108.8);
  });

  it('is what the app is served', () => {
    expect(shippedFootprints).toEqual(footprints);
  });
});
