/**
 * CSV for "download the data behind this chart": machine-readable numbers, Vietnamese text that
 * Excel opens correctly, and no way for a feed string to become a spreadsheet formula. Pure.
 */
import { foldVietnamese } from '../../domain/text.ts';

/** A cell: text, a number (written exactly as the feed gave it) or null (an empty field). */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const CRLF = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;
/** Leading characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const EXPONENT = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;

/**
 * An RFC 4180 CSV document: a UTF-8 byte order mark (Excel reads BOM-less CSV in the system code page
 * and garbles "Đắk Lắk"), comma separators, every record (the header included) ended by CRLF, fields
 * quoted when they contain a comma, a quote, CR or LF, with quotes doubled.
 *
 * - Numbers are the shortest representation that round-trips (`String(n)`), with a dot decimal and
 *   never locale-formatted, so the file holds exactly the feed's value: 67.3, 2650000, -1.5, and
 *   0.1 + 0.2 as 0.30000000000000004 (no rounding: round in the feed, not here). Magnitudes that
 *   `String` writes with an exponent (below 1e-6, from 1e21) are written out in plain notation.
 *   NaN and ±Infinity are not values: they are written as empty fields, like null.
 * - null is an empty field: missing is never zero.
 * - A text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe so a spreadsheet
 *   shows it as text instead of running it. Pass numbers as numbers: the text "-5" becomes "'-5".
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const records = [headers, ...rows].map((record) => record.map(csvField).join(','));
  return BOM + records.map((r) => r + CRLF).join('');
}

function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? plainNumber(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `String(n)` without exponent notation: the same digits, the decimal point moved into place. */
export function plainNumber(n: number): string {
  const s = String(n);
  const match = EXPONENT.exec(s);
  if (!match) return s;
  const [, sign = '', int = '', frac = '', exp = '0'] = match;
  const digits = int + frac;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A portable file name from `parts`: each part folded to ASCII (diacritics dropped, "đ" → "d"),
 * lower-case, runs of anything else as one hyphen; parts joined by "_"; empty parts dropped.
 * `['Điều hành', 'Giải ngân vốn đầu tư công', '2026-10', '34 tỉnh']`, 'png' →
 * "dieu-hanh_giai-ngan-von-dau-tu-cong_2026-10_34-tinh.png". Pure: pass the period (or today's date)
 * as a part; nothing here reads the clock.
 */
export function exportFileName(parts: readonly string[], extension: string): string {
  const slugs = parts
    .map((part) =>
      foldVietnamese(part)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((slug) => slug !== '');
  return `${slugs.length > 0 ? slugs.join('_') : 'dieu-hanh'}.${extension}`;
}

/** {@link exportFileName} with ".csv": "dieu-hanh_giai-ngan-von-dau-tu-cong_2026-10_34-tinh.csv". */
export function csvFileName(parts: readonly string[]): string {
  return exportFileName(parts, 'csv');
}
