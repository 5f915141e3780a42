/**
 * Stacked bar option: categories (agencies, reports) as horizontal bars in the order given, each split
 * into segments (task statuses, submission states) coloured from the theme tokens. With `mode: 'share'`
 * every bar is scaled to 100 % of its own total, for comparing agencies of very different sizes. Pure:
 * plain data + theme + size → ECharts option; the tasks board draws its statuses by agency with it, the
 * reporting board its submissions by report or agency.
 */
import type {
  BarSeriesOption,
  DefaultLabelFormatterCallbackParams,
  EChartsOption,
  TooltipComponentFormatterCallbackParams,
} from 'echarts';
import { formatNumber } from '../../domain/format.ts';
import type { NumberFormatSpec } from '../chart-spec.ts';
import { escapeHtml } from '../escape-html.ts';
import type { ThemeTokens } from '../theme/tokens.ts';
import {
  chartFontSize,
  estimateTextWidth,
  exportFrame,
  lineScale,
  MIN_FONT_PX,
  type ExportFrameText,
} from '../trend/chart-frame.ts';

/**
 * A segment's colour, named by its meaning in the theme: the data stages for what is done or on the way
 * (`official` green for done on time, `estimate` amber for late, `preliminary` blue for in progress),
 * `alarm` red for overdue or not sent (always with its name in the legend and tooltip), `neutral` and
 * `noData` greys, or a series colour by index.
 */
export type SegmentColor =
  | 'official'
  | 'preliminary'
  | 'estimate'
  | 'alarm'
  | 'good'
  | 'bad'
  | 'neutral'
  | 'noData'
  | { readonly series: number };

export interface StackedSegment {
  /** Stable id ('overdue', 'on-time'): the series id. */
  readonly id: string;
  /** Legend and tooltip name, translated: text, never HTML. */
  readonly name: string;
  readonly color: SegmentColor;
}

export interface StackedCategory {
  /** Official code of the agency (or the report's id): carried on the data items for click handlers. */
  readonly code: string;
  /** The axis label, short where it has to be ("Bộ KH&ĐT"): text, never HTML. */
  readonly name: string;
  /** One value per segment, in the segments' order; null where the figure is missing (never a zero). */
  readonly values: readonly (number | null)[];
}

export interface StackedBarInput {
  /** Drawn top to bottom in this order: sort before (e.g. by the overdue share). */
  readonly categories: readonly StackedCategory[];
  /** Stacked left to right in this order. */
  readonly segments: readonly StackedSegment[];
  /** 'count': the values as given; 'share': each bar as per cent of its own total. Default 'count'. */
  readonly mode?: 'count' | 'share';
  /** How counts are written (labels, tooltip); shares get one decimal and "%". */
  readonly number: NumberFormatSpec;
  /** Category code to emphasise (hovered in another panel), or null. */
  readonly highlighted: string | null;
  readonly texts: {
    /** "Chưa có số liệu": a category without any figure, in the tooltip. */
    readonly noData: string;
    /** "Tổng": the tooltip's line for the bar's total. */
    readonly total: string;
  };
  readonly theme: ThemeTokens;
  /** CSS px; `fontSize`: the page text size (CSS root font size). */
  readonly size: { readonly width: number; readonly height: number; readonly fontSize?: number };
  readonly export?: ExportFrameText;
}

/** A segment's data item: `code` rides along for click handlers (`params.data.code`). */
export interface StackedDatum {
  /** The drawn value: the count, or in share mode the per cent of the bar's total; null: not drawn. */
  readonly value: number | null;
  readonly code: string;
  /** The count as given, whatever the mode. */
  readonly count: number | null;
}

const MIN_ROW_PX = 18;
const DIMMED = 0.45;

/** The height a stacked chart needs for `rowCount` legible bars (plus the legend), like the ranking's. */
export function minStackedBarHeight(rowCount: number, withExport = false, textSize = 0): number {
  const rowPx = Math.max(MIN_ROW_PX, Math.round(chartFontSize(0, textSize) * 1.5));
  return rowCount * rowPx + (withExport ? 170 : 90) * Math.max(1, textSize / 16);
}

/** The theme colour of a segment. */
export function segmentColor(theme: ThemeTokens, color: SegmentColor): string {
  if (typeof color === 'object') {
    const palette = theme.color.series;
    return palette[color.series % palette.length] ?? theme.color.neutral;
  }
  switch (color) {
    case 'official':
    case 'preliminary':
    case 'estimate':
      return theme.color.status[color];
    default:
      return theme.color[color];
  }
}

/** A category's total: the sum of its present values; null when none is present. */
export function categoryTotal(category: StackedCategory): number | null {
  const present = category.values.filter((v): v is number => v !== null);
  return present.length > 0 ? present.reduce((a, b) => a + b, 0) : null;
}

/**
 * The ECharts option for a stacked bar chart.
 *
 * - One bar per category, top to bottom in input order, one stacked series per segment in input
 *   order, coloured by {@link segmentColor}; a legend names the segments (colour never stands alone).
 * - In share mode each value is divided by its category's total (×100); a category with a zero or
 *   missing total draws nothing. The tooltip always gives counts and shares.
 * - Each bar's total is written at its end (count mode); a missing value is not drawn, never as zero.
 * - The highlighted category keeps full opacity, the others dim; its label is bold.
 * - The tooltip escapes names (feed text reaches HTML there).
 */
