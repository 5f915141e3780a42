/**
 * Trend chart option: the nation, regions and compared units over time, with the same period last
 * year and the plan as references. Pure: view model + theme + size → ECharts option.
 */
import type {
  DefaultLabelFormatterCallbackParams,
  EChartsOption,
  GraphicComponentOption,
  LineSeriesOption,
  TooltipComponentFormatterCallbackParams,
} from 'echarts';
import { formatNumber } from '../../domain/format.ts';
import type { ObservationStatus } from '../../domain/observation.ts';
import { escapeHtml } from '../escape-html.ts';
import type { ThemeTokens } from '../theme/tokens.ts';
import { chartFontSize, estimateTextWidth, exportFrame, lineScale, MIN_FONT_PX } from './chart-frame.ts';
import type { TrendInput, TrendSeries } from './types.ts';

/** Beyond this many periods official points carry no dot: 60 dots per line hide the line itself. */
const DOT_LIMIT = 24;
/** Label steps in periods: 1, a quarter, half a year, a year… so labels fall on a regular rhythm. */
const LABEL_STEPS = [1, 2, 3, 4, 6, 12, 24, 36, 60, 120] as const;
/** Opacity of the other lines while one is highlighted. */
const DIMMED = 0.3;

type PointItem =
  number | null | { value: number; symbol: string; symbolSize: number; status: ObservationStatus };

/**
 * The ECharts option for a trend chart.
 *
 * - One line per input series, in input order (series index i is `input.series[i]`, which the tooltip
 *   and click handlers rely on). Roles: the nation is a bold line in `series[0]`; regions are dashed
 *   and units solid, in the series colours after the first; the same period last year is a dash-dotted
 *   grey reference; the plan is a step line in the theme's `good` colour, labelled with its name at the
 *   end. The last-year and plan lines exist only when the caller passes them (last year only on a single
 *   year's axis, where it does not repeat the nation a year later).
 * - Null values and points with status `missing` are gaps (`connectNulls: false`), never zeros.
 * - Estimate and preliminary points are hollow circles; with more than 24 periods official points carry
 *   no dot, but a point isolated between gaps always gets one, or it would not be visible at all. A key
 *   ("○ Ước tính, sơ bộ", `texts.provisional`) at the right of the legend row says so when one is drawn.
 * - `current` marks the board's period with a dashed vertical line, labelled at its top.
 * - No animation for export or with `reducedMotion`.
 * - x labels are thinned to a step of 1, 2, 3, 4, 6, 12… periods that fits the width, counted back from
 *   the latest period so the most recent one is always labelled.
 * - The tooltip (axis trigger) lists every shown series with its value (written as `input.number`
 *   says, like the y axis labels) and status word, escaped: series names come from the feed.
 * - Text is at least 12 px and grows with the height; with `export`, the title, subtitle and footer
 *   are drawn in the chart, animation is off and the background is the theme surface.
 */
