/** Types for `subset-font` 2.x (the package ships none): HarfBuzz's subsetter as WebAssembly. */
declare module 'subset-font' {
  export interface SubsetFontOptions {
    readonly targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    readonly preserveNameIds?: readonly number[];
    readonly keepFeatures?: readonly string[];
    readonly variationAxes?: Readonly<
      Record<string, number | { min: number; max: number; default?: number }>
    >;
    readonly noLayoutClosure?: boolean;
    readonly glyphNames?: boolean;
    readonly noHinting?: boolean;
    readonly dropTables?: readonly string[];
    readonly keepAllGlyphs?: boolean;
  }
  /** The font (TTF, OTF, WOFF or WOFF2) cut down to the glyphs of `text`, in `targetFormat`. */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}
