/**
 * The characters the app's web font carries. scripts/fonts/vite-plugin-fonts.ts subsets Be Vietnam Pro to
 * exactly these at build and dev time (about 10 kB of woff2 per weight instead of 33 kB), and
 * scripts/fonts/font-charset.test.ts checks that every message, unit, region and indicator name is
 * covered: a message with a letter outside the set fails that test instead of showing in a fallback face.
 *
 * Vietnamese is written with precomposed letters (NFC): the Latin-1 ones, the eleven of Latin Extended-A/B
 * and the block U+1EA0–U+1EF9 with every stacked form ("Quảng Ngãi", "Đắk Lắk", "Thừa Thiên Huế"). The five
 * combining tone marks are kept too, so text that arrives decomposed (NFD) from a feed still draws in
 * this face. Pure data: no DOM, no Node.
 */

/** Inclusive code point ranges. */
export type CodePointRange = readonly [first: number, last: number];

/** Printable ASCII: digits, Latin letters and punctuation. */
const ASCII: CodePointRange = [0x20, 0x7e];

/** The Latin-1 letters Vietnamese uses (àáâãèéêìíòóôõùúý and their capitals). */
const LATIN1_VIETNAMESE = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';

/** Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư. */
const EXTENDED_VIETNAMESE = 'ĂăĐđĨĩŨũƠơƯư';

/** Latin Extended Additional, Vietnamese part: Ạ … ỹ, every letter with a tone mark below or stacked. */
const VIETNAMESE_BLOCK: CodePointRange = [0x1ea0, 0x1ef9];

/** Combining grave, acute, tilde, hook above and dot below: the five tones, for NFD text. */
const COMBINING_TONES = '\u0300\u0301\u0303\u0309\u0323';

/**
 * Punctuation and symbols the app draws that the family has: dashes and ellipsis, typographic quotes, the
 * middle dot between header fields, × and − (U+2212, `MINUS` in domain/format.ts), ₫, °, © (map credit), •,
 * and the no-break space Intl may put between a number and its unit.
 */
const SYMBOLS = '–—…“”‘’·×−₫°©•\u00a0';

/**
 * Symbols the app draws that Be Vietnam Pro has no glyph for: the trend arrows ▲ ▼, the legend square ■ and
 * the player and sort glyphs ← → ↕ ❚ ▶. The browser draws them from the platform's symbol font whatever the
 * subset holds, so they are not in {@link FONT_CHARSET}; they are allowed in text all the same.
 */
export const SYSTEM_SYMBOLS = '▲▼■←→↕❚▶';

function expand([first, last]: CodePointRange): string {
  let text = '';
  for (let cp = first; cp <= last; cp += 1) text += String.fromCodePoint(cp);
  return text;
}

/** Every character of the subset, once each, in code point order. */
export const FONT_CHARSET: string = Array.from(
  new Set(
    // Array.from splits by code point, as a font sees text.
    Array.from(
      expand(ASCII) +
        LATIN1_VIETNAMESE +
        EXTENDED_VIETNAMESE +
        expand(VIETNAMESE_BLOCK) +
        COMBINING_TONES +
        SYMBOLS,
    ),
  ),
)
  .sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0))
  .join('');

const ALLOWED = new Set(Array.from(FONT_CHARSET + SYSTEM_SYMBOLS));

/**
 * The characters of `text` that neither the subset nor {@link SYSTEM_SYMBOLS} covers, once each, in order of
 * appearance. White space (spaces, line breaks, tabs) is ignored: it needs no glyph.
 */
export function uncoveredCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    if (!ALLOWED.has(char)) missing.add(char);
  }
  return [...missing];
}