export function buildTrendOption(input: TrendInput): EChartsOption {
  const { theme, size, categories } = input;
  const fontSize = chartFontSize(size.height, size.fontSize);
  const scale = lineScale(size.height);
  const pad = Math.round(fontSize * 0.75);
  const frame = exportFrame(input.export, theme, fontSize, pad);
  const colors = assignColors(input.series, theme);
  const highlighted = input.series.some((s) => s.id === input.highlighted) ? input.highlighted : null;
  const plan = input.series.find((s) => s.role === 'plan');

  const legendTop = pad + frame.top;
  const legendHeight = Math.round(fontSize * 1.6);
  // Room above the plot for the y axis name, which sits over the top of the axis.
  const gridTop = legendTop + legendHeight + Math.round(fontSize * 1.8);
  const gridRight = pad + (plan ? estimateTextWidth(plan.name, fontSize) + pad : fontSize);
  const gridBottom = pad + frame.bottom;
  const plotWidth = Math.max(0, size.width - gridRight - pad - fontSize * 5);
  const step = labelStep(categories, plotWidth, fontSize);
  const lastIndex = categories.length - 1;
  const labelled = (index: number): boolean => (lastIndex - index) % step === 0;

  const textStyle = { fontFamily: theme.font.family, fontSize, color: theme.color.text };
  const hasData = input.series.some((s) => s.values.some((v, i) => isPoint(v, s.statuses?.[i])));
  // The key of the hollow points, at the right end of the legend row, when a drawn point is one.
  const provisional = input.texts.provisional;
  const hasProvisional =
    provisional !== undefined &&
    input.series.some((s) =>
      s.values.some((v, i) => {
        const status = s.statuses?.[i];
        return isPoint(v, status) && (status === 'estimate' || status === 'preliminary');
      }),
    );
  const keyWidth = hasProvisional ? estimateTextWidth(provisional, fontSize) + fontSize * 2 : 0;

  const option: EChartsOption = {
    animation: !input.export && !input.reducedMotion,
    backgroundColor: input.export ? theme.color.surface : 'transparent',
    textStyle,
    aria: { enabled: true, decal: { show: false } },
    title: frame.titles,
    legend: {
      type: 'scroll',
      top: legendTop,
      left: pad,
      right: pad + keyWidth,
      data: input.series.map((s) => s.name),
      itemWidth: Math.round(fontSize * 2),
      itemHeight: Math.round(fontSize * 0.8),
      itemGap: fontSize,
      textStyle: { ...textStyle },
      pageTextStyle: { color: theme.color.textMuted, fontSize },
      pageIconColor: theme.color.text,
      pageIconInactiveColor: theme.color.border,
    },
    grid: {
      top: gridTop,
      right: gridRight,
      bottom: gridBottom,
      left: pad,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      renderMode: 'html',
      backgroundColor: theme.color.surface,
      borderColor: theme.color.border,
      textStyle: { ...textStyle },
      axisPointer: { type: 'line', lineStyle: { color: theme.color.textMuted, width: scale } },
      formatter: (params) => trendTooltip(input, params),
    },
    xAxis: {
      type: 'category',
      data: [...categories],
      boundaryGap: false,
      axisLine: { lineStyle: { color: theme.color.border, width: scale } },
      axisTick: { alignWithLabel: true, interval: (index: number) => labelled(index) },
      axisLabel: {
        fontSize,
        color: theme.color.textMuted,
        interval: (index: number) => labelled(index),
        hideOverlap: true,
      },
    },
    yAxis: {
      type: 'value',
      name: input.axisLabel,
      nameLocation: 'end',
      nameGap: Math.round(fontSize * 0.8),
      nameTextStyle: { fontSize, color: theme.color.textMuted, align: 'left' },
      axisLabel: {
        fontSize,
        color: theme.color.textMuted,
        formatter: (value: number) => formatValue(input, value),
      },
      splitLine: { lineStyle: { color: theme.color.border, width: scale } },
    },
    series: input.series.map((s, i) =>
      lineSeries(s, colors[i] ?? theme.color.text, {
        theme,
        scale,
        fontSize,
        dense: categories.length > DOT_LIMIT,
        highlighted,
      }),
    ),
  };
  const series = option.series as LineSeriesOption[];
  const current = input.current;
  const first = series[0];
  if (first && current !== undefined && current >= 0 && current < categories.length) {
    first.markLine = currentMark(current, categories[current] ?? '', theme, scale, fontSize);
  }
  const graphic: GraphicComponentOption[] = [];
  if (!hasData) graphic.push(...noDataGraphic(input.texts.noData, theme, fontSize));
  if (hasProvisional) {
    graphic.push(provisionalKey(provisional, theme, fontSize, legendTop + legendHeight / 2, pad, scale));
  }
  if (graphic.length) option.graphic = graphic;
  return option;
}

/**
 * The mark of the board's period: a dashed vertical line in the muted text colour across the plot, with the
 * period written at its top, under everything else (the period player moves it as it plays).
 */
function currentMark(
  index: number,
  category: string,
  theme: ThemeTokens,
  scale: number,
  fontSize: number,
): NonNullable<LineSeriesOption['markLine']> {
  return {
    silent: true,
    symbol: ['none', 'none'],
    animation: false,
    lineStyle: { color: theme.color.textMuted, type: 'dashed', width: scale },
    label: {
      show: true,
      position: 'end',
      formatter: category,
      color: theme.color.textMuted,
      fontFamily: theme.font.family,
      fontSize: Math.max(MIN_FONT_PX, Math.round(fontSize * 0.85)),
    },
    emphasis: { disabled: true },
    data: [{ xAxis: index }],
  };
}

