/**
 * The lazily loaded side of `LazyChart`: builds the option from the spec (memoised on the spec object)
 * and draws it with `Chart`. Lives in the chart chunk together with ECharts and the option builders.
 */
import { useMemo, type ReactElement } from 'react';
import { buildOption } from './build-option.ts';
import type { ChartSpec } from './chart-spec.ts';
import { Chart, type ChartProps } from './chart.tsx';

export interface SpecChartProps extends Omit<ChartProps, 'option'> {
  readonly spec: ChartSpec;
}

export function SpecChart({ spec, ...props }: SpecChartProps): ReactElement {
  const option = useMemo(() => buildOption(spec), [spec]);
  return <Chart option={option} {...props} />;
}
