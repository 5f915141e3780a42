import type { DefaultLabelFormatterCallbackParams, LineSeriesOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../theme/tokens.ts';
import { buildTrendOption } from './build-trend-option.ts';
import type { TrendInput, TrendSeries } from './types.ts';

const theme = THEMES.light;
const categories = ['T7/2026', 'T8/2026', 'T9/2026', 'T10/2026'];
const nation: TrendSeries = {
  id: 'nation',
  name: 'Cả nước',
  role: 'nation',
  values: [50.1, null, 60.2, 67.3],
  statuses: ['official', 'missing', 'official', 'preliminary'],
};

function input(overrides: Partial<TrendInput> = {}): TrendInput {
  return {
    categories,
    series: [nation],
    axisLabel: '% kế hoạch',
    number: { locale: 'vi', decimals: 1 },
    highlighted: null,
    texts: {
      statusWords: { estimate: 'Ước tính', preliminary: 'Sơ bộ', official: 'Chính thức' },
      noData: 'Chưa có số liệu',
    },
    theme,
    size: { width: 800, height: 360 },
    ...overrides,
  };
}

function lines(option: ReturnType<typeof buildTrendOption>): LineSeriesOption[] {
  return option.series as LineSeriesOption[];
}

function valueOf(item: unknown): unknown {
  return item !== null && typeof item === 'object' && 'value' in item ? item.value : item;
}

type Formatter = (params: DefaultLabelFormatterCallbackParams[]) => string;

function tooltipAt(
  option: ReturnType<typeof buildTrendOption>,
  dataIndex: number,
  seriesCount: number,
): string {
  const tooltip = option.tooltip as { formatter: Formatter };
  const params = Array.from({ length: seriesCount }, (_, seriesIndex) => ({
    seriesIndex,
    dataIndex,
    marker: '',
  })) as unknown as DefaultLabelFormatterCallbackParams[];
  return tooltip.formatter(params);
}

describe('buildTrendOption', () => {
  it('draws one line per input series, keeping gaps as null with connectNulls off', () => {
    const region: TrendSeries = {
      id: 'region:DBSH',
      name: 'Đồng bằng sông Hồng',
      role: 'region',
      values: [1, 2, null, 4],
    };
    const option = buildTrendOption(input({ series: [nation, region] }));
    const series = lines(option);
    expect(series.map((s) => s.id)).toEqual(['nation', 'region:DBSH']);
    expect(series.every((s) => s.connectNulls === false)).toBe(true);
    expect(series[0]!.data!.map(valueOf)).toEqual([50.1, null, 60.2, 67.3]);
    expect(series[1]!.data!.map(valueOf)).toEqual([1, 2, null, 4]);
  });

  it('treats a value whose status is missing as a gap, not a point', () => {
    const s: TrendSeries = {
      ...nation,
      values: [1, 2, 3, 4],
      statuses: ['official', 'missing', 'official', 'official'],
    };
    expect(lines(buildTrendOption(input({ series: [s] })))[0]!.data![1]).toBeNull();
  });

  it('styles the nation bold in the first series colour and regions dashed', () => {
    const region: TrendSeries = { id: 'region:DBSH', name: 'ĐBSH', role: 'region', values: [1, 2, 3, 4] };
    const [n, r] = lines(buildTrendOption(input({ series: [nation, region] })));
    expect(n!.lineStyle).toMatchObject({
      color: theme.color.series[0],
      width: theme.line.bold,
      type: 'solid',
    });
    expect(r!.lineStyle).toMatchObject({ color: theme.color.series[1], type: 'dashed' });
  });

  it('draws estimate and preliminary points hollow', () => {
    const s: TrendSeries = {
      ...nation,
      values: [1, 2, 3, 4],
      statuses: ['official', 'estimate', 'official', 'preliminary'],
    };
    const data = lines(buildTrendOption(input({ series: [s] })))[0]!.data!;
    expect(data[1]).toMatchObject({ value: 2, symbol: 'emptyCircle' });
    expect(data[3]).toMatchObject({ value: 4, symbol: 'emptyCircle' });
    expect(data[0]).toBe(1);
  });

  it('adds the last-year and plan lines only when given', () => {
    expect(lines(buildTrendOption(input())).map((s) => s.id)).toEqual(['nation']);
    const lastYear: TrendSeries = {
      id: 'last-year',
      name: 'Cùng kỳ 2025',
      role: 'last-year',
      values: [40, 45, 50, 55],
    };
    const plan: TrendSeries = { id: 'plan', name: 'Kế hoạch', role: 'plan', values: [100, 100, 100, 100] };
    const series = lines(buildTrendOption(input({ series: [nation, lastYear, plan] })));
    expect(series.map((s) => s.id)).toEqual(['nation', 'last-year', 'plan']);
    // Drawn to be seen: as wide as a region's line, dash-dotted apart from its dashes.
    expect(series[1]!.lineStyle).toMatchObject({ width: theme.line.regular, color: theme.color.neutral });
    expect(Array.isArray(series[1]!.lineStyle?.type)).toBe(true);
    expect(series[1]!.lineStyle?.type).not.toBe('dotted');
    expect(series[2]!.lineStyle).toMatchObject({ color: theme.color.good });
    expect(series[2]!.step).toBe('middle');
    expect(series[2]!.endLabel).toMatchObject({ show: true });
    const endLabel = series[2]!.endLabel as { formatter: () => string };
    expect(endLabel.formatter()).toBe('Kế hoạch');
  });

  it('lists every series in the legend', () => {
    const unit: TrendSeries = { id: 'unit:34:31', name: 'Hải Phòng', role: 'unit', values: [1, 2, 3, 4] };
    const legend = buildTrendOption(input({ series: [nation, unit] })).legend as { data: string[] };
    expect(legend.data).toEqual(['Cả nước', 'Hải Phòng']);
  });

  it('escapes feed names, labels and values in the tooltip and shows the status word', () => {
    const unit: TrendSeries = {
      id: 'unit:34:99',
      name: '<script>alert(1)</script>',
      role: 'unit',
      values: [1, 2, 3, 4],
      statuses: ['official', 'official', 'official', 'estimate'],
    };
    const option = buildTrendOption(
      input({ series: [nation, unit], categories: ['a', 'b', 'c', '<img src=x>'] }),
    );
    const html = tooltipAt(option, 3, 2);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Cả nước');
    expect(html).toContain('67,3');
    expect(html).toContain('Sơ bộ');
    expect(html).toContain('Ước tính');
  });

  it('says "no data" in the tooltip for a gap instead of a number', () => {
    const html = tooltipAt(buildTrendOption(input()), 1, 1);
    expect(html).toContain('Chưa có số liệu');
    expect(html).not.toContain('Chính thức');
  });

  it('names the y axis with the unit and formats its labels', () => {
    const yAxis = buildTrendOption(input()).yAxis as {
      name: string;
      axisLabel: { formatter: (v: number) => string };
    };
    expect(yAxis.name).toBe('% kế hoạch');
    expect(yAxis.axisLabel.formatter(1234.5)).toBe('1.234,5');
  });

  it("writes axis and tooltip numbers in the spec's locale with the indicator's decimals", () => {
    const option = buildTrendOption(input({ number: { locale: 'en', decimals: 2 } }));
    const yAxis = option.yAxis as { axisLabel: { formatter: (v: number) => string } };
    expect(yAxis.axisLabel.formatter(1234.5)).toBe('1,234.50');
    expect(tooltipAt(option, 3, 1)).toContain('67.30');
  });

  it('thins 60 monthly labels to a regular step that always labels the latest period', () => {
    const months = Array.from({ length: 60 }, (_, i) => `T${(i % 12) + 1}/${2022 + Math.floor(i / 12)}`);
    const option = buildTrendOption(
      input({
        categories: months,
        series: [{ ...nation, values: months.map(() => 1), statuses: undefined }],
      }),
    );
    const interval = (option.xAxis as { axisLabel: { interval: (i: number) => boolean } }).axisLabel.interval;
    const shown = months.filter((_, i) => interval(i));
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThanOrEqual(12);
    expect(shown.at(-1)).toBe('T12/2026');
    // Official points carry no dot at 60 periods.
    expect(lines(option)[0]!.symbol).toBe('none');
  });

  it('gives a point isolated between gaps a dot even when official points have none', () => {
    const months = Array.from({ length: 30 }, (_, i) => `T${i}`);
    const values = months.map((_, i) => (i === 10 ? 5 : i === 9 || i === 11 ? null : 1));
    const option = buildTrendOption(
      input({ categories: months, series: [{ ...nation, values, statuses: undefined }] }),
    );
    const data = lines(option)[0]!.data!;
    expect(data[10]).toMatchObject({ value: 5, symbol: 'circle' });
    expect(data[5]).toBe(1);
  });

  it('keeps text at 12 px or more and scales it with the height', () => {
    const small = buildTrendOption(input({ size: { width: 400, height: 200 } }));
    const wall = buildTrendOption(input({ size: { width: 3000, height: 1000 } }));
    const size = (o: typeof small): number => (o.textStyle as { fontSize: number }).fontSize;
    expect(size(small)).toBe(12);
    expect(size(wall)).toBeGreaterThan(24);
  });

  it('enables aria and dims other lines while one is highlighted', () => {
    const unit: TrendSeries = { id: 'unit:34:31', name: 'Hải Phòng', role: 'unit', values: [1, 2, 3, 4] };
    const option = buildTrendOption(input({ series: [nation, unit], highlighted: 'unit:34:31' }));
    expect(option.aria).toMatchObject({ enabled: true });
    const [n, u] = lines(option);
    expect(n!.lineStyle!.opacity).toBeLessThan(1);
    expect(u!.lineStyle!.opacity).toBe(1);
    expect(u!.lineStyle!.width).toBeGreaterThan(theme.line.regular);
  });

  it('draws title, subtitle and footer only for export, without animation', () => {
    expect(buildTrendOption(input()).title).toEqual([]);
    const option = buildTrendOption(
      input({
        export: {
          title: 'Giải ngân vốn đầu tư công',
          subtitle: '% kế hoạch · Tháng 10/2026',
          footer: 'Nguồn: Bộ Tài chính',
        },
      }),
    );
    const titles = option.title as { text: string; subtext?: string }[];
    expect(titles.map((t) => t.text)).toEqual(['Giải ngân vốn đầu tư công', 'Nguồn: Bộ Tài chính']);
    expect(titles[0]!.subtext).toBe('% kế hoạch · Tháng 10/2026');
    expect(option.animation).toBe(false);
    expect(option.backgroundColor).toBe(theme.color.surface);
  });

  it('shows the no-data message when no series has a value', () => {
    const empty = buildTrendOption(
      input({ series: [{ ...nation, values: [null, null, null, null], statuses: undefined }] }),
    );
    expect(JSON.stringify(empty.graphic)).toContain('Chưa có số liệu');
    expect(buildTrendOption(input()).graphic).toBeUndefined();
  });
});

describe('text size on a wall screen', () => {
  it('follows the page text size, so a 4K wall reads the axes like the tiles', () => {
    const axisFont = (option: ReturnType<typeof buildTrendOption>) =>
      (option.yAxis as { axisLabel: { fontSize: number } }).axisLabel.fontSize;
    expect(axisFont(buildTrendOption(input({ size: { width: 900, height: 400 } })))).toBe(13);
    expect(axisFont(buildTrendOption(input({ size: { width: 1800, height: 450, fontSize: 30 } })))).toBe(24);
  });
});

describe('buildTrendOption: the period on the board, the hollow points, reduced motion', () => {
  it('marks the current period with a vertical line on its category, labelled with it', () => {
    const [n] = lines(buildTrendOption(input({ current: 2 })));
    const mark = n!.markLine as { data: { xAxis: number }[]; label: { formatter: string }; silent: boolean };
    expect(mark.data).toEqual([{ xAxis: 2 }]);
    expect(mark.label.formatter).toBe('T9/2026');
    expect(mark.silent).toBe(true);
    expect(lines(buildTrendOption(input()))[0]!.markLine).toBeUndefined();
    expect(lines(buildTrendOption(input({ current: 9 })))[0]!.markLine).toBeUndefined();
  });

  it('keys the hollow points when a drawn point is an estimate or preliminary, and only then', () => {
    const texts = { ...input().texts, provisional: 'Ước tính, sơ bộ' };
    const keyed = buildTrendOption(input({ texts }));
    const graphic = keyed.graphic as {
      id?: string;
      children?: { type: string; style: { text?: string } }[];
    }[];
    const key = graphic.find((g) => g.id === 'provisional-key');
    expect(key?.children?.map((c) => c.type)).toEqual(['circle', 'text']);
    expect(key?.children?.[1]?.style.text).toBe('Ước tính, sơ bộ');
    // The legend leaves it room on the right.
    expect((keyed.legend as { right: number }).right).toBeGreaterThan(
      (buildTrendOption(input()).legend as { right: number }).right,
    );
    const official: TrendSeries = { ...nation, statuses: ['official', 'missing', 'official', 'official'] };
    expect(buildTrendOption(input({ texts, series: [official] })).graphic).toBeUndefined();
  });

  it('animates on screen, and not for export nor when the reader asked for less motion', () => {
    expect(buildTrendOption(input()).animation).toBe(true);
    expect(buildTrendOption(input({ reducedMotion: true })).animation).toBe(false);
    expect(
      buildTrendOption(input({ export: { title: 'Xu hướng', subtitle: '2022–2026', footer: 'Nguồn' } }))
        .animation,
    ).toBe(false);
  });
});
