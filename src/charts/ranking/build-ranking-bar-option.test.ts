import type { BarSeriesOption, DefaultLabelFormatterCallbackParams, TitleComponentOption } from 'echarts';
import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
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

echarts.use([
  BarChart,
  GridComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

const theme = THEMES.light;
const rows: RankingBarRow[] = [
  { code: '31', name: 'Hải Phòng', value: 92.1, rank: 1, valueText: '92,1 %' },
  { code: '22', name: 'Quảng Ninh', value: 67.3, rank: 2, valueText: '67,3 %' },
  { code: '66', name: 'Đắk Lắk', value: 40.5, rank: 3, valueText: '40,5 %' },
];

function input(overrides: Partial<RankingBarInput> = {}): RankingBarInput {
  return {
    rows,
    reference: { value: 67.3, label: 'Cả nước', valueText: '67,3%' },
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
    const cpi = items({
      polarity: 'lower-is-better',
      reference: { value: 50, label: 'Cả nước', valueText: '50' },
    });
    expect(cpi.map((d) => d.tone)).toEqual(['bad', 'bad', 'good']);
  });

  it('uses one neutral colour without a reference or for a neutral indicator', () => {
    const series = buildRankingBarOption({ ...input(), reference: undefined }).series as BarSeriesOption[];
    expect((series[0]!.data as Item[]).every((d) => d.itemStyle.color === theme.color.neutral)).toBe(true);
    expect(series[0]!.markLine).toBeUndefined();
    expect(items({ polarity: 'neutral' }).every((d) => d.tone === 'neutral')).toBe(true);
  });

  it('draws the reference as a dashed line labelled with the national value', () => {
    const series = (buildRankingBarOption(input()).series as BarSeriesOption[])[0]!;
    const markLine = series.markLine as {
      data: { xAxis: number; lineStyle: { type: string }; label: { formatter: () => string } }[];
    };
    expect(markLine.data).toHaveLength(1);
    expect(markLine.data[0]!.xAxis).toBe(67.3);
    expect(markLine.data[0]!.lineStyle.type).toBe('dashed');
    expect(markLine.data[0]!.label.formatter()).toBe('Cả nước: 67,3%');
  });

  it('makes room for negative values: labels left of the bar, names off the zero line', () => {
    const growth: RankingBarRow[] = [
      { code: '01', name: 'Hà Nội', value: 8.2, rank: 1, valueText: '8,2 %' },
      { code: '66', name: 'Đắk Lắk', value: -3.1, rank: 2, valueText: '-3,1 %' },
    ];
    const option = buildRankingBarOption(
      input({ rows: growth, reference: { value: 6, label: 'Cả nước', valueText: '6%' } }),
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
    expect(html).toContain('Cả nước: 67,3%');
  });

  it('enables aria and keeps the reference on the value axis', () => {
    const option = buildRankingBarOption(
      input({ reference: { value: 120, label: 'Cả nước', valueText: '120%' } }),
    );
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

/** The option drawn (SVG, server side): where the national line and each value label actually are. */
function drawn(option: ReturnType<typeof buildRankingBarOption>, size: { width: number; height: number }) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(option);
    // Rendering lays the labels out (alignment of labels left of their bar included).
    const svg = chart.renderToSVGString();
    const markLine = ((option.series as BarSeriesOption[])[0]!.markLine as { data: { xAxis: number }[] })
      .data;
    const line = chart.convertToPixel({ xAxisIndex: 0 }, markLine[0]!.xAxis);
    // ECharts keeps each bar's label as the text content of the bar's element.
    interface Text {
      getBoundingRect(): { clone(): Rect };
      getComputedTransform(): unknown;
    }
    interface Rect {
      x: number;
      width: number;
      applyTransform(m: unknown): void;
    }
    const data = (
      chart as unknown as {
        getModel(): {
          getSeriesByIndex(i: number): {
            getData(): { count(): number; getItemGraphicEl(i: number): { getTextContent(): Text } };
          };
        };
      }
    )
      .getModel()
      .getSeriesByIndex(0)
      .getData();
    const labels = Array.from({ length: data.count() }, (_, i) => {
      const text = data.getItemGraphicEl(i).getTextContent();
      const rect = text.getBoundingRect().clone();
      rect.applyTransform(text.getComputedTransform());
      return { left: rect.x, right: rect.x + rect.width };
    });
    return { line, labels, svg };
  } finally {
    chart.dispose();
  }
}

describe('buildRankingBarOption: the national line, its value and the units left out', () => {
  const size = { width: 600, height: 400 };
  const values: RankingBarRow[] = [
    { code: '31', name: 'Hải Phòng', value: 92.1, rank: 1, valueText: '92,1%' },
    { code: '22', name: 'Quảng Ninh', value: 66.2, rank: 2, valueText: '66,2%' },
    { code: '01', name: 'Hà Nội', value: 64.9, rank: 3, valueText: '64,9%' },
    { code: '66', name: 'Đắk Lắk', value: 40.5, rank: 4, valueText: '40,5%' },
    { code: '12', name: 'Điện Biên', value: 12.3, rank: 5, valueText: '12,3%' },
  ];

  it('moves a value label that the national line would run through past the line', () => {
    const { line, labels } = drawn(buildRankingBarOption(input({ rows: values, size })), size);
    // Quảng Ninh and Hà Nội end just short of the national 67,3: their labels start after the line.
    expect(labels[1]!.left).toBeGreaterThan(line + 1);
    expect(labels[2]!.left).toBeGreaterThan(line + 1);
    // Labels clear of the line stay at their bar's end (Đắk Lắk ends far before the line).
    expect(labels[3]!.right).toBeLessThan(line);
  });

  it('keeps every value label off the national line wherever the line falls, inside the chart', () => {
    for (let national = 5; national <= 95; national += 2.5) {
      const option = buildRankingBarOption(
        input({
          rows: values,
          size,
          reference: { value: national, label: 'Cả nước', valueText: `${national}%` },
        }),
      );
      const { line, labels } = drawn(option, size);
      for (const [i, label] of labels.entries()) {
        const crossed = label.left - 1 <= line && line <= label.right + 1;
        expect(crossed, `${values[i]!.name} at national ${national}`).toBe(false);
        expect(label.right, `${values[i]!.name} at national ${national}`).toBeLessThanOrEqual(size.width);
      }
    }
  });

  it('keeps negative values’ labels off the line too', () => {
    const growth: RankingBarRow[] = [
      { code: '01', name: 'Hà Nội', value: 8.2, rank: 1, valueText: '8,2%' },
      { code: '66', name: 'Đắk Lắk', value: -2.9, rank: 2, valueText: '−2,9%' },
      { code: '12', name: 'Lai Châu', value: -3.4, rank: 3, valueText: '−3,4%' },
    ];
    for (const national of [-3.5, -3, -2, 0.5, 6, 8]) {
      const option = buildRankingBarOption(
        input({
          rows: growth,
          size,
          reference: { value: national, label: 'Cả nước', valueText: `${national}%` },
        }),
      );
      const { line, labels } = drawn(option, size);
      for (const [i, label] of labels.entries()) {
        expect(label.left - 1 <= line && line <= label.right + 1, `${growth[i]!.name} at ${national}`).toBe(
          false,
        );
      }
    }
  });

  it('prints the national value at the top of its line', () => {
    const { svg } = drawn(buildRankingBarOption(input({ rows: values, size })), size);
    expect(svg).toContain('>Cả nước: 67,3%</text>');
  });

  it('notes the units left out under the bars, in the export too', () => {
    const leftOut = [{ label: 'Chưa có số liệu', names: ['Lai Châu'] }];
    const option = buildRankingBarOption(input({ rows: values, size, leftOut }));
    const note = (option.title as TitleComponentOption[]).find((t) => t.id === 'left-out');
    expect(note?.text).toBe('Chưa có số liệu: Lai Châu');
    const without = buildRankingBarOption(input({ rows: values, size }));
    expect((without.title as TitleComponentOption[]).some((t) => t.id === 'left-out')).toBe(false);
    // The grid leaves the note its room below the bars.
    expect((option.grid as { bottom: number }).bottom).toBeGreaterThan(
      (without.grid as { bottom: number }).bottom,
    );
    const exported = buildRankingBarOption(
      input({
        rows: values,
        size: { width: 900, height: 500 },
        leftOut,
        export: { title: 'T', subtitle: 'S', footer: 'F' },
      }),
    );
    expect(drawn(exported, { width: 900, height: 500 }).svg).toContain('>Chưa có số liệu: Lai Châu</text>');
  });

  it('wraps a long note between names and gives it room in the minimum height', () => {
    const names = Array.from({ length: 30 }, (_, i) => `Tỉnh thứ ${i + 1}`);
    const leftOut = [
      { label: 'Không so sánh được', names },
      { label: 'Chưa có số liệu', names: ['Lai Châu'] },
    ];
    const option = buildRankingBarOption(input({ rows: values, size, leftOut }));
    const lines = String(
      (option.title as TitleComponentOption[]).find((t) => t.id === 'left-out')?.text,
    ).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]).toMatch(/^Không so sánh được: Tỉnh thứ 1, Tỉnh thứ 2,/);
    expect(lines.at(-1)).toBe('Chưa có số liệu: Lai Châu');
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(names.join(', '));
    expect(minRankingBarHeight(5, false, 0, leftOut, 600)).toBeGreaterThan(minRankingBarHeight(5) + 40);
    expect(minRankingBarHeight(34, true, 0, leftOut)).toBeGreaterThan(minRankingBarHeight(34, true));
  });

  it('sets an exported image’s type by a panel’s height, not by how many rows make it tall', () => {
    const many = Array.from({ length: 63 }, (_, i) => ({ ...values[0]!, code: String(i), rank: i + 1 }));
    const height = minRankingBarHeight(63, true);
    const option = buildRankingBarOption(
      input({ rows: many, size: { width: 900, height }, export: { title: 'T', subtitle: 'S', footer: 'F' } }),
    );
    const title = (option.title as TitleComponentOption[])[0]!;
    expect((title.textStyle as { fontSize: number }).fontSize).toBeLessThanOrEqual(26);
    expect((option.yAxis as { axisLabel: { fontSize: number } }).axisLabel.fontSize).toBeGreaterThanOrEqual(
      12,
    );
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
