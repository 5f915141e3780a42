import { describe, expect, it } from 'vitest';
import { compareNames, foldVietnamese, matchesAnyTerm, matchesSearch } from './text.ts';

describe('foldVietnamese', () => {
  it('removes diacritics and lowercases', () => {
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
    expect(foldVietnamese('Quảng Trị')).toBe('quang tri');
    expect(foldVietnamese('Thừa Thiên Huế')).toBe('thua thien hue');
    expect(foldVietnamese('Ảnh hưởng')).toBe('anh huong');
    expect(foldVietnamese('Tuyên Quang')).toBe('tuyen quang');
    expect(foldVietnamese('ĐIỆN BIÊN')).toBe('dien bien');
  });

  it('folds every vowel with every tone', () => {
    expect(foldVietnamese('àáảãạ ăằắẳẵặ âầấẩẫậ')).toBe('aaaaa aaaaaa aaaaaa');
    expect(foldVietnamese('èéẻẽẹ êềếểễệ ìíỉĩị')).toBe('eeeee eeeeee iiiii');
    expect(foldVietnamese('òóỏõọ ôồốổỗộ ơờớởỡợ')).toBe('ooooo oooooo oooooo');
    expect(foldVietnamese('ùúủũụ ưừứửữự ỳýỷỹỵ')).toBe('uuuuu uuuuuu yyyyy');
    expect(foldVietnamese('ÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ ƠỜỚỞỠỢ ƯỪỨỬỮỰ')).toBe('aaaaa aaaaaa aaaaaa oooooo uuuuuu');
  });

  it('maps Đ, đ and the look-alikes Ð and Ɖ to d', () => {
    expect(foldVietnamese('Đ')).toBe('d');
    expect(foldVietnamese('đ')).toBe('d');
    expect(foldVietnamese('\u00D0ồng Nai')).toBe('dong nai');
    expect(foldVietnamese('\u00F0ồng Nai')).toBe('dong nai');
    expect(foldVietnamese('\u0189à Nẵng')).toBe('da nang');
  });

  it('gives the same result for old and new tone placement', () => {
    expect(foldVietnamese('Khánh Hoà')).toBe('khanh hoa');
    expect(foldVietnamese('Khánh Hòa')).toBe('khanh hoa');
    expect(foldVietnamese('Thanh Hoá')).toBe(foldVietnamese('Thanh Hóa'));
  });

  it('gives the same result for NFC and NFD input', () => {
    const name = 'Bà Rịa - Vũng Tàu';
    expect(name.normalize('NFD')).not.toBe(name.normalize('NFC'));
    expect(foldVietnamese(name.normalize('NFC'))).toBe('ba ria - vung tau');
    expect(foldVietnamese(name.normalize('NFD'))).toBe('ba ria - vung tau');
    expect(foldVietnamese('Đắk Lắk'.normalize('NFD'))).toBe('dak lak');
  });

  it('collapses and trims whitespace, tabs and no-break spaces included', () => {
    expect(foldVietnamese('  TP.   Hồ\tChí\u00A0Minh \n')).toBe('tp. ho chi minh');
    expect(foldVietnamese('   ')).toBe('');
    expect(foldVietnamese('')).toBe('');
  });

  it('keeps punctuation and digits', () => {
    expect(foldVietnamese('TP. Hồ Chí Minh')).toBe('tp. ho chi minh');
    expect(foldVietnamese('Phường 12')).toBe('phuong 12');
  });
});

describe('matchesSearch', () => {
  it('finds names typed without diacritics', () => {
    expect(matchesSearch('Đắk Lắk', 'dak lak')).toBe(true);
    expect(matchesSearch('Đắk Lắk', 'Đắk')).toBe(true);
    expect(matchesSearch('Khánh Hoà', 'khánh hòa')).toBe(true);
    expect(matchesSearch('Bà Rịa - Vũng Tàu', 'vung tau')).toBe(true);
  });

  it('matches every word anywhere, in any order', () => {
    expect(matchesSearch('TP. Hồ Chí Minh', 'ho chi')).toBe(true);
    expect(matchesSearch('TP. Hồ Chí Minh', 'minh ho')).toBe(true);
    expect(matchesSearch('TP. Hồ Chí Minh', 'hcm')).toBe(false);
    expect(matchesSearch('Hà Nội', 'ha noi')).toBe(true);
    expect(matchesSearch('Hà Nội', 'nội')).toBe(true);
  });

  it('matches parts of words, for typing as you go', () => {
    expect(matchesSearch('Thành phố Đà Nẵng', 'thanh pho da na')).toBe(true);
    expect(matchesSearch('Quảng Ninh', 'quan')).toBe(true);
  });

  it('needs every word of the query', () => {
    expect(matchesSearch('Đắk Lắk', 'dak nong')).toBe(false);
    expect(matchesSearch('Hà Nội', 'ha tinh')).toBe(false);
  });

  it('does not match across the folded distinction of words', () => {
    expect(matchesSearch('Hà Nội', 'hanoi')).toBe(false);
  });

  it('matches everything with an empty or blank query', () => {
    expect(matchesSearch('Đắk Lắk', '')).toBe(true);
    expect(matchesSearch('Đắk Lắk', '   ')).toBe(true);
    expect(matchesSearch('', '')).toBe(true);
  });

  it('ignores extra whitespace in the query', () => {
    expect(matchesSearch('Đắk Lắk', '  dak    lak ')).toBe(true);
  });
});