/**
 * The key of the hollow points ("○ Ước tính, sơ bộ") at the right end of the legend row: a hollow circle as the
 * lines draw them, and the words. Plain graphic shapes, not a legend entry: there is no series to switch off.
 */
function provisionalKey(
  text: string,
  theme: ThemeTokens,
  fontSize: number,
  y: number,
  pad: number,
  scale: number,
): GraphicComponentOption {
  const r = Math.round(fontSize * 0.35);
  return {
    type: 'group',
    id: 'provisional-key',
    right: pad,
    top: y - fontSize / 2,
    silent: true,
    children: [
      {
        type: 'circle',
        shape: { cx: r, cy: fontSize / 2, r },
        style: { fill: theme.color.surface, stroke: theme.color.text, lineWidth: Math.max(1.5, scale * 1.5) },
      },
      {
        type: 'text',
        x: 2 * r + Math.round(fontSize * 0.4),
        y: fontSize / 2,
        style: {
          text,
          fill: theme.color.text,
          fontSize,
          fontFamily: theme.font.family,
          verticalAlign: 'middle',
        },
      },
    ],
  };
}

interface SeriesContext {
  readonly theme: ThemeTokens;
  readonly scale: number;
  readonly fontSize: number;
  readonly dense: boolean;
  readonly highlighted: string | null;
}

function lineSeries(s: TrendSeries, color: string, ctx: SeriesContext): LineSeriesOption {
  const { theme, scale, fontSize } = ctx;
  const base = baseStyle(s, theme);
  const isHighlighted = ctx.highlighted === s.id;
  const opacity = ctx.highlighted === null || isHighlighted ? 1 : DIMMED;
  const width = (base.width + (isHighlighted ? 2 : 0)) * scale;
  const symbolSize = Math.round((s.role === 'nation' ? 8 : 6) * scale);
  const series: LineSeriesOption = {
    type: 'line',
    id: s.id,
    name: s.name,
    data: points(s, ctx.dense, symbolSize + 2),
    connectNulls: false,
    symbol: ctx.dense || s.role === 'plan' || s.role === 'last-year' ? 'none' : 'circle',
    symbolSize,
    showSymbol: true,
    showAllSymbol: true,
    color,
    z: isHighlighted ? 10 : s.role === 'nation' ? 5 : 3,
    lineStyle: {
      color,
      width,
      // A dash pattern scales with the line, or a wall screen's dashes would read as a solid line.
      type: Array.isArray(base.type) ? base.type.map((d) => d * scale) : base.type,
      opacity,
    },
    itemStyle: { color, opacity },
    emphasis: { focus: 'series', lineStyle: { width: width + scale } },
  };
  if (s.role === 'plan') {
    // The middle step keeps each period's plan value flat across its own category.
    series.step = 'middle';
    series.endLabel = {
      show: true,
      formatter: () => s.name,
      color,
      fontSize,
      fontFamily: theme.font.family,
      distance: Math.round(fontSize * 0.4),
    };
  }
  return series;
}

function baseStyle(
  s: TrendSeries,
  theme: ThemeTokens,
): { width: number; type: 'solid' | 'dashed' | 'dotted' | number[] } {
  switch (s.role) {
    case 'nation':
      return { width: theme.line.bold, type: 'solid' };
    case 'region':
      return { width: theme.line.regular, type: 'dashed' };
    case 'unit':
      return { width: theme.line.regular, type: 'solid' };
    // Shown only on a single year's axis (where it does not repeat the nation a year later), as a line that
    // reads: as wide as a region's, dash-dotted apart from its dashes.
    case 'last-year':
      return { width: theme.line.regular, type: [8, 3, 2, 3] };
    case 'plan':
      return { width: theme.line.regular, type: 'solid' };
  }
}

/**
 * A colour per series: the nation `series[0]`; the plan `good`; last year `neutral`; regions and units
 * the series colours after the first in order of appearance, skipping the plan colour while a plan
 * line is shown (in the light theme `series[2]` is the same blue as `good`).
 */
