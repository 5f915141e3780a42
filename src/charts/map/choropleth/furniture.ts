/**
 * The map furniture every province map carries whatever the data (docs/domain.md §8): Hoàng Sa
 * (Đà Nẵng) and Trường Sa (Khánh Hòa) as small island marks in their true positions, coloured like their
 * province, with their labels; the sea named "Biển Đông"; the credit of the boundary data. Where each goes, in
 * pixels (so the unit labels can keep clear of it), and the series and graphic elements that draw it.
 */
import type { ScatterSeriesOption } from 'echarts';
import { ARCHIPELAGOS, SEA_LABEL } from '../geometry/archipelagos.ts';
import { rectsOverlap } from '../label-placement.ts';
import type { Rect } from '../label-placement.ts';
import { EM_PER_CHAR, estimateTextWidth, wrapText } from '../text-layout.ts';
import type { ThemeTokens } from '../../theme/tokens.ts';
import type { ChoroplethInput, LngLatPoint } from '../types.ts';
import type { UnitFill } from './classes.ts';
import { plainText } from './graphic.ts';
import type { GraphicElement } from './graphic.ts';
import type { MapLayout, MapTypeScale } from './layout.ts';

/** Series ids of the furniture, for tests and for `dispatchAction` by id. */
export const FURNITURE_SERIES = {
  islands: 'archipelago-islands',
  archipelagoLabels: 'archipelago-labels',
  sea: 'sea-label',
} as const;

/** Size of an island mark for a chart of `height` pixels. */
export function islandMarkSize(height: number): number {
  return Math.max(6, Math.round(height / 120));
}

/**
 * The outline of an island mark: in the text colour, which stands out from the sea (the chart's surface) by far
 * more than 3:1 in both themes, and from every light class colour; on a dark class colour, where the outline
 * merges with the fill, the fill itself stands out from the sea. So the marks stay visible whatever class Đà
 * Nẵng and Khánh Hòa are in.
 */
export function islandStroke(theme: ThemeTokens, size: number): { color: string; width: number } {
  return { color: theme.color.text, width: Math.max(1.25, Math.round(size * 2) / 10) };
}

export interface ArchipelagoLabel {
  readonly provinceCode: string;
  readonly anchor: LngLatPoint;
  readonly lines: readonly string[];
  readonly lineHeight: number;
  /** Vertical offset of the text centre from the anchor, pixels. */
  readonly dy: number;
  readonly rect: Rect;
}

/**
 * The archipelago labels: centred under the anchor's longitude, just below the southernmost island mark,
 * wrapped to about 30% of the map's width (at least 20 characters, so "Quần đảo Trường Sa" and "Hoang Sa
 * Archipelago" stay on one line), which puts the province in brackets on a line of its own. On a short chart,
 * where two lines under Trường Sa would run into the credit (`bottom`), the label takes one line (unless that
 * runs into `avoid`, the legend), and moves up if even that does not fit.
 */
export function archipelagoLabelLayout(
  input: Pick<ChoroplethInput, 'texts'>,
  map: Rect,
  px: (point: LngLatPoint) => [number, number],
  font: number,
  islandSize: number,
  bottom: number,
  avoid: Rect,
): ArchipelagoLabel[] {
  const lineHeight = Math.round(font * 1.25);
  const maxChars = Math.max(20, Math.floor((map.width * 0.3) / (font * EM_PER_CHAR)));
  return ARCHIPELAGOS.map((archipelago) => {
    const text = input.texts.archipelagos[archipelago.id];
    const [ax, ay] = px(archipelago.anchor);
    const south = Math.min(...archipelago.islands.map((i) => i.position[1]));
    const below = px([archipelago.anchor[0], south])[1] + islandSize / 2 + Math.round(font * 0.3);
    const wrapped = wrapText(text, maxChars);
    const oneLine = estimateTextWidth(text, font);
    const lines =
      below + wrapped.length * lineHeight > bottom &&
      !rectsOverlap(avoid, {
        x: ax - oneLine / 2,
        y: bottom - lineHeight,
        width: oneLine,
        height: lineHeight,
      })
        ? [text]
        : wrapped;
    const height = lines.length * lineHeight;
    const top = Math.min(below, bottom - height);
    const width = estimateTextWidth(lines.join('\n'), font);
    return {
      provinceCode: archipelago.provinceCode,
      anchor: archipelago.anchor,
      lines,
      lineHeight,
      dy: Math.round(top + height / 2 - ay),
      rect: { x: ax - width / 2, y: top, width, height },
    };
  });
}

