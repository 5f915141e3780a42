/**
 * The province choropleth as an ECharts option: pure (view model + theme + size → option), no React, no DOM,
 * no i18n. Every visible word arrives in `input.texts` or in the figures, already formatted; numbers of the
 * legend are formatted here from the plain-data `input.number`.
 *
 * The builder composes the parts in `choropleth/`, one concern each:
 * - `classes.ts`: class edges, colours and the fill of every unit;
 * - `layout.ts`: type scale, where the map, legend, credit and export title go, and the projection;
 * - `furniture.ts`: Hoàng Sa, Trường Sa, the sea label and the credit, on every map whatever the data;
 * - `unit-labels.ts`: the best and worst units, labelled without hovering, placed clear of everything else;
 * - `legend.ts`: the legend rows and their drawing;
 * - `tooltip.ts`: the tooltip and the screen-reader description.
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
 * - series `best-labels`, `worst-labels` (scatter): the best and worst three (of the region in focus, when
 *   there is one), labelled without hovering. The labels are placed by `placeUnitLabels` (with `placeLabels`,
 *   label-placement.ts) near their units: next to their points where there is room, else at the end of a
 *   leader line at most a tenth of the map's height long ({@link MAX_LEADER_SHARE}); clear of each other, of
 *   every marker, of the units without a value (their footprints from the geometry build), of the legend, the
 *   readout's box, the sea and archipelago labels and the islands. Where that leaves no room: smaller type
 *   (down to seven tenths of the chart's, never under 12 px), then one line ("Huế 75,1%") for the labels that
 *   need it, then the unit is listed beside the legend ("1  Điện Biên 36,4%") and its marker carries the number.
 * - `graphic`: the legend (title, the note of a scale fixed by the period player, every class with its edges,
 *   the hatched states that occur, the dimmed colour of the units outside the region, the best/worst markers)
 *   in the top-right corner (bottom right when that leaves the labels more room; beside a smaller map when over
 *   the map it would cover an archipelago, as on a panel of about 1:1), the list of the labels that
 *   found no room beside it, the readout of the highlighted unit in a box kept for it (so it never covers a
 *   label), the leader lines, the credit line of the era's boundaries, and in export mode the footer; `title`
 *   in export mode.
 *
 * With `input.focus` (a region), the units outside it are drawn in their class colour faded towards the
 * background, rather than zoomed away from: the country, Hoàng Sa and Trường Sa stay where they were. With
 * `input.edges` (the period player), the classes are those edges, the same for every period played.
 *
 * Every interactive item is named by the unit's code (map regions, islands, archipelago labels, best/worst
 * labels), so an event handler reads `params.name` as the code whatever was hovered or clicked.
 */
import type { EChartsOption, MapSeriesOption, ScatterSeriesOption } from 'echarts';
import { borderColor } from './palettes.ts';
import { landRects } from './land-profile.ts';
import { rectsOverlap } from './label-placement.ts';
import type { Rect } from './label-placement.ts';
import type { ChoroplethInput, LngLatPoint } from './types.ts';
import { choroplethFills, dimColor, unitSeriesData } from './choropleth/classes.ts';
import { creditGraphic, furnitureSeries, FURNITURE_SERIES, placeFurniture } from './choropleth/furniture.ts';
import { plainText } from './choropleth/graphic.ts';
import type { GraphicElement } from './choropleth/graphic.ts';
import { geoFrame, mapLayout, mapTypeScale, project } from './choropleth/layout.ts';
import { legendGraphic, legendModel, listModel } from './choropleth/legend.ts';
import type { LegendModel } from './choropleth/legend.ts';
import { placeBeside, readoutGraphic, readoutModel } from './choropleth/readout.ts';
import { ariaDescription, codeOf, tooltipHtml } from './choropleth/tooltip.ts';
import {
  labelledUnits,
  labelSeries,
  leaderGraphic,
  MAX_LEADER_SHARE,
  placeUnitLabels,
  UNIT_LABEL_SERIES,
} from './choropleth/unit-labels.ts';
import type { MapLabelLayout } from './choropleth/unit-labels.ts';

export type { ChoroplethInput, MapFigure } from './types.ts';

/** Series ids, for tests and for `dispatchAction` by id. */
export const CHOROPLETH_SERIES = {
  units: 'units',
  ...FURNITURE_SERIES,
  ...UNIT_LABEL_SERIES,
} as const;

/**
 * The footprints of `codes` in pixels: per band of latitude, the units' extents merged where they touch (the
 * bands of every footprint share one grid), so thirty hatched neighbours are a few wide rects, not hundreds.
 * Empty without footprints.
 */
