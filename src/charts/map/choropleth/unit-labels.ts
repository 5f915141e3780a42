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
  /** True for a one-line label ("Huế 75,1%"). */
  readonly compact: boolean;
  readonly placement: LabelPlacement;
}

/**
 * A best or worst unit whose label found no place within reach of its point: its marker carries a number
 * (`tag`, placed next to it like a label) and the legend lists the number with the name and value
 * (`text`, one line).
 */
export interface ListedLabel {
  readonly code: string;
  readonly kind: 'best' | 'worst';
  readonly point: LngLatPoint;
  readonly anchor: Point;
  /** "1", "2"…: the same on the map and in the legend. */
  readonly tag: string;
  /** "Điện Biên 36,4%". */
  readonly text: string;
  /**
   * Where the tag goes: next to the marker, or within reach of it with a leader line; null when even the number
   * finds no room (the marker is drawn alone, the legend still lists the unit).
   */
  readonly placement: LabelPlacement | null;
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
  /** The box kept for the readout of the unit under the pointer or the keyboard; none in an export. */
  readonly readout: Rect | null;
  /** The box listing the units whose labels found no room, beside the legend; none when there are none. */
  readonly list: Rect | null;
}

export interface MapLabelLayout {
  readonly box: UnitLabelBox;
  /** True when every label is on one line ("Huế 75,1%"). */
  readonly compact: boolean;
  /** The labels drawn on the map, best units first, each kind in the order of `input.best` / `input.worst`. */
  readonly labels: readonly MapLabel[];
  /** The units whose labels are listed beside the legend instead, in the same order. */
  readonly listed: readonly ListedLabel[];
  readonly furniture: MapFurniture;
  /** Where labels stay: the chart between the export title (if any) and the credit. */
  readonly bounds: Rect;
  /** The longest leader line allowed, pixels. */
  readonly maxLeader: number;
  /** Rects over the units without a value (missing, not comparable), which no label covers. */
  readonly noData: readonly Rect[];
}

/** Smallest type of a unit label, px: below it a leader could not read the map from the room. */
export const MIN_LABEL_FONT = 12;

/**
 * The smallest type labels shrink to on a chart whose label size is `chartFont`: seven tenths of it, never
 * under {@link MIN_LABEL_FONT}. On a wall screen a label at 12 px could not be read from the room; below
 * this, a label goes on one line, or is listed beside the legend.
 */
export function minLabelFont(chartFont: number): number {
  return Math.max(MIN_LABEL_FONT, Math.round(chartFont * 0.7));
}

/**
 * The longest leader line, as a share of the map's height: about 1.8° of latitude, twice the width of a
 * province of the north. A label farther away than that reads as belonging to another unit.
 */
export const MAX_LEADER_SHARE = 0.1;

export interface UnitLabelRequest {
  readonly units: readonly LabelledUnit[];
  readonly px: (point: LngLatPoint) => [number, number];
  readonly furniture: MapFurniture;
  readonly bounds: Rect;
  /** The chart's label size (`mapTypeScale`): the labels' type to start with, and the markers' size. */
  readonly chartFont: number;
  readonly land: readonly Rect[];
  /** The longest leader line, pixels. */
  readonly maxLeader: number;
  /** Rects over the units without a value: labels keep off them (leader lines may cross them). */
  readonly noData: readonly Rect[];
  /** Codes listed beside the legend whatever the room (the legend already has rows for them). */
  readonly listed?: readonly string[];
  /**
   * Whether the listed units get their numbers (default true); false where the legend has no room to list
   * them, and their markers stand alone.
   */
  readonly tags?: boolean;
}

/**
 * The last few layouts, by everything they depend on: the option is rebuilt on every hover (the highlighted
 * unit) and resize, and the search for a layout is the costly part of it.
 */
const layoutCache = new Map<string, MapLabelLayout>();
const LAYOUT_CACHE_SIZE = 16;

