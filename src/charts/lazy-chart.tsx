/**
 * A chart behind `React.lazy`: ECharts and the option builders (the largest chunk) are requested once the
 * frame that mounts the chart has been shown (`afterNextPaint`), so the KPI tiles paint first and the chunk
 * does not compete with what they need. Each kind of chart loads its own builder (build-option.ts), so a
 * screen without a ranking chart does not download the bar chart. Panels pass a {@link ChartSpec}; use this
 * everywhere and import `chart.tsx` directly only in its own tests.
 */
import { lazy, Suspense } from 'react';
import type { ComponentType, ReactElement, ReactNode } from 'react';
import type { ChartSpec } from './chart-spec.ts';
import { afterNextPaint } from './after-next-paint.ts';
import type { SpecChartProps } from './spec-chart.tsx';

export type { ChartSpec } from './chart-spec.ts';

type ChartKind = ChartSpec['kind'];

function lazySpecChart(kind: ChartKind) {
  return lazy(async () => {
    await afterNextPaint();
    const [module, { loadOptionBuilder }] = await Promise.all([
      import('./spec-chart.tsx'),
      import('./build-option.ts'),
    ]);
    await loadOptionBuilder(kind);
    return { default: module.SpecChart };
  });
}

const SPEC_CHARTS: Readonly<Record<ChartKind, ComponentType<SpecChartProps>>> = {
  map: lazySpecChart('map'),
  trend: lazySpecChart('trend'),
  ranking: lazySpecChart('ranking'),
  stacked: lazySpecChart('stacked'),
};

export interface LazyChartProps extends SpecChartProps {
  /**
   * Shown until ECharts has loaded: a skeleton in the shape of the chart (docs/design.md: no spinners on the wall).
   * Defaults to an empty box of the chart's size, so the layout does not jump.
   */
  readonly fallback?: ReactNode;
}

export function LazyChart({ fallback, ...props }: LazyChartProps): ReactElement {
  const placeholder = fallback ?? (
    <div
      role="img"
      aria-label={props.ariaLabel}
      aria-busy="true"
      className={props.className}
      style={{
        width: typeof props.width === 'number' ? `${props.width}px` : (props.width ?? '100%'),
        height: typeof props.height === 'number' ? `${props.height}px` : props.height,
      }}
    />
  );
  const SpecChart = SPEC_CHARTS[props.spec.kind];
  return (
    <Suspense fallback={placeholder}>
      <SpecChart {...props} />
    </Suspense>
  );
}

/**
 * Renders a spec off screen (with its `export` frame) and resolves with a PNG data URL; loads ECharts
 * and the builders on demand. Map specs need their map registered first (the on-screen map did it).
 */
export async function renderSpecToPng(
  spec: ChartSpec,
  size: { readonly width: number; readonly height: number },
): Promise<string> {
  const [{ buildOption, loadOptionBuilder }, { renderOptionToPng }] = await Promise.all([
    import('./build-option.ts'),
    import('./export-png.ts'),
  ]);
  await loadOptionBuilder(spec.kind);
  return renderOptionToPng(buildOption(spec), size);
}
