/**
 * Layout and projection of the province choropleth: the type scale for a panel size, where the map, the legend,
 * the credit and the export title and footer go, and the projection of [lng, lat] onto the map box (the same
 * linear one ECharts' geo uses with `boundingCoords`), so labels can be placed in pixels before ECharts draws.
 */
import { VIETNAM_BOUNDING_COORDS, VIETNAM_BOUNDS } from '../geometry/archipelagos.ts';
import type { Rect } from '../label-placement.ts';
import { EM_PER_CHAR, wrapText } from '../text-layout.ts';
import type { ChoroplethInput, LngLatPoint } from '../types.ts';

/**
 * Horizontal scale of the plain lng/lat projection: cos 14.8°, the middle latitude of the fit bounds, so
 * Vietnam keeps the proportions readers know from Mercator maps (ECharts' default 0.75 suits 40°N and would
 * make the country look thin). The geometry build uses it too, to find label anchors in the shape as drawn.
 */
export const MAP_ASPECT_SCALE = Math.cos((14.8 * Math.PI) / 180);

/** Width / height of the map box implied by the fit bounds and {@link MAP_ASPECT_SCALE}. */
export const MAP_ASPECT =
  ((VIETNAM_BOUNDS.east - VIETNAM_BOUNDS.west) * MAP_ASPECT_SCALE) /
  (VIETNAM_BOUNDS.north - VIETNAM_BOUNDS.south);

/** Text sizes and spacing of a chart. */
export interface MapTypeScale {
  readonly label: number;
  readonly sea: number;
  readonly credit: number;
  readonly pad: number;
}

/** Text sizes and spacing for a chart of `height` pixels: labels at least 1/60 of the height and 12 px. */
export function mapTypeScale(height: number, textSize = 0): MapTypeScale {
  // Never much smaller than the page's own text, which grows on a wall screen (`textSize`: CSS root font).
  const label = Math.max(12, Math.round(height / 60), Math.round(textSize * 0.75));
  return {
    label,
    sea: Math.round(label * 1.2),
    credit: Math.max(10, Math.round(label * 0.72)),
    pad: Math.max(8, Math.round(height / 60)),
  };
}

/**
 * Pixel position of `[lng, lat]` in the map box. ECharts' geo without `projection` is linear in longitude and
 * latitude, and with `boundingCoords` and a box of the same aspect it maps the bounds exactly onto the box.
 */
export function project(box: Rect, [lng, lat]: LngLatPoint): [number, number] {
  const b = VIETNAM_BOUNDS;
  return [
    box.x + ((lng - b.west) / (b.east - b.west)) * box.width,
    box.y + ((b.north - lat) / (b.north - b.south)) * box.height,
  ];
}

/** A block of plain text lines at a position. */
export interface TextBlock {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
  readonly fontSize: number;
  readonly lineHeight: number;
}

export interface MapLayout {
  readonly pad: number;
  /** Top of the content: below the title band in export mode. */
  readonly top: number;
  readonly map: Rect;
  /** Whether the legend stands beside the map rather than over it. */
  readonly beside: boolean;
  readonly legend: { readonly x: number; readonly y: number };
  readonly credit: TextBlock;
  readonly footer: TextBlock;
  readonly title: { readonly title: number; readonly subtitle: number; readonly gap: number };
}

/**
 * Where things go, in pixels. The map is as tall as the space allows (Vietnam is 17.6° of latitude with the
 * archipelagos, so height is what limits it on every 16:9 panel) and keeps its proportions. The legend sits in
 * the top-right corner: beside the map when the panel is wide enough (the map giving up to 15% of its size for
 * it), otherwise over the map's empty north-east (the Gulf of Tonkin and beyond, where nothing is drawn); in the
 * bottom-right corner with `legendAt: 'bottom'` when it stands beside the map. With `placement: 'beside'` the
 * legend stands beside the map whatever that costs the map (for a panel of about 1:1, where the legend over the
 * map would cover Hoàng Sa). Export adds a title band on top and a footer. The credit (and footer) wrap to the
 * chart's width rather than run off its edge.
 */
