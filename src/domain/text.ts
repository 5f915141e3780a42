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

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** `s` folded, with anything but letters and digits as one space: "TP.HCM" → "tp hcm", "BR-VT" → "br vt". */
function searchKey(s: string): string {
  return foldVietnamese(s).replace(NOT_LETTER_OR_DIGIT, ' ').trim();
}

/**
 * True when `query` finds one of `terms` (a unit's names, abbreviations and former names), punctuation
 * aside, in either of two ways:
 * - word by word, in any order: each word of the query is a word of the term, the last one (still being
 *   typed) the start of one: "tp hcm" finds "TP.HCM", "thua thien" finds "Thừa Thiên Huế", "ho chi m"
 *   finds "Hồ Chí Minh", but "ha giang" does not find "Hậu Giang";
 * - run together: the query without spaces and punctuation starts the term so written from one of its
 *   words, which is how abbreviations are typed: "tphcm", "brvt", "khdt", "hanoi", "chiminh" find "TP.HCM",
 *   "BR-VT", "KH&ĐT", "Hà Nội", "Hồ Chí Minh"; "hp" does not find "Vĩnh Phúc".
 * Stricter than {@link matchesSearch} (any part of a word), because aliases are short: matched anywhere,
 * "hp" or "sg" would find half the country. A blank query matches everything.
 */
export function matchesAnyTerm(terms: readonly string[], query: string): boolean {
  const key = searchKey(query);
  if (key === '') return true;
  const tokens = key.split(' ');
  const last = tokens.length - 1;
  const compact = tokens.join('');
  return terms.some((term) => {
    const words = searchKey(term).split(' ');
    const byWords = tokens.every((token, i) =>
      i < last ? words.includes(token) : words.some((word) => word.startsWith(token)),
    );
    return byWords || words.some((_, i) => words.slice(i).join('').startsWith(compact));
  });
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
