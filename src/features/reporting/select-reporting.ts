/**
 * The reporting board's view model, pure: the matrix of agencies by the reports due in the period, each
 * agency with its on-time share, the lowest share first (the leader looks for who is behind).
 */
import {
  countSubmissions,
  onTimeShare,
  submissionMatrix,
  type ReportingCounts,
  type SubmissionLike,
} from '../../domain/reporting.ts';

export interface MatrixRow {
  readonly code: string;
  readonly name: string;
  readonly counts: ReportingCounts;
  /** Null when nothing was due. */
  readonly onTimeShare: number | null;
  /** By report id; absent where the report was not due from this agency in the period. */
  readonly cells: ReadonlyMap<string, ReportingCounts>;
}

/**
 * One row per agency the names know (an agency with nothing due keeps its row, without a share), the
 * lowest on-time share first; ties by more reports not sent, then by name. Agencies with nothing due last.
 */
export function selectReportingMatrix(
  submissions: readonly SubmissionLike[],
  names: ReadonlyMap<string, string>,
  compare: (a: string, b: string) => number,
): MatrixRow[] {
  const matrix = submissionMatrix(submissions);
  const codes = new Set([...names.keys(), ...matrix.keys()]);
  const rows = [...codes].map((code) => {
    const own = submissions.filter((s) => s.code === code);
    const counts = countSubmissions(own);
    return {
      code,
      name: names.get(code) ?? code,
      counts,
      onTimeShare: onTimeShare(counts),
      cells: matrix.get(code) ?? new Map<string, ReportingCounts>(),
    };
  });
  return rows.sort((a, b) => {
    if (a.onTimeShare === null || b.onTimeShare === null) {
      return a.onTimeShare === b.onTimeShare ? compare(a.name, b.name) : a.onTimeShare === null ? 1 : -1;
    }
    return (
      a.onTimeShare - b.onTimeShare ||
      b.counts.notSubmitted - a.counts.notSubmitted ||
      compare(a.name, b.name)
    );
  });
}

/** The status a cell shows: the worst of its submissions (one not sent outweighs one sent late). */
export function cellStatus(cell: ReportingCounts): 'on-time' | 'late' | 'not-submitted' {
  return cell.notSubmitted > 0 ? 'not-submitted' : cell.late > 0 ? 'late' : 'on-time';
}
