/** Small pieces shared by the parts of the choropleth that draw with ECharts' `graphic` component. */
import type { ThemeTokens } from '../../theme/tokens.ts';
import type { TextBlock } from './layout.ts';

/** A graphic element as ECharts takes it; kept loose because ECharts' element union is not exported. */
export interface GraphicElement {
  readonly type: string;
  readonly [key: string]: unknown;
}

/** Lines of plain text (no rich markup: nothing in them is interpreted), in the muted text colour. */
export function plainText(id: string, block: TextBlock, theme: ThemeTokens): GraphicElement {
  return {
    type: 'text',
    id,
    silent: true,
    x: block.x,
    y: block.y,
    style: {
      text: block.lines.join('\n'),
      fill: theme.color.textMuted,
      fontSize: block.fontSize,
      lineHeight: block.lineHeight,
      fontFamily: theme.font.family,
      textVerticalAlign: 'top',
    },
  };
}

/** `#rrggbb` as `rgba(…, alpha)`; any other colour as it is. */
export function withAlpha(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return hex;
  const [r, g, b] = [match[1], match[2], match[3]].map((h) => parseInt(h ?? '0', 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Pixels to one decimal: enough for the screen, and short in the option. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;
