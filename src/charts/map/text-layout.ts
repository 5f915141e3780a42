/**
 * Text measurement for pure option builders, which cannot measure text: an estimate from character counts,
 * and line wrapping decided before ECharts sees the text, so the number of lines (and therefore the height of
 * legend rows and labels) is known exactly.
 */

/**
 * Average advance of Be Vietnam Pro in ems, rounded up (its real average over Vietnamese text at weights
 * 400–600 is about 0.55): boxes sized from it err on the roomy side.
 */
export const EM_PER_CHAR = 0.6;

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** Characters as a reader counts them: "ộ" is one, whether precomposed (NFC) or not. */
export function charCount(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}

/** Estimated width in pixels of the longest line of `text` at `fontSize`. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.max(0, ...text.split('\n').map(charCount)) * fontSize * EM_PER_CHAR;
}

/**
 * Greedy word wrap to lines of at most `maxChars` characters. A parenthesised group ("(% kế hoạch)",
 * "(Đà Nẵng)") is kept whole, so a unit or a province never breaks across lines; a token longer than the
 * limit gets a line of its own.
 */
export function wrapText(text: string, maxChars: number): string[] {
  // Words, with the words of a parenthesised group joined back into one token.
  const tokens: string[] = [];
  let group: string | undefined;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (group !== undefined) group = `${group} ${word}`;
    else if (word.startsWith('(')) group = word;
    else tokens.push(word);
    if (group !== undefined && word.endsWith(')')) {
      tokens.push(group);
      group = undefined;
    }
  }
  if (group !== undefined) tokens.push(group);
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && charCount(line) + 1 + charCount(token) > maxChars) {
      lines.push(line);
      line = token;
    } else {
      line = line ? `${line} ${token}` : token;
    }
  }
  if (line) lines.push(line);
  return lines;
}
