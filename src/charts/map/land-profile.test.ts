import { describe, expect, it } from 'vitest';
import topology from 'virtual:vn-geometry';
import type { ProvinceEraId } from '../../domain/units.ts';
import { toFeatureCollection } from './geometry/decode.ts';
import { LAND_PROFILE, LAND_PROFILE_SOUTH, LAND_PROFILE_STEP, landRects } from './land-profile.ts';

/** West and east longitude of the land (archipelago islands left out) in each band, from the geometry. */
function measuredProfile(era: ProvinceEraId): [number, number][] {
  const bands = LAND_PROFILE.map((): [number, number] => [Infinity, -Infinity]);
  for (const feature of toFeatureCollection(topology, era).features) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const [ring = []] of polygons) {
      // Hoàng Sa and Trường Sa, east of 110.5°E, are islands the builder keeps clear of on their own.
      if (ring.every(([lng = 0]) => lng > 110.5)) continue;
      for (let i = 1; i < ring.length; i++) {
        const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
        const [x1 = 0, y1 = 0] = ring[i] ?? [];
        bands.forEach((band, b) => {
          const lo = LAND_PROFILE_SOUTH + b * LAND_PROFILE_STEP;
          const hi = lo + LAND_PROFILE_STEP;
          if (Math.max(y0, y1) < lo || Math.min(y0, y1) > hi) return;
          // The edge's longitudes inside the band: its ends there and where it crosses the band's edges.
          const xs = [
            ...[
              [x0, y0],
              [x1, y1],
            ].flatMap(([x = 0, y = 0]) => (y >= lo && y <= hi ? [x] : [])),
            ...[lo, hi].flatMap((edge) =>
              (y0 - edge) * (y1 - edge) < 0 ? [x0 + ((x1 - x0) * (edge - y0)) / (y1 - y0)] : [],
            ),
          ];
          for (const x of xs) {
            band[0] = Math.min(band[0], x);
            band[1] = Math.max(band[1], x);
          }
        });
      }
    }
  }
  return bands;
}

describe('LAND_PROFILE', () => {
  for (const era of ['34', '63'] as ProvinceEraId[]) {
    it(`holds the land of every band, to within 0.05° (era ${era})`, () => {
      const measured = measuredProfile(era);
      LAND_PROFILE.forEach(([west, east], b) => {
        const [mWest, mEast] = measured[b] ?? [NaN, NaN];
        const band = `${LAND_PROFILE_SOUTH + b * LAND_PROFILE_STEP}°N`;
        expect(west, band).toBeLessThanOrEqual(mWest);
        expect(west, band).toBeGreaterThan(mWest - 0.05 - 1e-9);
        expect(east, band).toBeGreaterThanOrEqual(mEast);
        expect(east, band).toBeLessThan(mEast + 0.05 + 1e-9);
      });
    });
  }

  it('reaches from the southern cape to the northern tip', () => {
    const collection = toFeatureCollection(topology, '34');
    const lats = collection.features.flatMap((f) =>
      (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap(
        ([ring = []]) => (ring.every(([lng = 0]) => lng > 110.5) ? [] : ring.map(([, lat = 0]) => lat)),
      ),
    );
    expect(LAND_PROFILE_SOUTH).toBeLessThanOrEqual(Math.min(...lats));
    expect(LAND_PROFILE_SOUTH + LAND_PROFILE.length * LAND_PROFILE_STEP).toBeGreaterThanOrEqual(
      Math.max(...lats),
    );
  });

  it('projects one rect per band, north up', () => {
    const rects = landRects(([lng, lat]) => [lng * 10, (30 - lat) * 10]);
    expect(rects).toHaveLength(LAND_PROFILE.length);
    const [west = 0, east = 0] = LAND_PROFILE[0] ?? [];
    expect(rects[0]).toEqual({
      x: west * 10,
      y: (30 - LAND_PROFILE_SOUTH - LAND_PROFILE_STEP) * 10,
      width: (east - west) * 10,
      height: LAND_PROFILE_STEP * 10,
    });
  });
});
