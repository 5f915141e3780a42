/**
 * The province choropleth as an ECharts option: pure (view model + theme + size → option), no React, no DOM,
 * no i18n. Every visible word arrives in `input.texts` or in the figures, already formatted.
 *
 * What the option holds, bottom to top:
 * - `geo[0]`: the provinces of the era (`nameProperty: 'code'`, so region names are the official codes), fitted
 *   to the full-country bounds so Hoàng Sa and Trường Sa are never cropped, no roam. Each region's class colour
 *   is set in `geo[0].regions` because that is where ECharts takes the fill of a geo-bound map: for a map
 *   series with `geoIndex`, `MapDraw` draws the geo's region styles and applies only a visualMap colour and the
 *   data's decal from the series (echarts 6.1 `component/helper/MapDraw.js`, `applyOptionStyleForRegion`).
 * - `geo[1]`, `geo[2]` (only when a unit is highlighted): silent copies of the map that draw nothing but the
 *   highlighted unit's outline (a surface-coloured halo, then a text-coloured line) on top, so the neighbours'
 *   fills cannot cover half of it and it reads on every class colour.
 * - series `units` (map, `geoIndex: 0`): one item per unit with the same colour in `itemStyle.color` (tooltip
 *   marker, aria, tests) and the hatch `decal` for missing and not-comparable units (which ECharts takes from
 *   here); it makes hover, click and the tooltip belong to the unit.
 * - series `archipelago-islands` and `archipelago-labels` (scatter): Hoàng Sa and Trường Sa, island marks in the
 *   colour of Đà Nẵng (48) and Khánh Hòa (56), labels at their anchors with the text moved just below the
 *   marks (on one line, or moved up, where two lines would run into the credit); present on every map
 *   whatever the data.
 * - series `sea-label`: "Biển Đông" / "East Sea", muted italic, silent; moved clear of the archipelago labels and
 *   the legend on a small map.
 * - series `best-labels`, `worst-labels` (scatter): the best and worst three, labelled without hovering. The
 *   labels are placed by `layoutMapLabels` (with `placeLabels`, label-placement.ts) clear of each other, the
 *   legend, the sea and archipelago labels and the islands: next to their points where there is room, else out
 *   in the empty space west of the country or over the sea with a leader line, in smaller type (down to 12 px)
 *   or on one line ("Huế 75,1%") when even that is short.
 * - `graphic`: the legend (title, every class with its edges, the hatched states that occur, the best/worst
 *   markers) in the top-right corner (bottom right when that leaves the labels more room), the leader lines of
 *   the labels moved away from their points, the credit line, and in export mode the footer; `title` in export
 *   mode.
 *
 * Every interactive item is named by the unit's code (map regions, islands, archipelago labels, best/worst
 * labels), so an event handler reads `params.name` as the code whatever was hovered or clicked.
 */
import type { EChartsOption, MapSeriesOption, ScatterSeriesOption } from 'echarts';
import { ARCHIPELAGOS, SEA_LABEL, VIETNAM_BOUNDING_COORDS, VIETNAM_BOUNDS } from './geometry/archipelagos.ts';
import { escapeHtml } from '../escape-html.ts';
import { binIndex, divergingBins, quantileBins, roundTo } from './binning.ts';
import {
  borderColor,
  classColors,
  divergingScale,
  MAX_SCALE_CLASSES,
  MIN_SCALE_CLASSES,
  noDataFill,
  notComparableFill,
} from './palettes.ts';
import type { HatchedFill } from './palettes.ts';
import { landRects } from './land-profile.ts';
import { placeLabels, rectsOverlap } from './label-placement.ts';
import type { LabelPlacement, Leader, Point, Rect } from './label-placement.ts';
import { EM_PER_CHAR, estimateTextWidth, wrapText } from './text-layout.ts';
import type { ThemeTokens } from '../theme/tokens.ts';
import type { ChoroplethInput, LngLatPoint, MapFigure } from './types.ts';

export { computeLabelPoints } from './label-points.ts';
export type { ChoroplethInput, MapFigure } from './types.ts';

/** Default number of classes (UX.md: five to seven; five reads fastest on a wall). */
export const DEFAULT_CLASSES = 5;

