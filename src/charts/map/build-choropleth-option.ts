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
 * - series `best-labels`, `worst-labels` (scatter): the best and worst three, labelled without hovering. The
 *   labels are placed by `placeUnitLabels` (with `placeLabels`, label-placement.ts) clear of each other, the
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
import { borderColor } from './palettes.ts';
import { landRects } from './land-profile.ts';
import { rectsOverlap } from './label-placement.ts';
import type { Rect } from './label-placement.ts';
import type { ChoroplethInput, LngLatPoint } from './types.ts';
import { choroplethFills, unitSeriesData } from './choropleth/classes.ts';
import { creditGraphic, furnitureSeries, FURNITURE_SERIES, placeFurniture } from './choropleth/furniture.ts';
import { plainText } from './choropleth/graphic.ts';
import type { GraphicElement } from './choropleth/graphic.ts';
import { geoFrame, mapLayout, mapTypeScale, project } from './choropleth/layout.ts';
import { legendGraphic, legendModel } from './choropleth/legend.ts';
import { ariaDescription, codeOf, tooltipHtml } from './choropleth/tooltip.ts';
import {
  labelledUnits,
  labelSeries,
  leaderGraphic,
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
 * Everything the option is drawn from: classes and fills, the legend, the layout, the furniture and the placed
 * labels. Shared by {@link buildChoroplethOption} and {@link layoutMapLabels}, so tests check exactly what is
 * drawn.
 */
function prepare(input: ChoroplethInput) {
  const { size } = input;
  const sizes = mapTypeScale(size.height, size.fontSize);
  const fills = choroplethFills(input);
  const best = labelledUnits(input, fills.figures, input.best, 'best');
  const worst = labelledUnits(input, fills.figures, input.worst, 'worst');
  const legend = legendModel(
    input,
    fills.classes,
    fills.codes.map(fills.fillOf),
    best.length > 0,
    worst.length > 0,
    sizes.label,
  );
  // The legend goes top right; when it stands beside the map and the labels do not all fit, bottom right
  // instead, which gives the labels of a crowded north the room over the Gulf of Tonkin and beyond.
  const arrange = (legendAt: 'top' | 'bottom') => {
    const layout = mapLayout(input, sizes, legend, legendAt);
    const px = (point: LngLatPoint): [number, number] => project(layout.map, point);
    const legendRect: Rect = {
      x: layout.legend.x,
      y: layout.legend.y,
      width: legend.width,
      height: legend.height,
    };
    const furniture = placeFurniture(input, layout, sizes, px, legendRect);
    const bounds = { x: 0, y: layout.top, width: size.width, height: layout.credit.y - layout.top };
    const labels = placeUnitLabels({
      units: [...best, ...worst],
      px,
      furniture: {
        legend: legendRect,
        sea: furniture.sea.rect,
        archipelagoLabels: furniture.archipelagoLabels.map((a) => a.rect),
        islands: furniture.islandMarks,
        archipelagos: furniture.islandSpreads,
      },
      bounds,
      chartFont: sizes.label,
      land: landRects(px),
    });
    // A legend that covers the archipelagos' labels or islands is no option.
    const covers = [...furniture.archipelagoLabels.map((a) => a.rect), ...furniture.islandSpreads].some(
      (rect) => rectsOverlap(rect, legendRect),
    );
    const misses =
      labels.labels.filter((l) => !l.placement.free).length + (covers ? labels.labels.length + 1 : 0);
    return { layout, furniture, labels, misses };
  };
  const top = arrange('top');
  const bottom = top.misses > 0 && top.layout.beside ? arrange('bottom') : undefined;
  const { layout, furniture, labels } = bottom && bottom.misses < top.misses ? bottom : top;
  return { sizes, fills, best, worst, legend, layout, furniture, labels };
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
  const { sizes, fills, best, worst, legend, layout, furniture, labels } = prepare(input);

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
