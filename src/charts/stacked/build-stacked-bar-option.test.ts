import type { BarSeriesOption, DefaultLabelFormatterCallbackParams } from 'echarts';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../theme/tokens.ts';
import {
  buildStackedBarOption,
  categoryTotal,
  minStackedBarHeight,
  segmentColor,
  type StackedBarInput,
  type StackedDatum,
} from './build-stacked-bar-option.ts';

const theme = THEMES.light;

/** Tasks by status for three ministries, already sorted by the overdue share (worst first). */
const input = (overrides: Partial<StackedBarInput> = {}): StackedBarInput => ({
  categories: [
    { code: 'XD', name: 'Bộ XD', values: [50, 10, 20, 20] },
    { code: 'TC', name: 'Bộ TC', values: [600, 90, 185, 25] },
    { code: 'YT', name: 'Bộ YT', values: [250, 20, 30, null] },
  ],
  segments: [
    { id: 'done-on-time', name: 'Hoàn thành đúng hạn', color: 'official' },
    { id: 'done-late', name: 'Hoàn thành quá hạn', color: 'estimate' },
    { id: 'in-progress', name: 'Đang thực hiện trong hạn', color: 'preliminary' },
    { id: 'overdue', name: 'Quá hạn', color: 'alarm' },
  ],
  number: { locale: 'vi', decimals: 0 },
  highlighted: null,
  texts: { noData: 'Chưa có số liệu', total: 'Tổng' },
  theme,
  size: { width: 800, height: 400 },
  ...overrides,
});

type Item = StackedDatum & { itemStyle: { color: string; opacity: number; borderWidth: number } };

type Series = Omit<BarSeriesOption, 'data'> & { data: Item[] };

function seriesOf(overrides: Partial<StackedBarInput> = {}): Series[] {
  return buildStackedBarOption(input(overrides)).series as Series[];
}

describe('buildStackedBarOption', () => {
  it('draws the categories top to bottom in the order given, one stacked series per segment', () => {
    const option = buildStackedBarOption(input());
    const yAxis = option.yAxis as { inverse: boolean; data: { value: string }[] };
    expect(yAxis.inverse).toBe(true);
    expect(yAxis.data.map((d) => d.value)).toEqual(['Bộ XD', 'Bộ TC', 'Bộ YT']);
    const series = seriesOf();
    expect(series.map((s) => [s.id, s.stack])).toEqual([
      ['done-on-time', 'total'],
      ['done-late', 'total'],
      ['in-progress', 'total'],
      ['overdue', 'total'],
    ]);
    expect(series[3]!.data.map((d) => d.value)).toEqual([20, 25, null]);
  });

  it('colours each segment from the theme tokens and names them in the legend', () => {
    const series = seriesOf();
    expect(series.map((s) => s.data[0]!.itemStyle.color)).toEqual([
      theme.color.status.official,
      theme.color.status.estimate,
      theme.color.status.preliminary,
      theme.color.alarm,
    ]);
    const dark = seriesOf({ theme: THEMES.dark });
    expect(dark[3]!.data[0]!.itemStyle.color).toBe(THEMES.dark.color.alarm);
    const legend = buildStackedBarOption(input()).legend as { data: string[] };
    expect(legend.data).toEqual([
      'Hoàn thành đúng hạn',
      'Hoàn thành quá hạn',
      'Đang thực hiện trong hạn',
      'Quá hạn',
    ]);
    expect(segmentColor(theme, { series: 2 })).toBe(theme.color.series[2]);
  });

  it('never draws a missing figure as zero, and totals only what is there', () => {
    const yt = seriesOf()[3]!.data[2]!;
    expect(yt).toMatchObject({ value: null, count: null, code: 'YT' });
    expect(categoryTotal({ code: 'YT', name: 'Bộ YT', values: [250, 20, 30, null] })).toBe(300);
    expect(categoryTotal({ code: 'X', name: 'X', values: [null, null] })).toBeNull();
  });

  it("writes each bar's total at its end, in the locale's digits", () => {
    const last = seriesOf()[3]!;
    const formatter = (
      last.label as { formatter: (p: Pick<DefaultLabelFormatterCallbackParams, 'dataIndex'>) => string }
    ).formatter;
    expect([0, 1, 2].map((dataIndex) => formatter({ dataIndex }))).toEqual(['100', '900', '300']);
    expect(seriesOf()[0]!.label).toBeUndefined();
  });

  it('scales every bar to 100% of its own total in share mode, keeping the counts on the items', () => {
    const option = buildStackedBarOption(input({ mode: 'share' }));
    expect((option.xAxis as { max: number }).max).toBe(100);
    const series = option.series as Series[];
    // Bộ XD: 20 overdue of 100; Bộ TC: 25 of 900.
    expect(series[3]!.data[0]).toMatchObject({ value: 20, count: 20 });
    expect(series[3]!.data[1]!.value).toBeCloseTo(2.78, 2);
    expect(series[3]!.label).toBeUndefined();
  });

  it('carries the agency code on every item, for a click to open its page', () => {
    expect(seriesOf()[0]!.data.map((d) => d.code)).toEqual(['XD', 'TC', 'YT']);
  });

  it('dims the other bars while one is highlighted and outlines it', () => {
    const items = seriesOf({ highlighted: 'TC' })[0]!.data;
    expect(items.map((d) => d.itemStyle.opacity)).toEqual([0.45, 1, 0.45]);
    expect(items[1]!.itemStyle.borderWidth).toBeGreaterThan(0);
  });

  it('lists counts and shares in the tooltip, escaping names', () => {
    const option = buildStackedBarOption(
      input({ categories: [{ code: 'XD', name: 'Bộ <XD>', values: [50, 10, 20, 20] }] }),
    );
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('Bộ &lt;XD&gt;');
    expect(html).toContain('Quá hạn: 20 (20,0%)');
    expect(html).toContain('Tổng: 100');
    const missing = buildStackedBarOption(
      input({ categories: [{ code: 'Q', name: 'Q', values: [null, null, null, null] }] }),
    );
    expect(
      (missing.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 0 }]),
    ).toContain('Chưa có số liệu');
  });

  it('frames an export with its title and source', () => {
    const option = buildStackedBarOption(
      input({
        export: { title: 'Nhiệm vụ theo tình trạng', subtitle: 'Tháng 10/2026', footer: 'Nguồn: VPCP' },
      }),
    );
    expect(option.animation).toBe(false);
    const titles = option.title as { text: string }[];
    expect(titles.map((t) => t.text)).toContain('Nhiệm vụ theo tình trạng');
  });

  it('asks for more height per row on a larger page text', () => {
    expect(minStackedBarHeight(17, false, 32)).toBeGreaterThan(minStackedBarHeight(17));
    expect(minStackedBarHeight(34)).toBeGreaterThan(34 * 17);
  });
});
