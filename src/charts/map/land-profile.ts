/**
 * Where the country's land is, coarsely, for placing labels: the westernmost and easternmost longitude of the
 * provinces' land (mainland and coastal islands; not Hoàng Sa and Trường Sa, which the builder keeps clear of
 * as islands) in bands of a quarter degree of latitude, from 8.5°N to 23.5°N. A label moved away from its
 * point goes beyond these: into Laos and Cambodia (empty on this map) or the sea.
 *
 * Derived from the province topology (the same outline in both eras) and rounded outwards to 0.05°;
 * land-profile.test.ts recomputes it from `virtual:vn-geometry` and fails when the geometry changes. Kept
 * as a table so the pure option builder needs no geometry.
 */
import type { Rect } from './label-placement.ts';
import type { LngLatPoint } from './types.ts';

/** Southern edge of the first band, degrees. */
export const LAND_PROFILE_SOUTH = 8.5;
/** Height of a band, degrees of latitude. */
export const LAND_PROFILE_STEP = 0.25;

/** [west, east] longitude of the land in each band, south to north. */
export const LAND_PROFILE: readonly (readonly [west: number, east: number])[] = [
  [104.7, 106.7], // 8.50–8.75: Cà Mau cape, Côn Đảo
  [104.75, 106.7],
  [104.8, 105.85],
  [103.45, 106.3], // 9.25–9.50: Kiên Giang islands
  [104.8, 106.65],
  [104.6, 106.7],
  [103.9, 106.8], // 10.00–10.25: Phú Quốc
  [103.8, 107.5],
  [104.55, 109],
  [105, 108.35],
  [105.65, 108.8],
  [105.85, 109.05],
  [105.8, 109.25],
  [106, 109.3],
  [106.7, 109.35],
  [107.1, 109.35],
  [107.55, 109.45],
  [107.45, 109.5],
  [107.45, 109.4],
  [107.55, 109.35],
  [107.5, 109.3],
  [107.35, 109.3],
  [107.3, 109.3],
  [107.35, 109.2],
  [107.5, 109.1],
  [107.45, 109.05],
  [107.45, 108.95],
  [107.35, 109.15],
  [107.2, 108.65],
  [107.2, 108.55],
  [107.1, 108.35], // 16.00–16.25: Đà Nẵng
  [106.65, 108.1],
  [106.55, 107.75],
  [106.4, 107.4],
  [106.3, 107.15],
  [105.95, 106.9],
  [105.7, 106.65],
  [105.6, 106.55],
  [105.3, 106.5],
  [105.1, 106.2],
  [104.9, 105.9],
  [104.4, 105.8],
  [103.95, 105.8],
  [103.85, 105.85],
  [104.05, 105.95],
  [104.7, 106.25],
  [104.6, 106.6],
  [104.35, 106.65],
  [103.55, 107.15],
  [103.05, 107.85], // 20.75–21.00: Hòa Bình to Quảng Ninh
  [102.8, 108],
  [102.8, 108.1],
  [102.6, 108.05],
  [102.45, 107.2],
  [102.2, 106.8],
  [102.1, 106.7],
  [102.25, 106.8],
  [102.45, 106.85],
  [104.8, 106.15],
  [105.05, 105.5], // 23.25–23.50: Hà Giang, the northern tip
];

/** The land as one pixel rect per band, through `project` (lng/lat → pixels, north up). */
export function landRects(project: (point: LngLatPoint) => readonly [number, number]): Rect[] {
  return LAND_PROFILE.map(([west, east], i) => {
    const south = LAND_PROFILE_SOUTH + i * LAND_PROFILE_STEP;
    const [x0, y0] = project([west, south + LAND_PROFILE_STEP]);
    const [x1, y1] = project([east, south]);
    return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  });
}