/**
 * The islands in pixels: each mark (which leader lines avoid) and the spread of each archipelago's marks (which
 * labels keep out of: a label among them would read as naming an island).
 */
export function islandRects(
  px: (point: LngLatPoint) => [number, number],
  islandSize: number,
): { readonly marks: Rect[]; readonly spreads: Rect[] } {
  const r = islandSize / 2 + 1;
  const marks = ARCHIPELAGOS.flatMap((archipelago) =>
    archipelago.islands.map((island): Rect => {
      const [x, y] = px(island.position);
      return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
    }),
  );
  const spreads = ARCHIPELAGOS.map((archipelago): Rect => {
    const points = archipelago.islands.map((island) => px(island.position));
    const x = Math.min(...points.map(([mx]) => mx)) - r;
    const y = Math.min(...points.map(([, my]) => my)) - r;
    const right = Math.max(...points.map(([mx]) => mx)) + r;
    const bottom = Math.max(...points.map(([, my]) => my)) + r;
    return { x, y, width: right - x, height: bottom - y };
  });
  return { marks, spreads };
}

export interface SeaLabelPlace {
  readonly dx: number;
  readonly dy: number;
  readonly rect: Rect;
}

/**
 * The sea label: centred on its anchor, or, when that is too close to the archipelago labels and islands (a
 * small map), the nearest place clear of them and of the legend, moved in steps of a fifth of its size: down
 * or up by at most six times its size, or east, within `bounds` (the chart between title and credit), so it
 * stays in the open sea.
 */
export function seaLabelLayout(
  centre: readonly [number, number],
  width: number,
  font: number,
  bounds: Rect,
  avoid: readonly Rect[],
): SeaLabelPlace {
  const rectAt = (dx: number, dy: number): Rect => ({
    x: centre[0] - width / 2 + dx,
    y: centre[1] - font * 0.7 + dy,
    width,
    height: font * 1.4,
  });
  const step = Math.max(1, Math.round(font / 5));
  const moves: { dx: number; dy: number }[] = [];
  for (let dx = 0; centre[0] + dx + width / 2 <= bounds.x + bounds.width; dx += step) {
    for (let k = 0; k <= 30; k++) {
      for (const dy of k === 0 ? [0] : [k * step, -k * step]) moves.push({ dx, dy });
    }
  }
  moves.sort((a, b) => a.dx + Math.abs(a.dy) - (b.dx + Math.abs(b.dy)));
  const fits = (r: Rect) => r.y >= bounds.y && r.y + r.height <= bounds.y + bounds.height;
  const free = moves.find(({ dx, dy }) => {
    const r = rectAt(dx, dy);
    return fits(r) && !avoid.some((a) => rectsOverlap(r, a, 2));
  });
  const { dx, dy } = free ?? { dx: 0, dy: 0 };
  return { dx, dy, rect: rectAt(dx, dy) };
}

/** Everything the furniture occupies on one layout, in pixels. */
export interface FurniturePlaces {
  readonly islandSize: number;
  readonly archipelagoLabels: readonly ArchipelagoLabel[];
  readonly islandMarks: readonly Rect[];
  readonly islandSpreads: readonly Rect[];
  readonly sea: SeaLabelPlace;
}

/**
 * Where the furniture goes on `layout`: the archipelago labels (kept off the credit and the legend `legendRect`),
 * the island marks, and the sea label clear of all of them and of `avoid` (the readout's box).
 */
