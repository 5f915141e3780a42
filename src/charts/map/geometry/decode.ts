/**
 * Runtime side of the province geometry: turn the compact topology served as `virtual:vn-geometry`
 * (built by scripts/geo/build-geometry.ts) into the GeoJSON that `echarts.registerMap` takes, and its table of
 * label anchors (computed at build time, scripts/geo/label-points.ts) into the map the option builder takes.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ProvinceEraId } from '../../../domain/units.ts';
import type { UnitFootprint } from '../types.ts';

/** The objects of the compact topology: one geometry per unit, `id` = official two-digit code. */
export type VnGeometryObjects = {
  /** The 63 former units (to 30/06/2025). */
  units63: GeometryCollection;
  /** The 34 current units (from 01/07/2025), merged from the 63 and sharing their arcs. */
  units34: GeometryCollection;
};

export type VnTopology = Topology<VnGeometryObjects>;

/** [lng, lat] label anchor per official code of one era, as shipped in `virtual:vn-geometry`. */
export type LabelPointTable = Readonly<Record<string, readonly [lng: number, lat: number]>>;

/** The label anchors of both eras, `labelPoints` of `virtual:vn-geometry`. */
export type VnLabelPoints = Readonly<Record<ProvinceEraId, LabelPointTable>>;

/** The label anchors of `era` as a map from code to [lng, lat], in the table's order. */
export function toLabelPointMap(
  table: VnLabelPoints,
  era: ProvinceEraId,
): ReadonlyMap<string, readonly [lng: number, lat: number]> {
  return new Map(Object.entries(table[era]));
}

/** Southern edge of footprint band 0, degrees: south of Vietnam's southernmost land. */
export const FOOTPRINT_SOUTH = 8;
/** Height of a footprint band, degrees of latitude (the land profile's bands). */
export const FOOTPRINT_LAT_STEP = 0.25;
/** Western edge of the footprint grid, degrees: the map's western bound. */
export const FOOTPRINT_WEST = 102;
/** Step of a footprint's longitudes, degrees (about 5 km; 2 px on a 1080p map). */
export const FOOTPRINT_LNG_STEP = 0.05;

/**
 * One unit's footprint as shipped: `[south, w0, e0, w1, e1, …]`, the first band's index and each band's west
 * and east longitude in grid steps (scripts/geo/unit-footprints.ts).
 */
export type FootprintTable = Readonly<Record<string, readonly number[]>>;

/** The footprints of both eras, `footprints` of `virtual:vn-geometry`. */
export type VnFootprints = Readonly<Record<ProvinceEraId, FootprintTable>>;

/** The footprints of `era` in degrees, by code, in the table's order. */
export function toFootprintMap(table: VnFootprints, era: ProvinceEraId): ReadonlyMap<string, UnitFootprint> {
  return new Map(
    Object.entries(table[era]).map(([code, [south = 0, ...extents]]) => {
      const bands: [number, number][] = [];
      for (let i = 0; i + 1 < extents.length; i += 2) {
        bands.push([
          FOOTPRINT_WEST + (extents[i] ?? 0) * FOOTPRINT_LNG_STEP,
          FOOTPRINT_WEST + (extents[i + 1] ?? 0) * FOOTPRINT_LNG_STEP,
        ]);
      }
      return [code, { south: FOOTPRINT_SOUTH + south * FOOTPRINT_LAT_STEP, step: FOOTPRINT_LAT_STEP, bands }];
    }),
  );
}

/** Properties of a unit feature: only the code, which is ECharts' `nameProperty`. */
export interface UnitFeatureProperties {
  readonly code: string;
}

export type UnitFeature = Feature<Polygon | MultiPolygon, UnitFeatureProperties>;

/**
 * The units of one province era as a GeoJSON FeatureCollection, one feature per unit with `id` and
 * `properties.code` set to the official two-digit code. Register it with
 * `echarts.registerMap(name, { geoJSON, nameProperty: 'code' })` (or `registerMap(name, geoJSON)` and
 * `nameProperty: 'code'` on the series). Hoàng Sa and Trường Sa are parts of the MultiPolygons of 48 and 56.
 *
 * Returns fresh objects on every call, so ECharts may mutate them. Throws when a geometry has no code or is not
 * a polygon, which would mean the topology was not built by our pipeline.
 */
export function toFeatureCollection(
  topology: VnTopology,
  era: ProvinceEraId,
): FeatureCollection<Polygon | MultiPolygon, UnitFeatureProperties> {
  const object = era === '63' ? topology.objects.units63 : topology.objects.units34;
  const collection = feature(topology, object);
  const features = collection.features.map((f): UnitFeature => {
    if (f.id === undefined) throw new Error(`A geometry of era ${era} has no code`);
    const geometry = f.geometry;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new Error(`Unit ${String(f.id)} of era ${era} is a ${geometry.type}, not a polygon`);
    }
    const code = String(f.id);
    return { type: 'Feature', id: code, properties: { code }, geometry };
  });
  return { type: 'FeatureCollection', features };
}