function footprintRects(
  footprints: ChoroplethInput['footprints'],
  codes: readonly string[],
  px: (point: LngLatPoint) => [number, number],
): Rect[] {
  if (!footprints) return [];
  const bands = new Map<number, [number, number][]>();
  let step = 0;
  for (const code of codes) {
    const footprint = footprints.get(code);
    if (!footprint) continue;
    step = footprint.step;
    footprint.bands.forEach(([west, east], i) => {
      const south = Math.round((footprint.south + i * footprint.step) * 1000) / 1000;
      bands.set(south, [...(bands.get(south) ?? []), [west, east]]);
    });
  }
  const rects: Rect[] = [];
  for (const [south, extents] of bands) {
    extents.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [west, east] of extents) {
      const last = merged[merged.length - 1];
      if (last && west <= last[1] + 1e-9) last[1] = Math.max(last[1], east);
      else merged.push([west, east]);
    }
    for (const [west, east] of merged) {
      const [x0, y0] = px([west, south + step]);
      const [x1, y1] = px([east, south]);
      rects.push({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
    }
  }
  return rects;
}

/**
 * Everything the option is drawn from: classes and fills, the legend, the layout, the furniture, the readout's
 * box and the placed labels. Shared by {@link buildChoroplethOption} and {@link layoutMapLabels}, so tests check
 * exactly what is drawn.
 */
function prepare(input: ChoroplethInput) {
  const { size } = input;
  const sizes = mapTypeScale(size.height, size.fontSize);
  const fills = choroplethFills(input);
  const best = labelledUnits(input, fills.figures, input.best, 'best');
  const worst = labelledUnits(input, fills.figures, input.worst, 'worst');
  const units = [...best, ...worst];
  const readout = readoutModel(input, sizes.label);
  // Labels keep off the units without a value, so none is hidden under a label.
  const noDataCodes = fills.codes.filter((code) => fills.fillOf(code).kind !== 'class');
  const dimmed = input.focus
    ? dimColor(
        fills.classes.colors[Math.floor(fills.classes.colors.length / 2)] ?? input.theme.color.noData,
        input.theme,
      )
    : undefined;
  const legend = legendModel(
    input,
    fills.classes,
    fills.codes.map(fills.fillOf),
    { hasBest: best.length > 0, hasWorst: worst.length > 0, ...(dimmed !== undefined ? { dimmed } : {}) },
    sizes.label,
  );
  /** The box listing the units of `listed`, numbered in the order of the labels (none without tags). */
  const listFor = (listed: readonly string[], tags: boolean): LegendModel | null => {
    const numbered = tags ? units.filter((u) => listed.includes(u.code)) : [];
    return numbered.length
      ? listModel(
          input,
          numbered.map((u, i) => ({ kind: u.kind, tag: String(i + 1), text: u.compactText })),
          sizes.label,
        )
      : null;
  };
  // The legend goes top right; when it stands beside the map and the labels do not all fit, bottom right
  // instead, which gives the labels of a crowded north the room over the Gulf of Tonkin and beyond.
  const arrange = (
    legendAt: 'top' | 'bottom',
    listed: readonly string[],
    tags: boolean,
    placement: 'auto' | 'beside' = 'auto',
  ) => {
    const layout = mapLayout(input, sizes, legend, legendAt, placement);
    const px = (point: LngLatPoint): [number, number] => project(layout.map, point);
    const legendRect: Rect = {
      x: layout.legend.x,
      y: layout.legend.y,
      width: legend.width,
      height: legend.height,
    };
    const bounds = { x: 0, y: layout.top, width: size.width, height: layout.credit.y - layout.top };
    // Beside the legend, clear of the archipelagos and their labels: the list of the labels that found no
    // room, then the readout (none in an exported image, which nobody hovers).
    const fixed = placeFurniture(input, layout, sizes, px, legendRect);
    const gap = Math.round(sizes.pad / 2);
    const islands = [...fixed.archipelagoLabels.map((a) => a.rect), ...fixed.islandSpreads];
    const list = listFor(listed, tags);
    const listBox = list ? placeBeside(list, legendRect, bounds, gap, islands) : null;
    const readoutBox = input.export
      ? null
      : placeBeside(readout, listBox ? union(legendRect, listBox) : legendRect, bounds, gap, [
          ...islands,
          ...(listBox ? [listBox] : []),
        ]);
    const boxes = [listBox, readoutBox].filter((r): r is Rect => r !== null);
    const furniture = boxes.length ? placeFurniture(input, layout, sizes, px, legendRect, boxes) : fixed;
    const labels = placeUnitLabels({
      units,
      px,
      furniture: {
        legend: legendRect,
        sea: furniture.sea.rect,
        archipelagoLabels: furniture.archipelagoLabels.map((a) => a.rect),
        islands: furniture.islandMarks,
        archipelagos: furniture.islandSpreads,
        readout: readoutBox,
        list: listBox,
      },
      bounds,
      chartFont: sizes.label,
      land: landRects(px),
      maxLeader: MAX_LEADER_SHARE * layout.map.height,
      noData: footprintRects(input.footprints, noDataCodes, px),
      listed,
      tags,
    });
    // A legend, list or readout that covers the archipelagos' labels or islands is no option.
    const covers = [...furniture.archipelagoLabels.map((a) => a.rect), ...furniture.islandSpreads].some(
      (rect) => [legendRect, ...boxes].some((box) => rectsOverlap(rect, box)),
    );
    const misses = labels.listed.length + (covers ? units.length + 1 : 0);
    // The list has room: inside the chart, clear of the archipelagos (whatever the legend covers).
    const fits =
      !listBox ||
      (inside(bounds, listBox) &&
        ![...furniture.archipelagoLabels.map((a) => a.rect), ...furniture.islandSpreads].some((rect) =>
          rectsOverlap(rect, listBox),
        ));
    return { layout, furniture, labels, list, listBox, readoutBox, misses, fits, covers };
  };
  const arrangeBest = (listed: readonly string[], tags = true) => {
    const top = arrange('top', listed, tags);
    const bottom = top.misses > 0 && top.layout.beside ? arrange('bottom', listed, tags) : undefined;
    const best = bottom && bottom.misses < top.misses ? bottom : top;
    if (!best.covers || best.layout.beside) return best;
    // Over the map of a panel of about 1:1 the legend reaches down over Hoàng Sa: beside the map instead,
    // the map a little smaller, rather than hide an archipelago.
    const beside = arrange('top', listed, tags, 'beside');
    const besideBottom = beside.misses > 0 ? arrange('bottom', listed, tags, 'beside') : undefined;
    const fallback = besideBottom && besideBottom.misses < beside.misses ? besideBottom : beside;
    return fallback.misses < best.misses ? fallback : best;
  };
  // The list of the labels that found no place takes room the others then lack: again with that list,
  // until no more are listed (at most once per label).
  let listed: readonly string[] = [];
  let chosen = arrangeBest(listed);
  for (let pass = 0; pass < units.length; pass++) {
    const now = chosen.labels.listed.map((l) => l.code);
    if (now.length === listed.length) break;
    listed = now;
    chosen = arrangeBest(listed);
  }
  // A chart too small for the list (it would run off the chart or over the archipelagos): the units that
  // found no place keep their markers only; the tooltip, the readout and the table still name them.
  if (listed.length > 0 && !chosen.fits) chosen = arrangeBest([], false);
  const { layout, furniture, labels, list, listBox, readoutBox } = chosen;
  return { sizes, fills, best, worst, legend, layout, furniture, labels, readout, readoutBox, list, listBox };
}

/** The smallest rect holding `a` and `b`. */
function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

function inside(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
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
  const { sizes, fills, best, worst, legend, layout, furniture, labels, readout, readoutBox, list, listBox } =
    prepare(input);

  const frame = geoFrame(input.mapName, layout);
  const lineWidth = Math.max(0.5, size.height / 1400);
  const hoverBorder = { borderColor: theme.color.text, borderWidth: Math.max(1.5, size.height / 450) };
  const geo: NonNullable<EChartsOption['geo']> = [
    {
      ...frame,
      id: 'provinces',
      itemStyle: { areaColor: theme.color.noData, borderColor: borderColor(theme), borderWidth: lineWidth },
      emphasis: { label: { show: false }, itemStyle: hoverBorder },
      select: { disabled: true },
      regions: fills.codes.map((code) => {
        const color = fills.fillOf(code).color;
        return {
          name: code,
          itemStyle: { areaColor: color },
          // Without this ECharts' default hover fill (gold) would replace the class colour.
          emphasis: { label: { show: false }, itemStyle: { areaColor: color, ...hoverBorder } },
        };
      }),
    },
  ];
  const highlighted =
    input.highlighted !== null && fills.fills.has(input.highlighted) ? input.highlighted : null;
  if (highlighted !== null) {
    // Two silent copies of the map drawing only the highlighted unit's outline, on top of the fills: a wide
    // stroke in the surface colour, then a narrower one in the text colour, readable on every class colour.
    const outline = Math.max(2.5, size.height / 300);
    for (const [id, color, width] of [
      ['highlight-halo', theme.color.surface, outline + 3],
      ['highlight', theme.color.text, outline],
    ] as const) {
      geo.push({
        ...frame,
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
    data: unitSeriesData(fills),
  };
  const series: (MapSeriesOption | ScatterSeriesOption)[] = [
    units,
    ...furnitureSeries(input, furniture, sizes, fills.fillOf),
    labelSeries(labels, 'best', theme),
    labelSeries(labels, 'worst', theme),
  ];

  const graphic: GraphicElement[] = [
    legendGraphic(legend, layout.legend, theme),
    creditGraphic(layout, theme),
  ];
  if (list && listBox) graphic.push(legendGraphic(list, listBox, theme, 'legend-list'));
  const leaders = leaderGraphic(labels, theme);
  if (leaders) graphic.push(leaders);
  const focused = input.export || highlighted === null ? undefined : fills.figures.get(highlighted);
  const readoutBoxGraphic = readoutBox && readoutGraphic(readout, readoutBox, focused, theme);
  if (readoutBoxGraphic) graphic.push(readoutBoxGraphic);
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
        return tooltipHtml(fills.figures.get(code), fills.fills.get(code), theme);
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
