/**
 * The labels of the best and worst units, drawn without hovering (docs/design.md: hover is a bonus, never the
 * only way to a fact): which units, where each label goes (placed by `placeLabels` clear of each other and of
 * the furniture, with a leader line when it has to move away from its point), the type it is set in, and the
 * series and leader lines that draw them. A unit's point is its label anchor from the geometry build.
 */
import type { ScatterSeriesOption } from 'echarts';
import { placeLabels } from '../label-placement.ts';
import type { LabelPlacement, Leader, Point, Rect } from '../label-placement.ts';
import { estimateTextWidth } from '../text-layout.ts';
import type { ThemeTokens } from '../../theme/tokens.ts';
import type { ChoroplethInput, LngLatPoint, MapFigure } from '../types.ts';
import { round1, withAlpha } from './graphic.ts';
import type { GraphicElement } from './graphic.ts';

/** Series ids of the unit labels, for tests and for `dispatchAction` by id. */
export const UNIT_LABEL_SERIES = { best: 'best-labels', worst: 'worst-labels' } as const;

/** A best or worst unit to label, before placement. */
export interface LabelledUnit {
  readonly code: string;
  readonly kind: 'best' | 'worst';
  readonly point: LngLatPoint;
  /** Name and value on two lines, plain text. */
  readonly text: string;
  /** Name and value on one line, for the compact labels of a crowded small map. */
  readonly compactText: string;
}

/**
 * The value of a one-line label when the figure has no `compactValueText`: a percentage without the words
 * after it ("75,1% kế hoạch" → "75,1%"; the legend title carries the unit), anything else as it is.
 */
export function compactValue(valueText: string): string {
  return /^([+\-−]?\d[\d.,]*\s?%)\s/u.exec(valueText)?.[1] ?? valueText;
}

/**
 * The units of `codes` to label as `kind`, in that order: those with a label point and a figure (a unit without
 * either is not on this map and gets no label).
 */
export function labelledUnits(
  input: Pick<ChoroplethInput, 'labelPoints'>,
  figures: ReadonlyMap<string, MapFigure>,
  codes: readonly string[],
  kind: LabelledUnit['kind'],
): LabelledUnit[] {
  return codes.flatMap((code) => {
    const point = input.labelPoints.get(code);
    const figure = figures.get(code);
    return point && figure
      ? [
          {
            code,
            kind,
            point,
            text: `${figure.name}\n${figure.valueText}`,
            compactText: `${figure.name} ${figure.compactValueText ?? compactValue(figure.valueText)}`,
          },
        ]
      : [];
  });
}

/** Type and spacing of the best and worst units' labels and markers. */
export interface UnitLabelBox {
  readonly font: number;
  readonly lineHeight: number;
  readonly padX: number;
  readonly padY: number;
  /** Marker size, and distance from the marker to its label: from the chart's label size, not the labels'. */
  readonly symbol: number;
  readonly distance: number;
}

function unitLabelBox(font: number, chartFont: number): UnitLabelBox {
  return {
    font,
    lineHeight: Math.round(font * 1.25),
    padX: Math.round(font * 0.4),
    padY: Math.round(font * 0.2),
    symbol: Math.round(chartFont * 0.85),
    distance: Math.round(chartFont * 0.4),
  };
}

/** One best or worst unit's label, placed. */
export interface MapLabel {
  readonly code: string;
  readonly kind: 'best' | 'worst';
  readonly point: LngLatPoint;
  /** The point in pixels: where the marker is drawn and the leader line starts. */
  readonly anchor: Point;
  /** What the label shows: name and value on two lines, or on one line when compact. */
  readonly text: string;
  readonly placement: LabelPlacement;
}

/** What the unit labels keep clear of, pixels. */
export interface MapFurniture {
  readonly legend: Rect;
  readonly sea: Rect;
  readonly archipelagoLabels: readonly Rect[];
  /** Each island mark: labels and leader lines avoid them. */
  readonly islands: readonly Rect[];
  /** The spread of each archipelago's islands: labels keep out, leader lines may pass between the marks. */
  readonly archipelagos: readonly Rect[];
}

