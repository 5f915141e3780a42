import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EChartsOption } from 'echarts';

// The bench's opt-in hook in chart.tsx is read once when the module loads: each case loads it afresh.
async function loadChart(flag: boolean) {
  vi.resetModules();
  (window as { __dieuHanhChartMarks?: boolean }).__dieuHanhChartMarks = flag;
  const { echarts, registerSvgRenderer } = await import('./register-echarts.ts');
  await registerSvgRenderer();
  echarts.setPlatformAPI({ measureText: (text: string) => ({ width: text.length * 7 }) });
  return (await import('./chart.tsx')).Chart;
}

const option = (value: number): EChartsOption => ({
  animation: false,
  xAxis: { type: 'category', data: ['Hà Nội', 'Huế'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [value, 54.1] }],
});

const marks = (name: string) =>
  performance
    .getEntriesByName(name)
    .map((m) => (m as PerformanceMark).detail as { id: string; label: string });

/** Draws a chart, waits for it, then redraws it with another figure, as a switch of indicator does. */
async function drawAndRedraw(flag: boolean): Promise<() => void> {
  const Chart = await loadChart(flag);
  const onReady = vi.fn();
  const chart = (value: number) => (
    <Chart
      option={option(value)}
      renderer="svg"
      width={400}
      height={300}
      ariaLabel="Tỷ lệ giải ngân"
      onReady={onReady}
    />
  );
  const view = render(chart(67.3));
  await waitFor(
    () => {
      expect(onReady).toHaveBeenCalledTimes(1);
    },
    { timeout: 10_000 },
  );
  view.rerender(chart(70.1));
  return () => {
    // The panel's own onReady runs with the hook on or off.
    expect(onReady).toHaveBeenCalledTimes(1);
  };
}

afterEach(() => {
  cleanup();
  performance.clearMarks();
  delete (window as { __dieuHanhChartMarks?: boolean }).__dieuHanhChartMarks;
});

describe('the chart hook of npm run bench', () => {
  it('with window.__dieuHanhChartMarks, marks the redraw rendered and finished, named after the chart', async () => {
    const check = await drawAndRedraw(true);
    await waitFor(
      () => {
        expect(marks('echarts:finished')).toEqual([
          { id: expect.stringMatching(/^ec_/) as string, label: 'Tỷ lệ giải ngân' },
        ]);
      },
      { timeout: 10_000 },
    );
    expect(marks('echarts:rendered').map((m) => m.label)).toContain('Tỷ lệ giải ngân');
    check();
  }, 30_000);

  it('without it, marks nothing', async () => {
    const check = await drawAndRedraw(false);
    // Give ECharts the frames in which it would have finished.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(performance.getEntriesByType('mark')).toEqual([]);
    check();
  }, 30_000);
});
