import { describe, expect, it } from 'vitest';
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
