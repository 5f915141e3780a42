/**
 * Ranking bar chart option: every ranked unit as a horizontal bar, best at the top, read against the
 * national value. Pure: view model + theme + size → ECharts option.
 */
import type {
  BarSeriesOption,
  DefaultLabelFormatterCallbackParams,
  EChartsOption,
  MarkLineComponentOption,
  TooltipComponentFormatterCallbackParams,
} from 'echarts';
import type { Polarity } from '../../domain/indicators.ts';
import type { Tone } from '../../domain/observation.ts';
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

import { EXPORT_TYPE_HEIGHT, noteFontSize, noteLayout } from './bar-height.ts';

export { minRankingBarHeight, noteLayout } from './bar-height.ts';

export interface RankingBarRow {
  /** Official unit code ("01", "79"): carried on the data item so a click can open the unit. */
  readonly code: string;
  /** Display name with diacritics: text, never HTML. */
  readonly name: string;
  readonly value: number;
  /** Competition rank (ties share a rank): "1. Hải Phòng". */
  readonly rank: number;
  /** The value as printed beside the bar, e.g. "92,1 %". */
  readonly valueText: string;
}

/** Units the chart leaves out, for one reason: "Chưa có số liệu" and ["Lai Châu"]. */
export interface RankingLeftOut {
  /** The reason in words, as the table writes it. */
  readonly label: string;
  /** Display names, plain text, in ranking-table order. */
  readonly names: readonly string[];
}

export interface RankingBarInput {
  /** Already sorted best first; only ranked units (missing values are listed by the table, not here). */
  readonly rows: readonly RankingBarRow[];
  /**
   * The national value, drawn as a dashed line and labelled "label: valueText" at its top ("Cả nước:
   * 67,3% kế hoạch"), so the image says what the line is worth.
   */
  readonly reference?: { readonly value: number; readonly label: string; readonly valueText: string };
  /** Units without a bar, by reason, noted under the chart ("Chưa có số liệu: Lai Châu"). */
  readonly leftOut?: readonly RankingLeftOut[];
  readonly polarity: Polarity;
  /** Unit code to emphasise (hovered in another panel), or null. */
  readonly highlighted: string | null;
  readonly theme: ThemeTokens;
  /** CSS px; `fontSize`: the page text size (CSS root font size), below which labels do not shrink much. */
  readonly size: { readonly width: number; readonly height: number; readonly fontSize?: number };
  readonly export?: ExportFrameText;
  /** The reader asked for less motion (`prefers-reduced-motion`): no animation. */
  readonly reducedMotion?: boolean;
}

/** A bar's data item: `code` rides along for click handlers (`params.data.code`). */
export interface RankingBarDatum {
  readonly value: number;
  readonly code: string;
  readonly name: string;
  readonly tone: Tone;
}

const DIMMED = 0.45;

/**
 * The ECharts option for a ranking bar chart.
 *
 * - Horizontal bars in input order, the first (best) at the top; category labels "rank. name"; each
 *   bar's `valueText` at its end (left of the bar for negative values).
 * - With a reference and a polarity that is not neutral, a bar is `good` when it is better than the
 *   reference (above it for higher-is-better, below it for lower-is-better), `bad` when worse and
 *   `neutral` when equal; otherwise all bars are `neutral`. Colour never stands alone: the dashed
 *   reference line and the labelled values say the same thing.
 * - The highlighted code keeps full opacity with an outline and a bold label; the rest dim.
 * - Data items carry `code`, `name` and `tone`; every category label is shown (interval 0), so give
 *   the container {@link minRankingBarHeight}.
 * - The tooltip escapes names and values (feed text reaches HTML there).
 */
