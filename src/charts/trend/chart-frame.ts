/**
 * Sizing and the export frame shared by the trend and ranking option builders: one place decides how
 * large chart text is for a given panel size and how an exported PNG carries its title, subtitle and
 * source line. Pure: numbers and ECharts option fragments, no DOM.
 */
import type { TitleComponentOption } from 'echarts';
import type { ThemeTokens } from '../theme/tokens.ts';

/** Title, subtitle and footer (source, "Số liệu đến …") drawn into an exported image. Text, never HTML. */
export interface ExportFrameText {
  readonly title: string;
  readonly subtitle: string;
  readonly footer: string;
}

/** The smallest chart text: below 12 px Vietnamese stacked diacritics ("Quảng Ngãi") stop being legible. */
export const MIN_FONT_PX = 12;

/**
 * The base chart font size for a panel `height` px tall: 1/32 of the height, never under
 * {@link MIN_FONT_PX}, and never much smaller than the page's own text (`textSize`, the CSS root font
 * size, which grows with the screen): a 384 px desktop panel gets 12 px, a 450 px panel on a 4K wall
 * whose page text is 30 px gets 24 px, so chart labels read from as far as the rest of the board.
 */
export function chartFontSize(height: number, textSize = 0): number {
  return Math.max(MIN_FONT_PX, Math.round(height / 32), Math.round(textSize * 0.8));
}

/** Line widths grow with the panel so a 3 px national line does not turn hairline on a 4K wall. */
export function lineScale(height: number): number {
  return Math.max(1, height / 512);
}

/** A rough width of `text` in px at `fontSize`: wide enough for Be Vietnam Pro's average glyph. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

/** Where the frame leaves room: the top band (title + subtitle) and the bottom band (footer), in px. */
export interface FrameLayout {
  readonly top: number;
  readonly bottom: number;
  readonly titles: TitleComponentOption[];
}

/**
 * The title/subtitle block at the top and the footer at the bottom of an exported chart, and the
 * bands they take. Without `text` (on screen, where the panel header carries the title) nothing is
 * drawn and both bands are zero. ECharts titles are canvas/SVG text, so no escaping is needed here.
 */
export function exportFrame(
  text: ExportFrameText | undefined,
  theme: ThemeTokens,
  fontSize: number,
  pad: number,
): FrameLayout {
  if (!text) return { top: 0, bottom: 0, titles: [] };
  const titleSize = Math.round(fontSize * 1.4);
  const footerSize = Math.max(MIN_FONT_PX, Math.round(fontSize * 0.85));
  // Line heights leave room for stacked diacritics ("Tiêu đề", "Quảng Ngãi") between title and subtitle.
  const titleLine = Math.round(titleSize * 1.35);
  const subtitleLine = Math.round(fontSize * 1.35);
  const gap = Math.round(fontSize * 0.5);
  const titles: TitleComponentOption[] = [
    {
      text: text.title,
      subtext: text.subtitle,
      left: pad,
      top: pad,
      itemGap: gap,
      textStyle: {
        fontFamily: theme.font.family,
        fontSize: titleSize,
        lineHeight: titleLine,
        fontWeight: 600,
        color: theme.color.text,
      },
      subtextStyle: {
        fontFamily: theme.font.family,
        fontSize,
        lineHeight: subtitleLine,
        color: theme.color.textMuted,
      },
    },
    {
      text: text.footer,
      left: pad,
      bottom: pad,
      textStyle: {
        fontFamily: theme.font.family,
        fontSize: footerSize,
        fontWeight: 'normal',
        color: theme.color.textMuted,
      },
    },
  ];
  return {
    top: titleLine + gap + subtitleLine + Math.round(pad * 1.5),
    bottom: Math.round(footerSize * 1.4 + pad),
    titles,
  };
}
