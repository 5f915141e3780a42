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
  | { readonly kind: 'dimmed'; readonly color: string; readonly text: string }
  | { readonly kind: 'marker'; readonly color: string; readonly rotate: number; readonly text: string }
  /** Words without a swatch: a tie too large to label ("20 đơn vị cùng đạt 100 %"). */
  | { readonly kind: 'note'; readonly text: string }
  /** A unit whose label is listed here: its number (as beside its marker on the map), name and value. */
  | { readonly kind: 'listed'; readonly color: string; readonly tag: string; readonly text: string };

/** A label listed beside the legend, as the legend needs it. */
export interface LegendListed {
  readonly kind: 'best' | 'worst';
  readonly tag: string;
  readonly text: string;
}

/** What the legend shows besides the classes and hatched states. */
export interface LegendExtras {
  readonly hasBest: boolean;
  readonly hasWorst: boolean;
  /** The colour of a unit outside the region in focus, when there is one. */
  readonly dimmed?: string;
}

export interface LegendModel {
  readonly titleLines: readonly string[];
  /** A note under the title, muted ("Thang màu cố định cho T1/2022–T10/2026"); none when empty. */
  readonly noteLines: readonly string[];
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
 * polarity decides whether the dark end is at the top), then the hatched states that occur on this map, the
 * dimmed colour of the units outside the region in focus, then the best/worst markers when labels are drawn
 * (or the words for a tie too large to label).
 * A class holding one value (`[max, max]`) shows one number. Edges are written with `formatNumber` in
 * `input.number`'s locale and decimals ("1.234,5" in Vietnamese).
 */
export function legendRows(
  input: Pick<ChoroplethInput, 'number' | 'texts' | 'theme'>,
  classes: ChoroplethClasses,
  fills: readonly UnitFill[],
  extras: LegendExtras,
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
  if (extras.dimmed !== undefined && input.texts.outside) {
    rows.push({ kind: 'dimmed', color: extras.dimmed, text: input.texts.outside });
  }
  if (extras.hasBest)
    rows.push({ kind: 'marker', color: input.theme.color.good, rotate: 0, text: input.texts.bestLabel });
  if (extras.hasWorst)
    rows.push({ kind: 'marker', color: input.theme.color.bad, rotate: 180, text: input.texts.worstLabel });
  if (!extras.hasBest && input.texts.bestTie) rows.push({ kind: 'note', text: input.texts.bestTie });
  if (!extras.hasWorst && input.texts.worstTie) rows.push({ kind: 'note', text: input.texts.worstTie });
  return rows;
}

/** The legend's rows, title lines and size at type size `font`. */
export function legendModel(
  input: Pick<ChoroplethInput, 'number' | 'texts' | 'theme' | 'size'>,
  classes: ChoroplethClasses,
  fills: readonly UnitFill[],
  extras: LegendExtras,
  font: number,
): LegendModel {
  return sizedModel(input, legendRows(input, classes, fills, extras), font, true);
}

/**
 * The list of the units whose labels found no room on the map, as a box of its own beside the legend: each
 * unit's number (the same as beside its marker, in a box edged in the best or worst colour), name and value.
 */
export function listModel(
  input: Pick<ChoroplethInput, 'number' | 'texts' | 'theme' | 'size'>,
  listed: readonly LegendListed[],
  font: number,
): LegendModel {
  const rows = listed.map((l): LegendRow => ({
    kind: 'listed',
    color: l.kind === 'best' ? input.theme.color.good : input.theme.color.bad,
    tag: l.tag,
    text: l.text,
  }));
  return sizedModel(input, rows, font, false);
}