describe('matchesAnyTerm', () => {
  it('matches word by word, punctuation aside, the last word as typed so far', () => {
    expect(matchesAnyTerm(['TP.HCM'], 'tp hcm')).toBe(true);
    expect(matchesAnyTerm(['TP. Hồ Chí Minh'], 'ho chi m')).toBe(true);
    expect(matchesAnyTerm(['TP. Hồ Chí Minh'], 'minh ho')).toBe(true);
    expect(matchesAnyTerm(['Thừa Thiên Huế'], 'thua thien')).toBe(true);
    expect(matchesAnyTerm(['Bà Rịa - Vũng Tàu'], 'vung tau')).toBe(true);
    expect(matchesAnyTerm(['Hậu Giang'], 'ha giang')).toBe(false);
  });

  it('matches run-together typing from the start of a word', () => {
    expect(matchesAnyTerm(['TP.HCM'], 'tphcm')).toBe(true);
    expect(matchesAnyTerm(['BR-VT'], 'brvt')).toBe(true);
    expect(matchesAnyTerm(['Hà Nội'], 'hanoi')).toBe(true);
    expect(matchesAnyTerm(['Bộ KH&ĐT'], 'khdt')).toBe(true);
    expect(matchesAnyTerm(['Vĩnh Phúc'], 'hp')).toBe(false);
    expect(matchesAnyTerm(['Bình Phước'], 'hp')).toBe(false);
  });

  it('needs one term to match the whole query, and matches everything when blank', () => {
    expect(matchesAnyTerm(['Hà Nội', 'HN'], 'hn')).toBe(true);
    expect(matchesAnyTerm(['Hà Nội', 'HN'], 'ha hn')).toBe(false);
    expect(matchesAnyTerm([], 'x')).toBe(false);
    expect(matchesAnyTerm(['Hà Nội'], '  ')).toBe(true);
  });
});

describe('compareNames', () => {
  it('sorts in Vietnamese alphabetical order', () => {
    const vi = compareNames('vi');
    expect(vi('An', 'Ấp')).toBeLessThan(0);
    expect(vi('Ấp', 'An')).toBeGreaterThan(0);
    expect(vi('Bắc Ninh', 'Đắk Lắk')).toBeLessThan(0);
    expect(vi('Đắk Lắk', 'Bắc Ninh')).toBeGreaterThan(0);
    expect(vi('Hà Nội', 'Hà Nội')).toBe(0);
  });

  it('puts Đ after every D and Ă, Â after A', () => {
    const names = [
      'Đồng Tháp',
      'Ấp Bắc',
      'Đắk Lắk',
      'Điện Biên',
      'An Giang',
      'Bắc Ninh',
      'Dak',
      'Ăn',
      'Ea Súp',
      'Cà Mau',
    ];
    expect([...names].sort(compareNames('vi'))).toEqual([
      'An Giang',
      'Ăn',
      'Ấp Bắc',
      'Bắc Ninh',
      'Cà Mau',
      'Dak',
      'Đắk Lắk',
      'Điện Biên',
      'Đồng Tháp',
      'Ea Súp',
    ]);
  });

  it('sorts numbers inside names by value', () => {
    expect(['Phường 10', 'Phường 2', 'Phường 1'].sort(compareNames('vi'))).toEqual([
      'Phường 1',
      'Phường 2',
      'Phường 10',
    ]);
  });

  it('sorts English names', () => {
    expect(['Hue', 'Can Tho', 'Ha Noi', 'An Giang'].sort(compareNames('en'))).toEqual([
      'An Giang',
      'Can Tho',
      'Ha Noi',
      'Hue',
    ]);
  });

  it('returns the same comparator for a locale every time', () => {
    expect(compareNames('vi')).toBe(compareNames('vi'));
    expect(compareNames('en')).toBe(compareNames('en'));
    expect(compareNames('vi')).not.toBe(compareNames('en'));
  });
});
