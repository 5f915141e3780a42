/**
 * Searching and sorting Vietnamese names. Users type without diacritics ("dak lak"), feeds mix NFC and
 * NFD and old and new tone placement ("Hoà"/"Hòa"), and some sources write Đ as the look-alike Ð
 * (U+00D0): search folds all of that away, sorting follows Vietnamese alphabetical order.
 */
import type { Locale } from './units.ts';

const COMBINING_MARKS = /\p{M}/gu;
// Đ/đ have no decomposition, so NFD leaves them; Ð/ð (U+00D0/U+00F0) and Ɖ/ɖ (U+0189/U+0256) are
// look-alikes that keyboards and OCR produce for Đ. Matched after lowercasing.
const D_WITH_STROKE = /[đðɖ]/g;
const WHITESPACE = /\s+/g;

/**
 * `s` lowercased, without diacritics, with "đ" (and its look-alikes "Ð", "Ɖ") as "d" and runs of whitespace
 * as one space, trimmed: "Đắk Lắk" → "dak lak"; "Khánh Hoà" and "Khánh Hòa" → "khanh hoa";
 * "Bà Rịa - Vũng Tàu" → "ba ria - vung tau". Punctuation is kept. Gives the same result for NFC and
 * NFD input. For matching only: the result is not a valid spelling to show.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(D_WITH_STROKE, 'd')
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * True when every whitespace-separated word of `query` occurs in `text`, both folded with
 * {@link foldVietnamese}, in any order and as any part of a word: "dak lak" finds "Đắk Lắk", "ho chi"
 * and "minh ho" find "TP. Hồ Chí Minh". An empty or blank query matches everything.
 */
export function matchesSearch(text: string, query: string): boolean {
  const folded = foldVietnamese(query);
  if (folded === '') return true;
  const haystack = foldVietnamese(text);
  return folded.split(' ').every((token) => haystack.includes(token));
}

const COLLATOR_LOCALES: Record<Locale, string> = { vi: 'vi', en: 'en-GB' };

const comparators = new Map<Locale, (a: string, b: string) => number>();

/**
 * A comparator for names in `locale`'s alphabetical order, for `Array.prototype.sort`. Vietnamese
 * order treats letters with a breve, a circumflex or a stroke as letters of their own: "An" < "Ấp",
 * "Bắc Ninh" < "Dak" < "Đắk Lắk". Numbers inside names compare by value ("Phường 2" before "Phường 10").
 * The same function is returned for a locale each time, so it can be a stable dependency of a memo.
 */
export function compareNames(locale: Locale): (a: string, b: string) => number {
  let compare = comparators.get(locale);
  if (!compare) {
    compare = new Intl.Collator(COLLATOR_LOCALES[locale], { numeric: true }).compare;
    comparators.set(locale, compare);
  }
  return compare;
}