export function buildRankingBarOption(input: RankingBarInput): EChartsOption {
  const { rows, reference, theme, size } = input;
  const exporting = input.export !== undefined;
  const typeHeight = exporting ? Math.min(size.height, EXPORT_TYPE_HEIGHT) : size.height;
  const base = chartFontSize(typeHeight, size.fontSize);
  const scale = lineScale(typeHeight);
  const pad = Math.round(base * 0.75);
  const frame = exportFrame(input.export, theme, base, pad);
  const noteFont = noteFontSize(exporting, size.fontSize);
  const note = noteLayout(input.leftOut ?? [], size.width - 2 * pad, noteFont);
  const top = pad + frame.top + (reference ? Math.round(base * 1.8) : 0);
  const bottom = pad + frame.bottom + note.height;
  const rowPx = rows.length > 0 ? (size.height - top - bottom) / rows.length : size.height;
  const fontSize = Math.min(base, Math.max(MIN_FONT_PX, Math.floor(rowPx * 0.6)));
  const highlightedIndex = rows.findIndex((r) => r.code === input.highlighted);
  const dimOthers = highlightedIndex >= 0;
  const textStyle = { fontFamily: theme.font.family, fontSize, color: theme.color.text };

  const gap = Math.round(fontSize * 0.5);
  const labelSpace = (pick: (r: RankingBarRow) => boolean): number =>
    rows.filter(pick).reduce((max, r) => Math.max(max, estimateTextWidth(r.valueText, fontSize)), 0);
  const right = pad + labelSpace((r) => r.value >= 0) + gap;
  const negativeSpace = labelSpace((r) => r.value < 0);
  const hasNegative = negativeSpace > 0;
  const categoryWidth = rows.reduce((max, r) => Math.max(max, estimateTextWidth(rankLabel(r), fontSize)), 0);
  const plotWidth = Math.max(1, size.width - 2 * pad - right - categoryWidth - gap);
  // Share of the value axis kept free left of the lowest negative bar, so its value label lands
  // between the category labels and the bar instead of on top of the names.
  const leftRoom = hasNegative ? Math.min(0.5, (negativeSpace + gap) / plotWidth) : 0;
  const low = (extent: { min: number }): number => Math.min(extent.min, reference?.value ?? 0, 0);
  const high = (extent: { max: number }): number => Math.max(extent.max, reference?.value ?? 0, 0);
  const distance = Math.round(fontSize * 0.4);
  const offsets = referenceClearance(rows, reference?.value, {
    low: low({ min: Math.min(...rows.map((r) => r.value)) }),
    high: high({ max: Math.max(...rows.map((r) => r.value)) }),
    leftRoom,
    plotWidth,
    fontSize,
    distance,
    gap,
  });

  const data: NonNullable<BarSeriesOption['data']> = rows.map((row, i) => {
    const tone = toneAgainst(row.value, reference?.value, input.polarity);
    const isHighlighted = i === highlightedIndex;
    const datum: RankingBarDatum = { value: row.value, code: row.code, name: row.name, tone };
    return {
      ...datum,
      itemStyle: {
        color: theme.color[tone],
        opacity: dimOthers && !isHighlighted ? DIMMED : 1,
        borderColor: isHighlighted ? theme.color.focus : 'transparent',
        borderWidth: isHighlighted ? Math.round(2 * scale) : 0,
      },
      label: {
        position: row.value < 0 ? 'left' : 'right',
        // Moved past the national line when it would run through the value.
        offset: [offsets[i] ?? 0, 0],
        fontWeight: isHighlighted ? 600 : 'normal',
        // Labels stay fully opaque while the bar dims: every value must stay readable.
        opacity: 1,
      },
    };
  });

  const series: BarSeriesOption = {
    type: 'bar',
    id: 'ranking',
    data,
    barCategoryGap: '30%',
    cursor: 'pointer',
    label: {
      show: true,
      formatter: (p: DefaultLabelFormatterCallbackParams) => rows[p.dataIndex]?.valueText ?? '',
      fontSize,
      fontFamily: theme.font.family,
      color: theme.color.text,
      distance,
    },
    emphasis: { disabled: true },
  };
  const lines = markLines(reference, hasNegative, theme, fontSize, scale);
  if (lines) series.markLine = lines;

  return {
    animation: !input.export && !input.reducedMotion,
    backgroundColor: input.export ? theme.color.surface : 'transparent',
    textStyle,
    aria: { enabled: true, decal: { show: false } },
    title: [
      ...frame.titles,
      ...(note.lines.length > 0
        ? [
            {
              id: 'left-out',
              text: note.lines.join('\n'),
              left: pad,
              bottom: pad + frame.bottom,
              textStyle: {
                fontFamily: theme.font.family,
                fontSize: noteFont,
                lineHeight: note.lineHeight,
                fontWeight: 'normal' as const,
                color: theme.color.textMuted,
              },
            },
          ]
        : []),
    ],
    grid: {
      top,
      bottom,
      left: pad,
      right,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      renderMode: 'html',
      backgroundColor: theme.color.surface,
      borderColor: theme.color.border,
      textStyle: { ...textStyle },
      formatter: (params) => rankingTooltip(input, params),
    },
    xAxis: {
      type: 'value',
      // Mark lines do not widen the axis: keep zero and the national value on the plot.
      min: (extent: { min: number; max: number }) => {
        const lo = low(extent);
        return lo - ((high(extent) - lo) * leftRoom) / (1 - leftRoom);
      },
      max: high,
      axisLabel: { show: false },
      axisTick: { show: false },
      axisLine: { show: false },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row, i) => ({
        value: rankLabel(row),
        textStyle: { fontWeight: i === highlightedIndex ? 600 : 'normal' },
      })),
      axisTick: { show: false },
      axisLine: { show: true, onZero: !hasNegative, lineStyle: { color: theme.color.border, width: scale } },
      axisLabel: { interval: 0, fontSize, color: theme.color.text, fontFamily: theme.font.family },
    },
    series: [series],
  };
}

