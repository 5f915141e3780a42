/**
 * The bundled registry checked against docs/domain.md (§1.3, §1.4, §2, §3), transcribed here independently
 * so that a slip in either place shows.
 */
import { describe, expect, it } from 'vitest';
import { ERAS, REGIONS, registryMinistries, registryUnits } from './registry.ts';
import {
  mergerMap,
  successorMap,
  unitFullNameAt,
  unitKindAt,
  unitNameAt,
  unitRegionAt,
  type AdminUnit,
} from './units.ts';

// docs/domain.md §1.3, QĐ 19/2025/QĐ-TTg order.
const CODES_34 = [
  '01',
  '04',
  '08',
  '11',
  '12',
  '14',
  '15',
  '19',
  '20',
  '22',
  '24',
  '25',
  '31',
  '33',
  '37',
  '38',
  '40',
  '42',
  '44',
  '46',
  '48',
  '51',
  '52',
  '56',
  '66',
  '68',
  '75',
  '79',
  '80',
  '82',
  '86',
  '91',
  '92',
  '96',
];

// docs/domain.md §1.4: former code → current code.
const OLD_TO_NEW: Record<string, string> = {
  '01': '01',
  '02': '08',
  '04': '04',
  '06': '19',
  '08': '08',
  '10': '15',
  '11': '11',
  '12': '12',
  '14': '14',
  '15': '15',
  '17': '25',
  '19': '19',
  '20': '20',
  '22': '22',
  '24': '24',
  '25': '25',
  '26': '25',
  '27': '24',
  '30': '31',
  '31': '31',
  '33': '33',
  '34': '33',
  '35': '37',
  '36': '37',
  '37': '37',
  '38': '38',
  '40': '40',
  '42': '42',
  '44': '44',
  '45': '44',
  '46': '46',
  '48': '48',
  '49': '48',
  '51': '51',
  '52': '52',
  '54': '66',
  '56': '56',
  '58': '56',
  '60': '68',
  '62': '51',
  '64': '52',
  '66': '66',
  '67': '68',
  '68': '68',
  '70': '75',
  '72': '80',
  '74': '79',
  '75': '75',
  '77': '79',
  '79': '79',
  '80': '80',
  '82': '82',
  '83': '86',
  '84': '86',
  '86': '86',
  '87': '82',
  '89': '91',
  '91': '91',
  '92': '92',
  '93': '92',
  '94': '92',
  '95': '96',
  '96': '96',
};