export interface MapLabelLayout {
  readonly box: UnitLabelBox;
  /** True when the labels are on one line ("Huế 75,1%"): two-line boxes found no room even at 12 px. */
  readonly compact: boolean;
  /** The best units' labels, then the worst units', in the order of `input.best` and `input.worst`. */
  readonly labels: readonly MapLabel[];
  readonly furniture: MapFurniture;
  /** Where labels stay: the chart between the export title (if any) and the credit. */
  readonly bounds: Rect;
}

/** Smallest type of a unit label, px: below it a leader could not read the map from the room. */
export const MIN_LABEL_FONT = 12;

export interface UnitLabelRequest {
  readonly units: readonly LabelledUnit[];
  readonly px: (point: LngLatPoint) => [number, number];
  readonly furniture: MapFurniture;
  readonly bounds: Rect;
  /** The chart's label size (`mapTypeScale`): the labels' type to start with, and the markers' size. */
  readonly chartFont: number;
  readonly land: readonly Rect[];
}

/**
 * The last few layouts, by everything they depend on: the option is rebuilt on every hover (the highlighted
 * unit) and resize, and the search for a layout is the costly part of it.
 */
const layoutCache = new Map<string, MapLabelLayout>();
const LAYOUT_CACHE_SIZE = 8;

/**
 * Place the labels of `units` with `placeLabels`, trying smaller type until every label is free: the chart's
 * label size first, then about 10% smaller each time down to {@link MIN_LABEL_FONT}, then one-line labels at
 * that size (which alone may, as a last resort, cover land away from their points). On a panel where even
 * those do not fit, the attempt with the fewest labels left overlapping.
 */
export function placeUnitLabels(request: UnitLabelRequest): MapLabelLayout {
  const { units, px, furniture, bounds, chartFont, land } = request;
  const anchors = units.map((u) => px(u.point));
  const key = JSON.stringify([units, anchors, furniture, bounds, chartFont, land]);
  const cached = layoutCache.get(key);
  if (cached) return cached;
  const obstacles = [furniture.legend, furniture.sea, ...furniture.archipelagoLabels, ...furniture.islands];
  const attempts: { font: number; compact: boolean; crossings?: boolean }[] = [
    { font: chartFont, compact: false },
  ];
  for (let font = chartFont; font > MIN_LABEL_FONT;) {
    font = Math.max(MIN_LABEL_FONT, Math.min(font - 1, Math.round(font * 0.9)));
    attempts.push({ font, compact: false });
  }
  attempts.push(
    { font: MIN_LABEL_FONT, compact: true },
    { font: MIN_LABEL_FONT, compact: true, crossings: true },
  );
  let chosen: { layout: MapLabelLayout; misses: number } | undefined;
  for (const { font, compact, crossings = false } of attempts) {
    const box = unitLabelBox(font, chartFont);
    const texts = units.map((u) => (compact ? u.compactText : u.text));
    const placements = placeLabels(
      units.map((_, i) => ({
        anchor: anchors[i] ?? [0, 0],
        width: estimateTextWidth(texts[i] ?? '', font) + 2 * box.padX + 4,
        height: (compact ? 1 : 2) * box.lineHeight + 2 * box.padY + 4,
        gap: box.symbol / 2 + box.distance,
      })),
      obstacles,
      bounds,
      { land, overLand: compact, areas: furniture.archipelagos, crossings },
    );
    const layout: MapLabelLayout = {
      box,
      compact,
      labels: units.flatMap((u, i) => {
        const placement = placements[i];
        return placement
          ? [
              {
                code: u.code,
                kind: u.kind,
                point: u.point,
                anchor: anchors[i] ?? [0, 0],
                text: texts[i] ?? '',
                placement,
              },
            ]
          : [];
      }),
      furniture,
      bounds,
    };
    const misses = placements.filter((p) => !p.free).length;
    if (!chosen || misses < chosen.misses) chosen = { layout, misses };
    if (misses === 0) break;
  }
  const layout = chosen?.layout ?? {
    box: unitLabelBox(chartFont, chartFont),
    compact: false,
    labels: [],
    furniture,
    bounds,
  };
  layoutCache.set(key, layout);
  if (layoutCache.size > LAYOUT_CACHE_SIZE) {
    const oldest = layoutCache.keys().next().value;
    if (oldest !== undefined) layoutCache.delete(oldest);
  }
  return layout;
}

