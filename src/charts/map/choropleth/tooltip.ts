/**
 * What the choropleth tells beyond the picture: the tooltip of a unit (HTML, every feed string escaped: ECharts
 * does not escape what a custom formatter returns, ECharts issues #14429 and #21276) and the description ECharts
 * writes on the container for screen readers (`aria.label.description`).
 */
import { escapeHtml } from '../../escape-html.ts';
import type { ThemeTokens } from '../../theme/tokens.ts';
import type { ChoroplethInput, MapFigure } from '../types.ts';
import type { UnitFill } from './classes.ts';
import type { LabelledUnit } from './unit-labels.ts';

/** The unit code an ECharts tooltip/event payload is about (`name` of the item; first item of a list). */
export function codeOf(params: unknown): string {
  const item: unknown = Array.isArray(params) ? params[0] : params;
  if (typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string') {
    return item.name;
  }
  return '';
}

/**
 * The tooltip for one unit as HTML: name, value, rank, change, status. Every feed string is escaped; colours
 * come from the theme. Empty for items that are not a unit.
 */
export function tooltipHtml(
  figure: MapFigure | undefined,
  fill: UnitFill | undefined,
  theme: ThemeTokens,
): string {
  if (!figure) return '';
  const swatch =
    fill?.kind === 'class'
      ? `<span style="display:inline-block;width:10px;height:10px;margin-right:6px;border-radius:2px;background:${fill.color}"></span>`
      : '';
  const rows = [figure.rankText, figure.changeText, figure.statusText]
    .filter((text): text is string => text !== undefined && text !== '')
    .map((text) => `<div style="color:${theme.color.textMuted}">${escapeHtml(text)}</div>`);
  return [
    `<div style="font-weight:600">${escapeHtml(figure.name)}</div>`,
    `<div>${swatch}${escapeHtml(figure.valueText)}</div>`,
    ...rows,
  ].join('');
}

/**
 * The text ECharts writes on the container for screen readers: the legend title (and the note of a scale fixed
 * by the period player), the labelled best and worst units with their values, the archipelagos and the sea,
 * which every map shows, and the credit of the boundaries.
 */
export function ariaDescription(
  input: Pick<ChoroplethInput, 'texts'>,
  best: readonly LabelledUnit[],
  worst: readonly LabelledUnit[],
): string {
  const list = (units: readonly LabelledUnit[]) => units.map((u) => u.text.replace('\n', ': ')).join('; ');
  const parts = [input.texts.legendTitle, ...(input.texts.scaleNote ? [input.texts.scaleNote] : [])];
  if (best.length) parts.push(`${input.texts.bestLabel}: ${list(best)}`);
  if (worst.length) parts.push(`${input.texts.worstLabel}: ${list(worst)}`);
  parts.push(
    `${input.texts.archipelagos['hoang-sa']}; ${input.texts.archipelagos['truong-sa']}; ${input.texts.sea}`,
    input.texts.credit,
  );
  return `${parts.join('. ')}.`;
}
