import { beforeAll, describe, expect, it } from 'vitest';
import shipped, { labelPoints as shippedPoints } from 'virtual:vn-geometry';
import type { MultiPolygon, Polygon } from 'geojson';
import { registryUnits } from '../../src/domain/registry.ts';
import { toFeatureCollection, toLabelPointMap } from '../../src/charts/map/geometry/decode.ts';
import type { VnLabelPoints, VnTopology } from '../../src/charts/map/geometry/decode.ts';
import { buildGeometry } from './build-geometry.ts';
import { largestPolygon, LABEL_POINT_DECIMALS } from './label-points.ts';
import { distanceToBoundaryKm, pointInGeometry } from './point-in-polygon.ts';

const ERAS = ['63', '34'] as const;

let topology: VnTopology;
let labelPoints: VnLabelPoints;

beforeAll(() => {
  ({ topology, labelPoints } = buildGeometry());
});

/** Centroid of the outer ring's vertices: the naive anchor a pole of inaccessibility must beat. */
function vertexMean(rings: Polygon['coordinates']): [number, number] {
  const outer = rings[0] ?? [];
  let x = 0;
  let y = 0;
  for (const [lng = 0, lat = 0] of outer) {
    x += lng;
    y += lat;
  }
  return [x / outer.length, y / outer.length];
}

describe('label anchors from the geometry build', () => {
  it.each(ERAS)(
    "era %s: one anchor per registry unit, inside the unit's own largest polygon, in no other unit",
    (era) => {
      const collection = toFeatureCollection(topology, era);
      const points = labelPoints[era];
      expect(Object.keys(points).sort()).toEqual(
        registryUnits(era)
          .map((u) => u.code)
          .sort(),
      );
      for (const feature of collection.features) {
        const code = feature.properties.code;
        const point = points[code];
        if (!point) throw new Error(`no anchor for ${code}`);
        const mainland: Polygon = { type: 'Polygon', coordinates: largestPolygon(feature.geometry) };
        expect(pointInGeometry(point, mainland), `unit ${code} on its mainland`).toBe(true);
        const others = collection.features.filter(
          (f) => f.properties.code !== code && pointInGeometry(point, f.geometry),
        );
        expect(
          others.map((f) => f.properties.code),
          `anchor of ${code} in another unit`,
        ).toEqual([]);
      }
    },
  );

  it.each(ERAS)('era %s: known units are labelled where a reader expects them', (era) => {
    const points = toLabelPointMap(labelPoints, era);
    // Hà Nội near its centre; Đà Nẵng and Khánh Hòa on the mainland, not on their archipelagos.
    expect(points.get('01')?.[0]).toBeCloseTo(105.7, 0);
    expect(points.get('01')?.[1]).toBeCloseTo(21.0, 0);
    expect(points.get('48')?.[0]).toBeLessThan(109);
    expect(points.get('56')?.[0]).toBeLessThan(110);
  });

  it.each(ERAS)(
    'era %s: every anchor stands well inside its unit, never closer to the edge than the vertex mean',
    (era) => {
      const collection = toFeatureCollection(topology, era);
      const clearances: Record<string, number> = {};
      for (const feature of collection.features) {
        const code = feature.properties.code;
        const point = labelPoints[era][code] ?? [NaN, NaN];
        const mainland = largestPolygon(feature.geometry);
        const geometry: Polygon | MultiPolygon = { type: 'Polygon', coordinates: mainland };
        const clearance = distanceToBoundaryKm(point, geometry);
        clearances[code] = Math.round(clearance * 10) / 10;
        const naive = vertexMean(mainland);
        const naiveClearance = pointInGeometry(naive, geometry) ? distanceToBoundaryKm(naive, geometry) : 0;
        // Rounding to 0.01° may cost up to about 0.8 km against the exact pole.
        expect(clearance, code).toBeGreaterThanOrEqual(naiveClearance - 0.8);
      }
      const smallest = Math.min(...Object.values(clearances));
      console.log(`[geometry] era ${era}: smallest anchor clearance ${smallest} km`);
      // The smallest unit of either era (Bắc Ninh of the 63) is about 25 km across.
      expect(smallest).toBeGreaterThan(3);
    },
  );

  it('ships the anchors in virtual:vn-geometry, rounded to 0.01°, beside the topology they were found on', () => {
    expect(shippedPoints).toEqual(labelPoints);
    expect(shipped).toEqual(topology);
    const scale = 10 ** LABEL_POINT_DECIMALS;
    for (const era of ERAS) {
      for (const [lng, lat] of Object.values(shippedPoints[era])) {
        expect(Math.round(lng * scale) / scale).toBe(lng);
        expect(Math.round(lat * scale) / scale).toBe(lat);
      }
    }
  });
});