/**
 * The national value as a dashed, labelled line and, when some bars are negative, a zero line (the
 * category axis then moves to the left edge, out of the way of the bars).
 */
function markLines(
  reference: RankingBarInput['reference'],
  hasNegative: boolean,
  theme: ThemeTokens,
  fontSize: number,
  scale: number,
): MarkLineComponentOption | undefined {
  const data: NonNullable<MarkLineComponentOption['data']> = [];
  if (reference) {
    data.push({
      xAxis: reference.value,
      lineStyle: { color: theme.color.text, type: 'dashed', width: theme.line.regular * scale },
      label: { show: true, formatter: () => referenceText(reference) },
    });
  }
  if (hasNegative) {
    data.push({
      xAxis: 0,
      lineStyle: { color: theme.color.border, type: 'solid', width: scale },
      label: { show: false },
    });
  }
  if (data.length === 0) return undefined;
  return {
    silent: true,
    symbol: ['none', 'none'],
    label: { position: 'start', fontSize, fontFamily: theme.font.family, color: theme.color.text },
    data,
  };
}

/** "Cả nước: 67,3% kế hoạch": what the dashed line is and what it is worth. */
export function referenceText(reference: NonNullable<RankingBarInput['reference']>): string {
  return `${reference.label}: ${reference.valueText}`;
}

/**
 * How far (px, signed) each bar's value label moves so the national line does not run through it: a
 * label that would cover the line starts just past it instead (right of the line for a bar ending before
 * it, left of it for a negative bar ending after it); every other label stays at its bar's end (0).
 * Positions are those the option draws: the value axis from `low` to `high` over `plotWidth` px, with
 * `leftRoom` of it kept free left of the lowest bar; label widths as {@link estimateTextWidth} gives them.
 */
export function referenceClearance(
  rows: readonly Pick<RankingBarRow, 'value' | 'valueText'>[],
  reference: number | undefined,
  geometry: {
    readonly low: number;
    readonly high: number;
    readonly leftRoom: number;
    readonly plotWidth: number;
    readonly fontSize: number;
    readonly distance: number;
    readonly gap: number;
  },
): number[] {
  const { low, high, leftRoom, plotWidth, fontSize, distance, gap } = geometry;
  if (reference === undefined || rows.length === 0 || !(high > low)) return rows.map(() => 0);
  const min = low - ((high - low) * leftRoom) / (1 - leftRoom);
  const px = (v: number) => ((v - min) / (high - min)) * plotWidth;
  const line = px(reference);
  // The dashed line is a few px wide, and a digit touching it reads as crossed out.
  const clear = Math.max(2, Math.round(gap / 2));
  return rows.map((row) => {
    const end = px(row.value);
    const width = estimateTextWidth(row.valueText, fontSize);
    if (row.value >= 0) {
      const start = end + distance;
      const covers = line >= start - clear && line <= start + width + clear;
      return covers ? Math.round(line + clear + gap / 2 - start) : 0;
    }
    const stop = end - distance;
    const covers = line <= stop + clear && line >= stop - width - clear;
    return covers ? Math.round(line - clear - gap / 2 - stop) : 0;
  });
}

/** "1. Hải Phòng": rank and name, the way Vietnamese rankings are printed. */
export function rankLabel(row: Pick<RankingBarRow, 'rank' | 'name'>): string {
  return `${row.rank}. ${row.name}`;
}

/**
 * How `value` reads against `reference` given `polarity`: better is good, worse bad, equal or
 * without a reference (or for a neutral indicator) neutral.
 */
export function toneAgainst(value: number, reference: number | undefined, polarity: Polarity): Tone {
  if (reference === undefined || polarity === 'neutral' || value === reference) return 'neutral';
  const above = value > reference;
  return above === (polarity === 'higher-is-better') ? 'good' : 'bad';
}

function rankingTooltip(input: RankingBarInput, params: TooltipComponentFormatterCallbackParams): string {
  const p: DefaultLabelFormatterCallbackParams | undefined = Array.isArray(params) ? params[0] : params;
  const row = p ? input.rows[p.dataIndex] : undefined;
  if (!row) return '';
  const muted = escapeHtml(input.theme.color.textMuted);
  const reference = input.reference
    ? `<div style="color:${muted}">${escapeHtml(referenceText(input.reference))}</div>`
    : '';
  return `<div style="font-weight:600">${escapeHtml(rankLabel(row))}</div><div>${escapeHtml(row.valueText)}</div>${reference}`;
}
