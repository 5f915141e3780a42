/**
 * The readout of the unit under the pointer or the keyboard's focus: its name, value and rank in a box drawn by
 * the chart itself, in a place kept for it (labels, the sea label and the archipelagos keep clear of it), so it
 * never covers a label. The box is kept whether or not a unit is focused, so nothing moves when one is.
 */
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
 * Where the readout goes: under the legend, right-aligned with it (over the sea east of the north), or above
 * it when the legend is at the bottom or there is no room under it; in the bottom-left corner (over the Gulf
 * of Thailand) when neither fits inside `bounds`.
 */
export function readoutRect(model: ReadoutModel, legend: Rect, bounds: Rect, gap: number): Rect {
  const x = Math.max(bounds.x, legend.x + legend.width - model.width);
  const below = legend.y + legend.height + gap;
  if (below + model.height <= bounds.y + bounds.height) {
    return { x, y: below, width: model.width, height: model.height };
  }
  const above = legend.y - gap - model.height;
  if (above >= bounds.y) return { x, y: above, width: model.width, height: model.height };
  return {
    x: bounds.x,
    y: bounds.y + bounds.height - model.height,
    width: model.width,
    height: model.height,
  };
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
