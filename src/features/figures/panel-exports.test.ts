import { beforeAll, describe, expect, it } from 'vitest';
import { csvNumber, readCsvFile } from '../../../test/e2e-support/csv.ts';
import { CSV_VARIANTS, type CsvVariant } from '../../components/export/csv-variant.ts';
import type { Indicator } from '../../domain/indicators.ts';
import { monthPeriod } from '../../domain/period.ts';
import { loadMessages, translate, type Translate } from '../../i18n/i18n.tsx';
import { rankingCsvContent } from './panel-exports.ts';
import type { BoardRow } from './select-board-rows.ts';

const vi: Translate = (key, params) => translate('vi', key, params);
const en: Translate = (key, params) => translate('en', key, params);
beforeAll(async () => {
  await loadMessages('en');
});

const cpi: Indicator = {
  id: 'cpi-yoy',
  name: { vi: 'Chỉ số giá tiêu dùng so với cùng kỳ', en: 'Consumer price index, year on year' },
  group: 'socio-economic',
  unit: { kind: 'growth', multiplier: 1, label: { vi: '%', en: '%' } },
  frequencies: ['month'],
  polarity: 'lower-is-better',
  aggregation: { kind: 'weighted-mean', weightIndicatorId: 'population' },
  decimals: 2,
  source: { vi: 'Cục Thống kê, Bộ Tài chính', en: 'National Statistics Office' },
  cumulative: false,
  scopes: ['province'],
  headline: true,
};

function row(code: string, name: string, value: number | null, rank: number | null): BoardRow {
  return {
    code,
    name,
    state: value === null ? 'missing' : 'value',
    value,
    status: value === null ? 'missing' : 'official',
    valueText: null,
    cellText: null,
    change: null,
    changeText: null,
    previousYear: value === null ? null : value - 0.123456789,
    target: null,
    shareOfTarget: null,
    rank,
    tied: false,
    rankChange: null,
    converted: value !== null && code === '79',
  };
}

// A merged unit's weighted mean comes out of the conversion with every digit of the division.
const rows = [
  row('01', 'Hà Nội', 2.9, 1),
  row('79', 'TP. Hồ Chí Minh', 3.236749306123544, 2),
  row('12', 'Lai Châu', null, null),
];
const args = {
  rows,
  indicator: cpi,
  period: monthPeriod(2026, 10),
  era: '34' as const,
  updatedAt: '2026-11-27T07:30:00Z',
};
const csv = (variant: CsvVariant, t = vi, locale: 'vi' | 'en' = 'vi') =>
  rankingCsvContent({ ...args, variant, t, locale });
const separator = (variant: CsvVariant) => (variant.dialect === 'comma' ? ',' : ';');

describe('rankingCsvContent', () => {
  it('names indicator, period, units, source, update time, rounding and format in leading rows', () => {
    const file = readCsvFile(csv(CSV_VARIANTS[0]!));
    expect(Object.fromEntries(file.meta)).toEqual({
      'Chỉ tiêu': 'Chỉ số giá tiêu dùng so với cùng kỳ',
      'Đơn vị tính': '%',
      Kỳ: 'Tháng 10/2026',
      'Đơn vị hành chính': '34 tỉnh, thành phố',
      Nguồn: 'Cục Thống kê, Bộ Tài chính',
      'Cập nhật lúc': '14:30, 27/11/2026',
      'Số liệu': 'Làm tròn đến 2 chữ số thập phân, như trên màn hình',
      'Định dạng': 'Dấu phẩy giữa các cột, dấu chấm thập phân',
    });
    expect(file.headers).toEqual([
      'Hạng',
      'Mã',
      'Tỉnh, thành phố',
      'Giá trị (%)',
      'Cùng kỳ năm trước (%)',
      'Thay đổi hạng',
      'Trạng thái',
    ]);
  });

  it('rounds every value to the indicator’s decimals in every rounded variant, read back alike', () => {
    for (const variant of CSV_VARIANTS.filter((v) => !v.raw)) {
      const file = readCsvFile(csv(variant), separator(variant));
      const values = file.rows.map((r) => [
        r[1],
        csvNumber(r[3], separator(variant)),
        csvNumber(r[4], separator(variant)),
      ]);
      expect(values, variant.dialect).toEqual([
        ['01', 2.9, 2.78],
        ['79', 3.24, 3.11],
        ['12', null, null],
      ]);
      expect(file.rows[2]?.[6]).toBe('Chưa có số liệu');
    }
  });

  it('keeps the raw values only when asked, and says so', () => {
    for (const variant of CSV_VARIANTS.filter((v) => v.raw)) {
      const file = readCsvFile(csv(variant), separator(variant));
      expect(csvNumber(file.rows[1]?.[3], separator(variant))).toBe(3.236749306123544);
      expect(file.meta.get('Số liệu')).toBe('Số liệu gốc của nguồn và của phép quy đổi, không làm tròn');
    }
  });

  it('writes the variant for Excel set to Vietnamese with ";" and a decimal comma', () => {
    const text = csv({ dialect: 'semicolon', raw: false });
    expect(text).toContain('\r\n2;79;TP. Hồ Chí Minh;3,24;3,11;;Chính thức\r\n');
    expect(readCsvFile(text, ';').meta.get('Định dạng')).toBe(
      'Dấu chấm phẩy giữa các cột, dấu phẩy thập phân (Excel tiếng Việt)',
    );
  });

  it('credits the body that published the period’s figures, not today’s name of it', () => {
    const renamed: Indicator = {
      ...cpi,
      sources: [
        { value: { vi: 'Tổng cục Thống kê', en: 'General Statistics Office' }, until: '2025-02-28' },
        { value: cpi.source },
      ],
    };
    const of = (period: ReturnType<typeof monthPeriod>) =>
      readCsvFile(
        rankingCsvContent({
          ...args,
          indicator: renamed,
          period,
          variant: CSV_VARIANTS[0]!,
          t: vi,
          locale: 'vi',
        }),
      ).meta.get('Nguồn');
    expect(of(monthPeriod(2023, 10))).toBe('Tổng cục Thống kê');
    expect(of(monthPeriod(2026, 10))).toBe('Cục Thống kê, Bộ Tài chính');
  });

  it('writes the leading rows in English in English', () => {
    const file = readCsvFile(csv(CSV_VARIANTS[0]!, en, 'en'));
    expect([...file.meta.keys()]).toEqual([
      'Indicator',
      'Unit',
      'Period',
      'Administrative units',
      'Source',
      'Updated at',
      'Figures',
      'Format',
    ]);
    expect(file.meta.get('Period')).toBe('October 2026');
  });
});