function assignColors(series: readonly TrendSeries[], theme: ThemeTokens): string[] {
  const c = theme.color;
  const hasPlan = series.some((s) => s.role === 'plan');
  const palette = c.series.slice(1).filter((color) => !(hasPlan && color === c.good));
  let next = 0;
  return series.map((s) => {
    switch (s.role) {
      case 'nation':
        return c.series[0] ?? c.text;
      case 'plan':
        return c.good;
      case 'last-year':
        return c.neutral;
      case 'region':
      case 'unit':
        return palette[next++ % Math.max(1, palette.length)] ?? c.text;
    }
  });
}

function isPoint(value: number | null | undefined, status: ObservationStatus | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value) && status !== 'missing';
}

function points(s: TrendSeries, dense: boolean, hollowSize: number): PointItem[] {
  const present = s.values.map((v, i) => isPoint(v, s.statuses?.[i]));
  return s.values.map((v, i) => {
    if (!isPoint(v, s.statuses?.[i])) return null;
    const status = s.statuses?.[i];
    if (status === 'estimate' || status === 'preliminary') {
      return { value: v, symbol: 'emptyCircle', symbolSize: hollowSize, status };
    }
    const isolated = present[i - 1] !== true && present[i + 1] !== true;
    if (isolated && (dense || s.role === 'plan' || s.role === 'last-year')) {
      return { value: v, symbol: 'circle', symbolSize: hollowSize, status: status ?? 'official' };
    }
    return v;
  });
}

/**
 * The largest number of periods between labels that is needed: the smallest step in
 * {@link LABEL_STEPS} whose labels fit `plotWidth`, judged by the longest label.
 */
function labelStep(categories: readonly string[], plotWidth: number, fontSize: number): number {
  const longest = categories.reduce((max, c) => Math.max(max, c.length), 1);
  const slot = estimateTextWidth('x'.repeat(longest), fontSize) + fontSize;
  const fits = Math.max(1, Math.floor(plotWidth / slot));
  const step = LABEL_STEPS.find((s) => Math.ceil(categories.length / s) <= fits);
  return step ?? Math.ceil(categories.length / fits);
}

function trendTooltip(input: TrendInput, params: TooltipComponentFormatterCallbackParams): string {
  const list: DefaultLabelFormatterCallbackParams[] = Array.isArray(params) ? params : [params];
  const first = list[0];
  if (!first) return '';
  const category = input.categories[first.dataIndex] ?? '';
  const muted = escapeHtml(input.theme.color.textMuted);
  const rows = list.map((p) => {
    const s = p.seriesIndex === undefined ? undefined : input.series[p.seriesIndex];
    if (!s) return '';
    const value = s.values[p.dataIndex];
    const status = s.statuses?.[p.dataIndex];
    const shown = isPoint(value, status) ? formatValue(input, value) : input.texts.noData;
    const word =
      isPoint(value, status) && status && status !== 'missing' ? input.texts.statusWords[status] : '';
    // `marker` is ECharts' own coloured dot built from our theme colour, not feed text.
    const marker = typeof p.marker === 'string' ? p.marker : '';
    return (
      `<div style="display:flex;gap:1em;justify-content:space-between">` +
      `<span>${marker}${escapeHtml(s.name)}</span>` +
      `<span><b>${escapeHtml(shown)}</b>` +
      (word ? ` <span style="color:${muted}">${escapeHtml(word)}</span>` : '') +
      `</span></div>`
    );
  });
  return `<div style="font-weight:600;margin-bottom:0.25em">${escapeHtml(category)}</div>${rows.join('')}`;
}

/** A number as the axis and the tooltip write it: the input's locale and decimals. */
function formatValue(input: TrendInput, value: number): string {
  return formatNumber(value, input.number.locale, input.number.decimals);
}

function noDataGraphic(text: string, theme: ThemeTokens, fontSize: number): GraphicComponentOption[] {
  return [
    {
      type: 'text',
      left: 'center',
      top: 'middle',
      silent: true,
      style: { text, fill: theme.color.textMuted, fontSize, fontFamily: theme.font.family },
    },
  ];
}
