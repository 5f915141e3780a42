import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { EChartsOption } from 'echarts';
import { Chart, withAria } from './chart.tsx';
import { LazyChart, type ChartSpec } from './lazy-chart.tsx';
import { THEMES } from './theme/tokens.ts';
import { echarts, registerSvgRenderer, tooltipRegistered } from './register-echarts.ts';

// The component-test setup records charts instead of drawing them (test/setup/dom.ts); here the real one is the subject.
vi.unmock('./lazy-chart.tsx');

beforeAll(async () => {
  // jsdom has no canvas (docs/stack.md, note 2): SVG renderer, and text measured without a canvas context.
  await registerSvgRenderer();
  echarts.setPlatformAPI({ measureText: (text: string) => ({ width: text.length * 7 }) });
});

const OPTION: EChartsOption = {
  animation: false,
  aria: { label: { description: 'Hai cột: Hà Nội 67,3; Huế 54,1.' } },
  xAxis: { type: 'category', data: ['Hà Nội', 'Huế'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [67.3, 54.1] }],
};

describe('Chart', () => {
  it('renders an SVG chart of the given size as an image with its accessible name and description', async () => {
    const onReady = vi.fn();
    const { container } = render(
      <Chart
        option={OPTION}
        renderer="svg"
        width={400}
        height={300}
        ariaLabel="Tỷ lệ giải ngân"
        onReady={onReady}
      />,
    );
    const image = screen.getByRole('img', { name: 'Tỷ lệ giải ngân' });
    expect(image.style.width).toBe('400px');
    expect(image.style.height).toBe('300px');
    await waitFor(() => {
      expect(container.querySelector('svg')).not.toBeNull();
    });
    await waitFor(() => {
      expect(onReady).toHaveBeenCalledTimes(1);
    });
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('width')).toBe('400');
    expect(svg?.textContent).toContain('Hà Nội');
    // ECharts writes the aria description on its own container, which the image references.
    const describedBy = image.getAttribute('aria-describedby') ?? '';
    const description = document.getElementById(describedBy);
    expect(description?.getAttribute('aria-label')).toBe('Hai cột: Hà Nội 67,3; Huế 54,1.');
  });

  it('draws no tooltip until the reader points at the chart, then loads it and draws it', async () => {
    const withTooltip: EChartsOption = { ...OPTION, tooltip: { trigger: 'axis' } };
    const onReady = vi.fn();
    render(
      <Chart
        option={withTooltip}
        renderer="svg"
        width={400}
        height={300}
        ariaLabel="Có chú giải"
        onReady={onReady}
      />,
    );
    await waitFor(() => {
      expect(onReady).toHaveBeenCalledTimes(1);
    });
    const chart = onReady.mock.calls[0]![0] as ReturnType<typeof echarts.init>;
    const tooltipModel = () =>
      (chart as unknown as { getModel(): { getComponent(type: string): unknown } })
        .getModel()
        .getComponent('tooltip');
    expect(tooltipRegistered()).toBe(false);
    expect(tooltipModel()).toBeUndefined();
    fireEvent.pointerMove(screen.getByRole('img', { name: 'Có chú giải' }));
    await waitFor(
      () => {
        expect(tooltipModel()).toBeDefined();
      },
      { timeout: 15_000 },
    );
    expect(tooltipRegistered()).toBe(true);
  });

  it('forces aria on and keeps the description', () => {
    expect(withAria(OPTION).aria).toEqual({
      enabled: true,
      label: { description: 'Hai cột: Hà Nội 67,3; Huế 54,1.' },
    });
    expect(withAria({}).aria).toEqual({ enabled: true });
  });

  it('takes CSS lengths', () => {
    // jsdom has no layout, so ECharts warns that the container measures 0 × 0.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<Chart option={OPTION} renderer="svg" width="50%" height="20rem" ariaLabel="Biểu đồ" />);
    const image = screen.getByRole('img', { name: 'Biểu đồ' });
    expect(image.style.width).toBe('50%');
    expect(image.style.height).toBe('20rem');
    warn.mockRestore();
  });
});

const TREND_SPEC: ChartSpec = {
  kind: 'trend',
  input: {
    categories: ['T1/2026', 'T2/2026'],
    series: [{ id: 'nation', name: 'Cả nước', role: 'nation', values: [1, 2] }],
    axisLabel: '%',
    number: { locale: 'vi', decimals: 0 },
    highlighted: null,
    texts: {
      statusWords: { estimate: 'Ước tính', preliminary: 'Sơ bộ', official: 'Chính thức' },
      noData: '–',
    },
    theme: THEMES.light,
    size: { width: 300, height: 200 },
  },
};

describe('LazyChart', () => {
  it('shows the fallback, then the chart', async () => {
    const { container } = render(
      <LazyChart
        spec={TREND_SPEC}
        renderer="svg"
        width={300}
        height={200}
        ariaLabel="Xu hướng"
        fallback={<p>Đang tải biểu đồ</p>}
      />,
    );
    expect(screen.getByText('Đang tải biểu đồ')).toBeDefined();
    await waitFor(() => {
      expect(container.querySelector('svg')).not.toBeNull();
    });
    expect(screen.queryByText('Đang tải biểu đồ')).toBeNull();
    expect(screen.getByRole('img', { name: 'Xu hướng' })).toBeDefined();
  });
});