/**
 * Horizontal scale of the plain lng/lat projection: cos 14.8°, the middle latitude of the fit bounds, so
 * Vietnam keeps the proportions readers know from Mercator maps (ECharts' default 0.75 suits 40°N and would
 * make the country look thin).
 */
export const MAP_ASPECT_SCALE = Math.cos((14.8 * Math.PI) / 180);

/** Width / height of the map box implied by the fit bounds and {@link MAP_ASPECT_SCALE}. */
export const MAP_ASPECT =
  ((VIETNAM_BOUNDS.east - VIETNAM_BOUNDS.west) * MAP_ASPECT_SCALE) /
  (VIETNAM_BOUNDS.north - VIETNAM_BOUNDS.south);

/** Series ids, for tests and for `dispatchAction` by id. */
export const CHOROPLETH_SERIES = {
  units: 'units',
  islands: 'archipelago-islands',
  archipelagoLabels: 'archipelago-labels',
  sea: 'sea-label',
  best: 'best-labels',
  worst: 'worst-labels',
} as const;

/** How a unit is filled: its class colour, or a hatched state. */
export type UnitFill =
  | { readonly kind: 'class'; readonly classIndex: number; readonly color: string }
  | { readonly kind: 'missing' | 'not-comparable'; readonly color: string; readonly fill: HatchedFill };

/** The classes of a map: edges from `quantileBins` and one colour per class. */
export interface ChoroplethClasses {
  readonly edges: readonly number[];
  readonly colors: readonly string[];
}

/**
 * Edges and colours for the figures of `input` (values binned as shown, rounded to `decimals`). The wanted
 * number of classes is clamped to 3–7; ties can still give fewer.
 */
export function choroplethClasses(
  input: Pick<ChoroplethInput, 'figures' | 'classes' | 'decimals' | 'polarity' | 'theme' | 'scale'>,
): ChoroplethClasses {
  const values = input.figures.flatMap((f) =>
    f.state === 'value' && f.value !== null && Number.isFinite(f.value) ? [f.value] : [],
  );
  // 3–7 classes (UX.md: five to seven; three for small comparisons); outside that there is no scale.
  const wanted = Math.min(
    MAX_SCALE_CLASSES,
    Math.max(MIN_SCALE_CLASSES, Math.round(input.classes ?? DEFAULT_CLASSES)),
  );
  if (input.scale?.kind === 'diverging') {
    // Symmetric classes need an odd count: 4 wanted classes become 5, 6 become 7.
    const odd = wanted % 2 === 0 ? wanted + 1 : wanted;
    const edges = divergingBins(values, input.scale.centre, Math.min(odd, MAX_SCALE_CLASSES), input.decimals);
    return { edges, colors: edges.length > 1 ? divergingScale(input.theme, edges.length - 1) : [] };
  }
  const edges = quantileBins(values, wanted, input.decimals);
  const colors = edges.length > 1 ? classColors(input.theme, edges.length - 1, input.polarity) : [];
  return { edges, colors };
}

/** The fill of one unit: its class colour when it has a comparable value, otherwise the hatched state. */
export function unitFill(
  figure: MapFigure | undefined,
  classes: ChoroplethClasses,
  decimals: number,
  theme: ThemeTokens,
): UnitFill {
  if (figure?.state === 'not-comparable') {
    const fill = notComparableFill(theme);
    return { kind: 'not-comparable', color: fill.color, fill };
  }
  if (figure?.state === 'value' && figure.value !== null) {
    const classIndex = binIndex(classes.edges, roundTo(figure.value, decimals));
    const color = classes.colors[classIndex];
    if (color !== undefined) return { kind: 'class', classIndex, color };
  }
  const fill = noDataFill(theme);
  return { kind: 'missing', color: fill.color, fill };
}