// docs/domain.md §1.4 pre-2025 region column.
const REGION_63: Record<string, string[]> = {
  TDMNPB: ['02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '19', '20', '24', '25'],
  DBSH: ['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37'],
  'BTB-DHMT': ['38', '40', '42', '44', '45', '46', '48', '49', '51', '52', '54', '56', '58', '60'],
  TN: ['62', '64', '66', '67', '68'],
  DNB: ['70', '72', '74', '75', '77', '79'],
  DBSCL: ['80', '82', '83', '84', '86', '87', '89', '91', '92', '93', '94', '95', '96'],
};

// docs/domain.md §2 (derived assignment of the 34).
const REGION_34: Record<string, string[]> = {
  TDMNPB: ['08', '04', '15', '19', '20', '25', '11', '12', '14'],
  DBSH: ['01', '31', '22', '24', '33', '37'],
  'BTB-DHMT': ['38', '40', '42', '44', '46', '48', '51', '56'],
  TN: ['52', '66', '68'],
  DNB: ['79', '75', '80'],
  DBSCL: ['92', '86', '82', '91', '96'],
};

const units63 = registryUnits('63');
const units34 = registryUnits('34');
const byCode = (units: readonly AdminUnit[], code: string): AdminUnit => {
  const unit = units.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit;
};

describe('the 34 current units', () => {
  it('are the 34 official codes in the official order', () => {
    expect(units34.map((u) => u.code)).toEqual(CODES_34);
  });

  it('each absorb whole former units, every one of the 63 exactly once (§3.3)', () => {
    const inverse = successorMap(units34);
    expect(inverse.size).toBe(63);
    expect(Object.fromEntries([...inverse].sort())).toEqual(OLD_TO_NEW);
  });

  it('leave exactly the 11 units of NQ 202 unchanged', () => {
    const unchanged = [...mergerMap(units34)].filter(([, formers]) => formers.length === 1).map(([c]) => c);
    const names = unchanged.map((c) => byCode(units34, c).name.vi).sort();
    expect(names).toEqual(
      [
        'Cao Bằng',
        'Hà Nội',
        'Hà Tĩnh',
        'Huế',
        'Lai Châu',
        'Lạng Sơn',
        'Nghệ An',
        'Quảng Ninh',
        'Sơn La',
        'Thanh Hóa',
        'Điện Biên',
      ].sort(),
    );
  });

  it('were 28 provinces and 6 cities on 1/7/2025 and are 25 and 9 since 20/9/2026 (§0.3)', () => {
    const cities = (date: string) => units34.filter((u) => unitKindAt(u, date) === 'city').map((u) => u.code);
    expect(cities('2025-07-01')).toEqual(['01', '31', '46', '48', '79', '92']);
    expect(cities('2026-04-29')).toHaveLength(6);
    expect(cities('2026-04-30')).toEqual(['01', '31', '46', '48', '75', '79', '92']);
    expect(cities('2026-09-01')).toContain('22');
    expect(cities('2026-09-19')).not.toContain('24');
    expect(cities('2026-11-27')).toEqual(['01', '22', '24', '31', '46', '48', '75', '79', '92']);
  });

  it('belong to the six regions as docs/domain.md §2 assigns them, marked as derived', () => {
    for (const [region, codes] of Object.entries(REGION_34)) {
      for (const code of codes) expect(unitRegionAt(byCode(units34, code), '2026-11-27'), code).toBe(region);
    }
    expect(units34.every((u) => u.regions[0]?.derived === true)).toBe(true);
  });

  it('carry seats that are not in the namesake province (§3.2 notes)', () => {
    expect(byCode(units34, '15').seat?.name).toBe('Yên Bái');
    expect(byCode(units34, '52').seat?.name).toBe('Quy Nhơn');
    expect(byCode(units34, '80').seat?.name).toBe('Tân An');
  });

  it('count 3,321 communes in all', () => {
    expect(units34.reduce((n, u) => n + (u.communes ?? 0), 0)).toBe(3321);
  });

  it('have full names that follow the kind in force', () => {
    const dongNai = byCode(units34, '75');
    expect(unitFullNameAt(dongNai, '2026-01-01', 'vi')).toBe('Tỉnh Đồng Nai');
    expect(unitFullNameAt(dongNai, '2026-04-30', 'vi')).toBe('Thành phố Đồng Nai');
    expect(unitFullNameAt(dongNai, '2026-04-30', 'en')).toBe('Dong Nai City');
    expect(unitFullNameAt(byCode(units34, '79'), '2026-01-01', 'vi')).toBe('Thành phố Hồ Chí Minh');
    expect(unitFullNameAt(byCode(units34, '79'), '2026-01-01', 'en')).toBe('Ho Chi Minh City');
  });
});

describe('the 63 former units', () => {
  it('are 63 with regions as in §3.3 (14, 11, 14, 5, 6, 13)', () => {
    expect(units63).toHaveLength(63);
    for (const [region, codes] of Object.entries(REGION_63)) {
      const actual = units63.filter((u) => unitRegionAt(u, '2024-06-30') === region).map((u) => u.code);
      expect(actual, region).toEqual(codes);
    }
  });

  it('point to their successor consistently with the merger map', () => {
    for (const unit of units63) expect(unit.successor, unit.code).toBe(OLD_TO_NEW[unit.code]);
  });

  it('end on 30/06/2025', () => {
    expect(new Set(units63.map((u) => u.validTo))).toEqual(new Set(['2025-06-30']));
  });

  it('know Huế as Thừa Thiên Huế, a province, until 31/12/2024 and as a city from 1/1/2025', () => {
    const hue = byCode(units63, '46');
    expect(unitNameAt(hue, '2024-12-31', 'vi')).toBe('Thừa Thiên Huế');
    expect(unitKindAt(hue, '2024-12-31')).toBe('province');
    expect(unitNameAt(hue, '2025-01-01', 'vi')).toBe('Huế');
    expect(unitKindAt(hue, '2025-01-01')).toBe('city');
  });

  it('had five centrally-run cities until the end of 2024', () => {
    const cities = units63.filter((u) => unitKindAt(u, '2024-06-01') === 'city').map((u) => u.code);
    expect(cities).toEqual(['01', '31', '48', '79', '92']);
  });
});

describe('ministries', () => {
  it('were 22 until 28/02/2025 and are 17 since 1/3/2025 (§4)', () => {
    expect(registryMinistries('22')).toHaveLength(22);
    expect(registryMinistries('17')).toHaveLength(17);
    expect(new Set(registryMinistries('22').map((m) => m.validTo))).toEqual(new Set(['2025-02-28']));
  });

  it('of the 17 took over the main functions of every one of the 22 exactly once', () => {
    const formers = registryMinistries('17').flatMap((m) => m.formerCodes ?? []);
    expect(formers.sort()).toEqual(
      registryMinistries('22')
        .map((m) => m.code)
        .sort(),
    );
  });

  it('carry their usual short forms for narrow cells: Bộ KH&ĐT, Bộ NN&MT, NHNN; MPI, MAE, SBV', () => {
    const short = (era: '22' | '17', code: string) =>
      registryMinistries(era).find((m) => m.code === code)?.short;
    expect(short('22', 'KHDT')).toEqual({ vi: 'Bộ KH&ĐT', en: 'MPI' });
    expect(short('17', 'NNMT')).toEqual({ vi: 'Bộ NN&MT', en: 'MAE' });
    expect(short('17', 'NHNN')).toEqual({ vi: 'NHNN', en: 'SBV' });
    for (const m of [...registryMinistries('22'), ...registryMinistries('17')]) {
      expect(m.short?.vi.length, m.code).toBeLessThan(m.name.vi.length);
    }
  });

  it('merged as NQ 176/2025/QH15 says', () => {
    const of = (code: string) => registryMinistries('17').find((m) => m.code === code)?.formerCodes;
    expect(of('TC')).toEqual(['TC', 'KHDT']);
    expect(of('NNMT')).toEqual(['NNPTNT', 'TNMT']);
    expect(of('XD')).toEqual(['XD', 'GTVT']);
    expect(of('KHCN')).toEqual(['KHCN', 'TTTT']);
    expect(of('NV')).toEqual(['NV', 'LDTBXH']);
    expect(of('DTTG')).toEqual(['UBDT']);
  });
});

describe('eras and regions', () => {
  it('switch provinces on 1/7/2025 and ministries on 1/3/2025; the 22 ministries have no made-up start', () => {
    expect(ERAS.map((e) => [e.id, e.from ?? null, e.to ?? null])).toEqual([
      ['63', '2008-08-01', '2025-06-30'],
      ['34', '2025-07-01', null],
      // In force long before the data begins: the registry records when the set ended, not a 1/1/2022 start.
      ['22', null, '2025-02-28'],
      ['17', '2025-03-01', null],
    ]);
    expect(registryMinistries('22').every((m) => m.validFrom === undefined)).toBe(true);
  });

  it('name code 79 "TP. Hồ Chí Minh" in both eras', () => {
    expect(registryUnits('63').find((u) => u.code === '79')?.name.vi).toBe('TP. Hồ Chí Minh');
    expect(registryUnits('34').find((u) => u.code === '79')?.name.vi).toBe('TP. Hồ Chí Minh');
  });

  it('name the six socio-economic regions', () => {
    expect(REGIONS.map((r) => r.name.vi)).toEqual([
      'Trung du và miền núi phía Bắc',
      'Đồng bằng sông Hồng',
      'Bắc Trung Bộ và duyên hải miền Trung',
      'Tây Nguyên',
      'Đông Nam Bộ',
      'Đồng bằng sông Cửu Long',
    ]);
  });
});
