/**
 * `virtual:vn-geometry`, served by scripts/geo/vite-plugin-vn-geometry.ts: the compact province topology of both
 * eras and their label anchors. The topology has objects `units63` and `units34`, one geometry per unit with
 * `id` = official two-digit code, sharing arcs; turn it into GeoJSON with `toFeatureCollection` (decode.ts).
 * `labelPoints` holds one [lng, lat] anchor per code and era (scripts/geo/label-points.ts), `footprints` one
 * footprint (scripts/geo/unit-footprints.ts). Keep in step with `VnTopology`, `VnLabelPoints` and
 * `VnFootprints` in decode.ts.
 */
declare module 'virtual:vn-geometry' {
  import type { GeometryCollection, Topology } from 'topojson-specification';

  const topology: Topology<{ units63: GeometryCollection; units34: GeometryCollection }>;
  export default topology;
  export const labelPoints: Readonly<
    Record<'63' | '34', Readonly<Record<string, readonly [lng: number, lat: number]>>>
  >;
  /** `[south, w0, e0, …]` per code and era: see `VnFootprints` in decode.ts. */
  export const footprints: Readonly<Record<'63' | '34', Readonly<Record<string, readonly number[]>>>>;
}

/**
 * One era's part of `virtual:vn-geometry` (scripts/geo/vite-plugin-vn-geometry.ts, `eraTopology`): the same
 * shape, with the other era's object, anchors and footprints empty and only the arcs this era uses. The app
 * loads these; the whole module is for tests and tooling.
 */
declare module 'virtual:vn-geometry-34' {
  export { default, labelPoints, footprints } from 'virtual:vn-geometry';
}
declare module 'virtual:vn-geometry-63' {
  export { default, labelPoints, footprints } from 'virtual:vn-geometry';
}
