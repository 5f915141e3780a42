/**
 * Where a unit's label goes: a point inside its main landmass, computed once per era from the geometry.
 *
 * ECharts places region labels at the bounding-box centre, which for the long, curved provinces of the centre
 * (Quảng Nam, Gia Lai, the merged Quảng Trị) and for units with islands (Quảng Ninh, Kiên Giang, Khánh Hòa with
 * Trường Sa) can fall in the sea or in a neighbour. The area-weighted centroid of the largest polygon fixes
 * most of them; for a concave shape whose centroid is still outside, the point is moved along its latitude to
 * the middle of the nearest stretch of land.
 *
 * Planar in degrees: the cos(latitude) scale varies by under 3% across one province, far below a label's size.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LngLatPoint } from './types.ts';

/** The part of a unit feature this module reads; `toFeatureCollection`'s features fit it. */
export interface CodedFeatureCollection {
  readonly features: readonly {
    readonly properties: { readonly code: string };
    readonly geometry: Polygon | MultiPolygon;
  }[];
}

type Ring = readonly Position[];
type Rings = readonly Ring[];

/** Polygons of a geometry, each as [outer, ...holes]. */
function polygonsOf(geometry: Polygon | MultiPolygon): readonly Rings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function xy(position: Position | undefined): [number, number] {
  return [position?.[0] ?? NaN, position?.[1] ?? NaN];
}

/** Signed area (positive counter-clockwise) and centroid of a closed ring, by the shoelace formula. */
function ringMoments(ring: Ring): { area: number; cx: number; cy: number } {
  let twiceArea = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = xy(ring[i - 1]);
    const [x1, y1] = xy(ring[i]);
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    sx += (x0 + x1) * cross;
    sy += (y0 + y1) * cross;
  }
  const area = twiceArea / 2;
  return area === 0
    ? { area, cx: xy(ring[0])[0], cy: xy(ring[0])[1] }
    : { area, cx: sx / (6 * area), cy: sy / (6 * area) };
}

/** Area of a polygon with holes, whatever the winding of its rings. */
function polygonArea(rings: Rings): number {
  return rings.reduce((sum, ring, i) => sum + (i === 0 ? 1 : -1) * Math.abs(ringMoments(ring).area), 0);
}

/** Even–odd ray casting; a point exactly on an edge may go either way. */
function pointInRing(point: LngLatPoint, ring: Ring): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = xy(ring[i]);
    const [xj, yj] = xy(ring[j]);
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInPolygon(point: LngLatPoint, rings: Rings): boolean {
  const [outer, ...holes] = rings;
  return outer !== undefined && pointInRing(point, outer) && !holes.some((hole) => pointInRing(point, hole));
}

/** True when `point` ([lng, lat]) is inside a polygon of `geometry` and outside that polygon's holes. */
export function pointInGeometry(point: LngLatPoint, geometry: Polygon | MultiPolygon): boolean {
  return polygonsOf(geometry).some((rings) => pointInPolygon(point, rings));
}

/** Area-weighted centroid of a polygon with holes. */
function polygonCentroid(rings: Rings): [number, number] {
  let area = 0;
  let x = 0;
  let y = 0;
  rings.forEach((ring, i) => {
    const m = ringMoments(ring);
    const weight = (i === 0 ? 1 : -1) * Math.abs(m.area);
    area += weight;
    x += weight * m.cx;
    y += weight * m.cy;
  });
  return area === 0 ? xy(rings[0]?.[0]) : [x / area, y / area];
}

/**
 * The stretches of `rings` crossed by the parallel at `lat`, as [west, east] pairs (even–odd rule), so a point
 * in the middle of one is inside the polygon.
 */
function crossings(rings: Rings, lat: number): [number, number][] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = xy(ring[i - 1]);
      const [x1, y1] = xy(ring[i]);
      if (y0 > lat !== y1 > lat) xs.push(x0 + ((lat - y0) * (x1 - x0)) / (y1 - y0));
    }
  }
  xs.sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) spans.push([xs[i] ?? NaN, xs[i + 1] ?? NaN]);
  return spans;
}

/**
 * A point inside `rings` on or near the latitude of `[cx, cy]`: the middle of the stretch of land nearest to
 * `cx` on that parallel, trying parallels further north and south when it crosses nothing.
 */
function nudgeInside(rings: Rings, [cx, cy]: [number, number]): [number, number] {
  const ys = (rings[0] ?? []).map((p) => xy(p)[1]);
  const south = Math.min(...ys);
  const north = Math.max(...ys);
  const step = (north - south) / 64;
  // A tiny offset keeps the parallel off the vertices, where the crossing count is ambiguous.
  for (let k = 0; k <= 64; k++) {
    for (const lat of [cy + k * step + 1e-9, cy - k * step + 1e-9]) {
      if (lat <= south || lat >= north) continue;
      let best: [number, number] | undefined;
      let bestDistance = Infinity;
      for (const [west, east] of crossings(rings, lat)) {
        const distance = cx < west ? west - cx : cx > east ? cx - east : 0;
        if (distance < bestDistance && east > west) {
          bestDistance = distance;
          best = [(west + east) / 2, lat];
        }
      }
      if (best && pointInPolygon(best, rings)) return best;
    }
  }
  return [cx, cy];
}

/**
 * The label point of each unit: the area-weighted centroid of its largest polygon (the mainland, not the
 * archipelago diamonds of 48 and 56 nor the islands of Quảng Ninh or Kiên Giang), moved inside along its
 * parallel when the polygon is so concave that the centroid falls outside.
 *
 * Works for both eras; for the 34 the registry's seats are an alternative, but a seat sits near a border as
 * often as not (the merged units' seats are the former capitals), which is a poor place for a label.
 */
export function computeLabelPoints(collection: CodedFeatureCollection): Map<string, LngLatPoint> {
  const points = new Map<string, LngLatPoint>();
  for (const feature of collection.features) {
    let largest: Rings | undefined;
    let largestArea = -Infinity;
    for (const rings of polygonsOf(feature.geometry)) {
      const area = polygonArea(rings);
      if (area > largestArea) {
        largestArea = area;
        largest = rings;
      }
    }
    if (!largest) continue;
    const centroid = polygonCentroid(largest);
    const point = pointInPolygon(centroid, largest) ? centroid : nudgeInside(largest, centroid);
    points.set(feature.properties.code, [point[0], point[1]]);
  }
  return points;
}
