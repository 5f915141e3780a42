import { describe, expect, it } from 'vitest';
import { csvNumber, readCsvFile } from '../../../test/e2e-support/csv.ts';
import { csvFileName, exportFileName, plainNumber, toCsv } from './to-csv.ts';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = toCsv(['Mã', 'Tên'], [['01', 'Hà Nội']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFMã,Tên\r\n01,Hà Nội\r\n');
  });

  it('preserves Vietnamese diacritics exactly', () => {
    const names = ['Đắk Lắk', 'Quảng Ngãi', 'Thừa Thiên Huế', 'Khánh Hòa'];
    const csv = toCsv(
      ['Tên'],
      names.map((n) => [n]),
    );
    expect(csv.slice(1).split('\r\n').slice(1, -1)).toEqual(names);
  });

  it('quotes fields with commas, quotes, CR or LF and doubles quotes', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e'], [['x, y', 'say "hi"', 'line\nbreak', 'cr\rhere', 'plain']]);
    expect(csv.split('\r\n')[1]).toBe('"x, y","say ""hi""","line\nbreak","cr\rhere",plain');
  });

  it('writes numbers machine-readably: dot decimal, full precision, no locale', () => {
    const csv = toCsv(['v'], [[67.3], [2650000], [0.1 + 0.2], [-1.5], [0], [-0]]);
    expect(csv.slice(1).split('\r\n').slice(1, -1)).toEqual([
      '67.3',
      '2650000',
      '0.30000000000000004',
      '-1.5',
      '0',
      '0',
    ]);
  });

  it('never uses exponent notation', () => {
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-2.5e-8)).toBe('-0.000000025');
    expect(plainNumber(1.5e21)).toBe('1500000000000000000000');
    expect(plainNumber(2650000000000)).toBe('2650000000000');
    expect(Number(plainNumber(1.2345e-10))).toBe(1.2345e-10);
  });

  it('writes null and non-finite numbers as empty fields, never zero', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, Number.NaN, 1]]).split('\r\n')[1]).toBe(',,1');
  });

  it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
    const csv = toCsv(
      ['x'],
      [['=HYPERLINK("http://evil")'], ['+1'], ['-2+3'], ['@SUM(A1)'], ['\tx'], ['\rx'], [-5], ['a=b']],
    );
    expect(csv.slice(1).split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://evil"")"`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      `"'\rx"`,
      '-5',
      'a=b',
    ]);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
  });
});

describe('toCsv: comment rows and the variant for Excel set to Vietnamese', () => {
  const meta = [
    { label: 'Chỉ tiêu', value: 'Thu ngân sách nhà nước' },
    { label: 'Kỳ', value: 'Tháng 10/2026' },
    { label: 'Nguồn', value: 'Bộ Tài chính; Tổng cục Thống kê, Cục Thuế' },
    { label: 'Cập nhật lúc', value: '14:30, 27/11/2026' },
  ];
  const headers = ['Mã', 'Tỉnh, thành phố', 'Giá trị (tỷ đồng)'];
  const rows = [
    ['01', 'Hà Nội', 81770.5],
    ['12', 'Lai Châu', null],
    ['66', 'Đắk Lắk', -1.25],
    ['79', 'TP. Hồ Chí Minh', 2650000],
  ];

  it('leads with "# label,value" rows that a reader skips as comments', () => {
    const csv = toCsv(headers, rows, { meta });
    expect(csv.split('\r\n').slice(0, 5)).toEqual([
      '\uFEFF# Chỉ tiêu,Thu ngân sách nhà nước',
      '# Kỳ,Tháng 10/2026',
      '# Nguồn,"Bộ Tài chính; Tổng cục Thống kê, Cục Thuế"',
      '# Cập nhật lúc,"14:30, 27/11/2026"',
      'Mã,"Tỉnh, thành phố",Giá trị (tỷ đồng)',
    ]);
    const file = readCsvFile(csv);
    expect(Object.fromEntries(file.meta)).toEqual({
      'Chỉ tiêu': 'Thu ngân sách nhà nước',
      Kỳ: 'Tháng 10/2026',
      Nguồn: 'Bộ Tài chính; Tổng cục Thống kê, Cục Thuế',
      'Cập nhật lúc': '14:30, 27/11/2026',
    });
    expect(file.headers).toEqual(headers);
    expect(file.rows.map((r) => [r[0], r[1], csvNumber(r[2])])).toEqual(rows);
  });

  it('writes ";" between fields and a decimal comma, read back to the same numbers', () => {
    const csv = toCsv(headers, rows, { meta, dialect: 'semicolon' });
    const lines = csv.split('\r\n');
    expect(lines[2]).toBe('# Nguồn;"Bộ Tài chính; Tổng cục Thống kê, Cục Thuế"');
    // A comma inside text needs no quotes when ";" separates the fields.
    expect(lines[3]).toBe('# Cập nhật lúc;14:30, 27/11/2026');
    expect(lines.slice(4, 9)).toEqual([
      'Mã;Tỉnh, thành phố;Giá trị (tỷ đồng)',
      '01;Hà Nội;81770,5',
      '12;Lai Châu;',
      '66;Đắk Lắk;-1,25',
      '79;TP. Hồ Chí Minh;2650000',
    ]);
    const file = readCsvFile(csv, ';');
    expect(file.meta.get('Nguồn')).toBe('Bộ Tài chính; Tổng cục Thống kê, Cục Thuế');
    expect(file.headers).toEqual(headers);
    expect(file.rows.map((r) => [r[0], r[1], csvNumber(r[2], ';')])).toEqual(rows);
  });

  it('keeps a comment row starting with "#" whatever its label holds', () => {
    const csv = toCsv(['a'], [], {
      meta: [{ label: 'Kỳ, "đầu"; cuối\n', value: 'x' }],
      dialect: 'semicolon',
    });
    expect(csv.split('\r\n')[0]).toBe('\uFEFF# Kỳ đầu cuối;x');
  });

  it('neutralises formulas in either dialect', () => {
    expect(
      toCsv(['x'], [['=1+1'], [-2]], { dialect: 'semicolon' })
        .split('\r\n')
        .slice(1, 3),
    ).toEqual(["'=1+1", '-2']);
  });
});

describe('csvFileName', () => {
  it('folds Vietnamese to ASCII kebab-case parts joined by underscores', () => {
    expect(csvFileName(['Điều hành', 'Giải ngân vốn đầu tư công', '2026-10', '34 tỉnh'])).toBe(
      'dieu-hanh_giai-ngan-von-dau-tu-cong_2026-10_34-tinh.csv',
    );
  });

  it('drops punctuation and empty parts', () => {
    expect(csvFileName(['  Đắk Lắk / TP. Hồ Chí Minh ', '', '!!'])).toBe('dak-lak-tp-ho-chi-minh.csv');
    expect(csvFileName([])).toBe('dieu-hanh.csv');
  });

  it('takes another extension for images', () => {
    expect(exportFileName(['Điều hành', 'Xu hướng'], 'png')).toBe('dieu-hanh_xu-huong.png');
  });
});