/**
 * A scatter series labelling the `kind` units of `layout` at their label points: a triangle (up for best, down
 * for worst) in the good or bad colour and a boxed label (name, value) where `placeLabels` put it.
 */
export function labelSeries(
  layout: MapLabelLayout,
  kind: MapLabel['kind'],
  theme: ThemeTokens,
): ScatterSeriesOption {
  const { box } = layout;
  const color = kind === 'best' ? theme.color.good : theme.color.bad;
  const units = layout.labels.filter((l) => l.kind === kind);
  return {
    type: 'scatter',
    id: UNIT_LABEL_SERIES[kind],
    coordinateSystem: 'geo',
    geoIndex: 0,
    symbol: 'triangle',
    symbolRotate: kind === 'best' ? 0 : 180,
    symbolSize: box.symbol,
    z: 5,
    // Opaque: a scatter series is drawn at 0.8 opacity by default, which the label's text and box inherit.
    itemStyle: { color, borderColor: theme.color.surface, borderWidth: 1.5, opacity: 1 },
    data: units.map((u) => ({
      name: u.code,
      value: [u.point[0], u.point[1]],
      label: {
        position: u.placement.side,
        offset: [round1(u.placement.dx), round1(u.placement.dy)],
      },
    })),
    label: {
      show: true,
      position: 'right',
      distance: box.distance,
      // A function returning plain text: no `{a}` templates and no rich-text markup are read in feed names.
      formatter: (params: { dataIndex: number }) => units[params.dataIndex]?.text ?? '',
      color: theme.color.text,
      fontFamily: theme.font.family,
      fontSize: box.font,
      fontWeight: 600,
      lineHeight: box.lineHeight,
      backgroundColor: withAlpha(theme.color.surface, 0.94),
      borderColor: color,
      borderWidth: 1.5,
      borderRadius: 3,
      padding: [box.padY, box.padX],
    },
    emphasis: { scale: 1.3 },
  };
}

/**
 * The leader lines of the labels moved away from their points, as one silent graphic group under the markers
 * and labels (z 4; the markers and labels are at 5): a thin line in the muted text colour over a wider one in
 * the surface colour, so it reads on every class colour. Undefined when every label is next to its point.
 */
export function leaderGraphic(layout: MapLabelLayout, theme: ThemeTokens): GraphicElement | undefined {
  const leaders = layout.labels.flatMap((l) => (l.placement.leader ? [l.placement.leader] : []));
  if (leaders.length === 0) return undefined;
  const width = Math.max(1, Math.round(layout.box.font / 12));
  const line = (leader: Leader, stroke: string, lineWidth: number, z2: number): GraphicElement => ({
    type: 'line',
    z: 4,
    z2,
    shape: {
      x1: round1(leader.from[0]),
      y1: round1(leader.from[1]),
      x2: round1(leader.to[0]),
      y2: round1(leader.to[1]),
    },
    style: { stroke, lineWidth, lineCap: 'round' },
  });
  return {
    type: 'group',
    id: 'label-leaders',
    silent: true,
    children: leaders.flatMap((leader) => [
      line(leader, withAlpha(theme.color.surface, 0.85), width + 2, 0),
      line(leader, theme.color.textMuted, width, 1),
    ]),
  };
}
