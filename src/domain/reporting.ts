/**
 * Compliance with the reporting regime (Decree 09/2019/NĐ-CP): how many of the periodic reports due
 * each agency sent on time, late, or not yet; the on-time share; the matrix of agencies by reports.
 */
import { rankUnits, type Ranking } from './rank.ts';

export interface ReportingCounts {
  readonly required: number;
  readonly onTime: number;
  readonly late: number;
  readonly notSubmitted: number;
}

export interface AgencyReportingCounts {
  readonly code: string;
  readonly counts: ReportingCounts;
}

/** Share of the reports due sent on time, per cent; null when none was due. */
export function onTimeShare(counts: ReportingCounts): number | null {
  return counts.required > 0 ? (100 * counts.onTime) / counts.required : null;
}

/** Share sent at all (on time or late), per cent; null when none was due. */
export function submittedShare(counts: ReportingCounts): number | null {
  return counts.required > 0 ? (100 * (counts.onTime + counts.late)) / counts.required : null;
}

/** The sum of several agencies' counts. */
export function addReportingCounts(parts: Iterable<ReportingCounts>): ReportingCounts {
  let required = 0;
  let onTime = 0;
  let late = 0;
  let notSubmitted = 0;
  for (const c of parts) {
    required += c.required;
    onTime += c.onTime;
    late += c.late;
    notSubmitted += c.notSubmitted;
  }
  return { required, onTime, late, notSubmitted };
}

/**
 * Agencies ranked by on-time share (one decimal, as shown; ties share the rank), the best first;
 * agencies with nothing due are unranked.
 */
export function rankByOnTimeShare(rows: readonly AgencyReportingCounts[]): Ranking {
  return rankUnits(
    rows.map((r) => ({ code: r.code, value: onTimeShare(r.counts) })),
    { polarity: 'higher-is-better', decimals: 1 },
  );
}

/** Agencies with reports not yet sent, the most first (ties by `tieOrder`, code order by default). */
export function agenciesWithOutstanding<T extends AgencyReportingCounts>(
  rows: readonly T[],
  tieOrder: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): T[] {
  return rows
    .filter((r) => r.counts.notSubmitted > 0)
    .sort((a, b) => b.counts.notSubmitted - a.counts.notSubmitted || tieOrder(a.code, b.code));
}

export type SubmissionStatus = 'on-time' | 'late' | 'not-submitted';

export interface SubmissionLike {
  readonly code: string;
  readonly reportId: string;
  readonly status: SubmissionStatus;
}

/**
 * The matrix of agencies by reports: for each agency and report, the counts of its submissions in the
 * period (one for a month; a quarter or a year can hold several of a monthly report).
 */
export function submissionMatrix(
  submissions: readonly SubmissionLike[],
): ReadonlyMap<string, ReadonlyMap<string, ReportingCounts>> {
  const matrix = new Map<
    string,
    Map<string, { required: number; onTime: number; late: number; notSubmitted: number }>
  >();
  for (const s of submissions) {
    let row = matrix.get(s.code);
    if (!row) {
      row = new Map();
      matrix.set(s.code, row);
    }
    const cell = row.get(s.reportId) ?? { required: 0, onTime: 0, late: 0, notSubmitted: 0 };
    cell.required++;
    if (s.status === 'on-time') cell.onTime++;
    else if (s.status === 'late') cell.late++;
    else cell.notSubmitted++;
    row.set(s.reportId, cell);
  }
  return matrix;
}

/** The counts of an agency's submissions, as the summary gives them. */
export function countSubmissions(submissions: readonly SubmissionLike[]): ReportingCounts {
  return addReportingCounts(
    submissions.map((s) => ({
      required: 1,
      onTime: s.status === 'on-time' ? 1 : 0,
      late: s.status === 'late' ? 1 : 0,
      notSubmitted: s.status === 'not-submitted' ? 1 : 0,
    })),
  );
}