export function placeFurniture(
  input: Pick<ChoroplethInput, 'texts' | 'size'>,
  layout: MapLayout,
  sizes: MapTypeScale,
  px: (point: LngLatPoint) => [number, number],
  legendRect: Rect,
  avoid: readonly Rect[] = [],
): FurniturePlaces {
  const islandSize = islandMarkSize(input.size.height);
  const archipelagoLabels = archipelagoLabelLayout(
    input,
    layout.map,
    px,
    sizes.label,
    islandSize,
    layout.credit.y,
    legendRect,
  );
  const { marks, spreads } = islandRects(px, islandSize);
  const fixed = [...archipelagoLabels.map((a) => a.rect), ...spreads, legendRect];
  const seaAt = (clear: readonly Rect[]) =>
    seaLabelLayout(
      px(SEA_LABEL.anchor),
      estimateTextWidth(input.texts.sea, sizes.sea),
      sizes.sea,
      { x: 0, y: layout.top, width: input.size.width, height: layout.credit.y - layout.top },
      clear,
    );
  // Clear of `avoid` too where there is room; on a small chart the readout, shown only on hover, may cover it.
  const clearOfAll = seaAt([...fixed, ...avoid]);
  const sea =
    avoid.length > 0 && [...fixed, ...avoid].some((r) => rectsOverlap(clearOfAll.rect, r, 2))
      ? seaAt(fixed)
      : clearOfAll;
  return { islandSize, archipelagoLabels, islandMarks: marks, islandSpreads: spreads, sea };
}

/**
 * The furniture's series: the island marks (named by their province's code, so hover and click belong to it),
 * the archipelago labels at their anchors with the text moved below the marks, and the silent sea label.
 */
export function furnitureSeries(
  input: Pick<ChoroplethInput, 'texts' | 'theme'>,
  places: FurniturePlaces,
  sizes: MapTypeScale,
  fillOf: (code: string) => UnitFill,
): ScatterSeriesOption[] {
  const { theme, texts } = input;
  const { archipelagoLabels, sea } = places;
  const islands: ScatterSeriesOption = {
    type: 'scatter',
    id: FURNITURE_SERIES.islands,
    coordinateSystem: 'geo',
    geoIndex: 0,
    symbol: 'diamond',
    symbolSize: places.islandSize,
    z: 3,
    data: ARCHIPELAGOS.flatMap((archipelago) =>
      archipelago.islands.map((island) => ({
        name: archipelago.provinceCode,
        value: [island.position[0], island.position[1]],
        // A firm outline: an island in the palest class must still show on the sea.
        itemStyle: {
          color: fillOf(archipelago.provinceCode).color,
          borderColor: islandStroke(theme, places.islandSize).color,
          borderWidth: islandStroke(theme, places.islandSize).width,
        },
      })),
    ),
    emphasis: { scale: 1.6 },
  };
  const labels: ScatterSeriesOption = {
    type: 'scatter',
    id: FURNITURE_SERIES.archipelagoLabels,
    coordinateSystem: 'geo',
    geoIndex: 0,
    symbolSize: 0,
    z: 4,
    // The point is the anchor (docs/domain.md §8); the text is moved below the island marks so it
    // covers none.
    data: archipelagoLabels.map((a) => ({
      name: a.provinceCode,
      value: [a.anchor[0], a.anchor[1]],
      label: { offset: [0, a.dy] },
    })),
    label: {
      show: true,
      position: 'inside',
      formatter: (params: { dataIndex: number }) =>
        archipelagoLabels[params.dataIndex]?.lines.join('\n') ?? '',
      color: theme.color.text,
      fontFamily: theme.font.family,
      fontSize: sizes.label,
      fontWeight: 600,
      lineHeight: archipelagoLabels[0]?.lineHeight ?? sizes.label,
      align: 'center',
      textBorderColor: theme.color.background,
      textBorderWidth: 3,
    },
    emphasis: { label: { show: true } },
  };
  const seaSeries: ScatterSeriesOption = {
    type: 'scatter',
    id: FURNITURE_SERIES.sea,
    coordinateSystem: 'geo',
    geoIndex: 0,
    symbolSize: 0,
    silent: true,
    z: 2,
    tooltip: { show: false },
    data: [
      {
        name: '',
        value: [SEA_LABEL.anchor[0], SEA_LABEL.anchor[1]],
        ...(sea.dx !== 0 || sea.dy !== 0 ? { label: { offset: [sea.dx, sea.dy] } } : {}),
      },
    ],
    label: {
      show: true,
      position: 'inside',
      formatter: () => texts.sea,
      color: theme.color.textMuted,
      fontFamily: theme.font.family,
      fontSize: sizes.sea,
      fontStyle: 'italic',
      fontWeight: 400,
    },
  };
  return [islands, labels, seaSeries];
}

/** The credit line of the boundary data, drawn on every map. */
export function creditGraphic(layout: MapLayout, theme: ThemeTokens): GraphicElement {
  return plainText('credit', layout.credit, theme);
}