/** Forget the layouts placed so far: for benchmarks, which time the placement itself (test/bench/map-labels.ts). */
export function clearLabelLayoutCache(): void {
  layoutCache.clear();
}

/** One try at placing the labels: the type size and which labels go on one line. */
interface Attempt {
  readonly font: number;
  readonly compact: readonly boolean[];
  readonly crossings: boolean;
}

/**
 * Place the labels of `units` with `placeLabels`, each within `maxLeader` of its point, clear of the furniture,
 * of the units without a value (`noData`) and of each other. Tries, in order, until every label has a place:
 * for each type size from the chart's label size down to {@link minLabelFont} (about 10% smaller each time),
 * every label on two lines, then the labels that found no place on one line; then every label on one line,
 * then one-line labels whose leader lines may cross. The first try that places every label wins; if none
 * does, the one that places most (the larger type on a tie), and the labels it could not place are listed:
 * a number beside the marker, and the name and value beside the legend.
 */
export function placeUnitLabels(request: UnitLabelRequest): MapLabelLayout {
  const { units, px, furniture, bounds, chartFont, land, maxLeader, noData } = request;
  const anchors = units.map((u) => px(u.point));
  const forced = new Set(request.listed ?? []);
  const withTags = request.tags ?? true;
  const key = JSON.stringify([
    withTags,
    units,
    anchors,
    furniture,
    bounds,
    chartFont,
    land,
    maxLeader,
    noData,
    [...forced],
  ]);
  const cached = layoutCache.get(key);
  if (cached) return cached;
  const obstacles = [
    furniture.legend,
    furniture.sea,
    ...(furniture.readout ? [furniture.readout] : []),
    ...(furniture.list ? [furniture.list] : []),
    ...furniture.archipelagoLabels,
    ...furniture.islands,
  ];
  const areas = [...furniture.archipelagos, ...noData];
  const placeable = units.flatMap((u, i) => (forced.has(u.code) ? [] : [i]));

  /** The box around a unit's marker, which no other label covers. */
  const markerRect = (i: number, box: UnitLabelBox): Rect => {
    const [x, y] = anchors[i] ?? [0, 0];
    const r = box.symbol / 2 + box.distance;
    return { x: x - r / 2, y: y - r / 2, width: r, height: r };
  };
  const run = ({ font, compact, crossings }: Attempt) => {
    const box = unitLabelBox(font, chartFont);
    const texts = placeable.map((i, k) => (compact[k] ? units[i]?.compactText : units[i]?.text) ?? '');
    // placeLabels keeps clear of its own labels' markers; the listed units' markers are drawn too.
    const forcedMarkers = units.flatMap((u, i) => (forced.has(u.code) ? [markerRect(i, box)] : []));
    const placements = placeLabels(
      placeable.map((i, k) => ({
        anchor: anchors[i] ?? [0, 0],
        width: estimateTextWidth(texts[k] ?? '', font) + 2 * box.padX + 4,
        height: (compact[k] ? 1 : 2) * box.lineHeight + 2 * box.padY + 4,
        gap: box.symbol / 2 + box.distance,
      })),
      [...obstacles, ...forcedMarkers],
      bounds,
      { land, overLand: true, areas, crossings, maxLeader },
    );
    return { box, texts, placements, misses: placements.filter((p) => !p.free).length };
  };

  type Result = ReturnType<typeof run> & { readonly attempt: Attempt };
  let chosen: Result | undefined;
  /** Runs `attempt`, keeps it if it places more labels than the best so far; true when it places all. */
  const tryAttempt = (attempt: Attempt): Result => {
    const result = { ...run(attempt), attempt };
    if (!chosen || result.misses < chosen.misses) chosen = result;
    return result;
  };
  const fonts = [chartFont];
  const least = minLabelFont(chartFont);
  for (let font = chartFont; font > least;) {
    font = Math.max(least, Math.min(font - 1, Math.round(font * 0.9)));
    fonts.push(font);
  }
  const search = (): void => {
    if (placeable.length === 0) return;
    for (const font of fonts) {
      const both = tryAttempt({ font, compact: placeable.map(() => false), crossings: false });
      if (both.misses === 0) return;
      // Only the labels that found no place on one line.
      const some = tryAttempt({ font, compact: both.placements.map((p) => !p.free), crossings: false });
      if (some.misses === 0) return;
    }
    const oneLine = placeable.map(() => true);
    if (tryAttempt({ font: least, compact: oneLine, crossings: false }).misses === 0) return;
    tryAttempt({ font: least, compact: oneLine, crossings: true });
  };
  search();

  const font = chosen?.attempt.font ?? chartFont;
  const box = chosen?.box ?? unitLabelBox(font, chartFont);
  const labels: MapLabel[] = [];
  const listedIndices: number[] = [];
  units.forEach((u, i) => {
    const k = placeable.indexOf(i);
    const placement = k >= 0 ? chosen?.placements[k] : undefined;
    if (!placement?.free) {
      listedIndices.push(i);
      return;
    }
    labels.push({
      code: u.code,
      kind: u.kind,
      point: u.point,
      anchor: anchors[i] ?? [0, 0],
      text: chosen?.texts[k] ?? '',
      compact: chosen?.attempt.compact[k] ?? false,
      placement,
    });
  });

  // The tags of the listed labels: one line, next to their markers, clear of everything above.
  const tagTexts = listedIndices.map((_, n) => (withTags ? String(n + 1) : ''));
  const taken = labels.map((l) => l.placement.rect);
  const markers = units.flatMap((_, i) => (listedIndices.includes(i) ? [] : [markerRect(i, box)]));
  const tags = placeLabels(
    (withTags ? listedIndices : []).map((i, n) => ({
      anchor: anchors[i] ?? [0, 0],
      width: estimateTextWidth(tagTexts[n] ?? '', font) + 2 * box.padX + 4,
      height: box.lineHeight + 2 * box.padY + 4,
      gap: box.symbol / 2 + box.distance,
    })),
    [...obstacles, ...taken, ...markers],
    bounds,
    { land, overLand: true, areas, maxLeader },
  );
  const listed: ListedLabel[] = listedIndices.flatMap((i, n) => {
    const u = units[i];
    const tag = tags[n];
    const placement = tag?.free ? tag : null;
    return u
      ? [
          {
            code: u.code,
            kind: u.kind,
            point: u.point,
            anchor: anchors[i] ?? [0, 0],
            tag: tagTexts[n] ?? '',
            text: u.compactText,
            placement,
          },
        ]
      : [];
  });

  const layout: MapLabelLayout = {
    box,
    compact: labels.length > 0 && labels.every((l) => l.compact),
    labels,
    listed,
    furniture,
    bounds,
    maxLeader,
    noData,
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
 * for worst) in the good or bad colour and a boxed label (name, value) where `placeLabels` put it, or, for a
 * unit listed beside the legend, its number.
 */
export function labelSeries(
  layout: MapLabelLayout,
  kind: MapLabel['kind'],
  theme: ThemeTokens,
): ScatterSeriesOption {
  const { box } = layout;
  const color = kind === 'best' ? theme.color.good : theme.color.bad;
  // The labels, then the numbered markers of the units listed beside the legend.
  const units = [
    ...layout.labels.filter((l) => l.kind === kind),
    ...layout.listed.filter((l) => l.kind === kind).map((l) => ({ ...l, text: l.tag })),
  ];
  const noTag = { show: false };
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
      label: u.placement
        ? { position: u.placement.side, offset: [round1(u.placement.dx), round1(u.placement.dy)] }
        : noTag,
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
  const leaders = [...layout.labels, ...layout.listed].flatMap((l) =>
    l.placement?.leader ? [l.placement.leader] : [],
  );
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
