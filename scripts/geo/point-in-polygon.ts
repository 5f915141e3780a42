/**
 * Small planar geometry helpers for the geometry tests: point in (multi)polygon, distance to a boundary, ring
 * area. Planar in degrees, which is all a check at province scale needs.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Polygons of a geometry, each as [outer, ...holes]. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Even–odd ray casting; a point exactly on an edge may go either way. */
export function pointInRing(point: readonly [number, number], ring: readonly Position[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when `point` ([lng, lat]) is inside an outer ring of `geometry` and outside that polygon's holes. */
export function pointInGeometry(point: readonly [number, number], geometry: Polygon | MultiPolygon): boolean {
  return polygonsOf(geometry).some(
    ([outer, ...holes]) =>
      outer !== undefined && pointInRing(point, outer) && !holes.some((h) => pointInRing(point, h)),
  );
}

/**
 * Shortest distance from `point` to any ring of `geometry`, in kilometres (equirectangular at the point's
 * latitude: good to well under 1 % over the few kilometres this is used for).
 */
export function distanceToBoundaryKm(
  point: readonly [number, number],
  geometry: Polygon | MultiPolygon,
): number {
  const kmPerDegLat = 111.195;
  const kmPerDegLng = kmPerDegLat * Math.cos((point[1] * Math.PI) / 180);
  const px = point[0] * kmPerDegLng;
  const py = point[1] * kmPerDegLat;
  let best = Infinity;
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1] as [number, number];
        const [bx, by] = ring[i] as [number, number];
        best = Math.min(
          best,
          segmentDistance(px, py, ax * kmPerDegLng, ay * kmPerDegLat, bx * kmPerDegLng, by * kmPerDegLat),
        );
      }
    }
  }
  return best;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Signed shoelace area of a closed ring in square degrees (positive counter-clockwise). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1] as [number, number];
    const [x1, y1] = ring[i] as [number, number];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}
