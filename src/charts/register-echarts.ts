/**
 * The one ECharts the app uses: `echarts/core` with exactly the charts, components and renderer the app
 * draws, so the bundle carries nothing else (docs/stack.md, note 1: never import `echarts` itself, which is all of
 * ECharts). Import it only lazily (through `chart.tsx` and `use-vn-map.ts`): it is the largest chunk and the
 * KPI tiles must paint without it.
 *
 * Only the canvas renderer is registered: the SVG renderer would ship to every user for the benefit of
 * tests. `registerSvgRenderer()` loads it on demand (jsdom has no canvas, docs/stack.md, note 2).
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GeoComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  MapChart,
  LineChart,
  BarChart,
  ScatterChart,
  GeoComponent,
  TooltipComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
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