export function mapLayout(
  input: Pick<ChoroplethInput, 'size' | 'texts' | 'export'>,
  sizes: MapTypeScale,
  legend: { readonly width: number; readonly height: number },
  legendAt: 'top' | 'bottom' = 'top',
  placement: 'auto' | 'beside' = 'auto',
): MapLayout {
  const { width: w, height: h } = input.size;
  const pad = sizes.pad;
  const titleFont = Math.max(18, Math.round(h / 28));
  const subtitleFont = Math.max(12, Math.round(h / 48));
  const title = { title: titleFont, subtitle: subtitleFont, gap: Math.round(subtitleFont * 0.3) };
  const titleBand = Math.round(titleFont * 1.3) + title.gap + Math.round(subtitleFont * 1.3) + pad;
  const top = pad + (input.export ? titleBand : 0);
  const block = (text: string, fontSize: number) => {
    const lineHeight = Math.round(fontSize * 1.35);
    const lines = wrapText(text, Math.max(20, Math.floor((w - 2 * pad) / (fontSize * EM_PER_CHAR))));
    return { lines, fontSize, lineHeight, height: lines.length * lineHeight };
  };
  const credit = block(input.texts.credit, sizes.credit);
  const footer = input.export
    ? block(input.export.footer, Math.max(10, Math.round(sizes.label * 0.8)))
    : { lines: [], fontSize: sizes.credit, lineHeight: 0, height: 0 };
  const footerGap = input.export ? Math.round(footer.fontSize * 0.3) : 0;
  const bottom = h - pad - credit.height - footerGap - footer.height;
  const availWidth = Math.max(1, w - 2 * pad);
  const availHeight = Math.max(1, bottom - top);
  const fullHeight = Math.min(availHeight, availWidth / MAP_ASPECT);
  // Beside the map when it keeps at least 85% of its size that way: over the map, the legend of a small panel
  // would cover Hoàng Sa and the sea, and leave the unit labels no room.
  const besideWidth = availWidth - legend.width - pad;
  const beside = besideWidth >= 0.85 * fullHeight * MAP_ASPECT || (placement === 'beside' && besideWidth > 0);
  const mapHeight = beside ? Math.min(fullHeight, besideWidth / MAP_ASPECT) : fullHeight;
  const mapWidth = mapHeight * MAP_ASPECT;
  const mapX = beside
    ? pad + (availWidth - legend.width - pad - mapWidth) / 2
    : pad + (availWidth - mapWidth) / 2;
  return {
    pad,
    top,
    // On a panel taller than the map, the map sits at the bottom: the room left above it is next to the north,
    // where most units (and most labels) are crowded, and the legend over the Gulf of Tonkin covers less land.
    map: { x: mapX, y: top + availHeight - mapHeight, width: mapWidth, height: mapHeight },
    beside,
    legend: {
      x: Math.max(pad, w - pad - legend.width),
      y: legendAt === 'top' || !beside ? top : Math.max(top, bottom - legend.height),
    },
    credit: { x: pad, y: bottom, ...credit },
    footer: { x: pad, y: bottom + credit.height + footerGap, ...footer },
    title,
  };
}

/**
 * The part of a geo component that fixes the projection: the era's map (regions named by `code`) fitted to the
 * full-country bounds in the map box of `layout`, no roam, no selection, no region labels. Every geo of the
 * option (the provinces, the highlight outlines) shares it, so they line up exactly.
 */
export function geoFrame(mapName: string, layout: MapLayout) {
  return {
    map: mapName,
    nameProperty: 'code',
    roam: false,
    boundingCoords: VIETNAM_BOUNDING_COORDS.map(([lng, lat]) => [lng, lat]),
    aspectScale: MAP_ASPECT_SCALE,
    left: layout.map.x,
    top: layout.map.y,
    width: layout.map.width,
    height: layout.map.height,
    selectedMode: false as const,
    label: { show: false },
  };
}