export function buildStackedBarOption(input: StackedBarInput): EChartsOption {
  const { categories, segments, theme, size } = input;
  const share = input.mode === 'share';
  const base = chartFontSize(size.height, size.fontSize);
  const scale = lineScale(size.height);
  const pad = Math.round(base * 0.75);
  const frame = exportFrame(input.export, theme, base, pad);
  const legendHeight = Math.round(base * 2);
  const top = pad + frame.top + legendHeight;
  const bottom = pad + frame.bottom;
  const rowPx = categories.length > 0 ? (size.height - top - bottom) / categories.length : size.height;
  const fontSize = Math.min(base, Math.max(MIN_FONT_PX, Math.floor(rowPx * 0.55)));
  const textStyle = { fontFamily: theme.font.family, fontSize, color: theme.color.text };
  const highlightedIndex = categories.findIndex((c) => c.code === input.highlighted);
  const dimOthers = highlightedIndex >= 0;
  const totals = categories.map(categoryTotal);
  const totalText = (i: number): string => {
    const total = totals[i];
    return total === null || total === undefined
      ? ''
      : formatNumber(total, input.number.locale, input.number.decimals);
  };
  const gap = Math.round(fontSize * 0.5);
  const right =
    pad +
    (share
      ? 0
      : categories.reduce((max, _, i) => Math.max(max, estimateTextWidth(totalText(i), fontSize)), 0) + gap);

  const series: BarSeriesOption[] = segments.map((segment, s) => {
    const color = segmentColor(theme, segment.color);
    const last = s === segments.length - 1;
    return {
      type: 'bar',
      id: segment.id,
      name: segment.name,
      stack: 'total',
      cursor: 'pointer',
      barCategoryGap: '30%',
      itemStyle: { color },
      emphasis: { disabled: true },
      data: categories.map((category, i) => {
        const count = category.values[s] ?? null;
        const total = totals[i] ?? null;
        const value =
          count === null
            ? null
            : share
              ? total !== null && total > 0
                ? (count / total) * 100
                : null
              : count;
        const datum: StackedDatum = { value, code: category.code, count };
        return {
          ...datum,
          itemStyle: {
            color,
            opacity: dimOthers && i !== highlightedIndex ? DIMMED : 1,
            borderColor: i === highlightedIndex ? theme.color.focus : 'transparent',
            borderWidth: i === highlightedIndex ? Math.round(2 * scale) : 0,
          },
        };
      }),
      // The bar's total at the end of its last segment (count mode only: shares all end at 100 %).
      ...(last && !share
        ? {
            label: {
              show: true,
              position: 'right' as const,
              formatter: (p: DefaultLabelFormatterCallbackParams) => totalText(p.dataIndex),
              fontSize,
              fontFamily: theme.font.family,
              color: theme.color.text,
              distance: Math.round(fontSize * 0.4),
            },
          }
        : {}),
    };
  });

  return {
    animation: !input.export,
    backgroundColor: input.export ? theme.color.surface : 'transparent',
    textStyle,
    aria: { enabled: true, decal: { show: false } },
    title: frame.titles,
    legend: {
      top: pad + frame.top,
      left: pad,
      itemGap: Math.round(fontSize * 1.2),
      textStyle: { ...textStyle },
      data: segments.map((s) => s.name),
    },
    grid: {
      top,
      bottom,
      left: pad,
      right,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      renderMode: 'html',
      backgroundColor: theme.color.surface,
      borderColor: theme.color.border,
      textStyle: { ...textStyle },
      formatter: (params) => stackedTooltip(input, totals, params),
    },
    xAxis: {
      type: 'value',
      ...(share ? { max: 100 } : {}),
      axisLabel: {
        fontSize,
        color: theme.color.textMuted,
        fontFamily: theme.font.family,
        formatter: (v: number) => `${formatNumber(v, input.number.locale, 0)}${share ? '%' : ''}`,
      },
      splitLine: { lineStyle: { color: theme.color.border, width: scale } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories.map((c, i) => ({
        value: c.name,
        textStyle: { fontWeight: i === highlightedIndex ? 600 : 'normal' },
      })),
      axisTick: { show: false },
      axisLine: { show: true, lineStyle: { color: theme.color.border, width: scale } },
      axisLabel: { interval: 0, fontSize, color: theme.color.text, fontFamily: theme.font.family },
    },
    series,
  };
}

function stackedTooltip(
  input: StackedBarInput,
  totals: readonly (number | null)[],
  params: TooltipComponentFormatterCallbackParams,
): string {
  const first = Array.isArray(params) ? params[0] : params;
  const index = first?.dataIndex;
  const category = index === undefined ? undefined : input.categories[index];
  if (index === undefined || !category) return '';
  const { locale, decimals } = input.number;
  const total = totals[index] ?? null;
  const head = `<strong>${escapeHtml(category.name)}</strong>`;
  if (total === null) return `${head}<br/>${escapeHtml(input.texts.noData)}`;
  const lines = input.segments.map((segment, s) => {
    const count = category.values[s] ?? null;
    const dot = `<span style="display:inline-block;width:0.7em;height:0.7em;border-radius:50%;background:${escapeHtml(segmentColor(input.theme, segment.color))}"></span>`;
    const text =
      count === null
        ? escapeHtml(input.texts.noData)
        : `${formatNumber(count, locale, decimals)}${total > 0 ? ` (${formatNumber((count / total) * 100, locale, 1)}%)` : ''}`;
    return `${dot} ${escapeHtml(segment.name)}: ${text}`;
  });
  return [head, ...lines, `${escapeHtml(input.texts.total)}: ${formatNumber(total, locale, decimals)}`].join(
    '<br/>',
  );
}
