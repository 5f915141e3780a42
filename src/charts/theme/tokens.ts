/**
 * Design tokens: the one place colours, type and line widths are defined. CSS custom properties
 * (applied by the app's theme provider) and ECharts options (built by the pure option builders) both
 * read these, so a kiosk, dark or video-conference theme is a token set, not a fork of components.
 */

/** `video`: for a deck shared into an online conference (see {@link THEMES}). */
export type ThemeName = 'light' | 'dark' | 'video';

export interface ThemeTokens {
  readonly name: ThemeName;
  readonly color: {
    readonly background: string;
    readonly surface: string;
    readonly surfaceMuted: string;
    readonly border: string;
    readonly text: string;
    readonly textMuted: string;
    readonly accent: string;
    readonly focus: string;
    /** Changes that are good or bad given the indicator's polarity; blue and orange read apart with
     * every common colour-vision deficiency, and an arrow and a word always go with them. */
    readonly good: string;
    readonly bad: string;
    readonly neutral: string;
    /** Alarms only (overdue tasks, missed targets), always with a word or an icon. */
    readonly alarm: string;
    readonly noData: string;
    readonly skeleton: string;
    readonly status: { readonly estimate: string; readonly preliminary: string; readonly official: string };
    /** Series colours for trend charts: nation first, then region, then compared units. */
    readonly series: readonly string[];
  };
  readonly font: {
    readonly family: string;
    readonly numeric: string;
  };
  readonly line: { readonly thin: number; readonly regular: number; readonly bold: number };
  /** false: charts appear without animation (a video encoder smears motion into blocks). Default true. */
  readonly animation?: boolean;
}

const FONT = "'Be Vietnam Pro', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

/**
 * The video theme, for a deck shared into an online conference at 1280×720 and compressed on the way to
 * every site: a white ground and near-black text (the highest contrast, and a flat ground costs the
 * encoder least), colours that differ in lightness and not only in hue (4:2:0 chroma subsampling halves
 * colour resolution, so thin coloured strokes bleed), lines twice as thick, no animation.
 */
const VIDEO: ThemeTokens = {
  name: 'video',
  color: {
    background: '#ffffff',
    surface: '#ffffff',
    surfaceMuted: '#edf0f4',
    border: '#5b6675',
    text: '#050b18',
    textMuted: '#2b3442',
    accent: '#a50f18',
    focus: '#1d4ed8',
    good: '#0b4f9c',
    bad: '#a93a00',
    neutral: '#2b3442',
    alarm: '#a50f18',
    noData: '#b8bec8',
    skeleton: '#dfe3e9',
    status: { estimate: '#6e3b00', preliminary: '#0b4f9c', official: '#1f5a2b' },
    series: ['#050b18', '#c2410c', '#1d4ed8', '#0f766e', '#6b21a8', '#a21caf', '#4b5563'],
  },
  font: { family: FONT, numeric: FONT },
  line: { thin: 2, regular: 4, bold: 6 },
  animation: false,
};

export const THEMES: Record<ThemeName, ThemeTokens> = {
  light: {
    name: 'light',
    color: {
      background: '#f5f6f8',
      surface: '#ffffff',
      surfaceMuted: '#eef1f5',
      border: '#d5dae1',
      text: '#14213d',
      textMuted: '#4f5b6d',
      accent: '#b5121b',
      focus: '#1d4ed8',
      good: '#1b5fa8',
      bad: '#b4460b',
      neutral: '#4f5b6d',
      alarm: '#b5121b',
      noData: '#c9ced6',
      skeleton: '#e4e8ee',
      status: { estimate: '#8a4b00', preliminary: '#1b5fa8', official: '#2f6b3a' },
      series: ['#14213d', '#b4460b', '#1b5fa8', '#2a9d8f', '#8e44ad', '#c0399f', '#6b7280'],
    },
    font: { family: FONT, numeric: FONT },
    line: { thin: 1, regular: 2, bold: 3 },
  },
  dark: {
    name: 'dark',
    color: {
      background: '#0b1526',
      surface: '#111f36',
      surfaceMuted: '#18294a',
      border: '#2b3d5c',
      text: '#eef2f8',
      textMuted: '#a9b5c8',
      accent: '#f0555d',
      focus: '#7fb0ff',
      good: '#6aaef5',
      bad: '#f59e5b',
      neutral: '#a9b5c8',
      alarm: '#ff6b6b',
      noData: '#3a4a66',
      skeleton: '#1d2f52',
      status: { estimate: '#f2b15c', preliminary: '#7fb0ff', official: '#8fd19e' },
      series: ['#eef2f8', '#f59e5b', '#6aaef5', '#4fd1c5', '#c39bd3', '#f48fb1', '#a9b5c8'],
    },
    font: { family: FONT, numeric: FONT },
    line: { thin: 1, regular: 2, bold: 3 },
  },
  video: VIDEO,
};

/** The CSS custom properties for a theme, applied on the document root. */
export function cssVariables(theme: ThemeTokens): Record<string, string> {
  const c = theme.color;
  return {
    '--color-bg': c.background,
    '--color-surface': c.surface,
    '--color-surface-muted': c.surfaceMuted,
    '--color-border': c.border,
    '--color-text': c.text,
    '--color-text-muted': c.textMuted,
    '--color-accent': c.accent,
    '--color-focus': c.focus,
    '--color-good': c.good,
    '--color-bad': c.bad,
    '--color-neutral': c.neutral,
    '--color-alarm': c.alarm,
    '--color-no-data': c.noData,
    '--color-skeleton': c.skeleton,
    '--color-status-estimate': c.status.estimate,
    '--color-status-preliminary': c.status.preliminary,
    '--color-status-official': c.status.official,
    '--font-family': theme.font.family,
  };
}