/** A legend model of `rows` at type size `font`, with the title and note when `titled`. */
function sizedModel(
  input: Pick<ChoroplethInput, 'texts' | 'size'>,
  rows: readonly LegendRow[],
  font: number,
  titled: boolean,
): LegendModel {
  const lineHeight = Math.round(font * 1.45);
  const padding = Math.round(font * 0.6);
  const swatch = {
    width: Math.round(font * 1.6),
    height: Math.round(font * 0.95),
    gap: Math.round(font * 0.5),
  };
  const charWidth = font * EM_PER_CHAR;
  const rowText = (r: LegendRow) => (r.kind === 'listed' ? `${r.tag}  ${r.text}` : r.text);
  const rowsWidth = Math.max(
    0,
    ...rows.map((r) => swatch.width + swatch.gap + estimateTextWidth(rowText(r), font)),
  );
  // The title wraps to the rows' width, but never narrower than 16 characters nor wider than a third of the chart.
  const titleWidthLimit = Math.min(
    Math.max(rowsWidth, 16 * charWidth),
    Math.max(16 * charWidth, input.size.width / 3),
  );
  const titleLines = titled ? wrapText(input.texts.legendTitle, Math.floor(titleWidthLimit / charWidth)) : [];
  // The note may take a little more room than the title: "Thang màu cố định cho" on one line.
  const noteLines =
    titled && input.texts.scaleNote
      ? wrapText(input.texts.scaleNote, Math.max(22, Math.floor(titleWidthLimit / charWidth)))
      : [];
  const titleWidth = estimateTextWidth([...titleLines, ...noteLines].join('\n'), font);
  const groupGap = Math.round(font * 0.35);
  const groups = rowGroups(rows);
  const height =
    2 * padding +
    (titleLines.length + noteLines.length) * lineHeight +
    Math.round(font * 0.3) +
    rows.length * lineHeight +
    Math.max(0, groups - 1) * groupGap;
  return {
    titleLines,
    noteLines,
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

/** Which group a row belongs to: a listed unit and a tie's words belong with the markers. */
const groupOf = (row: LegendRow): string =>
  row.kind === 'listed' || row.kind === 'note' ? 'marker' : row.kind;

/** The number of groups of rows (classes, hatched states, dimmed, markers), each set apart by a gap. */
function rowGroups(rows: readonly LegendRow[]): number {
  return new Set(rows.map(groupOf)).size;
}

/** The legend as one graphic group: plain shapes and plain text (no rich markup, nothing interpreted). */
export function legendGraphic(
  legend: LegendModel,
  at: { x: number; y: number },
  theme: ThemeTokens,
  id = 'legend',
): GraphicElement {
  const { padding, lineHeight, swatch, font } = legend;
  const text = (
    x: number,
    y: number,
    content: string,
    weight: number,
    fill = theme.color.text,
  ): GraphicElement => ({
    type: 'text',
    x,
    y,
    style: {
      text: content,
      fill,
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
  for (const line of legend.noteLines) {
    children.push(text(padding, y, line, 400, theme.color.textMuted));
    y += lineHeight;
  }
  y += Math.round(font * 0.3);
  let previous: string | undefined;
  for (const row of legend.rows) {
    if (previous !== undefined && groupOf(row) !== previous) y += legend.groupGap;
    previous = groupOf(row);
    const sx = padding;
    const sy = y - swatch.height / 2;
    if (row.kind === 'listed') {
      // The number in a box like its tag on the map, under the marker it belongs to, then name and value.
      const tagWidth = Math.ceil(estimateTextWidth(row.tag, font) + font * 0.6);
      const tx = sx + (swatch.width - tagWidth) / 2;
      children.push(
        {
          type: 'rect',
          shape: { x: tx, y: y - lineHeight * 0.42, width: tagWidth, height: lineHeight * 0.84, r: 3 },
          style: { fill: withAlpha(theme.color.surface, 0.94), stroke: row.color, lineWidth: 1.5 },
        },
        {
          type: 'text',
          x: tx + tagWidth / 2,
          y,
          style: {
            text: row.tag,
            fill: theme.color.text,
            fontSize: font,
            fontWeight: 600,
            fontFamily: theme.font.family,
            textAlign: 'center',
            textVerticalAlign: 'middle',
          },
        },
        text(sx + swatch.width + swatch.gap, y, row.text, 400),
      );
      y += lineHeight;
      continue;
    }
    if (row.kind === 'class' || row.kind === 'dimmed') {
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
  return { type: 'group', id, silent: true, x: at.x, y: at.y, children };
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
