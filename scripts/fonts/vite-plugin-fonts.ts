/**
 * Vite plugin serving `virtual:be-vietnam-pro.css`: `@font-face` rules for Be Vietnam Pro, subset at build
 * and dev time to the characters of src/app/styles/font-charset.ts (about 10 kB of woff2 per weight instead of
 * 33 kB for the latin + vietnamese files of a font CDN), and a `<link rel="preload">` in the built index.html
 * for the weight of the KPI tile numbers, the page's largest contentful paint.
 *
 * The source is the full TrueType family from `@expo-google-fonts/be-vietnam-pro` (OFL-1.1); `subset-font`
 * runs HarfBuzz's subsetter as WebAssembly, so nothing is fetched and no native build is needed.
 * - `vite build`: each weight is emitted as a hashed asset (`assets/be-vietnam-pro-700-<hash>.woff2`) and the
 *   CSS and the preload link point at it through Vite's asset placeholders, so `base` is honoured.
 * - dev server and Vitest: the CSS carries the fonts as data URLs (no middleware, no files on disk), and the
 *   fonts are subset only when something imports the module.
 * Runs in Node inside vite.config.ts, never in the browser.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import type { HtmlTagDescriptor, Logger, Plugin } from 'vite';
import { FONT_CHARSET } from '../../src/app/styles/font-charset.ts';

export const FONTS_MODULE_ID = 'virtual:be-vietnam-pro.css';
const RESOLVED_ID = `\0${FONTS_MODULE_ID}`;

export const FONT_FAMILY = 'Be Vietnam Pro';

/** The weights the family ships, by their file names in `@expo-google-fonts/be-vietnam-pro`. */
const STYLE_NAMES = {
  100: 'Thin',
  200: 'ExtraLight',
  300: 'Light',
  400: 'Regular',
  500: 'Medium',
  600: 'SemiBold',
  700: 'Bold',
  800: 'ExtraBold',
  900: 'Black',
} as const;

export type FontWeight = keyof typeof STYLE_NAMES;

/**
 * Hinting is dropped (woff2 renderers hint automatically), GPOS keeps only kerning and GSUB goes: the text is
 * precomposed Vietnamese (every stacked letter has its own glyph), and the family has no `tnum` (its
 * figures are proportional either way), so ligatures, fractions and stylistic sets are the only loss.
 */
export const SUBSET_OPTIONS = {
  targetFormat: 'woff2',
  noHinting: true,
  keepFeatures: ['kern'],
  dropTables: ['GSUB'],
} as const;

const require = createRequire(import.meta.url);

/** The full TrueType file of one weight. */
export function sourceFontPath(weight: FontWeight): string {
  const style = `${weight}${STYLE_NAMES[weight]}`;
  return require.resolve(`@expo-google-fonts/be-vietnam-pro/${style}/BeVietnamPro_${style}.ttf`);
}

/** One weight of Be Vietnam Pro as woff2, cut down to `text` (default: the app's charset). */
export async function subsetWeight(weight: FontWeight, text: string = FONT_CHARSET): Promise<Buffer> {
  return subsetFont(await readFile(sourceFontPath(weight)), text, SUBSET_OPTIONS);
}

/** The `@font-face` rules, one per weight, each with one woff2 source. */
export function fontFaceCss(faces: readonly { readonly weight: FontWeight; readonly url: string }[]): string {
  return faces
    .map(
      ({ weight, url }) =>
        `@font-face {\n  font-family: '${FONT_FAMILY}';\n  font-style: normal;\n  font-weight: ${weight};\n` +
        `  font-display: swap;\n  src: url("${url}") format('woff2');\n}\n`,
    )
    .join('');
}

export interface FontsPluginOptions {
  /** The weights to ship (default 400 and 600: what global.css and the chart builders use; bold text is 600). */
  readonly weights?: readonly FontWeight[];
  /** Weights to preload from index.html (default 600, the KPI tile numbers). Must be among `weights`. */
  readonly preload?: readonly FontWeight[];
}

/** The plugin; add it to `plugins` in vite.config.ts and import `virtual:be-vietnam-pro.css` once. */
export function beVietnamProFonts(options: FontsPluginOptions = {}): Plugin {
  const weights = options.weights ?? [400, 600];
  const preload = options.preload ?? [600];
  for (const weight of preload) {
    if (!weights.includes(weight))
      throw new Error(`be-vietnam-pro-fonts: preload weight ${weight} is not shipped`);
  }
  let isBuild = false;
  let logger: Logger | undefined;
  let subsets: Promise<Map<FontWeight, Buffer>> | undefined;
  /** Emitted asset reference per weight, during `vite build`. */
  const references = new Map<FontWeight, string>();

  const ensure = (): Promise<Map<FontWeight, Buffer>> =>
    (subsets ??= Promise.all(
      weights.map(async (weight) => [weight, await subsetWeight(weight)] as const),
    ).then((entries) => new Map(entries)));
  const assetUrl = (weight: FontWeight): string => {
    const reference = references.get(weight);
    if (!reference) throw new Error(`be-vietnam-pro-fonts: weight ${weight} was not emitted`);
    return `__VITE_ASSET__${reference}__`;
  };

  return {
    name: 'be-vietnam-pro-fonts',
    configResolved(config) {
      isBuild = config.command === 'build';
      logger = config.logger;
    },
    async buildStart() {
      if (!isBuild) return;
      const fonts = await ensure();
      const sizes: string[] = [];
      for (const [weight, source] of fonts) {
        references.set(
          weight,
          this.emitFile({ type: 'asset', name: `be-vietnam-pro-${weight}.woff2`, source }),
        );
        sizes.push(`${weight}: ${source.length} B`);
      }
      logger?.info(
        `Be Vietnam Pro subset to ${Array.from(FONT_CHARSET).length} characters, woff2 ${sizes.join(', ')}`,
      );
    },
    resolveId(id) {
      return id === FONTS_MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const fonts = await ensure();
      return fontFaceCss(
        weights.map((weight) => ({
          weight,
          url: isBuild
            ? assetUrl(weight)
            : `data:font/woff2;base64,${fonts.get(weight)?.toString('base64') ?? ''}`,
        })),
      );
    },
    transformIndexHtml() {
      if (!isBuild) return undefined;
      // Vite replaces the placeholders with the hashed file names once the HTML hooks have run.
      return preload.map((weight): HtmlTagDescriptor => ({
        tag: 'link',
        attrs: { rel: 'preload', href: assetUrl(weight), as: 'font', type: 'font/woff2', crossorigin: true },
        injectTo: 'head',
      }));
    },
  };
}
