/**
 * Label anchors of the province units, computed once when the geometry is built and shipped with it in
 * `virtual:vn-geometry`, so the browser does no geometry of its own.
 *
 * The anchor of a unit is the pole of inaccessibility (polylabel: the point farthest inside from every edge) of
 * its largest polygon: the mainland, not the archipelago marks of 48 and 56 nor the islands of Quảng Ninh or
 * Kiên Giang. It lies well inside even the long, curved units of the centre (Quảng Nam, Gia Lai, the merged
 * Quảng Trị), where a centroid or ECharts' bounding-box centre falls in the sea or in a neighbour; the seats of
 * the 34 are no alternative, as the merged units' seats are former capitals near a border as often as not.
 *
 * It is found in the shape as drawn: longitudes are scaled by the map's aspect (cos 14.8°) first, so "farthest
 * from the edges" is measured as a reader sees it. Anchors are rounded to 0.01° (about 1 km, a fraction of a
 * pixel on any panel), which keeps the shipped table small.
 */
import polylabel from 'polylabel';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { MAP_ASPECT_SCALE } from '../../src/charts/map/choropleth/layout.ts';
import type { LabelPointTable } from '../../src/charts/map/geometry/decode.ts';
import { polygonsOf, ringArea } from './point-in-polygon.ts';

/** polylabel's precision, in (scaled) degrees: about 100 m, far finer than the rounding of the result. */
const PRECISION_DEG = 0.001;

/** Decimals of a shipped anchor. */
export const LABEL_POINT_DECIMALS = 2;

/** Area of a polygon with holes, whatever the winding of its rings, in square degrees. */
function polygonArea(rings: readonly (readonly Position[])[]): number {
  return rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
}

/** The largest polygon of a unit's geometry, as `[outer, ...holes]`. */
export function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
  let largest: Position[][] = [];
  let largestArea = -Infinity;
  for (const rings of polygonsOf(geometry)) {
    const area = polygonArea(rings);
    if (area > largestArea) {
      largestArea = area;
      largest = rings;
    }
  }
  return largest;
}

const round = (value: number): number => {
  const f = 10 ** LABEL_POINT_DECIMALS;
  return Math.round(value * f) / f;
};

/** The label anchor ([lng, lat]) of one unit's geometry: the pole of inaccessibility of its largest polygon. */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const scaled = largestPolygon(geometry).map((ring) =>
    ring.map(([lng = NaN, lat = NaN]) => [lng * MAP_ASPECT_SCALE, lat]),
  );
  const [x, y] = polylabel(scaled, PRECISION_DEG);
  return [round(x / MAP_ASPECT_SCALE), round(y)];
}

/** The label anchor of every feature, keyed by the feature's official code, in the features' order. */
export function labelPoints(collection: {
  readonly features: readonly {
    readonly properties: { readonly code: string };
    readonly geometry: Polygon | MultiPolygon;
  }[];
}): LabelPointTable {
  return Object.fromEntries(
    collection.features.map((f) => [f.properties.code, labelPoint(f.geometry)] as const),
  );
}
