import type { BarSeriesOption, DefaultLabelFormatterCallbackParams } from 'echarts';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../theme/tokens.ts';
import {
  buildRankingBarOption,
  minRankingBarHeight,
  toneAgainst,
  type RankingBarDatum,
  type RankingBarInput,
  type RankingBarRow,
} from './build-ranking-bar-option.ts';

const theme = THEMES.light;
const rows: RankingBarRow[] = [
  { code: '31', name: 'Hải Phòng', value: 92.1, rank: 1, valueText: '92,1 %' },
  { code: '22', name: 'Quảng Ninh', value: 67.3, rank: 2, valueText: '67,3 %' },
  { code: '66', name: 'Đắk Lắk', value: 40.5, rank: 3, valueText: '40,5 %' },
];

function input(overrides: Partial<RankingBarInput> = {}): RankingBarInput {
  return {
    rows,
    reference: { value: 67.3, label: 'Cả nước 67,3 %' },
    polarity: 'higher-is-better',
    highlighted: null,
    theme,
    size: { width: 600, height: 400 },
    ...overrides,
  };
}

type Item = RankingBarDatum & { itemStyle: { color: string; opacity: number; borderWidth: number } };

function items(overrides: Partial<RankingBarInput> = {}): Item[] {
  const series = buildRankingBarOption(input(overrides)).series as BarSeriesOption[];
  return series[0]!.data as Item[];
}