/** Text sizes and spacing for a chart of `height` pixels: labels at least 1/60 of the height and 12 px. */
export function mapTypeScale(
  height: number,
  textSize = 0,
): {
  readonly label: number;
  readonly sea: number;
  readonly credit: number;
  readonly pad: number;
} {
  // Never much smaller than the page's own text, which grows on a wall screen (`textSize`: CSS root font).
  const label = Math.max(12, Math.round(height / 60), Math.round(textSize * 0.75));
  return {
    label,
    sea: Math.round(label * 1.2),
    credit: Math.max(10, Math.round(label * 0.72)),
    pad: Math.max(8, Math.round(height / 60)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The option

/**
 * Everything the option is drawn from: classes and fills, the legend, the layout and the placed labels. Shared
 * by {@link buildChoroplethOption} and {@link layoutMapLabels}, so tests check exactly what is drawn.
 */
function prepare(input: ChoroplethInput) {
  const { theme, texts, size } = input;
  const sizes = mapTypeScale(size.height, size.fontSize);
  const figures = new Map(input.figures.map((f) => [f.code, f]));
  const codes = [...new Set([...input.labelPoints.keys(), ...figures.keys()])].sort();
  const classes = choroplethClasses(input);
  const fills = new Map(
    codes.map((code) => [code, unitFill(figures.get(code), classes, input.decimals, theme)]),
  );
  const fillOf = (code: string): UnitFill =>
    fills.get(code) ?? unitFill(undefined, classes, input.decimals, theme);

  const labelled = (codesToLabel: readonly string[], kind: LabelledUnit['kind']): LabelledUnit[] =>
    codesToLabel.flatMap((code) => {
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
  const best = labelled(input.best, 'best');
  const worst = labelled(input.worst, 'worst');

  const legend = legendModel(
    input,
    classes,
    codes.map(fillOf),
    best.length > 0,
    worst.length > 0,
    sizes.label,
  );
  // The legend goes top right; when it stands beside the map and the labels do not all fit, bottom right
  // instead, which gives the labels of a crowded north the room over the Gulf of Tonkin and beyond.
  const arrange = (legendAt: 'top' | 'bottom') => {
    const layout = mapLayout(input, sizes, legend, legendAt);
    const px = (point: LngLatPoint): [number, number] => project(layout.map, point);
    const islandSize = Math.max(5, Math.round(size.height / 130));
    const legendRect: Rect = {
      x: layout.legend.x,
      y: layout.legend.y,
      width: legend.width,
      height: legend.height,
    };
    const archipelagoLabels = archipelagoLabelLayout(
      input,
      layout.map,
      px,
      sizes.label,
      islandSize,
      layout.credit.y,
      legendRect,
    );
    // The island marks, which leader lines avoid, and the spread of each archipelago's islands, which labels
    // keep out of: a label among them would read as naming an island.
    const r = islandSize / 2 + 1;
    const islandMarks = ARCHIPELAGOS.flatMap((archipelago) =>
      archipelago.islands.map((island): Rect => {
        const [x, y] = px(island.position);
        return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
      }),
    );
    const islandRects = ARCHIPELAGOS.map((archipelago): Rect => {
      const marks = archipelago.islands.map((island) => px(island.position));
      const x = Math.min(...marks.map(([mx]) => mx)) - r;
      const y = Math.min(...marks.map(([, my]) => my)) - r;
      const right = Math.max(...marks.map(([mx]) => mx)) + r;
      const bottom = Math.max(...marks.map(([, my]) => my)) + r;
      return { x, y, width: right - x, height: bottom - y };
    });
    const sea = seaLabelLayout(
      px(SEA_LABEL.anchor),
      estimateTextWidth(texts.sea, sizes.sea),
      sizes.sea,
      { x: 0, y: layout.top, width: size.width, height: layout.credit.y - layout.top },
      [...archipelagoLabels.map((a) => a.rect), ...islandRects, legendRect],
    );
    const labels = placeUnitLabels({
      units: [...best, ...worst],
      px,
      furniture: {
        legend: legendRect,
        sea: sea.rect,
        archipelagoLabels: archipelagoLabels.map((a) => a.rect),
        islands: islandMarks,
        archipelagos: islandRects,
      },
      bounds: { x: 0, y: layout.top, width: size.width, height: layout.credit.y - layout.top },
      chartFont: sizes.label,
      land: landRects(px),
    });
    // A legend that covers the archipelagos' labels or islands is no option.
    const covers = [...archipelagoLabels.map((a) => a.rect), ...islandRects].some((rect) =>
      rectsOverlap(rect, legendRect),
    );
    const misses =
      labels.labels.filter((l) => !l.placement.free).length + (covers ? labels.labels.length + 1 : 0);
    return { layout, islandSize, archipelagoLabels, sea, labels, misses };
  };
  const top = arrange('top');
  const bottom = top.misses > 0 && top.layout.beside ? arrange('bottom') : undefined;
  const { layout, islandSize, archipelagoLabels, sea, labels } =
    bottom && bottom.misses < top.misses ? bottom : top;
  return {
    sizes,
    figures,
    codes,
    fills,
    fillOf,
    best,
    worst,
    legend,
    layout,
    islandSize,
    archipelagoLabels,
    sea,
    labels,
  };
}

/**
 * Where the best and worst units' labels go, with their leader lines, the type they are set in and what they
 * keep clear of: the part of {@link buildChoroplethOption} that places labels, for tests and tools.
 */
export function layoutMapLabels(input: ChoroplethInput): MapLabelLayout {
  return prepare(input).labels;
}

/**
 * The choropleth option for `input`. Deterministic: the same input gives the same option, so the builder is
 * tested on option fragments (colours per unit, legend rows, label series) without rendering.
 */
export function buildChoroplethOption(input: ChoroplethInput): EChartsOption {
  const { theme, texts, size } = input;
  const {
    sizes,
    figures,
    codes,
    fills,
    fillOf,
    best,
    worst,
    legend,
    layout,
    islandSize,
    archipelagoLabels,
    sea,
    labels,
  } = prepare(input);

  const lines = borderColor(theme);
  const lineWidth = Math.max(0.5, size.height / 1400);
  const geoBox = {
    map: input.mapName,
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
  const hoverBorder = { borderColor: theme.color.text, borderWidth: Math.max(1.5, size.height / 450) };

  const geo: NonNullable<EChartsOption['geo']> = [
    {
      ...geoBox,
      id: 'provinces',
      itemStyle: { areaColor: theme.color.noData, borderColor: lines, borderWidth: lineWidth },
      emphasis: { label: { show: false }, itemStyle: hoverBorder },
      select: { disabled: true },
      regions: codes.map((code) => {
        const color = fillOf(code).color;
        return {
          name: code,
          itemStyle: { areaColor: color },
          // Without this ECharts' default hover fill (gold) would replace the class colour.
          emphasis: { label: { show: false }, itemStyle: { areaColor: color, ...hoverBorder } },
        };
      }),
    },
  ];
  const highlighted = input.highlighted !== null && fills.has(input.highlighted) ? input.highlighted : null;
  if (highlighted !== null) {
    // Two silent copies of the map drawing only the highlighted unit's outline, on top of the fills: a wide
    // stroke in the surface colour, then a narrower one in the text colour, readable on every class colour.
    const outline = Math.max(2.5, size.height / 300);
    for (const [id, color, width] of [
      ['highlight-halo', theme.color.surface, outline + 3],
      ['highlight', theme.color.text, outline],
    ] as const) {
      geo.push({
        ...geoBox,
        id,
        silent: true,
        z: 1,
        tooltip: { show: false },
        itemStyle: { areaColor: 'transparent', borderColor: 'transparent', borderWidth: 0 },
        emphasis: { disabled: true },
        select: { disabled: true },
        regions: [
          {
            name: highlighted,
            itemStyle: { areaColor: 'transparent', borderColor: color, borderWidth: width },
          },
        ],
      });
    }
  }

  const units: MapSeriesOption = {
    type: 'map',
    id: CHOROPLETH_SERIES.units,
    name: texts.legendTitle,
    geoIndex: 0,
    data: codes.map((code) => {
      const fill = fillOf(code);
      const figure = figures.get(code);
      return {
        name: code,
        value: figure?.state === 'value' && figure.value !== null ? figure.value : '-',
        itemStyle:
          fill.kind === 'class'
            ? { color: fill.color, areaColor: fill.color }
            : { color: fill.color, areaColor: fill.color, decal: { ...fill.fill.decal } },
      };
    }),
  };
  const islands: ScatterSeriesOption = {
    type: 'scatter',
    id: CHOROPLETH_SERIES.islands,
    coordinateSystem: 'geo',
    geoIndex: 0,
    symbol: 'diamond',
    symbolSize: islandSize,
    z: 3,
    data: ARCHIPELAGOS.flatMap((archipelago) =>
      archipelago.islands.map((island) => ({
        name: archipelago.provinceCode,
        value: [island.position[0], island.position[1]],
        // A firm outline: an island in the palest class must still show on the light background.
        itemStyle: {
          color: fillOf(archipelago.provinceCode).color,
          borderColor: theme.color.textMuted,
          borderWidth: 1,
        },
      })),
    ),
    emphasis: { scale: 1.6 },
  };
  const archipelagoLabelSeries: ScatterSeriesOption = {
    type: 'scatter',
    id: CHOROPLETH_SERIES.archipelagoLabels,
    coordinateSystem: 'geo',
    geoIndex: 0,
    symbolSize: 0,
    z: 4,
    // The point is the anchor (DOMAIN.md §5.3); the text is moved below the island marks so it covers none.
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
    id: CHOROPLETH_SERIES.sea,
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
  const series: (MapSeriesOption | ScatterSeriesOption)[] = [
    units,
    islands,
    archipelagoLabelSeries,
    seaSeries,
    labelSeries(CHOROPLETH_SERIES.best, labels, 'best', theme.color.good, 0, theme),
    labelSeries(CHOROPLETH_SERIES.worst, labels, 'worst', theme.color.bad, 180, theme),
  ];

  const graphic: GraphicElement[] = [
    legendGraphic(legend, layout.legend, theme),
    plainText('credit', layout.credit, theme),
  ];
  const leaders = leaderGraphic(labels, theme);
  if (leaders) graphic.push(leaders);
  if (input.export) {
    graphic.push(plainText('export-footer', layout.footer, theme));
  }

  const option: EChartsOption = {
    animation: false,
    backgroundColor: input.export ? theme.color.surface : 'transparent',
    textStyle: { fontFamily: theme.font.family, color: theme.color.text },
    aria: { enabled: true, label: { enabled: true, description: ariaDescription(input, best, worst) } },
    tooltip: {
      trigger: 'item',
      confine: true,
      backgroundColor: theme.color.surface,
      borderColor: theme.color.border,
      textStyle: { color: theme.color.text, fontFamily: theme.font.family, fontSize: sizes.label },
      formatter: (params: unknown) => {
        const code = codeOf(params);
        return tooltipHtml(figures.get(code), fills.get(code), theme);
      },
    },
    geo,
    series,
    graphic: { elements: graphic },
  };
  if (input.export) {
    option.title = {
      text: input.export.title,
      subtext: input.export.subtitle,
      left: layout.pad,
      top: layout.pad,
      padding: 0,
      itemGap: layout.title.gap,
      textStyle: {
        color: theme.color.text,
        fontFamily: theme.font.family,
        fontSize: layout.title.title,
        // Explicit line heights: ECharts' default (the font size) clips Vietnamese stacked marks ("Giải").
        lineHeight: Math.round(layout.title.title * 1.3),
        // 600, not 700: the chart font gate loads 400 and 600 only.
        fontWeight: 600,
      },
      subtextStyle: {
        color: theme.color.textMuted,
        fontFamily: theme.font.family,
        fontSize: layout.title.subtitle,
        lineHeight: Math.round(layout.title.subtitle * 1.3),
      },
    };
  }
  return option;
}

// ---------------------------------------------------------------------------------------------------------
// Projection and fixed labels

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

interface ArchipelagoLabel {
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
function archipelagoLabelLayout(
  input: ChoroplethInput,
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
 * The sea label: centred on its anchor, or, when that is too close to the archipelago labels and islands (a
 * small map), the nearest place clear of them and of the legend, moved in steps of a fifth of its size: down
 * or up by at most six times its size, or east, within `bounds` (the chart between title and credit), so it
 * stays in the open sea.
 */
function seaLabelLayout(
  centre: readonly [number, number],
  width: number,
  font: number,
  bounds: Rect,
  avoid: readonly Rect[],
): { readonly dx: number; readonly dy: number; readonly rect: Rect } {
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

// ---------------------------------------------------------------------------------------------------------
// Labels, tooltip, aria

interface LabelledUnit {
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

interface UnitLabelRequest {
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
function placeUnitLabels(request: UnitLabelRequest): MapLabelLayout {
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

const round1 = (value: number): number => Math.round(value * 10) / 10;

/**
 * A scatter series labelling the `kind` units of `layout` at their label points: a triangle (up for best, down
 * for worst) in the good or bad colour and a boxed label (name, value) where `placeLabels` put it.
 */
function labelSeries(
  id: string,
  layout: MapLabelLayout,
  kind: MapLabel['kind'],
  color: string,
  rotate: number,
  theme: ThemeTokens,
): ScatterSeriesOption {
  const { box } = layout;
  const units = layout.labels.filter((l) => l.kind === kind);
  return {
    type: 'scatter',
    id,
    coordinateSystem: 'geo',
    geoIndex: 0,
    symbol: 'triangle',
    symbolRotate: rotate,
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
function leaderGraphic(layout: MapLabelLayout, theme: ThemeTokens): GraphicElement | undefined {
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

/** The unit code an ECharts tooltip/event payload is about (`name` of the item; first item of a list). */
function codeOf(params: unknown): string {
  const item: unknown = Array.isArray(params) ? params[0] : params;
  if (typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string') {
    return item.name;
  }
  return '';
}

/**
 * The tooltip for one unit as HTML: name, value, rank, change, status. Every feed string is escaped
 * (STACK.md gotcha 10); colours come from the theme. Empty for items that are not a unit.
 */
export function tooltipHtml(
  figure: MapFigure | undefined,
  fill: UnitFill | undefined,
  theme: ThemeTokens,
): string {
  if (!figure) return '';
  const swatch =
    fill?.kind === 'class'
      ? `<span style="display:inline-block;width:10px;height:10px;margin-right:6px;border-radius:2px;background:${fill.color}"></span>`
      : '';
  const rows = [figure.rankText, figure.changeText, figure.statusText]
    .filter((text): text is string => text !== undefined && text !== '')
    .map((text) => `<div style="color:${theme.color.textMuted}">${escapeHtml(text)}</div>`);
  return [
    `<div style="font-weight:600">${escapeHtml(figure.name)}</div>`,
    `<div>${swatch}${escapeHtml(figure.valueText)}</div>`,
    ...rows,
  ].join('');
}

/** The text ECharts writes on the container for screen readers (`aria.label.description`). */
function ariaDescription(
  input: ChoroplethInput,
  best: readonly LabelledUnit[],
  worst: readonly LabelledUnit[],
): string {
  const list = (units: readonly LabelledUnit[]) => units.map((u) => u.text.replace('\n', ': ')).join('; ');
  const parts = [input.texts.legendTitle];
  if (best.length) parts.push(`${input.texts.bestLabel}: ${list(best)}`);
  if (worst.length) parts.push(`${input.texts.worstLabel}: ${list(worst)}`);
  parts.push(
    `${input.texts.archipelagos['hoang-sa']}; ${input.texts.archipelagos['truong-sa']}; ${input.texts.sea}`,
  );
  return `${parts.join('. ')}.`;
}

function withAlpha(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return hex;
  const [r, g, b] = [match[1], match[2], match[3]].map((h) => parseInt(h ?? '0', 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

// ---------------------------------------------------------------------------------------------------------
// Legend and layout

/** One row of the legend. */
export type LegendRow =
  | { readonly kind: 'class'; readonly color: string; readonly text: string }
  | { readonly kind: 'hatch'; readonly fill: HatchedFill; readonly text: string }
  | { readonly kind: 'marker'; readonly color: string; readonly rotate: number; readonly text: string };

interface LegendModel {
  readonly titleLines: readonly string[];
  readonly rows: readonly LegendRow[];
  readonly font: number;
  readonly width: number;
  readonly height: number;
  readonly lineHeight: number;
  readonly padding: number;
  readonly swatch: { readonly width: number; readonly height: number; readonly gap: number };
  /** Extra space between groups of rows (classes, hatched states, markers). */
  readonly groupGap: number;
}

/**
 * The rows of the legend: classes from the highest values at the top to the lowest (read like a y-axis;
 * polarity decides whether the dark end is at the top), then the hatched states that occur on this map, then
 * the best/worst markers when labels are drawn. A class holding one value (`[max, max]`) shows one number.
 */
export function legendRows(
  input: Pick<ChoroplethInput, 'formatEdge' | 'texts' | 'theme'>,
  classes: ChoroplethClasses,
  fills: readonly UnitFill[],
  hasBest: boolean,
  hasWorst: boolean,
): LegendRow[] {
  const { edges, colors } = classes;
  const rows: LegendRow[] = [];
  for (let i = colors.length - 1; i >= 0; i--) {
    const lo = edges[i] ?? NaN;
    const hi = edges[i + 1] ?? NaN;
    const text = lo === hi ? input.formatEdge(lo) : `${input.formatEdge(lo)} – ${input.formatEdge(hi)}`;
    rows.push({ kind: 'class', color: colors[i] ?? '', text });
  }
  if (fills.some((f) => f.kind === 'missing')) {
    rows.push({ kind: 'hatch', fill: noDataFill(input.theme), text: input.texts.noData });
  }
  if (fills.some((f) => f.kind === 'not-comparable')) {
    rows.push({ kind: 'hatch', fill: notComparableFill(input.theme), text: input.texts.notComparable });
  }
  if (hasBest)
    rows.push({ kind: 'marker', color: input.theme.color.good, rotate: 0, text: input.texts.bestLabel });
  if (hasWorst)
    rows.push({ kind: 'marker', color: input.theme.color.bad, rotate: 180, text: input.texts.worstLabel });
  return rows;
}

function legendModel(
  input: ChoroplethInput,
  classes: ChoroplethClasses,
  fills: readonly UnitFill[],
  hasBest: boolean,
  hasWorst: boolean,
  font: number,
): LegendModel {
  const rows = legendRows(input, classes, fills, hasBest, hasWorst);
  const lineHeight = Math.round(font * 1.45);
  const padding = Math.round(font * 0.6);
  const swatch = {
    width: Math.round(font * 1.6),
    height: Math.round(font * 0.95),
    gap: Math.round(font * 0.5),
  };
  const charWidth = font * EM_PER_CHAR;
  const rowsWidth = Math.max(
    0,
    ...rows.map((r) => swatch.width + swatch.gap + estimateTextWidth(r.text, font)),
  );
  // The title wraps to the rows' width, but never narrower than 16 characters nor wider than a third of the chart.
  const titleWidthLimit = Math.min(
    Math.max(rowsWidth, 16 * charWidth),
    Math.max(16 * charWidth, input.size.width / 3),
  );
  const titleLines = wrapText(input.texts.legendTitle, Math.floor(titleWidthLimit / charWidth));
  const titleWidth = estimateTextWidth(titleLines.join('\n'), font);
  const groupGap = Math.round(font * 0.35);
  const groups = new Set(rows.map((r) => r.kind)).size;
  const height =
    2 * padding +
    titleLines.length * lineHeight +
    Math.round(font * 0.3) +
    rows.length * lineHeight +
    Math.max(0, groups - 1) * groupGap;
  return {
    titleLines,
    rows,
    font,
    width: Math.ceil(2 * padding + Math.max(rowsWidth, titleWidth)),
    height,
    lineHeight,
    padding,
    swatch,
    groupGap,
  };
}

/** A block of plain text lines at a position. */
interface TextBlock {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
  readonly fontSize: number;
  readonly lineHeight: number;
}

interface MapLayout {
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
 * it), otherwise over the map's empty north-east (the Gulf of Tonkin and beyond, where nothing is drawn). Export adds a title band on top and a footer. The
 * credit (and footer) wrap to the chart's width rather than run off its edge.
 */
function mapLayout(
  input: ChoroplethInput,
  sizes: ReturnType<typeof mapTypeScale>,
  legend: LegendModel,
  legendAt: 'top' | 'bottom' = 'top',
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
  const beside = besideWidth >= 0.85 * fullHeight * MAP_ASPECT;
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

/** A graphic element as ECharts takes it; kept loose because ECharts' element union is not exported. */
interface GraphicElement {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** Lines of plain text (no rich markup: nothing in them is interpreted). */
function plainText(id: string, block: TextBlock, theme: ThemeTokens): GraphicElement {
  return {
    type: 'text',
    id,
    silent: true,
    x: block.x,
    y: block.y,
    style: {
      text: block.lines.join('\n'),
      fill: theme.color.textMuted,
      fontSize: block.fontSize,
      lineHeight: block.lineHeight,
      fontFamily: theme.font.family,
      textVerticalAlign: 'top',
    },
  };
}

/** The legend as one graphic group: plain shapes and plain text (no rich markup, nothing interpreted). */
function legendGraphic(
  legend: LegendModel,
  at: { x: number; y: number },
  theme: ThemeTokens,
): GraphicElement {
  const { padding, lineHeight, swatch, font } = legend;
  const text = (x: number, y: number, content: string, weight: number): GraphicElement => ({
    type: 'text',
    x,
    y,
    style: {
      text: content,
      fill: theme.color.text,
      fontSize: font,
      fontWeight: weight,
      fontFamily: theme.font.family,
      textVerticalAlign: 'middle',
    },
  });
  const children: GraphicElement[] = [
    {
      type: 'rect',
      shape: { x: 0, y: 0, width: legend.width, height: legend.height, r: 4 },
      style: { fill: withAlpha(theme.color.surface, 0.92), stroke: theme.color.border, lineWidth: 1 },
    },
  ];
  let y = padding + lineHeight / 2;
  for (const line of legend.titleLines) {
    children.push(text(padding, y, line, 600));
    y += lineHeight;
  }
  y += Math.round(font * 0.3);
  let previous: LegendRow['kind'] | undefined;
  for (const row of legend.rows) {
    if (previous !== undefined && row.kind !== previous) y += legend.groupGap;
    previous = row.kind;
    const sx = padding;
    const sy = y - swatch.height / 2;
    if (row.kind === 'class') {
      children.push({
        type: 'rect',
        shape: { x: sx, y: sy, width: swatch.width, height: swatch.height },
        style: { fill: row.color, stroke: borderColor(theme), lineWidth: 0.75 },
      });
    } else if (row.kind === 'hatch') {
      children.push(
        ...hatchSwatch(row.fill, { x: sx, y: sy, width: swatch.width, height: swatch.height }, theme),
      );
    } else {
      const r = swatch.height * 0.55;
      const cx = sx + swatch.width / 2;
      const dir = row.rotate === 180 ? -1 : 1;
      children.push({
        type: 'polygon',
        shape: {
          points: [
            [cx, y - dir * r],
            [cx + r, y + dir * r * 0.75],
            [cx - r, y + dir * r * 0.75],
          ],
        },
        style: { fill: row.color, stroke: theme.color.surface, lineWidth: 1 },
      });
    }
    children.push(text(sx + swatch.width + swatch.gap, y, row.text, 400));
    y += lineHeight;
  }
  return { type: 'group', id: 'legend', silent: true, x: at.x, y: at.y, children };
}

/**
 * A legend swatch drawing the same pattern as the map's decal with plain shapes (a graphic element cannot
 * take an ECharts decal): diagonal stripes for no data, staggered dots for not comparable.
 */
function hatchSwatch(fill: HatchedFill, box: Rect, theme: ThemeTokens): GraphicElement[] {
  const { x, y, width: w, height: h } = box;
  const ink = fill.decal.color;
  const out: GraphicElement[] = [
    {
      type: 'rect',
      shape: { x, y, width: w, height: h },
      style: { fill: fill.color, stroke: borderColor(theme), lineWidth: 0.75 },
    },
  ];
  if (fill.pattern === 'diagonal') {
    // Lines x + y = c ("/"), clipped to the swatch analytically.
    const step = Math.max(4, h / 2.5);
    for (let c = step / 2; c < w + h; c += step) {
      const x1 = Math.max(0, c - h);
      const x2 = Math.min(w, c);
      if (x2 <= x1) continue;
      out.push({
        type: 'line',
        shape: { x1: x + x1, y1: y + (c - x1), x2: x + x2, y2: y + (c - x2) },
        style: { stroke: ink, lineWidth: 1.5 },
      });
    }
  } else {
    const r = Math.max(1, h / 10);
    const step = Math.max(4, h / 3);
    for (let row = 0, cy = step / 2; cy < h; row++, cy += step) {
      for (let cx = row % 2 ? step : step / 2; cx < w; cx += step) {
        out.push({ type: 'circle', shape: { cx: x + cx, cy: y + cy, r }, style: { fill: ink } });
      }
    }
  }
  return out;
}
