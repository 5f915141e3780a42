/**
 * CSV for "download the data behind this chart": machine-readable numbers, Vietnamese text that
 * Excel opens correctly, and no way for a feed string to become a spreadsheet formula. Pure.
 */
import { foldVietnamese } from '../../domain/text.ts';

/** A cell: text, a number (written exactly as given: round before, not here) or null (an empty field). */
export type CsvCell = string | number | null;

/**
 * How fields and decimals are written:
 * - `comma`: RFC 4180, "," between fields and "." before decimals (67.3): for software and for Excel in
 *   an English locale;
 * - `semicolon`: ";" between fields and "," before decimals (67,3), which is what Excel reads when Windows
 *   is set to Vietnamese (its list separator is ";" because "," is the decimal separator there).
 */
export type CsvDialect = 'comma' | 'semicolon';

/** A leading comment row naming what the file holds: "# Nguồn" and "Bộ Tài chính". */
export interface CsvMetaRow {
  readonly label: string;
  readonly value: string;
}

export interface CsvOptions {
  /** Default `comma`. */
  readonly dialect?: CsvDialect;
  /** Written before the header, one row each: the indicator, period, source, update time, rounding. */
  readonly meta?: readonly CsvMetaRow[];
}

const BOM = '\uFEFF';
const CRLF = '\r\n';
const SEPARATOR: Record<CsvDialect, string> = { comma: ',', semicolon: ';' };
const NEEDS_QUOTES: Record<CsvDialect, RegExp> = { comma: /[",\r\n]/, semicolon: /[";\r\n]/ };
/** Leading characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const EXPONENT = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;
/** What a comment row's label may not hold, so the row still starts with "#" (never a quote). */
const LABEL_UNSAFE = /[",;\r\n]+/g;

/**
 * A CSV document: a UTF-8 byte order mark (Excel reads BOM-less CSV in the system code page and garbles
 * "Đắk Lắk"), then the `meta` comment rows, the header and the rows, every record ended by CRLF, fields
 * quoted when they contain the separator, a quote, CR or LF, with quotes doubled (RFC 4180).
 *
 * - A comment row is `# label` then the value in the second field: `# Nguồn,Bộ Tài chính`. The row starts
 *   with "#" so `pandas.read_csv(comment='#')` and R's `comment.char = '#'` skip it, while Excel shows the
 *   two cells as a small block above the table. Separators and quotes are dropped from the label so the
 *   row never starts with a quote; the value is quoted like any field.
 * - Numbers are the shortest representation that round-trips (`String(n)`), never locale-formatted and
 *   without thousands separators: 67.3, 2650000, -1.5, and 0.1 + 0.2 as 0.30000000000000004 (the caller
 *   rounds to the indicator's decimals, or asks for the raw values). The `semicolon` dialect writes the
 *   decimal comma: 67,3. Magnitudes that `String` writes with an exponent (below 1e-6, from 1e21) are
 *   written out in plain notation. NaN and ±Infinity are not values: they are written as empty fields.
 * - null is an empty field: missing is never zero.
 * - A text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe so a spreadsheet
 *   shows it as text instead of running it. Pass numbers as numbers: the text "-5" becomes "'-5".
 */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  { dialect = 'comma', meta = [] }: CsvOptions = {},
): string {
  const separator = SEPARATOR[dialect];
  const field = (cell: CsvCell) => csvField(cell, dialect);
  const comments = meta.map(
    ({ label, value }) =>
      `# ${label.replace(LABEL_UNSAFE, ' ').replace(/\s+/g, ' ').trim()}${separator}${field(value)}`,
  );
  const records = [headers, ...rows].map((record) => record.map(field).join(separator));
  return BOM + [...comments, ...records].map((r) => r + CRLF).join('');
}

function csvField(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const text = plainNumber(cell);
    return dialect === 'semicolon' ? text.replace('.', ',') : text;
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES[dialect].test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
