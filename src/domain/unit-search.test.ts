import { describe, expect, it } from 'vitest';
import { registryMinistries, registryUnits } from './registry.ts';
import { matchesAnyTerm } from './text.ts';
import {
  ministrySearchTerms,
  searchUnits,
  UNIT_ALIASES,
  unitSearchIndex,
  unitSearchTerms,
} from './unit-search.ts';

const units34 = registryUnits('34');
const units63 = registryUnits('63');
const index34 = unitSearchIndex(units34, units63);
const index63 = unitSearchIndex(units63);
const codes34 = units34.map((u) => u.code);
const codes63 = units63.map((u) => u.code);
const names = (units: typeof units34, codes: readonly string[]) =>
  codes.map((c) => units.find((u) => u.code === c)?.name.vi);
const find34 = (query: string) => names(units34, searchUnits(index34, codes34, query));
const find63 = (query: string) => names(units63, searchUnits(index63, codes63, query));

describe('searching provinces and cities by what people type', () => {
  it('finds Ho Chi Minh City by every common short form', () => {
    for (const query of [
      'hcm',
      'HCM',
      'TP.HCM',
      'tp hcm',
      'tphcm',
      'TP. HCM',
      'sg',
      'Sài Gòn',
      'sai gon',
      'saigon',
      'ho chi minh',
    ]) {
      expect(find34(query), query).toEqual(['TP. Hồ Chí Minh']);
      expect(find63(query), query).toEqual(['TP. Hồ Chí Minh']);
    }
  });

  it('finds Hà Nội by HN and run together, Huế by its former name', () => {
    expect(find34('hn')).toEqual(['Hà Nội']);
    expect(find34('hanoi')).toEqual(['Hà Nội']);
    expect(find34('thua thien')).toEqual(['Huế']);
    expect(find34('Thừa Thiên Huế')).toEqual(['Huế']);
    expect(find34('tth')).toEqual(['Huế']);
    expect(find63('thua thien hue')).toEqual(['Huế']);
  });

  it('leads from a former unit’s name or abbreviation to its successor on the 34', () => {
    expect(find34('BR-VT')).toEqual(['TP. Hồ Chí Minh']);
    expect(find34('brvt')).toEqual(['TP. Hồ Chí Minh']);
    expect(find34('binh duong')).toEqual(['TP. Hồ Chí Minh']);
    expect(find34('ha giang')).toEqual(['Tuyên Quang']);
    expect(find34('quang binh')).toEqual(['Quảng Trị']);
    expect(find34('kon tum')).toEqual(['Quảng Ngãi']);
    expect(find34('bac giang')).toEqual(['Bắc Ninh']);
    // On the 63 a former unit is found as itself.
    expect(find63('BR-VT')).toEqual(['Bà Rịa - Vũng Tàu']);
  });

  it('keeps the aliases of former units when the 63 are not loaded', () => {
    const index = unitSearchIndex(units34);
    expect(searchUnits(index, codes34, 'brvt').map((c) => c)).toEqual(['79']);
    expect(searchUnits(index, codes34, 'thua thien')).toEqual(['46']);
  });

  it('still finds names without diacritics, parts of words, codes; everything for a blank query', () => {
    expect(find34('dak lak')).toEqual(['Đắk Lắk']);
    expect(find34('daklak')).toEqual(['Đắk Lắk']);
    // Đà Nẵng took in Quảng Nam.
    expect(find34('quang n')).toEqual(['Quảng Ninh', 'Đà Nẵng', 'Quảng Ngãi']);
    expect(find34('ha giang')).toEqual(['Tuyên Quang']);
    expect(find34('79')).toEqual(['TP. Hồ Chí Minh']);
    expect(searchUnits(index34, codes34, '  ')).toHaveLength(34);
    expect(find34('khong co')).toEqual([]);
  });

  it('holds aliases only for units that exist, each finding exactly its own unit', () => {
    for (const [key, aliases] of Object.entries(UNIT_ALIASES)) {
      const [era, code] = key.split(':');
      const units = era === '34' ? units34 : units63;
      expect(
        units.some((u) => u.code === code),
        key,
      ).toBe(true);
      const index = era === '34' ? index34 : index63;
      const codes = era === '34' ? codes34 : codes63;
      for (const alias of aliases)
        expect(searchUnits(index, codes, alias), `${key} ${alias}`).toEqual([code]);
    }
  });

  it('lists a unit’s names in both languages once each', () => {
    const hue = units34.find((u) => u.code === '46')!;
    const terms = unitSearchTerms(hue, units63);
    expect(terms).toContain('Hue');
    expect(terms).toContain('Thừa Thiên Huế');
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('searching ministries by their short forms', () => {
  const ministries17 = registryMinistries('17');
  const ministries22 = registryMinistries('22');
  const find = (query: string) =>
    ministries17
      .filter((m) => matchesAnyTerm(ministrySearchTerms(m, ministries22), query))
      .map((m) => m.name.vi);

  it('finds a ministry by its registry short form, with or without "Bộ", and its initialism', () => {
    expect(find('BTC')).toEqual(['Bộ Tài chính']);
    expect(find('Bộ TC')).toEqual(['Bộ Tài chính']);
    expect(find('GD&ĐT')).toEqual(['Bộ Giáo dục và Đào tạo']);
    expect(find('gddt')).toEqual(['Bộ Giáo dục và Đào tạo']);
    expect(find('NHNN')).toEqual(['Ngân hàng Nhà nước Việt Nam']);
    expect(find('vpcp')).toEqual(['Văn phòng Chính phủ']);
    expect(find('Ministry of Health')).toEqual(['Bộ Y tế']);
    // Typed as you go, MOH is also the start of MOHA (Home Affairs).
    expect(find('MOH')).toEqual(['Bộ Nội vụ', 'Bộ Y tế']);
  });

  it('leads from a body of the 22 to the ministry that took over its work', () => {
    expect(find('KH&ĐT')).toEqual(['Bộ Tài chính']);
    expect(find('bo ke hoach va dau tu')).toEqual(['Bộ Tài chính']);
    expect(find('GTVT')).toEqual(['Bộ Xây dựng']);
    expect(find('TN&MT')).toEqual(['Bộ Nông nghiệp và Môi trường']);
  });
});
