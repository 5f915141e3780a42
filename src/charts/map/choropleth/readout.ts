/**
 * The readout of the unit under the pointer or the keyboard's focus: its name, value and rank in a box drawn by
 * the chart itself, in a place kept for it (labels, the sea label and the archipelagos keep clear of it), so it
 * never covers a label. The box is kept whether or not a unit is focused, so nothing moves when one is.
 */
import { rectsOverlap } from '../label-placement.ts';
import type { Rect } from '../label-placement.ts';
import { EM_PER_CHAR, estimateTextWidth } from '../text-layout.ts';
import type { ThemeTokens } from '../../theme/tokens.ts';
import type { ChoroplethInput, MapFigure } from '../types.ts';
import { withAlpha } from './graphic.ts';
import type { GraphicElement } from './graphic.ts';

/** Size and type of the readout box. */
export interface ReadoutModel {
  readonly font: number;
  readonly lineHeight: number;
  readonly padding: number;
  readonly width: number;
  readonly height: number;
}

/** The lines of a unit's readout: name, value, then rank and status. */
export function readoutLines(figure: MapFigure): string[] {
  const rank = [figure.rankText, figure.statusText].filter(Boolean).join(' · ');
  return [figure.name, figure.valueText, ...(rank ? [rank] : [])];
}

/**
 * The readout box for the figures of `input` at type size `font`: three lines, as wide as the longest line of
 * any unit's readout (so it fits whichever unit is focused) but no wider than two fifths of the chart.
 */
export function readoutModel(input: Pick<ChoroplethInput, 'figures' | 'size'>, font: number): ReadoutModel {
  const lineHeight = Math.round(font * 1.35);
  const padding = Math.round(font * 0.5);
  const longest = Math.max(
    16 * font * EM_PER_CHAR,
    ...input.figures.flatMap((f) => readoutLines(f).map((line) => estimateTextWidth(line, font))),
  );
  const width = Math.ceil(Math.min(longest + 2 * padding, input.size.width * 0.4));
  return { font, lineHeight, padding, width, height: 3 * lineHeight + 2 * padding };
}

/**
 * Where a box beside the legend goes (the list of unplaced labels, the readout): the first place inside
 * `bounds` that is clear of the legend and of `avoid` (the archipelagos and their labels): under the legend, right-aligned with it (over the sea east of the north); above it (when the
 * legend is at the bottom); in the bottom-left corner (over the Gulf of Thailand); in the bottom-right corner.
 * Under the legend when none is clear.
 */
export function placeBeside(
  model: { readonly width: number; readonly height: number },
  legend: Rect,
  bounds: Rect,
  gap: number,
  avoid: readonly Rect[] = [],
): Rect {
  const { width, height } = model;
  const x = Math.max(bounds.x, legend.x + legend.width - width);
  const bottom = bounds.y + bounds.height - height;
  const places: Rect[] = [
    { x, y: legend.y + legend.height + gap, width, height },
    { x, y: legend.y - gap - height, width, height },
    { x: bounds.x, y: bottom, width, height },
    { x: bounds.x + bounds.width - width, y: bottom, width, height },
  ];
  const inside = (r: Rect) =>
    r.x >= bounds.x &&
    r.y >= bounds.y &&
    r.x + r.width <= bounds.x + bounds.width &&
    r.y + r.height <= bounds.y + bounds.height;
  const clear = (r: Rect) => !avoid.some((a) => rectsOverlap(r, a, gap)) && !rectsOverlap(r, legend, gap);
  return (
    places.find((r) => inside(r) && clear(r)) ??
    places.find(inside) ?? { x: bounds.x, y: bottom, width, height }
  );
}

/** The readout of `figure` in `rect`, as one silent graphic group; nothing without a figure. */
export function readoutGraphic(
  model: ReadoutModel,
  rect: Rect,
  figure: MapFigure | undefined,
  theme: ThemeTokens,
): GraphicElement | undefined {
  if (!figure) return undefined;
  const lines = readoutLines(figure);
  return {
    type: 'group',
    id: 'readout',
    silent: true,
    x: rect.x,
    y: rect.y,
    children: [
      {
        type: 'rect',
        shape: { x: 0, y: 0, width: rect.width, height: rect.height, r: 4 },
        style: { fill: withAlpha(theme.color.surface, 0.96), stroke: theme.color.border, lineWidth: 1 },
      },
      ...lines.map((line, i): GraphicElement => ({
        type: 'text',
        x: model.padding,
        y: model.padding + (i + 0.5) * model.lineHeight,
        style: {
          text: line,
          fill: i === 2 ? theme.color.textMuted : theme.color.text,
          fontSize: model.font,
          fontWeight: i === 0 ? 600 : 400,
          fontFamily: theme.font.family,
          textVerticalAlign: 'middle',
        },
      })),
    ],
  };
}
