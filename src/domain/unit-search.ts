/**
 * What a search for a province, a city or a ministry accepts besides its name: the abbreviations and
 * other names people type ("TP.HCM", "HCM", "SG", "Sài Gòn", "HN", "Thừa Thiên Huế", "BR-VT"), the names of
 * the former units a unit of the 34 absorbed (searching "Bình Dương" finds TP. Hồ Chí Minh), the English
 * names, and a ministry's short forms ("Bộ KH&ĐT", "KHĐT", "BTC", "MPI"). Pure data and functions.
 */
import { matchesAnyTerm } from './text.ts';
import type { AdminUnit, Ministry, ProvinceEraId } from './units.ts';

/**
 * Abbreviations and other names in common use, by era and official code ("63:79"). A unit of the 34 is
 * found by those of the former units it absorbed as well, so most entries are on the 63. Deliberately
 * short: an abbreviation shared by two units ("ĐN" for Đà Nẵng and Đồng Nai, "BD" for Bình Dương and Bình
 * Định) would find the wrong one, so none of those is here.
 */
export const UNIT_ALIASES: Readonly<Record<`${ProvinceEraId}:${string}`, readonly string[]>> = {
  '63:01': ['HN', 'TP. Hà Nội', 'Thủ đô Hà Nội'],
  '63:31': ['HP', 'TP. Hải Phòng'],
  '63:46': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'TT-Huế', 'TTH', 'TP. Huế'],
  '63:48': ['TP. Đà Nẵng'],
  '63:66': ['Daklak'],
  '63:67': ['Daknong'],
  '63:77': ['BR-VT', 'BRVT', 'Vũng Tàu'],
  '63:79': [
    'TP.HCM',
    'TPHCM',
    'HCM',
    'HCMC',
    'SG',
    'Sài Gòn',
    'Saigon',
    'TP. Hồ Chí Minh',
    'Thành phố Hồ Chí Minh',
  ],
  '63:92': ['TP. Cần Thơ'],
};

function namesOf(unit: AdminUnit): string[] {
  return [
    unit.name.vi,
    unit.name.en,
    ...(unit.formerNames ?? []).flatMap((n) => [n.value.vi, n.value.en]),
    ...(UNIT_ALIASES[`${unit.era}:${unit.code}`] ?? []),
  ];
}

/**
 * Everything a search may match for `unit`: its names in both languages (and the names it had before, as
 * "Thừa Thiên Huế" for Huế), its {@link UNIT_ALIASES}, and for a unit of the 34 the names and aliases of the
 * former units among `units63` that it absorbed (its `formerCodes`; their aliases even when `units63` is
 * not loaded yet). Duplicates removed.
 */
export function unitSearchTerms(unit: AdminUnit, units63: readonly AdminUnit[] = []): string[] {
  const terms = namesOf(unit);
  for (const code of unit.era === '34' ? (unit.formerCodes ?? []) : []) {
    const former = units63.find((u) => u.code === code);
    terms.push(...(former ? namesOf(former) : (UNIT_ALIASES[`63:${code}`] ?? [])));
  }
  return [...new Set(terms)];
}

/** {@link unitSearchTerms} of every unit of `units`, by code: what the ranking and the compare picker search. */
export function unitSearchIndex(
  units: readonly AdminUnit[],
  units63: readonly AdminUnit[] = [],
): ReadonlyMap<string, readonly string[]> {
  return new Map(units.map((u) => [u.code, unitSearchTerms(u, units63)]));
}

/**
 * The codes of `units` that `query` finds by any of their {@link unitSearchTerms} (or by their code), in
 * the order given; all of them for a blank query.
 */
export function searchUnits(
  index: ReadonlyMap<string, readonly string[]>,
  codes: readonly string[],
  query: string,
): string[] {
  const trimmed = query.trim();
  return codes.filter((code) => code === trimmed || matchesAnyTerm(index.get(code) ?? [], query));
}

/**
 * Everything a search may match for a ministry: its names, its short forms in both languages ("Bộ KH&ĐT",
 * "MPI"), the short form without "Bộ" and the initialism with it ("KH&ĐT", "BKHĐT": how "Bộ Tài chính" is
 * written "BTC"), and the same for the bodies of the 22 among `formers` whose work it took over.
 */
export function ministrySearchTerms(ministry: Ministry, formers: readonly Ministry[] = []): string[] {
  const of = (m: Ministry): string[] => {
    const short = m.short?.vi;
    const bare = short?.replace(/^Bộ\s+/u, '');
    return [
      m.name.vi,
      m.name.en,
      ...(m.short ? [m.short.vi, m.short.en] : []),
      ...(short && bare && bare !== short ? [bare, `B${bare.replace(/[^\p{L}\p{N}]/gu, '')}`] : []),
    ];
  };
  const absorbed = (ministry.formerCodes ?? []).flatMap((code) =>
    formers.filter((f) => f.code === code && f.era !== ministry.era),
  );
  return [...new Set([ministry, ...absorbed].flatMap(of))];
}
