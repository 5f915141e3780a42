/**
 * The legend of the province choropleth: its rows (every class with its edges, the hatched states that occur,
 * the best/worst markers), its size for a type size, and its drawing as one graphic group of plain shapes and
 * plain text (no rich markup: nothing in it is interpreted).
 */
import { formatNumber } from '../../../domain/format.ts';
import { borderColor, noDataFill, notComparableFill } from '../palettes.ts';
import type { HatchedFill } from '../palettes.ts';
import type { Rect } from '../label-placement.ts';
import { EM_PER_CHAR, estimateTextWidth, wrapText } from '../text-layout.ts';
import type { ThemeTokens } from '../../theme/tokens.ts';
import type { ChoroplethInput } from '../types.ts';
import type { ChoroplethClasses, UnitFill } from './classes.ts';
import { withAlpha } from './graphic.ts';
import type { GraphicElement } from './graphic.ts';

/** One row of the legend. */
export type LegendRow =
  | { readonly kind: 'class'; readonly color: string; readonly text: string }
  | { readonly kind: 'hatch'; readonly fill: HatchedFill; readonly text: string }
  | { readonly kind: 'marker'; readonly color: string; readonly rotate: number; readonly text: string }
  | { readonly kind: 'note'; readonly text: string };

export interface LegendModel {
  readonly titleLines: readonly string[];
  readonly rows: readonly LegendRow[];
  readonly font: number;
  readonly width: number;
  readonly height: number;
  readonly lineHeight: number;
  readonly padding: number;
  readonly swatch: { readonly width: number; readonly height: number; readonly gap: number };
  /** Extra space between groups of rows (classes, hatched states, markers). */
  readonly groupGap: number;
}

/**
 * The rows of the legend: classes from the highest values at the top to the lowest (read like a y-axis;
 * polarity decides whether the dark end is at the top), then the hatched states that occur on this map, then
 * the best/worst markers when labels are drawn (or the words for a tie too large to label). A class holding one value (`[max, max]`) shows one number.
 * Edges are written with `formatNumber` in `input.number`'s locale and decimals ("1.234,5" in Vietnamese).
 */
export function legendRows(
  input: Pick<ChoroplethInput, 'number' | 'texts' | 'theme'>,
  classes: ChoroplethClasses,
  fills: readonly UnitFill[],
  hasBest: boolean,
  hasWorst: boolean,
): LegendRow[] {
  const { edges, colors } = classes;
  const edge = (value: number) => formatNumber(value, input.number.locale, input.number.decimals);
  const rows: LegendRow[] = [];
  for (let i = colors.length - 1; i >= 0; i--) {
    const lo = edges[i] ?? NaN;
    const hi = edges[i + 1] ?? NaN;
    const text = lo === hi ? edge(lo) : `${edge(lo)} – ${edge(hi)}`;
    rows.push({ kind: 'class', color: colors[i] ?? '', text });
  }
  if (fills.some((f) => f.kind === 'missing')) {
    rows.push({ kind: 'hatch', fill: noDataFill(input.theme), text: input.texts.noData });
  }
  if (fills.some((f) => f.kind === 'not-comparable')) {
    rows.push({ kind: 'hatch', fill: notComparableFill(input.theme), text: input.texts.notComparable });
  }
  if (hasBest)
    rows.push({ kind: 'marker', color: input.theme.color.good, rotate: 0, text: input.texts.bestLabel });
  if (hasWorst)
    rows.push({ kind: 'marker', color: input.theme.color.bad, rotate: 180, text: input.texts.worstLabel });
  if (!hasBest && input.texts.bestTie) rows.push({ kind: 'note', text: input.texts.bestTie });
  if (!hasWorst && input.texts.worstTie) rows.push({ kind: 'note', text: input.texts.worstTie });
  return rows;
}

/** The legend's rows, title lines and size at type size `font`. */
export function legendModel(
  input: Pick<ChoroplethInput, 'number' | 'texts' | 'theme' | 'size'>,
  classes: ChoroplethClasses,
  fills: readonly UnitFill[],
  hasBest: boolean,
  hasWorst: boolean,
  font: number,
): LegendModel {
  const rows = legendRows(input, classes, fills, hasBest, hasWorst);
  const lineHeight = Math.round(font * 1.45);
  const padding = Math.round(font * 0.6);
  const swatch = {
    width: Math.round(font * 1.6),
    height: Math.round(font * 0.95),
    gap: Math.round(font * 0.5),
  };
  const charWidth = font * EM_PER_CHAR;
  const rowsWidth = Math.max(
    0,
    ...rows.map((r) => swatch.width + swatch.gap + estimateTextWidth(r.text, font)),
  );
  // The title wraps to the rows' width, but never narrower than 16 characters nor wider than a third of the chart.
  const titleWidthLimit = Math.min(
    Math.max(rowsWidth, 16 * charWidth),
    Math.max(16 * charWidth, input.size.width / 3),
  );
  const titleLines = wrapText(input.texts.legendTitle, Math.floor(titleWidthLimit / charWidth));
  const titleWidth = estimateTextWidth(titleLines.join('\n'), font);
  const groupGap = Math.round(font * 0.35);
  const groups = new Set(rows.map((r) => r.kind)).size;
  const height =
    2 * padding +
    titleLines.length * lineHeight +
    Math.round(font * 0.3) +
    rows.length * lineHeight +
    Math.max(0, groups - 1) * groupGap;
  return {
    titleLines,
    rows,
    font,
    width: Math.ceil(2 * padding + Math.max(rowsWidth, titleWidth)),
    height,
    lineHeight,
    padding,
    swatch,
    groupGap,
  };
}

