/**
 * Hovering is cheap: pointing at units in the ranking highlights them on the map, and nothing else is
 * rebuilt. Here the real `SpecChart` builds each option (memoised on its spec, as in the app) and a
 * stand-in `Chart` records every option it is handed, i.e. every `setOption` ECharts would get.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { EChartsOption } from 'echarts';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/setup/render-app.tsx';
import type { ChartSpec } from '../../charts/chart-spec.ts';

const drawn = vi.hoisted(() => ({
  /** Per chart (by its accessible name): the specs it was built from and the options it was handed. */
  charts: new Map<string, { specs: ChartSpec[]; options: EChartsOption[] }>(),
}));

function chartOf(label: string) {
  let chart = drawn.charts.get(label);
  if (!chart) {
    chart = { specs: [], options: [] };
    drawn.charts.set(label, chart);
  }
  return chart;
}

vi.mock('../../charts/chart.tsx', async () => {
  const { createElement, useEffect } = await import('react');
  return {
    withAria: (option: EChartsOption) => option,
    Chart: ({ option, ariaLabel }: { option: EChartsOption; ariaLabel: string }) => {
      // Once per option object: what echarts-for-react turns into a setOption call.
      useEffect(() => {
        chartOf(ariaLabel).options.push(option);
      }, [option, ariaLabel]);
      return createElement('div', { role: 'img', 'aria-label': ariaLabel });
    },
  };
});

vi.mock('../../charts/lazy-chart.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../charts/lazy-chart.tsx')>();
  const { createElement, useEffect } = await import('react');
  const { SpecChart } = await import('../../charts/spec-chart.tsx');
  const { CHART_KINDS, loadOptionBuilder } = await import('../../charts/build-option.ts');
  await Promise.all(CHART_KINDS.map(loadOptionBuilder));
  return {
    ...actual,
    LazyChart: ({ fallback: _fallback, ...props }: import('../../charts/lazy-chart.tsx').LazyChartProps) => {
      useEffect(() => {
        chartOf(props.ariaLabel).specs.push(props.spec);
      }, [props.spec, props.ariaLabel]);
      return createElement(SpecChart, props);
    },
  };
});

const TREND = 'Biểu đồ xu hướng';
const MAP = 'Bản đồ';

function counts(label: string) {
  const found = [...drawn.charts.entries()].filter(([name]) => name.includes(label));
  if (found.length !== 1) throw new Error(`${found.length} charts named "${label}"`);
  const [, chart] = found[0]!;
  return { builds: chart.specs.length, setOptions: chart.options.length, chart };
}

describe('hovering the ranking', () => {
  it('rebuilds only the map, once per change of the highlighted unit, and never the trend', async () => {
    const { queryClient } = renderApp('/?compare=79');
    const ranking = await screen.findByRole('region', { name: /^Xếp hạng/ }, { timeout: 20_000 });
    const table = await within(ranking).findByRole('table', {}, { timeout: 20_000 });
    // Settled: every request answered, both charts drawn with the compared unit.
    await waitFor(
      () => {
        expect(queryClient.isFetching()).toBe(0);
        const trend = counts(TREND).chart.specs.at(-1);
        expect(trend?.kind === 'trend' && trend.input.series.map((s) => s.name)).toContain('TP. Hồ Chí Minh');
        expect(counts(MAP).builds).toBeGreaterThan(0);
      },
      { timeout: 20_000 },
    );
    const before = { trend: counts(TREND), map: counts(MAP) };
    const trendBefore = { builds: before.trend.builds, setOptions: before.trend.setOptions };
    const mapBefore = { builds: before.map.builds, setOptions: before.map.setOptions };

    // Ten units other than the compared one, each pointed at and left.
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .filter((r) => r.getAttribute('data-code') !== '79')
      .slice(0, 10);
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      fireEvent.mouseEnter(row);
      fireEvent.mouseLeave(row);
    }

    await waitFor(
      () => {
        expect(counts(MAP).builds).toBe(mapBefore.builds + 20);
      },
      { timeout: 10_000 },
    );
    const trend = counts(TREND);
    expect(trend.builds).toBe(trendBefore.builds);
    expect(trend.setOptions).toBe(trendBefore.setOptions);
    const map = counts(MAP);
    // One setOption per build, each for a change of the highlighted unit: on, off, on, off…
    expect(map.setOptions).toBe(mapBefore.setOptions + 20);
    const highlighted = map.chart.specs
      .slice(mapBefore.builds)
      .map((s) => (s.kind === 'map' ? s.input.highlighted : 'not a map'));
    expect(highlighted).toEqual(rows.flatMap((r) => [r.getAttribute('data-code'), null]));
  }, 60_000);

  it('rebuilds the trend only to highlight a unit it draws', async () => {
    const { queryClient } = renderApp('/?compare=79');
    const ranking = await screen.findByRole('region', { name: /^Xếp hạng/ }, { timeout: 20_000 });
    const table = await within(ranking).findByRole('table', {}, { timeout: 20_000 });
    await waitFor(
      () => {
        expect(queryClient.isFetching()).toBe(0);
        const trend = counts(TREND).chart.specs.at(-1);
        expect(trend?.kind === 'trend' && trend.input.series.map((s) => s.name)).toContain('TP. Hồ Chí Minh');
      },
      { timeout: 20_000 },
    );
    const builds = counts(TREND).builds;
    const hcmc = within(table)
      .getAllByRole('row')
      .find((r) => r.getAttribute('data-code') === '79')!;
    fireEvent.mouseEnter(hcmc);
    fireEvent.mouseLeave(hcmc);
    await waitFor(
      () => {
        expect(counts(TREND).builds).toBe(builds + 2);
      },
      { timeout: 10_000 },
    );
    const specs = counts(TREND).chart.specs.slice(builds);
    expect(specs.map((s) => (s.kind === 'trend' ? s.input.highlighted : 'not a trend'))).toEqual([
      'unit:34:79',
      null,
    ]);
  }, 60_000);
});
