/**
 * `virtual:vn-geometry`, served by vite-plugin-vn-geometry.ts: the compact province topology of both eras.
 * Objects `units63` and `units34`, one geometry per unit with `id` = official two-digit code, sharing arcs.
 * Turn it into GeoJSON with `toFeatureCollection` (decode.ts). Keep in step with `VnTopology` there.
 */
declare module 'virtual:vn-geometry' {
  import type { GeometryCollection, Topology } from 'topojson-specification';

  const topology: Topology<{ units63: GeometryCollection; units34: GeometryCollection }>;
  export default topology;
}