/** The legend as one graphic group: plain shapes and plain text (no rich markup, nothing interpreted). */
export function legendGraphic(
  legend: LegendModel,
  at: { x: number; y: number },
  theme: ThemeTokens,
): GraphicElement {
  const { padding, lineHeight, swatch, font } = legend;
  const text = (x: number, y: number, content: string, weight: number): GraphicElement => ({
    type: 'text',
    x,
    y,
    style: {
      text: content,
      fill: theme.color.text,
      fontSize: font,
      fontWeight: weight,
      fontFamily: theme.font.family,
      textVerticalAlign: 'middle',
    },
  });
  const children: GraphicElement[] = [
    {
      type: 'rect',
      shape: { x: 0, y: 0, width: legend.width, height: legend.height, r: 4 },
      style: { fill: withAlpha(theme.color.surface, 0.92), stroke: theme.color.border, lineWidth: 1 },
    },
  ];
  let y = padding + lineHeight / 2;
  for (const line of legend.titleLines) {
    children.push(text(padding, y, line, 600));
    y += lineHeight;
  }
  y += Math.round(font * 0.3);
  let previous: LegendRow['kind'] | undefined;
  for (const row of legend.rows) {
    if (previous !== undefined && row.kind !== previous) y += legend.groupGap;
    previous = row.kind;
    const sx = padding;
    const sy = y - swatch.height / 2;
    if (row.kind === 'class') {
      children.push({
        type: 'rect',
        shape: { x: sx, y: sy, width: swatch.width, height: swatch.height },
        style: { fill: row.color, stroke: borderColor(theme), lineWidth: 0.75 },
      });
    } else if (row.kind === 'hatch') {
      children.push(
        ...hatchSwatch(row.fill, { x: sx, y: sy, width: swatch.width, height: swatch.height }, theme),
      );
    } else if (row.kind === 'marker') {
      const r = swatch.height * 0.55;
      const cx = sx + swatch.width / 2;
      const dir = row.rotate === 180 ? -1 : 1;
      children.push({
        type: 'polygon',
        shape: {
          points: [
            [cx, y - dir * r],
            [cx + r, y + dir * r * 0.75],
            [cx - r, y + dir * r * 0.75],
          ],
        },
        style: { fill: row.color, stroke: theme.color.surface, lineWidth: 1 },
      });
    }
    // A note (a tie too large to label) has no swatch: it starts at the left edge.
    children.push(text(row.kind === 'note' ? sx : sx + swatch.width + swatch.gap, y, row.text, 400));
    y += lineHeight;
  }
  return { type: 'group', id: 'legend', silent: true, x: at.x, y: at.y, children };
}

/**
 * A legend swatch drawing the same pattern as the map's decal with plain shapes (a graphic element cannot
 * take an ECharts decal): diagonal stripes for no data, staggered dots for not comparable.
 */
function hatchSwatch(fill: HatchedFill, box: Rect, theme: ThemeTokens): GraphicElement[] {
  const { x, y, width: w, height: h } = box;
  const ink = fill.decal.color;
  const out: GraphicElement[] = [
    {
      type: 'rect',
      shape: { x, y, width: w, height: h },
      style: { fill: fill.color, stroke: borderColor(theme), lineWidth: 0.75 },
    },
  ];
  if (fill.pattern === 'diagonal') {
    // Lines x + y = c ("/"), clipped to the swatch analytically.
    const step = Math.max(4, h / 2.5);
    for (let c = step / 2; c < w + h; c += step) {
      const x1 = Math.max(0, c - h);
      const x2 = Math.min(w, c);
      if (x2 <= x1) continue;
      out.push({
        type: 'line',
        shape: { x1: x + x1, y1: y + (c - x1), x2: x + x2, y2: y + (c - x2) },
        style: { stroke: ink, lineWidth: 1.5 },
      });
    }
  } else {
    const r = Math.max(1, h / 10);
    const step = Math.max(4, h / 3);
    for (let row = 0, cy = step / 2; cy < h; row++, cy += step) {
      for (let cx = row % 2 ? step : step / 2; cx < w; cx += step) {
        out.push({ type: 'circle', shape: { cx: x + cx, cy: y + cy, r }, style: { fill: ink } });
      }
    }
  }
  return out;
}
