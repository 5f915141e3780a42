/**
 * The bench's one table and its JSON: every figure is a row with a stable key (documented in
 * test/bench/README.md), a value in a base unit (bytes, milliseconds, a score, a count), and where the issue
 * states a goal, whether it is met and by how much it is missed.
 */

export type FigureUnit = 'bytes' | 'ms' | 'score' | 'count' | 'ratio';

export interface Goal {
  /** `<=`: at most; `<`: under; `>=`: at least. */
  readonly op: '<=' | '<' | '>=';
  readonly target: number;
}

export interface Figure {
  readonly key: string;
  /** Null when the figure could not be measured; `note` then says why. */
  readonly value: number | null;
  readonly unit: FigureUnit;
  readonly goal?: Goal;
  /** A few words beside the value: where a function lives, why a figure is missing. */
  readonly note?: string;
}

/** A section that could not run at all, printed as one line instead of figures. */
export interface Unavailable {
  readonly key: string;
  readonly reason: string;
}

export type Row = Figure | Unavailable;

export function isFigure(row: Row): row is Figure {
  return 'unit' in row;
}

export function formatValue(value: number | null, unit: FigureUnit): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  switch (unit) {
    case 'bytes':
      return value >= 1_000_000 ? `${(value / 1_000_000).toFixed(2)} MB` : `${(value / 1000).toFixed(1)} kB`;
    case 'ms':
      return value >= 10_000
        ? `${(value / 1000).toFixed(1)} s`
        : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
    case 'score':
      return value.toFixed(2);
    case 'ratio':
      return value.toFixed(3);
    case 'count':
      return String(Math.round(value));
  }
}

export interface Verdict {
  readonly met: boolean;
  /** How far from the goal, in the figure's unit: the miss when not met, the margin when met. */
  readonly by: number;
}

export function judge(value: number, goal: Goal): Verdict {
  switch (goal.op) {
    case '<=':
      return { met: value <= goal.target, by: Math.abs(value - goal.target) };
    case '<':
      return { met: value < goal.target, by: Math.abs(value - goal.target) };
    case '>=':
      return { met: value >= goal.target, by: Math.abs(goal.target - value) };
  }
}

function goalText(goal: Goal, unit: FigureUnit): string {
  const op = { '<=': '≤', '<': '<', '>=': '≥' }[goal.op];
  return `${op} ${formatValue(goal.target, unit)}`;
}

function resultText(figure: Figure): string {
  if (!figure.goal) return '';
  if (figure.value === null || Number.isNaN(figure.value)) return 'not measured';
  const verdict = judge(figure.value, figure.goal);
  const by = formatValue(verdict.by, figure.unit);
  return verdict.met ? `met (${by} to spare)` : `MISSED by ${by}`;
}

/** The table as text: key, value, goal, result, note; unavailable sections as one line each. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['figure (JSON key)', 'value', 'goal', 'result', 'note'];
  const cells = rows.map((row) =>
    isFigure(row)
      ? [
          row.key,
          formatValue(row.value, row.unit),
          row.goal ? goalText(row.goal, row.unit) : '',
          resultText(row),
          row.note ?? '',
        ]
      : [row.key, 'not available', '', '', row.reason],
  );
  const widths = header.map((h, i) =>
    Math.max(h.length, ...cells.map((c) => (i === 4 ? 0 : (c[i] ?? '').length))),
  );
  const line = (c: readonly string[]) =>
    c
      .map((text, i) =>
        i === 1 ? text.padStart(widths[i] ?? 0) : i === 4 ? text : text.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w, i) => '─'.repeat(i === 4 ? 4 : w)).join('  ');
  return [line(header), rule, ...cells.map(line)].join('\n');
}

export interface BenchJson {
  readonly meta: Readonly<Record<string, unknown>>;
  /** Every figure by key: the value in its base unit, or null with the reason in `note`. */
  readonly figures: Readonly<
    Record<string, { value: number | null; unit: FigureUnit; goal?: Goal; met?: boolean; note?: string }>
  >;
  /** Sections that did not run, by key, with the reason. */
  readonly unavailable: Readonly<Record<string, string>>;
}

export function toJson(rows: readonly Row[], meta: Readonly<Record<string, unknown>>): BenchJson {
  const figures: Record<string, BenchJson['figures'][string]> = {};
  const unavailable: Record<string, string> = {};
  for (const row of rows) {
    if (!isFigure(row)) {
      unavailable[row.key] = row.reason;
      continue;
    }
    if (row.key in figures) throw new Error(`two figures with the key ${row.key}`);
    const met =
      row.goal && row.value !== null && !Number.isNaN(row.value) ? judge(row.value, row.goal).met : undefined;
    figures[row.key] = {
      value: row.value === null || Number.isNaN(row.value) ? null : row.value,
      unit: row.unit,
      ...(row.goal ? { goal: row.goal } : {}),
      ...(met !== undefined ? { met } : {}),
      ...(row.note ? { note: row.note } : {}),
    };
  }
  return { meta, figures, unavailable };
}
