/**
 * The view model of a province choropleth: what `buildChoroplethOption` needs, with every visible string
 * already formatted in the UI language. The builder adds no words of its own, so the same option builds in
 * Vietnamese and English and can be tested without i18n.
 */
import type { Polarity } from '../../domain/indicators.ts';
import type { ProvinceEraId } from '../../domain/units.ts';
import type { NumberFormatSpec } from '../chart-spec.ts';
import type { ThemeTokens } from '../theme/tokens.ts';

/** A WGS84 position, longitude first, as ECharts and GeoJSON take it. */
export type LngLatPoint = readonly [lng: number, lat: number];

/**
 * Where a unit's land is, coarsely: its west and east longitude in bands of latitude from `south` northwards,
 * `step` degrees each (from the geometry build, scripts/geo/unit-footprints.ts).
 */
export interface UnitFootprint {
  readonly south: number;
  readonly step: number;
  readonly bands: readonly (readonly [west: number, east: number])[];
}

/** One unit's figure on the map. */
export interface MapFigure {
  /** Official two-digit code of the era; also the map region's name (`nameProperty: 'code'`). */
  readonly code: string;
  /** Display name from the feed: text, never HTML (it is escaped before it reaches the tooltip). */
  readonly name: string;
  /** The value in the indicator's unit; null when missing or not comparable. */
  readonly value: number | null;
  readonly state: 'value' | 'missing' | 'not-comparable';
  /** "67,3% kế hoạch", or "Chưa có số liệu" / "Không so sánh được". */
  readonly valueText: string;
  /**
   * The value in as few characters as it reads ("67,3%"), for the one-line labels of a small crowded map
   * ("Huế 67,3%"); `valueText` when absent.
   */
  readonly compactValueText?: string;
  /** "Hạng 3/34". */
  readonly rankText?: string;
  /** "▲ tăng +3,4 điểm % so với cùng kỳ". */
  readonly changeText?: string;
  /** "Sơ bộ". */
  readonly statusText?: string;
}

export interface ChoroplethTexts {
  /** "Tỷ lệ giải ngân (% kế hoạch)". */
  readonly legendTitle: string;
  /** "Chưa có số liệu". */
  readonly noData: string;
  /** "Không so sánh được". */
  readonly notComparable: string;
  /** "Biển Đông" / "East Sea"; never anything else (docs/domain.md §8). */
  readonly sea: string;
  /** "Quần đảo Hoàng Sa (Đà Nẵng)", "Quần đảo Trường Sa (Khánh Hòa)". */
  readonly archipelagos: { readonly 'hoang-sa': string; readonly 'truong-sa': string };
  /** GEOMETRY_CREDIT in the UI language. */
  readonly credit: string;
  /** Legend words for the labelled best and worst units: "3 tỉnh dẫn đầu", "3 tỉnh thấp nhất". */
  readonly bestLabel: string;
  readonly worstLabel: string;
  /** Legend row for the units outside the region in focus: "Ngoài vùng Đồng bằng sông Hồng". */
  readonly outside?: string;
  /** Legend note when the classes are fixed over a range: "Thang màu cố định cho T1/2022–T10/2026". */
  readonly scaleNote?: string;
  /**
   * Said in the legend instead of labels when more units tie for the best (worst) value than the map labels:
   * "20 đơn vị cùng đạt 100%" (the caller then labels none of them).
   */
  readonly bestTie?: string;
  readonly worstTie?: string;
}

export interface ChoroplethInput {
  /** Name registered with `echarts.registerMap` for this era ('vn-63', 'vn-34': see `useVnMap`). */
  readonly mapName: string;
  readonly era: ProvinceEraId;
  readonly figures: readonly MapFigure[];
  readonly polarity: Polarity;
  /**
   * Colouring: absent for the sequential scale by polarity; `diverging` around `centre` (the national value
   * or a ceiling, in the indicator's unit) for a figure that is neither better high nor low (CPI).
   */
  readonly scale?: { readonly kind: 'diverging'; readonly centre: number };
  /** The indicator's decimals: values are binned as shown (rounded) and edges rounded alike. */
  readonly decimals: number;
  /** Wanted number of classes, 3–7 (default 5); ties can give fewer. */
  readonly classes?: number;
  /**
   * How legend edges are written: the UI locale and the indicator's decimals ("1.234,5" in Vietnamese). Plain
   * data, so two inputs of the same view compare equal and an input can be stored in a deck snapshot.
   */
  readonly number: NumberFormatSpec;
  /** Codes of the best three units, labelled on the map without hovering. */
  readonly best: readonly string[];
  /** Codes of the worst three units. */
  readonly worst: readonly string[];
  /**
   * [lng, lat] label anchor per code, computed at build time with the geometry (`virtual:vn-geometry`'s
   * `labelPoints`, through `useVnMap`); every unit of the era should have one.
   */
  readonly labelPoints: ReadonlyMap<string, LngLatPoint>;
  /**
   * Where each unit's land is (`virtual:vn-geometry`'s `footprints`, through `useVnMap`): labels keep off the
   * units without a value. Without it labels keep off only their markers.
   */
  readonly footprints?: ReadonlyMap<string, UnitFootprint>;
  /**
   * Codes of the units in focus (a region's): the others are drawn dimmed (`texts.outside` in the legend).
   * Absent: every unit is in focus.
   */
  readonly focus?: readonly string[];
  /**
   * Class edges fixed from outside (ascending, as `quantileBins` returns them): the period player's classes over
   * the range it plays (`rangeClassEdges`), so every period is coloured on the same scale. Absent: the classes
   * of this period's figures.
   */
  readonly edges?: readonly number[];
  /** Code hovered in another panel, emphasised on the map; null for none. */
  readonly highlighted: string | null;
  readonly texts: ChoroplethTexts;
  readonly theme: ThemeTokens;
  /**
   * Pixel size of the chart container: type and symbols scale with it. `fontSize`: the page's text size
   * (CSS root font size), below which map text does not shrink much on a wall screen.
   */
  readonly size: { readonly width: number; readonly height: number; readonly fontSize?: number };
  /** For PNG export: title, subtitle and footer drawn in the image (`getDataURL`). */
  readonly export?: { readonly title: string; readonly subtitle: string; readonly footer: string };
}