describe('buildRankingBarOption', () => {
  it('puts the best at the top with "rank. name" labels', () => {
    const option = buildRankingBarOption(input());
    const yAxis = option.yAxis as { inverse: boolean; data: { value: string }[] };
    expect(yAxis.inverse).toBe(true);
    expect(yAxis.data.map((d) => d.value)).toEqual(['1. Hải Phòng', '2. Quảng Ninh', '3. Đắk Lắk']);
    expect(items().map((d) => d.value)).toEqual([92.1, 67.3, 40.5]);
  });

  it('carries unit codes on the data items for click navigation', () => {
    expect(items().map((d) => d.code)).toEqual(['31', '22', '66']);
  });

  it('labels each bar with its formatted value', () => {
    const series = (buildRankingBarOption(input()).series as BarSeriesOption[])[0]!;
    const formatter = (series.label as { formatter: (p: { dataIndex: number }) => string }).formatter;
    expect(rows.map((_, dataIndex) => formatter({ dataIndex }))).toEqual(['92,1 %', '67,3 %', '40,5 %']);
  });

  it('colours higher-is-better values above the reference good, below bad, equal neutral', () => {
    expect(items().map((d) => d.itemStyle.color)).toEqual([
      theme.color.good,
      theme.color.neutral,
      theme.color.bad,
    ]);
  });

  it('colours lower-is-better values below the reference as good', () => {
    const cpi = items({ polarity: 'lower-is-better', reference: { value: 50, label: 'Cả nước 50' } });
    expect(cpi.map((d) => d.tone)).toEqual(['bad', 'bad', 'good']);
  });

  it('uses one neutral colour without a reference or for a neutral indicator', () => {
    const series = buildRankingBarOption({ ...input(), reference: undefined }).series as BarSeriesOption[];
    expect((series[0]!.data as Item[]).every((d) => d.itemStyle.color === theme.color.neutral)).toBe(true);
    expect(series[0]!.markLine).toBeUndefined();
    expect(items({ polarity: 'neutral' }).every((d) => d.tone === 'neutral')).toBe(true);
  });

  it('draws the reference as a labelled dashed line', () => {
    const series = (buildRankingBarOption(input()).series as BarSeriesOption[])[0]!;
    const markLine = series.markLine as {
      data: { xAxis: number; lineStyle: { type: string }; label: { formatter: () => string } }[];
    };
    expect(markLine.data).toHaveLength(1);
    expect(markLine.data[0]!.xAxis).toBe(67.3);
    expect(markLine.data[0]!.lineStyle.type).toBe('dashed');
    expect(markLine.data[0]!.label.formatter()).toBe('Cả nước 67,3 %');
  });

  it('makes room for negative values: labels left of the bar, names off the zero line', () => {
    const growth: RankingBarRow[] = [
      { code: '01', name: 'Hà Nội', value: 8.2, rank: 1, valueText: '8,2 %' },
      { code: '66', name: 'Đắk Lắk', value: -3.1, rank: 2, valueText: '-3,1 %' },
    ];
    const option = buildRankingBarOption(
      input({ rows: growth, reference: { value: 6, label: 'Cả nước 6 %' } }),
    );
    const data = (option.series as BarSeriesOption[])[0]!.data as (Item & { label: { position: string } })[];
    expect(data.map((d) => d.label.position)).toEqual(['right', 'left']);
    const yAxis = option.yAxis as { axisLine: { onZero: boolean } };
    expect(yAxis.axisLine.onZero).toBe(false);
    const xAxis = option.xAxis as { min: (e: { min: number; max: number }) => number };
    expect(xAxis.min({ min: -3.1, max: 8.2 })).toBeLessThan(-3.1);
    const markLine = (option.series as BarSeriesOption[])[0]!.markLine as { data: { xAxis: number }[] };
    expect(markLine.data.map((d) => d.xAxis)).toEqual([6, 0]);
  });

  it('emphasises the highlighted code and dims the rest', () => {
    const data = items({ highlighted: '22' });
    expect(data.map((d) => d.itemStyle.opacity)).toEqual([0.45, 1, 0.45]);
    expect(data[1]!.itemStyle.borderWidth).toBeGreaterThan(0);
    expect(items({ highlighted: '99' }).every((d) => d.itemStyle.opacity === 1)).toBe(true);
  });

  it('escapes names and values in the tooltip', () => {
    const evil: RankingBarRow = {
      code: '01',
      name: '<img src=x onerror=alert(1)>',
      value: 1,
      rank: 1,
      valueText: '<b>1</b>',
    };
    const option = buildRankingBarOption(input({ rows: [evil] }));
    const formatter = (option.tooltip as { formatter: (p: DefaultLabelFormatterCallbackParams) => string })
      .formatter;
    const html = formatter({ dataIndex: 0 } as DefaultLabelFormatterCallbackParams);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>1</b>');
    expect(html).toContain('1. &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Cả nước 67,3 %');
  });

  it('enables aria and keeps the reference on the value axis', () => {
    const option = buildRankingBarOption(input({ reference: { value: 120, label: 'Cả nước 120 %' } }));
    expect(option.aria).toMatchObject({ enabled: true });
    const xAxis = option.xAxis as { max: (e: { max: number }) => number };
    expect(xAxis.max({ max: 100 })).toBe(120);
  });

  it('keeps row text at 12 px or more', () => {
    const many = Array.from({ length: 63 }, (_, i) => ({ ...rows[0]!, code: String(i), rank: i + 1 }));
    const option = buildRankingBarOption(input({ rows: many, size: { width: 600, height: 300 } }));
    expect((option.yAxis as { axisLabel: { fontSize: number } }).axisLabel.fontSize).toBe(12);
    expect(minRankingBarHeight(63)).toBeGreaterThanOrEqual(63 * 16);
  });
});

describe('buildRankingBarOption: motion', () => {
  it('animates on screen, and not for export nor when the reader asked for less motion', () => {
    expect(buildRankingBarOption(input()).animation).toBe(true);
    expect(buildRankingBarOption(input({ reducedMotion: true })).animation).toBe(false);
  });
});

describe('toneAgainst', () => {
  it('reads better and worse by polarity', () => {
    expect(toneAgainst(3, 2, 'higher-is-better')).toBe('good');
    expect(toneAgainst(3, 2, 'lower-is-better')).toBe('bad');
    expect(toneAgainst(1, 2, 'lower-is-better')).toBe('good');
    expect(toneAgainst(2, 2, 'higher-is-better')).toBe('neutral');
    expect(toneAgainst(3, undefined, 'higher-is-better')).toBe('neutral');
    expect(toneAgainst(3, 2, 'neutral')).toBe('neutral');
  });
});
