/**
 * `Chart` behind `React.lazy`: ECharts (the largest chunk) is requested once the frame that mounts the chart
 * has been shown (`afterNextPaint`), so the KPI tiles paint first and the chunk does not compete with what
 * they need. Use this everywhere; import `chart.tsx` directly only in its own tests.
 */
import { lazy, Suspense } from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { ChartProps } from './chart.tsx';
import { afterNextPaint } from './after-next-paint.ts';

export type { ChartProps };

const Chart = lazy(async () => {
  await afterNextPaint();
  const module = await import('./chart.tsx');
  return { default: module.Chart };
});

export interface LazyChartProps extends ChartProps {
  /**
   * Shown until ECharts has loaded: a skeleton in the shape of the chart (UX.md: no spinners on the wall).
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
  return (
    <Suspense fallback={placeholder}>
      <Chart {...props} />
    </Suspense>
  );
}
