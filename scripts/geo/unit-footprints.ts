/**
 * Footprints of the province units, computed once when the geometry is built and shipped with it in
 * `virtual:vn-geometry`: for each unit, the westernmost and easternmost longitude of its land in bands of a
 * quarter degree of latitude. The option builder, which has no geometry, keeps the best and worst units'
 * labels off the footprints of the units without a value, so no label hides a hatched unit.
 *
 * The land is the unit's largest polygon and every polygon at least a tenth of its area (the two halves of a
 * unit cut by a river mouth), not its small islands nor the archipelago marks of 48 and 56. Extents are rounded
 * outwards to {@link FOOTPRINT_LNG_STEP}, so a footprint holds its land; concave shapes are filled in per band,
 * which only errs on the side of keeping labels off.
 *
 * Shipped compactly, one flat list of integers per unit (decoded by `toFootprintMap` in decode.ts):
 * `[south, w0, e0, w1, e1, …]`, with `south` the index of the first band (its southern edge at
 * `FOOTPRINT_SOUTH + south × FOOTPRINT_LAT_STEP`) and `wi`, `ei` the band's extent in steps of
 * `FOOTPRINT_LNG_STEP` east of `FOOTPRINT_WEST`.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
  FOOTPRINT_LAT_STEP,
  FOOTPRINT_LNG_STEP,
  FOOTPRINT_SOUTH,
  FOOTPRINT_WEST,
} from '../../src/charts/map/geometry/decode.ts';
import type { FootprintTable } from '../../src/charts/map/geometry/decode.ts';
import { polygonsOf, ringArea } from './point-in-polygon.ts';

/** Polygons smaller than this share of the unit's largest are islands, left out of the footprint. */
const MIN_PART_SHARE = 0.1;

/** The polygons of a unit that make its footprint: the largest and those at least a tenth of its area. */
function landPolygons(geometry: Polygon | MultiPolygon): Position[][][] {
  const polygons = polygonsOf(geometry).map((rings) => ({
    rings,
    area: Math.abs(ringArea(rings[0] ?? [])),
  }));
  const largest = Math.max(...polygons.map((p) => p.area));
  return polygons.filter((p) => p.area >= MIN_PART_SHARE * largest).map((p) => p.rings);
}

/**
 * West and east longitude of `geometry`'s land in each band of {@link FOOTPRINT_LAT_STEP} it touches, keyed by
 * band index: every edge of the outer rings contributes its ends inside the band and where it crosses the
 * band's edges.
 */
export function bandExtents(geometry: Polygon | MultiPolygon): Map<number, [west: number, east: number]> {
  const bands = new Map<number, [number, number]>();
  const add = (band: number, x: number) => {
    const extent = bands.get(band);
    if (extent) {
      extent[0] = Math.min(extent[0], x);
      extent[1] = Math.max(extent[1], x);
    } else bands.set(band, [x, x]);
  };
  for (const [ring = []] of landPolygons(geometry)) {
    for (let i = 1; i < ring.length; i++) {
      const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
      const [x1 = 0, y1 = 0] = ring[i] ?? [];
      const first = Math.floor((Math.min(y0, y1) - FOOTPRINT_SOUTH) / FOOTPRINT_LAT_STEP);
      const last = Math.floor((Math.max(y0, y1) - FOOTPRINT_SOUTH) / FOOTPRINT_LAT_STEP);
      for (let band = first; band <= last; band++) {
        const lo = FOOTPRINT_SOUTH + band * FOOTPRINT_LAT_STEP;
        const hi = lo + FOOTPRINT_LAT_STEP;
        for (const [x, y] of [
          [x0, y0],
          [x1, y1],
        ] as const) {
          if (y >= lo && y <= hi) add(band, x);
        }
        for (const edge of [lo, hi]) {
          if ((y0 - edge) * (y1 - edge) < 0) add(band, x0 + ((x1 - x0) * (edge - y0)) / (y1 - y0));
        }
      }
    }
  }
  return bands;
}

/** One unit's footprint in the shipped form `[south, w0, e0, …]` (see the module comment). */
export function unitFootprint(geometry: Polygon | MultiPolygon): number[] {
  const bands = bandExtents(geometry);
  const indices = [...bands.keys()];
  const south = Math.min(...indices);
  const north = Math.max(...indices);
  const out = [south];
  // Small epsilon: a longitude exactly on a step stays on it rather than moving a step out.
  const step = (lng: number) => (lng - FOOTPRINT_WEST) / FOOTPRINT_LNG_STEP;
  for (let band = south; band <= north; band++) {
    // A band the unit spans without an edge in it cannot happen for a polygon; filled from its neighbour.
    const [west, east] = bands.get(band) ?? bands.get(band - 1) ?? [0, 0];
    out.push(Math.floor(step(west) + 1e-9), Math.ceil(step(east) - 1e-9));
  }
  return out;
}

/** The footprint of every feature, keyed by the feature's official code, in the features' order. */
export function unitFootprints(collection: {
  readonly features: readonly {
    readonly properties: { readonly code: string };
    readonly geometry: Polygon | MultiPolygon;
  }[];
}): FootprintTable {
  return Object.fromEntries(collection.features.map((f) => [f.properties.code, unitFootprint(f.geometry)]));
}
