import { render, renderHook, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Chart } from '../chart.tsx';
import { echarts, registerSvgRenderer } from '../register-echarts.ts';
import { THEMES } from '../theme/tokens.ts';
import { buildChoroplethOption } from './build-choropleth-option.ts';
import { loadVnMap, useVnMap, vnMapName } from './use-vn-map.ts';

beforeAll(async () => {
  await registerSvgRenderer();
  echarts.setPlatformAPI({ measureText: (text: string) => ({ width: text.length * 7 }) });
});

describe('useVnMap', () => {
  it('loads, registers and measures the map of an era, once', async () => {
    const { result } = renderHook(() => useVnMap('34'));
    expect(result.current.status).toBe('loading');
    await waitFor(() => {
      expect(result.current.status).toBe('ready');
    });
    expect(result.current.mapName).toBe('vn-34');
    expect(result.current.labelPoints.size).toBe(34);
    expect(result.current.error).toBeNull();
    expect(echarts.getMap('vn-34')).toBeDefined();
    // A second consumer gets the same map at once, without a loading state.
    const again = renderHook(() => useVnMap('34'));
    expect(again.result.current.status).toBe('ready');
    expect(await loadVnMap('34')).toBe(await loadVnMap('34'));
  });

  it('registers each era under its own name', async () => {
    const map63 = await loadVnMap('63');
    expect(map63.mapName).toBe(vnMapName('63'));
    expect(map63.labelPoints.size).toBe(63);
    expect(echarts.getMap('vn-63')).toBeDefined();
  });

  it('draws the choropleth with the archipelagos, the sea label and the credit (SVG)', async () => {
    const map = await loadVnMap('34');
    const option = buildChoroplethOption({
      mapName: map.mapName,
      era: '34',
      figures: [
        { code: '01', name: 'Hà Nội', value: 92.1, state: 'value', valueText: '92,1% kế hoạch' },
        { code: '48', name: 'Đà Nẵng', value: 71.4, state: 'value', valueText: '71,4% kế hoạch' },
        { code: '56', name: 'Khánh Hòa', value: 55.2, state: 'value', valueText: '55,2% kế hoạch' },
        { code: '79', name: 'TP. Hồ Chí Minh', value: null, state: 'missing', valueText: 'Chưa có số liệu' },
      ],
      polarity: 'higher-is-better',
      decimals: 1,
      number: { locale: 'vi', decimals: 1 },
      best: ['01'],
      worst: ['56'],
      labelPoints: map.labelPoints,
      highlighted: '48',
      texts: {
        legendTitle: 'Tỷ lệ giải ngân (% kế hoạch)',
        noData: 'Chưa có số liệu',
        notComparable: 'Không so sánh được',
        sea: 'Biển Đông',
        archipelagos: {
          'hoang-sa': 'Quần đảo Hoàng Sa (Đà Nẵng)',
          'truong-sa': 'Quần đảo Trường Sa (Khánh Hòa)',
        },
        credit: 'Bản đồ: © OpenStreetMap contributors (ODbL)',
        bestLabel: 'Dẫn đầu',
        worstLabel: 'Thấp nhất',
      },
      theme: THEMES.light,
      size: { width: 600, height: 800 },
    });
    const { container } = render(
      <Chart option={option} renderer="svg" width={600} height={800} ariaLabel="Bản đồ giải ngân" />,
    );
    await waitFor(() => {
      expect(container.querySelector('svg path')).not.toBeNull();
    });
    const text = container.querySelector('svg')?.textContent ?? '';
    for (const expected of [
      'Quần đảo Hoàng Sa',
      'Quần đảo Trường Sa',
      'Biển Đông',
      'OpenStreetMap',
      'Hà Nội',
      'Chưa có số liệu',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/South China Sea/);
    expect(screen.getByRole('img', { name: 'Bản đồ giải ngân' })).toBeDefined();
  });
});
