/**
 * Waiting for the web font before the first chart draws (docs/stack.md, note 11): canvas text is drawn with
 * whatever font is loaded at that moment and is not redrawn when the web font arrives, so a chart drawn too
 * early keeps the fallback font's metrics and, on some systems, broken stacked diacritics ("Quảng Ngãi").
 */

/**
 * The faces the charts draw with: 600 for labels and titles, 400 for legend rows and axes, italic 400 for the
 * "Biển Đông" sea label. Each face is loaded separately: loading one weight does not load the others, and a
 * face the app does not declare resolves at once with no match.
 */
export const CHART_FONTS: readonly string[] = [
  '600 16px "Be Vietnam Pro"',
  '400 16px "Be Vietnam Pro"',
  'italic 400 16px "Be Vietnam Pro"',
];

/**
 * Sample text for `document.fonts.load`: the font files are split by unicode-range (latin, latin-ext with
 * "Đđ Ơơ Ưư", vietnamese with the stacked vowels), and `load` only fetches the subsets its text touches
 * (a space by default, i.e. latin only).
 */
export const FONT_SAMPLE_TEXT = 'Aa0 Đđ Ơơ Ưư Ảả Ấấ Ậậ Ếế Ộộ Ữữ Ỹỹ';

/** How long a chart waits for the font before drawing anyway (a slow or blocked font must not hide data). */
export const FONT_TIMEOUT_MS = 1500;

/** The part of `document.fonts` used here, so tests can pass a fake. */
export interface FontLoader {
  load(font: string, text?: string): Promise<readonly unknown[]>;
}

export type FontWait = 'loaded' | 'timeout' | 'unavailable' | 'failed';

/**
 * Resolves `settled` (never rejects) when the fonts have loaded ('loaded'), after `timeoutMs` ('timeout'), at
 * once when there is no font loading API ('unavailable': jsdom, old browsers), or when no face matched or
 * loading failed ('failed'). `loaded` resolves true once a face is really there, also after a timeout, so a
 * caller can redraw late.
 */
export function waitForFont(
  fonts: FontLoader | undefined,
  faces: readonly string[] = CHART_FONTS,
  timeoutMs: number = FONT_TIMEOUT_MS,
): { readonly settled: Promise<FontWait>; readonly loaded: Promise<boolean> } {
  if (!fonts) return { settled: Promise.resolve('unavailable'), loaded: Promise.resolve(false) };
  const loaded = Promise.all(
    faces.map((face) =>
      fonts.load(face, FONT_SAMPLE_TEXT).then(
        (matched) => matched.length > 0,
        () => false,
      ),
    ),
  ).then((results) => results.some(Boolean));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<FontWait>((resolve) => {
    timer = setTimeout(() => {
      resolve('timeout');
    }, timeoutMs);
  });
  const settled = Promise.race([loaded.then((ok): FontWait => (ok ? 'loaded' : 'failed')), timeout]).finally(
    () => {
      clearTimeout(timer);
    },
  );
  return { settled, loaded };
}
