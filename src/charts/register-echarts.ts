/**
 * The one ECharts the app uses: `echarts/core` with exactly the charts, components and renderer the app
 * draws, so the bundle carries nothing else (docs/stack.md, note 1: never import `echarts` itself, which is all of
 * ECharts). Import it only lazily (through `chart.tsx` and `use-vn-map.ts`): it is the largest chunk and the
 * KPI tiles must paint without it.
 *
 * The bar chart with its mark lines (the ranking chart, shown on demand: the board's ranking opens as a
 * table) and the title component (only exported images have titles) are chunks of their own, registered by
 * `registerBarCharts()` and `registerExportParts()`.
 *
 * Only the canvas renderer is registered: the SVG renderer would ship to every user for the benefit of
 * tests. `registerSvgRenderer()` loads it on demand (jsdom has no canvas, docs/stack.md, note 2).
 */
import * as echarts from 'echarts/core';
import { LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GeoComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

// What the board's first screen draws: the map (geo, map and scatter series, graphic legend) and the trend
// (line series, grid, legend, axis tooltip). The ranking's bars and the export frame's titles load on demand.
echarts.use([
  MapChart,
  LineChart,
  ScatterChart,
  GeoComponent,
  GridComponent,
  LegendComponent,
  GraphicComponent,
  // `aria: { enabled: true }` writes the chart's description on its container (docs/stack.md, note 12).
  AriaComponent,
  // `labelLayout` (e.g. `hideOverlap` on axis and bar labels). `echarts/core` installs it already; registered
  // explicitly so the dependency is visible. The map does not use it: see map/label-placement.ts.
  LabelLayout,
  CanvasRenderer,
]);

export { echarts };

/**
 * Register the SVG renderer, loaded as its own chunk so that it never ships with the app's ECharts chunk.
 * For tests in jsdom (no canvas) and any future SVG export; resolves once `renderer: 'svg'` works.
 */
export async function registerSvgRenderer(): Promise<void> {
  const { SVGRenderer } = await import('./svg-renderer.ts');
  echarts.use(SVGRenderer);
}

/** Register the bar chart and mark lines (the ranking chart), loaded as their own chunk. */
export async function registerBarCharts(): Promise<void> {
  const { BarChart, MarkLineComponent } = await import('./bar-charts.ts');
  echarts.use([BarChart, MarkLineComponent]);
}

let tooltip: Promise<void> | undefined;
let tooltipReady = false;

/** Whether the tooltip is registered: options set from now on get their `tooltip` drawn. */
export function tooltipRegistered(): boolean {
  return tooltipReady;
}

/**
 * Register the tooltip, loaded as its own chunk (about 20 kB gzip) the first time a reader points at or
 * focuses a chart (chart.tsx): until then an option's `tooltip` is simply not drawn, and the chart sets its
 * option again once the tooltip is there. Resolves at once after the first time.
 */
export function registerTooltip(): Promise<void> {
  tooltip ??= import('./tooltip-part.ts').then(({ TooltipComponent }) => {
    echarts.use(TooltipComponent);
    tooltipReady = true;
  });
  return tooltip;
}

/** Register what only an exported image draws: the title and subtitle of its frame. */
export async function registerExportParts(): Promise<void> {
  const { TitleComponent } = await import('./export-parts.ts');
  echarts.use(TitleComponent);
}
