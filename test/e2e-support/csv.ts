/**
 * A small RFC 4180 reader for the CSV files the app downloads (quoted fields, doubled quotes, CRLF), with
 * either separator the app writes: "," or ";" (the variant for Excel set to Vietnamese). Written apart from
 * the app's writer so a test reads the file the way a spreadsheet would, not the way the app meant it.
 */

export function parseCsv(text: string, separator: ',' | ';' = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** A downloaded CSV file read back: its leading "# label,value" rows, its header and its rows. */
export interface CsvFile {
  /** The comment rows, label (without "# ") to value, in file order. */
  readonly meta: ReadonlyMap<string, string>;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * Reads a file as `pandas.read_csv(comment='#')` would see its table, keeping the comment rows apart.
 * @throws Error when the text does not start with the UTF-8 byte order mark the app writes.
 */
export function readCsvFile(text: string, separator: ',' | ';' = ','): CsvFile {
  if (!text.startsWith('\uFEFF')) throw new Error('CSV without a UTF-8 byte order mark');
  const records = parseCsv(text.slice(1), separator);
  const meta = new Map<string, string>();
  let start = 0;
  for (const record of records) {
    const [first = ''] = record;
    if (!first.startsWith('#')) break;
    meta.set(first.replace(/^#\s*/, ''), record.slice(1).join(separator));
    start++;
  }
  const [headers = [], ...rows] = records.slice(start);
  return { meta, headers, rows };
}

/**
 * A number cell as a spreadsheet set to that convention reads it: "67.3" with ",", "67,3" with ";".
 * An empty cell is a missing value (null, never zero).
 * @throws Error for anything else, e.g. "1.234,5" (thousands separators) or "67.3" in the ";" variant.
 */
export function csvNumber(cell: string | undefined, separator: ',' | ';' = ','): number | null {
  if (cell === undefined || cell === '') return null;
  const pattern = separator === ',' ? /^-?\d+(\.\d+)?$/ : /^-?\d+(,\d+)?$/;
  if (!pattern.test(cell)) throw new Error(`not a plain number for "${separator}": ${JSON.stringify(cell)}`);
  return Number(cell.replace(',', '.'));
}
