/**
 * Stand-in for LazyChart in component tests: renders the accessible image and records the option the
 * real chart would draw (built from the panel's spec by the real builders), so a test can check series,
 * colours and labels without a canvas.
 */
import type { EChartsOption } from 'echarts';
import type { ReactElement } from 'react';
import { buildOption, CHART_KINDS, loadOptionBuilder } from '../../src/charts/build-option.ts';
import type { LazyChartProps } from '../../src/charts/lazy-chart.tsx';

// The app loads each kind's builder on first use; the stand-in renders synchronously, so all are loaded here.
await Promise.all(CHART_KINDS.map(loadOptionBuilder));

const recorded = new Map<string, { option: EChartsOption; props: LazyChartProps }>();

export function LazyChart(props: LazyChartProps): ReactElement {
  recorded.set(props.ariaLabel, { option: buildOption(props.spec), props });
  return <div role="img" aria-label={props.ariaLabel} data-testid="chart" />;
}

/** The last option drawn by the chart whose accessible name contains `label`. */
export function recordedChart(label: string): { option: EChartsOption; props: LazyChartProps } {
  const found = [...recorded.entries()].reverse().find(([name]) => name.includes(label));
  if (!found)
    throw new Error(
      `No chart drawn with a label containing "${label}"; drawn: ${[...recorded.keys()].join(' | ')}`,
    );
  return found[1];
}

export function clearRecordedCharts(): void {
  recorded.clear();
}
